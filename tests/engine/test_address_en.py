"""Addresses written in English (desktop/engine/detectors/address_en.py)."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.address_en import DETECTORS, EnglishAddressDetector
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def addresses(text: str) -> list[str]:
    return [span.text_in(text) for span in EnglishAddressDetector().detect(Document(text))]


def test_module_exposes_one_detector() -> None:
    assert len(DETECTORS) == 1
    assert DETECTORS[0].name == "address_en"


TAIWAN = [
    "No. 5, Ln. 10, Sec. 2, Zhongxiao E. Rd., Da'an Dist., Taipei City 106",
    "5F., No. 100, Sec. 4, Zhongxiao E. Rd., Da'an Dist., Taipei City 10694, Taiwan (R.O.C.)",
    "No. 312-4, Ln. 223, Civic Blvd., Zhonghe Dist., New Taipei City, 235, Taiwan (R.O.C.)",
    "12F.-2, No. 7, Aly. 3, Lane 45, Section 1, Minsheng E. Road, Songshan District, Taipei City",
    "No. 18, Chenggong 2nd Rd., Lingya Dist., Kaohsiung City 802",
    "Rm. 3, 5F, No. 88, Xinyi Rd. Sec. 5, Xinyi Dist., Taipei 110, Taiwan",
    "12th Floor, No. 1, Jianguo N. Rd., Zhongshan Dist., Taipei City",
    "No. 7, Chang'an E. Rd., Zhongshan Dist., Taipei City 104",
    "No. 3, Zhongzheng Rd., Jiaoxi Township, Yilan County 262",
    "Zhongxiao E. Rd., Da'an Dist., Taipei City",
]


@pytest.mark.parametrize("address", TAIWAN)
def test_taiwan_addresses_in_english_style(address: str) -> None:
    assert addresses(f"Please send it to {address}. Thanks") == [address]


COMMON = [
    "1600 Amphitheatre Parkway, Mountain View, CA 94043",
    "221B Baker Street, London NW1 6XE",
    "Apt 4B, 350 Fifth Avenue, New York, NY 10118",
    "PO Box 123",
    "P.O. Box 4567",
    "1 Infinite Loop, Cupertino, CA 95014",
    "123 Main St #4B, Springfield, IL 62701-1234",
    "5678 Nicole Forks Apt. 123, East Jennifer, TX 75001",
    "961 Gonzalez Mount Suite 572, North Cynthia, SD 02638",
    "10 Downing Street",
    "742 Evergreen Terrace, Springfield, Oregon 97403",
    "Flat 3, 12 Abbey Road, London NW8 9AY",
]


@pytest.mark.parametrize("address", COMMON)
def test_common_street_addresses(address: str) -> None:
    assert addresses(f"My address is {address}.") == [address]


def test_multi_line_address_is_one_span() -> None:
    text = "Ship to:\nJane Doe\nApt 4B\n350 Fifth Avenue\nNew York, NY 10118\nUSA\n\nThanks"
    assert addresses(text) == ["Apt 4B\n350 Fifth Avenue\nNew York, NY 10118\nUSA"]
    text = "Address: 893 Berger Forks Suite 364\nHarrisonville, ND 55240\nPhone: n/a"
    assert addresses(text) == ["893 Berger Forks Suite 364\nHarrisonville, ND 55240"]


def test_street_takes_the_town_after_it() -> None:
    assert addresses("I live at 10 Downing Street, London.") == ["10 Downing Street, London"]


def test_town_with_state_and_zip_alone_is_a_weaker_address() -> None:
    spans = list(EnglishAddressDetector().detect(Document("Based in Austin, TX 78701.")))
    assert len(spans) == 1
    assert spans[0].score < 0.85


def test_span_fields_and_offsets_into_the_original() -> None:
    text = "寄到 No. 5, Ln. 10, Sec. 2, Zhongxiao E. Rd., Da'an Dist., Taipei City 106，謝謝"
    spans = list(EnglishAddressDetector().detect(Document(text)))
    assert len(spans) == 1
    assert spans[0].start == 3
    assert text[spans[0].end] == "，"
    assert spans[0].label is Label.ADDRESS
    assert spans[0].source is Source.PATTERN


def test_mixed_chinese_text_around_the_address() -> None:
    text = "地址 Address：5F., No. 100, Sec. 4, Zhongxiao E. Rd., Da'an Dist., Taipei City 10694"
    assert addresses(text) == [
        "5F., No. 100, Sec. 4, Zhongxiao E. Rd., Da'an Dist., Taipei City 10694"
    ]
    assert addresses("包裹寄到1600 Amphitheatre Parkway, Mountain View, CA 94043就好") == [
        "1600 Amphitheatre Parkway, Mountain View, CA 94043"
    ]


def test_full_width_address() -> None:
    address = "Ｎｏ．５，Ｌｎ．１０，Ｓｅｃ．２，Ｚｈｏｎｇｘｉａｏ Ｅ． Ｒｄ．，"
    address += "Ｔａｉｐｅｉ Ｃｉｔｙ １０６"
    assert addresses(f"寄到 {address}。") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "See Section 2 of the report.",
        "No. 5 on the list is the best one.",
        "Road map for Q3 is ready.",
        "Main Street is busy at noon.",
        "We flew from Taipei to New York.",
        "Meet in Room 305 on the 5F.",
        "Sec. 2, Sec. 3 and Sec. 4 were rewritten.",
        "No. 5, Section 2 of the contract applies.",
        "Floor 5, Room 301",
        "Version 2.5 Road test passed.",
        "Chapter 3 Main Street",
        "8 MUST be set\nPOST\n# 0",
        "Taipei 101 is tall.",
        "Abbey Road is an album.",
        "Taipei City and Da'an District are nice.",
        "Order No. 20240315 ships from the Kaohsiung warehouse.",
        "In 2024 we hired 12 people.",
        "Top 10 Ways to cut costs",
        "Invoice No. 4711, Taipei City Government",
        "Case No. 5, Da'an Dist. court",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert addresses(text) == []


# British house names, Australian levels, streets named by their type, a direction after the
# street type, and suburbs between the street and the town's postcode, on one line or several.
CHAINED = [
    "Honeysuckle Cottage, 8 Mill Lane, Bradford-on-Avon BA15 1AA",
    "The Coach House\n4 Orchard Close\nHeadington\nOxford OX3 9BU",
    "Level 7, 210 Kent Street, Sydney NSW 2000",
    "12 Esplanade, Hobart TAS 7000",
    "3/41 The Strand\nTownsville QLD 4810",
    "455 Portage Avenue West, Winnipeg, MB R3B 2E9",
    "19 Tern Crescent, Kirkstall, Leeds LS5 3QR",
]


@pytest.mark.parametrize("address", CHAINED)
def test_addresses_chained_over_suburbs_and_house_names(address: str) -> None:
    assert addresses(f"Address: {address}\n\nThanks") == [address]


@pytest.mark.parametrize(
    "text",
    ["We met at the Opera House last night", "Level 3 is closed today", "Broadway is busy"],
)
def test_house_words_and_levels_alone_are_no_address(text: str) -> None:
    assert addresses(text) == []

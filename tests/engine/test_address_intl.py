"""Addresses of Germany, Austria, Switzerland, the Netherlands, Japan and Singapore, and the
street words, block numbers and postcodes that are no address without the rest."""

from __future__ import annotations

import pytest

from desktop.engine.pipeline import Scrubber


def addresses(text: str) -> list[str]:
    spans = Scrubber().detect(text, use_model=False).spans
    return [text[s.start : s.end] for s in spans if str(s.label) == "ADDRESS"]


def assert_address(text: str, value: str) -> None:
    """The address is one span, from its first part to its last (the 〒 before it may join)."""
    found = addresses(text)
    assert value in found or f"〒{value}" in found, found


@pytest.mark.parametrize(
    "value",
    [
        "Birkenstraße 17, 53111 Bonn",
        "Ahornweg 4b\n28195 Bremen",
        "Goethestr. 212, 60313 Frankfurt am Main",
        "Weidenallee 9, 79098 Freiburg im Breisgau",
        "Karl-Theodor-Straße 58\n80803 München",
        "Dresdner Allee 71, 01067 Dresden",
        "Auf der Heide 3a, 48149 Münster",
        "Am Schlossgarten 12, 70173 Stuttgart",
        "Seeufer 5, A-5020 Salzburg",
        "Lindengasse 14, 1070 Wien",
        "Seestrasse 101\n8002 Zürich",
        "Herengracht 417-III, 1017 BZ Amsterdam",
        "Laan van Nieuw Oost-Indië 121 hs, 2593 BM Den Haag",
        "Oudegracht 230-A\n3511 NV Utrecht",
    ],
)
def test_european_street_number_postcode_and_town(value: str) -> None:
    assert_address(f"Lieferadresse: {value} bitte", value)


def test_addresses_inside_chinese_sentences() -> None:
    # a full-width comma without a space between the house number and the postcode
    assert_address(
        "我在德國的地址是Ulmenallee 8a，81234 München，謝謝", "Ulmenallee 8a，81234 München"
    )
    assert_address("寄到東京都港区南青山2-14-1謝謝你", "東京都港区南青山2-14-1")
    assert_address(
        "朋友住在 〒060-0042 北海道札幌市中央区大通西10丁目4番地",
        "060-0042 北海道札幌市中央区大通西10丁目4番地",
    )


def test_a_street_with_a_town_on_the_next_line_and_a_bare_street_with_a_number() -> None:
    assert_address("Paket an\nRosenweg 12\nKassel\nDanke", "Rosenweg 12\nKassel")
    assert_address("Treffpunkt Ulmenstraße 44 um 9 Uhr", "Ulmenstraße 44")
    assert_address("meet me at Schlüterstraße 7.", "Schlüterstraße 7")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "送到 〒153-0064 東京都目黒区下目黒3-8-21 コーポ緑405 謝謝",
            "153-0064 東京都目黒区下目黒3-8-21 コーポ緑405",
        ),
        (
            "住所：460-0008 愛知県名古屋市中区栄4-16-9 ライオンズタワー12F",
            "460-0008 愛知県名古屋市中区栄4-16-9 ライオンズタワー12F",
        ),
        (
            "寄到 541-0053 大阪府大阪市中央区本町3-5-7 メゾン青葉1102号室。",
            "541-0053 大阪府大阪市中央区本町3-5-7 メゾン青葉1102号室",
        ),
        ("地址 北海道札幌市中央区大通西5丁目11番3号", "北海道札幌市中央区大通西5丁目11番3号"),
        # full-width digits, dashes and ideographic spaces
        (
            "〒２２０－００１２　神奈川県横浜市西区みなとみらい２－３－５　パークハイツ８０３",
            "２２０－００１２　神奈川県横浜市西区みなとみらい２－３－５　パークハイツ８０３",
        ),
    ],
)
def test_japanese_addresses_from_postcode_or_prefecture(text: str, value: str) -> None:
    assert_address(text, value)


def test_the_postal_mark_directly_before_the_postcode_belongs_to_the_address() -> None:
    assert addresses("〒153-0064 東京都目黒区下目黒3-8-21") == [
        "〒153-0064 東京都目黒区下目黒3-8-21"
    ]


@pytest.mark.parametrize(
    "value",
    [
        "3-7-12 Nishi-Azabu, Minato-ku, Tokyo 106-0031",
        "Room 604, 1-9-4 Sakae, Naka-ku, Nagoya 460-0008",
        "#211, 2-3-8 Tenjin, Chuo-ku, Fukuoka 810-0001, Japan",
        "Maple Court 302, 5-11-2 Shimo-Ochiai, Shinjuku-ku, Tokyo 161-0033",
        "4-2-15 Honcho, Aoba-ku, Sendai-shi 980-0014",
    ],
)
def test_romanised_japanese_addresses(value: str) -> None:
    assert_address(f"Ship to {value} please", value)


@pytest.mark.parametrize(
    "value",
    [
        "Blk 512 Bedok North Ave 3, #07-214, Singapore 460512",
        "221 Woodlands St 23 #11-86, Singapore 730221",
        "Blk 45 Ang Mo Kio Ave 6\n#03-19\nSingapore 560045",
        "Blk 78 Serangoon Ave 2\n#12-301\n550078",
        "Blk 609 Clementi West St 1\n\n120609",
        "88 Market Street, Singapore 048948",
        "#15-02, 10 Collyer Quay, Singapore 049315",
    ],
)
def test_singapore_addresses(value: str) -> None:
    assert_address(f"Address:\n{value}\nThanks", value)


def test_fullwidth_european_and_singapore_forms() -> None:
    text = "Ｂｉｒｋｅｎｓｔｒａßｅ　１７，　５３１１１　Ｂｏｎｎ"
    assert addresses(text) == [text]
    text = (
        "Ｂｌｋ　５１２　Ｂｅｄｏｋ　Ｎｏｒｔｈ　Ａｖｅ　３，　＃０７－２１４，"
        "　Ｓｉｎｇａｐｏｒｅ　４６０５１２"
    )
    assert addresses(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # street-like German and English words without a house number, or with a count
        "Die Straßenbahn braucht 5 Minuten.",
        "Weg 3 des Projekts ist abgeschlossen.",
        "Der Rückweg 2 Stunden, der Hinweg 3 Stunden.",
        "Parkplatz 5 ist frei.",
        "Der Feldweg ist 5,5 km lang.",
        "Der Radweg ist 5 km lang.",
        "Spring 2024\nRelease notes",
        "Im Jahr 2020, 10000 Besucher kamen.",
        "Schönhauser Allee ist lang.",
        # numbers that look like Japanese blocks or postcodes
        "Version 2-14-1 fixes the crash",
        "Section 2-14-1 of the spec",
        "Ref 123-4567 was closed; 東京都 office",
        "価格は1-2-3円、東京都の店舗",
        # Singapore words, units and postcodes alone
        "Our Singapore office opens at 9",
        "Order #22-135 ships from Singapore 2 days later",
        "Singapore 550817",
        "Jurong West St 11 is closed",
        "Orchard Road and Kensington",
        # codes, amounts and timestamps
        "SKU WEG-3 ALLEE-5, 2024-05-01 10:30",
        "Total EUR 1.234,50 (Bestellung 50667)",
        "Build 3-3-16 for Kita-ku team",
    ],
)
def test_no_address_without_its_other_parts(text: str) -> None:
    assert addresses(text) == []

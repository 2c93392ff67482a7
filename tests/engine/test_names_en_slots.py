"""English-script names found by their slot: before a person's verb, family name first, under a
name column."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.names_en import EnglishNameDetector
from desktop.engine.textnorm import Document


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in EnglishNameDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Running late, Abdullah Al-Rashid has the keys.", "Abdullah Al-Rashid"),
        ("[#87096] Customer Thanawat Thongchai cannot log in", "Thanawat Thongchai"),
        ("剛剛 Wichai Kaewmanee 傳給我的 IBAN", "Wichai Kaewmanee"),
        ("lol Graham just sent the wrong file", "Graham"),
        ("Yusuf 你的 meeting 改到 3 點", "Yusuf"),
        ("Notes: Ly Thi Lan owns the migration", "Ly Thi Lan"),
        ("Full name: Do Duc Anh", "Do Duc Anh"),
        ("Nguyen Bich Ngoc will join us", "Nguyen Bich Ngoc"),
        ("Applicant Anucha Srisuk / Taiwan ID", "Anucha Srisuk"),
        ("Wire details for Kittisak Phromsiri: IBAN", "Kittisak Phromsiri"),
        ("Full name: Tamsin Haddock\nDate of birth", "Tamsin Haddock"),  # a word as a surname
        ("lol Élodie just sent the file", "Élodie"),
        ("lol Kittisak just sent the file", "Kittisak"),
        ("Kanokwan 你的 meeting 改到 3 點", "Kanokwan"),
        ("I'm Kanokwan Phromsiri, born 1990", "Kanokwan Phromsiri"),
        ("kickoff：Suda Thongchai + 施語廷，budget", "Suda Thongchai"),
    ],
)
def test_names_in_a_person_slot(text: str, name: str) -> None:
    assert name in names(text)


def test_names_under_a_name_column() -> None:
    text = "name,email\nNaree Kaewmanee,a@b.co\nSomchai Boonmee,c@d.co\n\nTotal,2"
    assert names(text) == ["Naree Kaewmanee", "Somchai Boonmee"]


@pytest.mark.parametrize(
    "text",
    [
        "Project Phoenix has a new deadline",
        "The Quarterly Review will start soon",
        "Google has released a new model",
        "Grant Park is near Chase Bank.",
        "Grace period is over",
        "Do you have the file?",
        "Taipei 的天氣很好",
        "Release Notes will follow",
        "I am Grace",
        "hey Docker is down",
        "Python 你的版本太舊",
        "Meeting with Cooper, Day and Davenport got pushed.",
    ],
)
def test_capitalised_phrases_that_are_no_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Driver: Somsak Wongsuwan", "Somsak Wongsuwan"),
        ("Assignee: Kittisak Phromsiri", "Kittisak Phromsiri"),
    ],
)
def test_role_labels_take_full_names_of_any_origin(text: str, name: str) -> None:
    assert names(text) == [name]


def test_role_labels_do_not_take_team_names() -> None:
    assert names("Owner: Platform Team") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I handed the keys to Kittisak Phromsiri yesterday", ["Kittisak Phromsiri"]),
        (
            "We met Anucha Srisuk and Wichai Boonmee at the airport",
            ["Anucha Srisuk", "Wichai Boonmee"],
        ),
        ("paid Ratchanee Chaiyaporn NT$500 for lunch", ["Ratchanee Chaiyaporn"]),
        ("We visited Kuala Lumpur last year", []),
        ("I called Customer Service twice", []),
    ],
)
def test_full_names_after_verbs_that_take_a_person(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Vivian Cheng, Jose Ramos and Ewan (plus one)", ["Vivian Cheng", "Jose Ramos", "Ewan"]),
        ("--\nChutima Suwannarat\nSenior Counsel", ["Chutima Suwannarat"]),
        ('POST /kyc 200 name="Kittisak Wongsawat" ok', ["Kittisak Wongsawat"]),
        ("user reports that Suda Sangthong (account x)", ["Suda Sangthong"]),
        ("Thanks for meeting Chutima Boonmee and me", ["Chutima Boonmee"]),
        ("Dear Wang Xiao-Ming, Taipei is hot", ["Wang Xiao-Ming"]),
        ("Invoice from Fisher, Hardin and Shaw", []),
    ],
)
def test_lists_signatures_and_fields(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("they both said no. maybe Abdullah knows?", ["Abdullah"]),
        ("which makes Aisha the youngest of us", ["Aisha"]),
        ("Name on card [Pimchanok Srisuk]", ["Pimchanok Srisuk"]),
        ("Name (last, first);Email\nHassan Al-Rashid;h@x.co", ["Hassan Al-Rashid"]),
        ("we moved to Jordan last year and Jordan is hot", []),
        ("visit Georgia next week, Georgia has peaches", []),
    ],
)
def test_one_given_name_inside_prose(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Team,\n\nSomchai Kaewmanee, Wichai Rattanakorn and Irene Tsung will join.",
            ["Somchai Kaewmanee", "Wichai Rattanakorn", "Irene Tsung"],
        ),
        ("Team,\n\nQuarterly Review, Budget Planning and Team Building", []),
        ("Dear Dang Thu Trang，您的 passport", ["Dang Thu Trang"]),
        ("so I asked Thanawat Boonmee and Hendra Suryadi", ["Thanawat Boonmee", "Hendra Suryadi"]),
        ("問 宋晴慧 拿 Niall Haddock 的 contact", ["宋晴慧", "Niall Haddock"]),
        ("Reminder: return Ratchanee Sangthong's drill", ["Ratchanee Sangthong"]),
        ("user Naree Jaidee（ruiz@icloud.com）", ["Naree Jaidee"]),
        ("Google's new model is out", []),
    ],
)
def test_more_person_slots(text: str, expected: list[str]) -> None:
    assert merged_names(text) == expected


def merged_names(text: str) -> list[str]:
    """PERSON values after the pipeline merges overlapping findings."""
    from desktop.engine.pipeline import Scrubber

    spans = Scrubber().detect(text, use_model=False).spans
    return [text[s.start : s.end] for s in spans if str(s.label) == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "Garrison, Roberts and Thomas will send the quote.",
        "Invoice from Cruz, Barnett and Johnson is attached.",
        "合作廠商 Yates, Long and Ross 已回覆",
    ],
)
def test_the_last_word_of_a_firm_of_surnames_is_no_person(text: str) -> None:
    assert merged_names(text) == []

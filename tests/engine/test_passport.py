"""Passport numbers (desktop/engine/detectors/passport.py): shapes, cues, hard negatives."""

from __future__ import annotations

import pytest

from desktop.engine.detectors import passport
from desktop.engine.detectors.registry import fast_detectors
from desktop.engine.pipeline import Scrubber
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def passports(text: str) -> list[str]:
    """The original text of every PASSPORT span, checking each span's invariants."""
    doc = Document(text)
    result = []
    for detector in passport.DETECTORS:
        for span in detector.detect(doc):
            assert 0 <= span.start < span.end <= len(text)
            assert span.label is Label.PASSPORT
            assert span.source is Source.PATTERN
            assert span.detector == detector.name
            result.append(text[span.start : span.end])
    return result


def test_detectors_are_registered_in_the_fast_layer() -> None:
    assert passport.DETECTORS
    assert all(detector in fast_detectors() for detector in passport.DETECTORS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("護照號碼：300123456", "300123456"),  # Taiwan: 9 digits
        ("我的護照是 312345678，下週到期前要換", "312345678"),
        ("Passport No.: 123456789", "123456789"),  # US / UK: 9 digits
        ("passport number is A12345678", "A12345678"),  # US next generation: letter + 8
        ("Passport: Japan, TK1234567", "TK1234567"),  # Japan: 2 letters + 7 digits
        ("passport # E12345678 (China)", "E12345678"),
        ("Reisepass / passport C01X00T47", "C01X00T47"),  # Germany
        ("passport 09AA12345", "09AA12345"),  # France
        ("Canadian passport no. AB123456", "AB123456"),
        ("Travel document no. AB1234567", "AB1234567"),
        ("旅行證件號碼 X1234567", "X1234567"),
        ("護照號碼３００１２３４５６", "３００１２３４５６"),  # full-width digits
        ("護照號碼是300123456，請查收", "300123456"),  # digits touching CJK
        ("Passport number\n300123456", "300123456"),  # form value on the next line
        ("passport no: e12345678", "e12345678"),  # typed in lower case
        ("Passport ........ TK1234567", "TK1234567"),  # leader dots
        ("Passport: Taiwan (ROC), No. 300123456", "300123456"),
        ("passport_no: 300123456", "300123456"),
        ('"passportNumber": "E12345678"', "E12345678"),
        ("護照 (Passport): 212345678", "212345678"),
    ],
)
def test_passport_numbers_after_a_cue(text: str, expected: str) -> None:
    assert passports(text) == [expected]


def test_a_list_of_numbers_after_one_cue() -> None:
    text = "Passport numbers: 300123456, 300654321 and E12345678"
    assert passports(text) == ["300123456", "300654321", "E12345678"]


@pytest.mark.parametrize(
    "text",
    [
        "Order 300123456 shipped",  # no cue: never
        "Tracking A12345678 is on its way",
        "訂單編號 300123456",
        "passport expiry 20300101",  # a date, not the number
        "護照效期 20300101",
        "passport photo 123456789",
        "passport fee NT$1300",
        "護照及身分證 A123456789",  # a national ID is 10 characters
        "I renewed my passport. Ticket 123456789",  # the sentence ended
        "passport number: 12345",  # too short
        "passport office phone 0223456789",  # 10 digits
        "the passport renewal form",
        "npm i passport-local@1.0.0",
        "護照號碼：(請填寫)",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert passports(text) == []


def test_first_number_after_the_cue_decides() -> None:
    # The number right after the cue is not passport-shaped, so the later one is not taken.
    assert passports("passport 12345 then 300123456") == []


def test_cue_glued_to_a_word_is_no_cue() -> None:
    assert passports("xpassport 300123456") == []


def test_offsets_in_mixed_text() -> None:
    text = "王小明 (passport no. 300123456) 和陳小華（護照號碼：E12345678）"
    spans = list(passport.DETECTORS[0].detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [
        (text.index("300123456"), text.index("300123456") + 9),
        (text.index("E12345678"), text.index("E12345678") + 9),
    ]


def test_scrubber_masks_only_the_number() -> None:
    result = Scrubber().scrub("護照號碼：300123456", use_model=False)
    assert "300123456" not in result.text
    assert result.text.startswith("護照號碼：")


def test_a_short_count_in_the_label_is_fine() -> None:
    assert passports("護照號碼(9碼)：300123456") == ["300123456"]

"""Taiwan national ID and resident certificate numbers."""

from __future__ import annotations

import random

import pytest

from desktop.engine.detectors.tw_id import DETECTORS, LETTER_CODES, is_valid_tw_id
from desktop.engine.textnorm import Document
from desktop.engine.types import Label

_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
_FULLWIDTH = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ"
    "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
)


def make_id(rng: random.Random, second: str | None = None) -> str:
    """A random valid ID. `second` picks the format: '1'/'2' national, '8'/'9' new resident
    certificate, 'A'-'D' old resident certificate; None picks one at random."""
    first = rng.choice(sorted(LETTER_CODES))
    second = second or rng.choice("1289ABCD")
    body = [rng.randrange(10) for _ in range(7)]
    area = LETTER_CODES[first]
    second_digit = LETTER_CODES[second] % 10 if second.isalpha() else int(second)
    digits = [area // 10, area % 10, second_digit, *body]
    partial = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=False))
    check = (10 - partial % 10) % 10
    return first + second + "".join(map(str, body)) + str(check)


def _with_bad_checksum(value: str) -> str:
    last = int(value[-1])
    return value[:-1] + str((last + 1 + last % 3) % 10)


def find(text: str) -> list[str]:
    doc = Document(text)
    return [text[s.start : s.end] for d in DETECTORS for s in d.detect(doc)]


def spans(text: str) -> list[tuple[int, int]]:
    doc = Document(text)
    return [(s.start, s.end) for d in DETECTORS for s in d.detect(doc)]


@pytest.mark.parametrize(
    "value",
    [
        "A123456789",  # the textbook example
        "A800000014",  # new resident certificate
        "AA00000009",  # old resident certificate
        "F131104093",
    ],
)
def test_known_valid_values(value: str) -> None:
    assert is_valid_tw_id(value)
    assert find(value) == [value]


def test_irregular_letter_codes() -> None:
    # I=34, O=35, W=32, Z=33 are out of alphabetical order; a naive table gets them wrong.
    assert LETTER_CODES["I"] == 34 and LETTER_CODES["O"] == 35
    assert LETTER_CODES["W"] == 32 and LETTER_CODES["Z"] == 33
    rng = random.Random(7)
    for letter in "IOWZ":
        for _ in range(20):
            value = make_id(rng, rng.choice("12"))
            value = letter + value[1:]
            area = LETTER_CODES[letter]
            digits = [area // 10, area % 10, *map(int, value[1:])]
            expected = sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 10 == 0
            assert is_valid_tw_id(value) is expected


@pytest.mark.parametrize("second", list("1289ABCD"))
def test_many_random_valid_ids_are_found(second: str) -> None:
    rng = random.Random(hash(second) & 0xFFFF)
    for _ in range(300):
        value = make_id(rng, second)
        assert is_valid_tw_id(value), value
        assert find(f"身分證字號{value}。") == [value]


def test_many_random_bad_checksums_are_not_found() -> None:
    rng = random.Random(11)
    for _ in range(2000):
        value = _with_bad_checksum(make_id(rng))
        assert not is_valid_tw_id(value)
        assert find(f"證號 {value}") == []


def test_random_strings_pass_about_one_in_ten() -> None:
    rng = random.Random(3)
    candidates = [
        rng.choice(sorted(LETTER_CODES))
        + rng.choice("12")
        + "".join(rng.choices("0123456789", k=8))
        for _ in range(5000)
    ]
    share = sum(map(is_valid_tw_id, candidates)) / len(candidates)
    assert 0.08 < share < 0.12


def test_glued_to_chinese_with_exact_offsets() -> None:
    text = "身分證字號A123456789。"
    assert spans(text) == [(5, 15)]


def test_full_width_id_keeps_original_offsets() -> None:
    text = "統一證號：" + "A123456789".translate(_FULLWIDTH) + "，謝謝"
    assert find(text) == ["Ａ１２３４５６７８９"]
    assert spans(text) == [(5, 15)]


def test_full_width_old_resident_certificate() -> None:
    wide = "AA00000009".translate(_FULLWIDTH)
    assert find(f"居留證{wide}號") == [wide]
    assert find(f"居留證 {wide}") == [wide]


def test_lower_case_first_letter_is_accepted() -> None:
    assert find("my id is a123456789") == ["a123456789"]
    assert find("old arc aa00000009") == ["aa00000009"]


def test_mixed_case_old_format_is_not_accepted() -> None:
    assert find("token aA00000009 x") == []


def test_old_format_second_letter_must_be_a_to_d() -> None:
    rng = random.Random(5)
    value = make_id(rng, "A")
    for letter in "EFGXYZ":
        assert find(letter.join([value[0], value[2:]])) == []


def test_second_digit_must_be_1_2_8_or_9() -> None:
    for second in "034567":
        value = "A" + second + "23456789"
        assert find(value) == []


def test_not_found_inside_longer_tokens() -> None:
    assert find("XA123456789") == []
    assert find("A1234567890") == []
    assert find("sha=9fA123456789e1") == []
    assert find("0A123456789") == []


def test_several_ids_in_mixed_text() -> None:
    rng = random.Random(9)
    values = [make_id(rng) for _ in range(5)]
    text = "名單：" + "、".join(values) + " and " + values[0].lower() + "."
    assert find(text) == [*values, values[0].lower()]


def test_label_and_score() -> None:
    doc = Document("身分證 A123456789" + "。" * 40 + "ref A123456789")
    found = list(DETECTORS[0].detect(doc))
    assert {s.label for s in found} == {Label.TW_NATIONAL_ID}
    assert found[0].score > found[1].score  # the first one has a context word


def test_hard_negatives() -> None:
    negatives = [
        "訂單編號 A12345678",  # nine characters
        "版本 v1.2.3，型號 AB-1234567",
        "統一編號 12345675",
        "追蹤號碼 TW123456789CN",
        "NT$1,234,567,890",
        "時間 12:34:56",
    ]
    for text in negatives:
        assert find(text) == [], text


def test_invoice_numbers_are_not_old_resident_certificates() -> None:
    # e-invoice numbers share the two-letters-eight-digits shape
    assert find("發票號碼 AA00000009") == []
    assert find("invoice AA00000009") == []
    assert find("居留證號 AA00000009") == ["AA00000009"]
    assert find("發票上的身分證 A123456789") == ["A123456789"]

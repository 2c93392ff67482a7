"""Check digits, written from the published rules (not from the detectors' code).

Every generator that emits a format with a check digit builds it here, and the tests verify the
gold against the same functions plus a few known-answer vectors.
"""

from __future__ import annotations

import random
import string

# Taiwan ID letters -> two-digit area codes. I, O, W, X, Y, Z were added late, hence the jumps.
TW_LETTER_CODES = {
    "A": 10,
    "B": 11,
    "C": 12,
    "D": 13,
    "E": 14,
    "F": 15,
    "G": 16,
    "H": 17,
    "I": 34,
    "J": 18,
    "K": 19,
    "L": 20,
    "M": 21,
    "N": 22,
    "O": 35,
    "P": 23,
    "Q": 24,
    "R": 25,
    "S": 26,
    "T": 27,
    "U": 28,
    "V": 29,
    "W": 32,
    "X": 30,
    "Y": 31,
    "Z": 33,
}
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
FULL_TO_ASCII = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}


def ascii_form(text: str) -> str:
    """Full-width forms back to ASCII, so checks work on full-width variants too."""
    return text.translate(FULL_TO_ASCII)


def _tw_digits(value: str) -> list[int] | None:
    value = ascii_form(value).upper()
    if len(value) != 10 or value[0] not in TW_LETTER_CODES:
        return None
    area = TW_LETTER_CODES[value[0]]
    second = value[1]
    if second.isalpha():  # old resident certificate: the second letter's code, units digit
        if second not in "ABCD":
            return None
        second_digit = TW_LETTER_CODES[second] % 10
    elif second in "1289":
        second_digit = int(second)
    else:
        return None
    if not value[2:].isdigit():
        return None
    return [area // 10, area % 10, second_digit, *map(int, value[2:])]


def tw_id_valid(value: str) -> bool:
    """National ID (A123456789), new resident certificate (A800000014), old one (AB12345678)."""
    digits = _tw_digits(value)
    if digits is None:
        return False
    return sum(d * w for d, w in zip(digits, _TW_WEIGHTS, strict=True)) % 10 == 0


def tw_id(rng: random.Random, kind: str) -> str:
    """kind: national | resident_new | resident_old."""
    letter = rng.choice(sorted(TW_LETTER_CODES))
    if kind == "national":
        second = rng.choice("12")
    elif kind == "resident_new":
        second = rng.choice("89")
    else:
        second = rng.choice("ABCD")
    body = "".join(rng.choice(string.digits) for _ in range(7))
    stem = letter + second + body
    for check in string.digits:
        if tw_id_valid(stem + check):
            return stem + check
    raise AssertionError("unreachable: one check digit always fits")


def tw_id_bad(rng: random.Random) -> str:
    """A national-ID lookalike whose check digit is wrong (a hard negative)."""
    good = tw_id(rng, "national")
    wrong = (int(good[-1]) + rng.randint(1, 9)) % 10
    return good[:-1] + str(wrong)


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in ascii_form(number) if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return bool(digits) and total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for check in string.digits:
        if luhn_valid(body + check):
            return body + check
    raise AssertionError("unreachable")


def _iban_number(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_valid(iban: str) -> bool:
    compact = ascii_form(iban).replace(" ", "").upper()
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


# 統一編號 (company tax ID): weights 1,2,1,2,1,2,4,1, digit sums of the products; divisible by 5
# (the rule since 2023; 10 before), with the 7th digit 7 allowed to count as 0 or 1.
_UBN_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def ubn_valid(value: str) -> bool:
    value = ascii_form(value)
    if len(value) != 8 or not value.isdigit():
        return False
    sums = [sum(divmod(int(c) * w, 10)) for c, w in zip(value, _UBN_WEIGHTS, strict=True)]
    total = sum(sums)
    if total % 5 == 0:
        return True
    return value[6] == "7" and (total + 1) % 5 == 0


def ubn(rng: random.Random) -> str:
    while True:
        value = "".join(rng.choice(string.digits) for _ in range(8))
        if ubn_valid(value):
            return value

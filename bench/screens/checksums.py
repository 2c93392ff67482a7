"""Check digits written for this benchmark: Taiwan national ID / resident certificate,
Luhn (payment cards) and ISO 13616 IBAN (mod 97)."""

from __future__ import annotations

import random
import string

# Letter -> two-digit area code of the Taiwan ID (I, O, W, X, Z and so on are out of order).
TW_LETTER = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip
TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def tw_id_valid(value: str) -> bool:
    if len(value) != 10 or value[0] not in TW_LETTER or not value[1:].isdigit():
        return False
    area = TW_LETTER[value[0]]
    digits = [area // 10, area % 10, *map(int, value[1:])]
    return sum(d * w for d, w in zip(digits, TW_WEIGHTS, strict=True)) % 10 == 0


def tw_id(rng: random.Random, second: str | None = None) -> str:
    """A valid ID: second digit 1/2 (citizen) or 8/9 (new resident certificate)."""
    letter = rng.choice(sorted(TW_LETTER))
    second = second or rng.choice("12")
    body = letter + second + "".join(rng.choice(string.digits) for _ in range(7))
    for last in string.digits:
        if tw_id_valid(body + last):
            return body + last
    raise AssertionError("unreachable: one check digit always fits")


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for last in string.digits:
        if luhn_valid(body + last):
            return body + last
    raise AssertionError("unreachable")


def _iban_number(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def iban_with_check(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"

"""Check digits used by the generator (to make valid values) and by the tests (to verify them).

Standard library only.
"""

from __future__ import annotations

# Taiwan ID letters -> two-digit area codes (note the out-of-order I, O, W, X, Y, Z).
TW_LETTER_CODES: dict[str, int] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34, "J": 18,
    "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25, "S": 26, "T": 27,
    "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip
_TW_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)


def _tw_digits(value: str) -> list[int]:
    """The 11 digits the Taiwan checksum runs over (old ARC: 2nd letter's code mod 10)."""
    code = TW_LETTER_CODES[value[0]]
    second = int(value[1]) if value[1].isdigit() else TW_LETTER_CODES[value[1]] % 10
    return [code // 10, code % 10, second, *(int(c) for c in value[2:])]


def tw_id_is_valid(value: str) -> bool:
    """National ID (A123456789), new ARC (A800000014) or old ARC (AB12345678) checksum."""
    if len(value) != 10 or value[0] not in TW_LETTER_CODES or not value[2:].isdigit():
        return False
    if not (value[1] in "12" or value[1] in "89" or value[1] in "ABCD"):
        return False
    digits = _tw_digits(value)
    return sum(d * w for d, w in zip(digits, _TW_WEIGHTS, strict=True)) % 10 == 0


def tw_id_check_digit(first_nine: str) -> str:
    """The last digit that makes `first_nine + digit` a valid Taiwan ID."""
    digits = _tw_digits(first_nine + "0")
    total = sum(d * w for d, w in zip(digits, _TW_WEIGHTS, strict=True))
    return str((10 - total % 10) % 10)


def luhn_is_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return len(digits) > 0 and total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    """The digit to append to `partial` so that the whole number passes Luhn."""
    for digit in "0123456789":
        if luhn_is_valid(partial + digit):
            return digit
    raise AssertionError("unreachable")


def _iban_number(rearranged: str) -> int:
    return int("".join(str(int(c, 36)) for c in rearranged))


def iban_is_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if len(compact) < 15 or not compact.isalnum():
        return False
    return _iban_number(compact[4:] + compact[:4]) % 97 == 1


def iban_with_check_digits(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


_TAX_ID_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)


def tw_tax_id_is_valid(value: str) -> bool:
    """Taiwan company tax ID (統一編號), current rule: weighted digit sums divisible by 5."""
    if len(value) != 8 or not value.isdigit():
        return False
    total = 0
    for digit, weight in zip(value, _TAX_ID_WEIGHTS, strict=True):
        product = int(digit) * weight
        total += product // 10 + product % 10
    if total % 5 == 0:
        return True
    return value[6] == "7" and (total + 1) % 5 == 0

"""Taiwan national ID and resident certificate numbers, checksum-validated.

Three formats share one checksum:
- national ID: a letter, 1 or 2 (sex), eight digits (`A123456789`);
- resident certificate, new format (2021-): a letter, 8 or 9, eight digits (`A800000014`);
- resident certificate, old format: two letters, eight digits; the second letter is A-D
  (`AA00000009`).

The first letter stands for a two-digit area code (A=10 ... with the irregular I=34, O=35,
W=32, Z=33); the old format's second letter contributes the last digit of its own code. The
eleven digits, weighted 1,9,8,7,6,5,4,3,2,1,1, must sum to a multiple of 10.

A lower-case first letter is accepted (people type IDs in chats without shift); a value with
a bad checksum is never reported, so random letter+digit codes rarely pass (1 in 10).
"""

from __future__ import annotations

from typing import ClassVar

from desktop.engine.detectors.base import (
    NOT_ALNUM_AFTER,
    NOT_ALNUM_BEFORE,
    Detector,
    PatternDetector,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Label

# Area letter -> two-digit code. The letters out of alphabetical order (I, O, W, Z) were added
# after the original table, which is why they carry the highest codes.
LETTER_CODES: dict[str, int] = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip

_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1)
_INVOICE_WORDS = ("發票", "invoice", "inv.", "收據")
_ORDER_WORDS = ("order", "訂單", "單號", "tracking", "sku", "#")


def _checksum_ok(digits: list[int]) -> bool:
    return sum(d * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 10 == 0


def is_valid_tw_id(value: str) -> bool:
    """True for a well-formed, checksum-valid national ID or resident certificate number."""
    if len(value) != 10 or not value.isascii():
        return False
    first, second, rest = value[0].upper(), value[1].upper(), value[2:]
    if first not in LETTER_CODES or not rest.isdigit():
        return False
    area = LETTER_CODES[first]
    if second in "1289":
        second_digit = int(second)
    elif second in "ABCD":
        second_digit = LETTER_CODES[second] % 10
    else:
        return False
    digits = [area // 10, area % 10, second_digit, *(int(c) for c in rest)]
    return _checksum_ok(digits)


class TaiwanIdDetector(PatternDetector):
    name = "tw_id"
    label = Label.TW_NATIONAL_ID
    # Both cases of the first letter; the old format's two letters share a case, or a lower-case
    # first letter is followed by a capital only after an ID label (validate), so "aB12345678"
    # fragments of hashes and tokens are not taken.
    patterns: ClassVar[tuple[str, ...]] = (
        NOT_ALNUM_BEFORE + r"(?:[A-Za-z][1289]|[A-Za-z][A-D]|[a-z][a-d])[0-9]{8}" + NOT_ALNUM_AFTER,
    )
    context: ClassVar[tuple[str, ...]] = (
        "身分證",
        "身份證",
        "統一證號",
        "居留證",
        "證號",
        "字號",
        "id",
        "arc",
    )
    score = 0.99
    score_without_context = 0.9

    def validate(self, value: str, doc: Document, start: int, end: int) -> bool:
        if not is_valid_tw_id(value):
            return False
        if value[0].islower() and value[1].isupper() and not self.has_context(doc, start, end):
            return False  # "nD48899178": a typed-in-lower first letter, only where labelled
        # Taiwan e-invoice numbers are also two letters and eight digits (AB12345678).
        old_format = value[1].isalpha()
        if old_format and any(w in doc.before(start, 16) for w in _INVOICE_WORDS):
            return False
        # "order #A123456789": an order number of that shape, unless an ID label is near.
        before = doc.before(start, 10)
        return not (
            any(w in before for w in _ORDER_WORDS) and not self.has_context(doc, start, end)
        )


DETECTORS: tuple[Detector, ...] = (TaiwanIdDetector(),)

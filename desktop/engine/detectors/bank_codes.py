"""Taiwan bank accounts written with their bank code: "808-1234567890123", "(822) 1234 5678 9012".

Customers give an account as the receiving bank's 3-digit code (總行代號), a dash or a space, then
the account's 10-14 digits. The code comes from a fixed table (data/tw_bank_codes.txt, from the
FISC code list), so this shape needs no context word: a 3-digit prefix that is no bank's code,
or a number that reads as a phone or a date, is left to the other detectors. The span covers the
code and the account together: both are needed to send money, and both say which bank.

A bank's name right before or after the number (玉山銀行 808-..., ...（中國信託）) raises the score.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.cues import CueGroups, CueIndex, LazyRegex, comma_inside_number
from desktop.engine.detectors.finance import ACCOUNT_LABELS, TRANSFER_CUES
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_DATA = Path(__file__).with_name("data") / "tw_bank_codes.txt"


@cache
def bank_codes() -> dict[str, tuple[str, ...]]:
    """Bank code -> the names customers write for that bank."""
    codes: dict[str, tuple[str, ...]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            code, *names = line.split()
            codes[code] = tuple(names)
    return codes


@cache
def _bank_name_cues() -> CueGroups:
    names = {name.lower() for names in bank_codes().values() for name in names}
    # A transfer word or an account label nearer than a negative word wins: "訂房確認後請匯款至
    # 700-…" is an account to pay the booking into, not a booking number.
    return CueGroups(
        bank=(*sorted(names), "銀行", "bank"),
        transfer=(*TRANSFER_CUES, *ACCOUNT_LABELS),
        negative=_NEGATIVE,
    )


# Cues that make a code-shaped number something else: a phone, an order, an amount.
_NEGATIVE = (
    "電話", "手機", "phone", "tel", "mobile", "fax", "傳真", "訂單", "order", "tracking", "單號",
    "發票", "invoice", "統編", "統一編號", "序號", "serial", "金額", "amount", "代碼", "訂房",
    "booking", "reservation", "confirmation",
)  # fmt: skip

# The code, one separator (a dash may have spaces around it), then the account: 10-14 digits,
# contiguous or in groups joined by one kind of separator ("1234-5678-9012"), or a 3-4 digit
# branch code (or the post office's 7-digit office number) and the account ("008-379-1032829500",
# "700 0001234 0123456"), and a short last group: a check digit ("009-3296-246949646-0") or the
# rest of a number printed in fours ("700 5125 1901 5263 81"). After "(812)" the account may
# follow directly. A comma may follow, and precede where it separates cells (`detect`).
_CODE_ACCOUNT_RE = LazyRegex(
    r"(?<![0-9A-Za-z+])(?<![0-9][./:-])(?P<paren>\()?(?P<code>\d{3})(?(paren)\))"
    r"(?:[ ]?-[ ]?|[ ]|(?(paren)|(?!)))"
    r"(?P<account>\d{10,14}|\d{3,7}(?P<sep>[- ])\d{3,14}(?:(?P=sep)\d{3,8}){0,2}"
    r"(?:(?P=sep)\d{1,2})?)"
    r"(?![0-9A-Za-z]|[./:-]\d)"
)
_ACCOUNT_DIGITS = range(10, 18)  # with a branch code: up to 3-4 + 14


class BankCodeAccountDetector:
    """A Taiwan bank code followed by an account number."""

    name = "bank_code_account"
    label = Label.BANK_ACCOUNT

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        codes = bank_codes()
        cues: CueIndex | None = None
        for match in _CODE_ACCOUNT_RE.finditer(norm):
            if match.group("code") not in codes:
                continue
            digits = match.group("account").replace("-", "").replace(" ", "")
            if len(digits) not in _ACCOUNT_DIGITS:
                continue
            start, end = match.span()
            if start >= 2 and norm[start - 1] == "," and comma_inside_number(norm, start - 1):
                continue  # "1,234,567,890": the tail of a number written with commas
            cues = cues or _bank_name_cues().index(doc)
            cue = cues.nearest_label(norm, start, 16)
            if cue == "negative":
                continue
            named = cue == "bank" or "bank" in cues.groups_between(end, end + 14)
            yield Span(start, end, self.label, Source.PATTERN, 0.9 if named else 0.85, self.name)


DETECTORS: tuple[Detector, ...] = (BankCodeAccountDetector(),)

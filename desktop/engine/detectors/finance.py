"""Payment data: credit cards (Luhn + IIN), IBANs (mod-97) and context-gated bank accounts.

Cards and IBANs carry their own checksums, so they are reported without context (rare card
shapes excepted). A bare digit run is never a bank account: it needs a cue such as 帳號, 匯款, a
bank name or code, or "account no" nearby, and the nearest cue before it must not be a negative
one (訂單編號, 電話, 統一編號, ...). A label (帳號, acct) or a bank name right before the number
allows 8-17 digits; a loose cue (匯款, wire) asks for 10-16 digits and no phone-number shape.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from desktop.engine.detectors.base import NOT_ALNUM_AFTER, NOT_ALNUM_BEFORE, Detector
from desktop.engine.detectors.cues import CueGroups, CueIndex, LazyRegex, comma_inside_number
from desktop.engine.detectors.tables import column_cells
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# --- checksums -----------------------------------------------------------------------------


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def aba_routing_valid(digits: str) -> bool:
    """US ABA routing number checksum (weights 3, 7, 1)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0


# (first digits low, high, allowed lengths) of the card networks in use; a Luhn-valid number
# outside these ranges is far more likely an order or tracking number than a card.
_IIN_RANGES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (300, 305, frozenset(range(14, 20))),  # Diners Club
    (36, 36, frozenset(range(14, 20))),
    (38, 39, frozenset(range(16, 20))),
    (3528, 3589, frozenset(range(16, 20))),  # JCB
    (6011, 6011, frozenset(range(16, 20))),  # Discover
    (644, 649, frozenset(range(16, 20))),
    (65, 65, frozenset(range(16, 20))),
    (62, 62, frozenset(range(16, 20))),  # UnionPay
    (50, 50, frozenset(range(13, 20))),  # Maestro (rare in Taiwan: see _needs_card_cue)
    (56, 58, frozenset(range(13, 20))),
    (6304, 6304, frozenset(range(13, 20))),
    (6759, 6763, frozenset(range(13, 20))),
)
_MAESTRO_PREFIXES = ("50", "56", "57", "58", "6304", "6759", "6760", "6761", "6762", "6763")


def card_number_plausible(digits: str) -> bool:
    """Luhn-valid and inside a known card network's prefix range and length."""
    if not 13 <= len(digits) <= 19 or not luhn_valid(digits):
        return False
    for low, high, lengths in _IIN_RANGES:
        width = len(str(low))
        if low <= int(digits[:width]) <= high and len(digits) in lengths:
            return True
    return False


# IBAN lengths by country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
    "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip


def iban_valid(compact: str) -> bool:
    """`compact` is the IBAN without separators; checks country length and mod-97."""
    iban = compact.upper()
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban.isalnum() or not iban.isascii():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


# --- context cues -------------------------------------------------------------------------


CARD_CUES = (
    "card", "信用卡", "卡號", "卡", "簽帳", "金融卡", "visa", "master", "amex", "american express",
    "jcb", "unionpay", "銀聯", "discover", "diners", "credit", "debit", "cc#", "cc:", "cc ",
    # a payment field, and the card number's own name in payment APIs (PAN)
    "payment", "付款", "刷卡", '"pan"', "'pan'", "pan:", "pan=",
)  # fmt: skip
# Labels that name an account number directly: these allow shorter numbers (8-17 digits).
ACCOUNT_LABELS = (
    "帳號", "賬號", "帳戶", "賬戶", "戶頭", "存摺", "局號", "收款帳", "account no",
    "account number", "account #", "account:", "bank account", "acct", "a/c", "routing", "aba:",
    "aba no", "aba #",
)  # fmt: skip
# Column headers that name a card number for every cell under them (CSV, Markdown, OCR'd tables).
_CARD_HEADERS = frozenset(
    ("card", "card no", "card no.", "card number", "card #", "credit card", "信用卡", "卡號")
)
# Column headers that name an account number for every cell under them (OCR'd tables).
_ACCOUNT_HEADERS = frozenset(
    (
        "帳號", "賬號", "帳戶", "賬戶", "銀行帳號", "匯款帳號", "account", "account no",
        "account no.", "account number", "account #", "bank account", "acct", "acct no", "a/c",
    )
)  # fmt: skip
# Words about moving money: a loose cue.
TRANSFER_CUES = (
    "戶名", "匯款", "匯至", "匯入", "匯到", "匯給", "轉帳", "轉入", "轉至", "付款到", "付到",
    "wire", "transfer", "account", "iban", "swift",
)  # fmt: skip
# Bank names: right before a number (nothing but punctuation between) they count as a label.
BANK_CUES = (
    "銀行", "郵局", "郵政", "bank", "中國信託", "中信", "台銀", "臺銀", "玉山", "國泰", "富邦",
    "台新", "兆豐", "華南", "彰銀", "合庫", "合作金庫", "土銀", "永豐", "元大", "聯邦", "星展",
    "渣打", "花旗", "凱基", "上海商", "新光", "遠東", "王道", "樂天", "將來", "line bank", "chase",
    "wells fargo", "citibank", "hsbc",
)  # fmt: skip
# Cues that say the number is something else; the nearest cue before a number decides.
NEGATIVE_CUES = (
    "訂單", "單號", "編號", "order", "tracking", "物流", "貨運", "運單", "包裹", "發票", "invoice",
    "統編", "統一編號", "電話", "手機", "phone", "tel", "mobile", "fax", "傳真", "金額", "amount",
    "nt$", "$", "sku", "序號", "serial", "型號", "model", "imei", "ticket", "case", "isbn",
    "reference", "ref no", "ref:", "參考編號",
    "issn", "編碼", "代碼", "條碼", "barcode", "uuid", "日期", "date", "生日", "birth",
)  # fmt: skip
_CARD_CUES = CueGroups(card=CARD_CUES, negative=NEGATIVE_CUES)
_IBAN_CUES = CueGroups(
    bank=BANK_CUES, transfer=TRANSFER_CUES, label=ACCOUNT_LABELS, negative=NEGATIVE_CUES
)
_ACCOUNT_CUES = CueGroups(
    label=ACCOUNT_LABELS,
    bank=BANK_CUES,
    transfer=TRANSFER_CUES,
    card=CARD_CUES,
    negative=NEGATIVE_CUES,
)


_DIGITS = frozenset("0123456789")


def _joins(separator: str, neighbour: str) -> bool:
    """Whether `separator` ties the value to `neighbour` ("12-", "3.", "AB-", "-d839")."""
    if separator in "-_":
        return neighbour.isascii() and neighbour.isalnum()
    return separator in "./:," and neighbour in _DIGITS


def _glued_before(norm: str, start: int) -> bool:
    """The value continues a longer token before `start` (a dotted number, an invoice code)."""
    if start < 2 or not _joins(norm[start - 1], norm[start - 2]):
        return False
    return norm[start - 1] != "," or comma_inside_number(norm, start - 1)


def _glued_after(norm: str, end: int) -> bool:
    if end + 1 >= len(norm) or not _joins(norm[end], norm[end + 1]):
        return False
    return norm[end] != "," or comma_inside_number(norm, end)


# --- detectors -----------------------------------------------------------------------------

_CARD_RE = LazyRegex(
    NOT_ALNUM_BEFORE
    + r"(?:\d{13,19}|\d{4}(?P<sep>[ -])\d{2,6}(?:(?P=sep)\d{1,6}){1,3})"
    + NOT_ALNUM_AFTER
)


class CreditCardDetector:
    """13-19 digit card numbers, contiguous or grouped by one kind of separator."""

    name = "credit_card"
    label = Label.CREDIT_CARD

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        cues: CueIndex | None = None
        column: list[int] | None = None
        for match in _CARD_RE.finditer(norm):
            start, end = match.span()
            sep = match.group("sep")
            digits = match.group().replace(" ", "").replace("-", "")
            if not card_number_plausible(digits):
                continue
            if _glued_before(norm, start) or _glued_after(norm, end):
                continue
            # A grouped number must not continue with another group of the same kind.
            if sep and (
                (start >= 2 and norm[start - 1] == sep and norm[start - 2].isdigit())
                or (end + 1 < len(norm) and norm[end] == sep and norm[end + 1].isdigit())
            ):
                continue
            cues = cues or _CARD_CUES.index(doc)
            cue = cues.nearest_label(norm, start, 30)  # not "NT$" of another row's amount
            if cue == "negative":
                continue
            has_cue = cue == "card" or "card" in cues.groups_between(end, end + 12)
            if not has_cue and "\n" in norm:
                if column is None:
                    column = column_cells(doc.lower, _CARD_HEADERS)
                has_cue = _in_cell(norm, column, start)
            if not has_cue and self._needs_card_cue(digits):
                continue
            score = 0.95 if has_cue else 0.85
            yield Span(start, end, self.label, Source.PATTERN, score, self.name)

    @staticmethod
    def _needs_card_cue(digits: str) -> bool:
        """Rare card shapes (13/14/17-19 digits, Maestro) collide with random digit runs."""
        return len(digits) not in (15, 16) or digits.startswith(_MAESTRO_PREFIXES)


_IBAN_START_RE = LazyRegex(NOT_ALNUM_BEFORE + r"[A-Za-z]{2}\d{2}[ ]?[A-Za-z0-9]")


class IbanDetector:
    """IBANs, contiguous or printed in groups of four, checked by length and mod-97."""

    name = "iban"
    label = Label.IBAN

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        cues: CueIndex | None = None
        for match in _IBAN_START_RE.finditer(norm):
            start = match.start()
            length = IBAN_LENGTHS.get(norm[start : start + 2].upper())
            if length is None:
                continue
            end = self._consume(norm, start, length)
            if end is None or not iban_valid(norm[start:end].replace(" ", "")):
                continue
            cues = cues or _IBAN_CUES.index(doc)
            if cues.nearest_label(norm, start, 20) == "negative":
                continue  # e.g. a postal tracking number that happens to pass mod-97
            yield Span(start, end, self.label, Source.PATTERN, 0.95, self.name)

    @staticmethod
    def _consume(norm: str, start: int, length: int) -> int | None:
        """End of an IBAN with `length` characters, allowing single spaces between them."""
        taken, index = 0, start
        while taken < length and index < len(norm):
            char = norm[index]
            if char.isascii() and char.isalnum():
                taken += 1
            elif not (char == " " and taken >= 4 and norm[index - 1] != " "):
                return None
            index += 1
        if taken < length or (
            index < len(norm) and norm[index].isascii() and norm[index].isalnum()
        ):
            return None
        return index


_ACCOUNT_RE = LazyRegex(NOT_ALNUM_BEFORE + r"\d{2,17}(?:[- ]\d{1,8})*" + NOT_ALNUM_AFTER)
_DATE_SHAPE_RE = LazyRegex(
    r"(?:19|20)\d\d[- ]?(?:0[1-9]|1[0-2])[- ]?(?:0[1-9]|[12]\d|3[01])"
    r"|(?:19|20)\d\d[- ]\d{1,2}[- ]\d{1,2}|\d{1,2}[- ]\d{1,2}[- ](?:19|20)\d\d"
)
_BANK_CODE_BEFORE_RE = LazyRegex(r"\(\d{3}\)\s*$")
_ABA_RE = LazyRegex(r"(?<![a-z])aba(?![a-z])")
# Chunghwa Post prints accounts as a 7-digit office number (局號) and a 7-digit account (帳號).
_POST_OFFICE_RE = LazyRegex(r"郵局|郵政|局號|劃撥")
# Shapes of Taiwan phone numbers, which also appear next to 匯款 ("匯款後請來電 02-2345-6789").
_PHONE_SHAPE_RE = LazyRegex(r"09\d{2}[- ]?\d{3}[- ]?\d{3}|0[2-8]\d{0,2}[- ]?\d{3,4}[- ]?\d{4}")


class BankAccountDetector:
    """Bank account numbers, only where a bank/account cue is nearby."""

    name = "bank_account"
    label = Label.BANK_ACCOUNT

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        ibans: list[Span] | None = None
        cues: CueIndex | None = None
        column: list[int] | None = None
        for match in _ACCOUNT_RE.finditer(norm):
            start, end = match.span()
            value = match.group()
            digits = value.replace(" ", "").replace("-", "")
            if not 7 <= len(digits) <= 17:
                continue
            if _glued_before(norm, start) or _glued_after(norm, end) or self._is_amount(doc, end):
                continue
            if self._inside_spaced_run(norm, start, end) or _DATE_SHAPE_RE.fullmatch(value):
                continue
            if ibans is None:
                ibans = list(IbanDetector().detect(doc))
            if any(iban.start <= start and end <= iban.end for iban in ibans):
                continue  # the BBAN inside a printed IBAN
            cues = cues or _ACCOUNT_CUES.index(doc)
            if column is None:
                column = column_cells(doc.lower, _ACCOUNT_HEADERS) if "\n" in norm else []
            if _in_cell(norm, column, start):
                yield Span(start, end, self.label, Source.PATTERN, 0.9, self.name)
                continue
            score = self._score(doc, cues, start, end, value, digits)
            if score is not None:
                yield Span(start, end, self.label, Source.PATTERN, score, self.name)

    @staticmethod
    def _score(
        doc: Document, cues: CueIndex, start: int, end: int, value: str, digits: str
    ) -> float | None:
        before = doc.before(start, 30)
        cue, cue_end = cues.nearest_cue(start, 30) or (None, -1)
        cues_after = cues.groups_between(end, end + 12)
        bank_code = _BANK_CODE_BEFORE_RE.search(before) is not None  # "(808) 0123..."
        if cue is None and bank_code:
            cue = "bank"
        if cue is None and cues_after & {"bank", "transfer"}:
            cue = "bank"  # "123456789012 (玉山銀行)"
        if cue is None or cue == "negative":
            return None
        if cue == "card" or (card_number_plausible(digits) and "card" in cues_after):
            return None  # a card number: the card detector reports it
        # A bank name or code right before the number is as good as a label ("玉山銀行 0561...").
        strong = cue == "label" or (
            cue == "bank" and (bank_code or not doc.norm[cue_end:start].strip(" :()-"))
        )
        if "routing" in before[-20:] or _ABA_RE.search(before[-12:]):
            return 0.9 if aba_routing_valid(digits) else None
        if len(digits) in (9, 10) and _PHONE_SHAPE_RE.fullmatch(value) and not strong:
            return None
        if not strong and not 10 <= len(digits) <= 16:
            return None
        if len(digits) < 8 and not _POST_OFFICE_RE.search(before):
            return None
        return 0.9 if strong else 0.8

    @staticmethod
    def _inside_spaced_run(norm: str, start: int, end: int) -> bool:
        """Part of a longer space-grouped value, such as the middle of a printed IBAN."""
        digit_before = start >= 2 and norm[start - 1] == " " and norm[start - 2] in _DIGITS
        digit_after = end + 1 < len(norm) and norm[end] == " " and norm[end + 1] in _DIGITS
        return digit_before or digit_after

    @staticmethod
    def _is_amount(doc: Document, end: int) -> bool:
        return doc.after(end, 3).lstrip().startswith(("元", "塊", "nt", "twd", "usd"))


def _in_cell(norm: str, cells: list[int], start: int) -> bool:
    """`start` begins the cell at one of `cells`, or follows only a "(808)" bank code in it."""
    index = bisect.bisect_right(cells, start) - 1
    if index < 0:
        return False
    return _CELL_PREFIX_RE.regex.fullmatch(norm, cells[index], start) is not None


_CELL_PREFIX_RE = LazyRegex(r"(?:\(\d{3}\)\s*)?")


DETECTORS: tuple[Detector, ...] = (CreditCardDetector(), IbanDetector(), BankAccountDetector())

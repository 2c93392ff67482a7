"""Contact data: e-mail addresses, phone numbers (validated by `phonenumbers`) and IP addresses
(ip_address.py).

Phone candidates come from our own regexes, because phonenumbers' matcher misses numbers glued
to CJK text; each candidate is then parsed (region TW, US for US-shaped numbers, international
after + or 00) and kept when `phonenumbers` says it is a valid number; a merely possible one
(the right length) is kept after a phone cue (電話, Tel, ...), with a country code written out
(+63 ..., 886-9...), or split right after a Taiwan area code with that code's subscriber length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from types import ModuleType

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.cues import CueGroups, CueIndex, LazyRegex
from desktop.engine.detectors.ip_address import IPAddressDetector
from desktop.engine.detectors.tables import column_cells
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# --- e-mail --------------------------------------------------------------------------------


_EMAIL_RE = LazyRegex(
    r"(?<![A-Za-z0-9._%+'@-])"
    r"[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{2,59})"
    r"(?![A-Za-z0-9-])"
)


class EmailDetector:
    name = "email"
    label = Label.EMAIL

    def detect(self, doc: Document) -> Iterator[Span]:
        for match in _EMAIL_RE.finditer(doc.norm):
            if self._is_url_credential(doc.norm, match.start()):
                continue
            yield Span(match.start(), match.end(), self.label, Source.PATTERN, 0.95, self.name)

    @staticmethod
    def _is_url_credential(norm: str, start: int) -> bool:
        """Whether the match is the password@host part of scheme://user:password@host."""
        token_start = max(norm.rfind(" ", 0, start), norm.rfind("\n", 0, start)) + 1
        _, scheme, authority = norm[token_start:start].partition("://")
        if not scheme:
            return False
        colon = authority.rfind(":")
        return colon >= 0 and not any(char in authority[colon:] for char in "/?")


# --- phone numbers -------------------------------------------------------------------------

PHONE_CUES = (
    "電話", "手機", "行動", "市話", "室話", "聯絡", "連絡", "聯繫", "來電", "撥", "打給", "致電",
    "專線", "傳真", "總機", "tel", "phone", "mobile", "cell", "call", "fax", "whatsapp", "line",
    "contact", "text me", "reach me", "dial", "回電", "回撥", "打來", "text him",
    "text her", "new number", "number is", "sms", "viber", "telegram", "分機", "急事", "dial-in",
    "extension", "m:", "t:", "p:", "tel.", "ph:", "mob", "ring", "客服", "簡訊", "be reached",
    "中華電信", "台灣大哥大", "遠傳", "亞太電信", "台灣之星",  # Taiwan's carriers: a line's number
)  # fmt: skip
NEGATIVE_CUES = (
    "訂單", "單號", "編號", "order", "tracking", "物流", "貨運", "運單", "包裹", "發票", "invoice",
    "統編", "統一編號", "sku", "序號", "serial", "型號", "imei", "帳號", "帳戶", "account", "acct",
    "卡號", "card", "金額", "amount", "$", "isbn", "編碼", "代碼", "條碼", "barcode",
)  # fmt: skip

_EXTENSION = r"(?P<ext>[ ]*(?:分機|轉|內線|(?i:ext\.?|extension)|x|\#)[ ]*[.:]?[ ]*\d{1,6})?"
_PHONE_RE = LazyRegex(
    r"(?<![0-9A-Za-z+])(?:"
    # a country code in brackets without its plus only before two groups of four: "(852) 5624 9950"
    r"(?P<intl>(?:\+\d{1,3}|(?<![0-9])00\d{1,3}|\(\+\d{1,3}\)"
    r"|\([1-9]\d{1,2}\)(?=[ ]?\d{4}[ ]\d{4}))[ .-]?"
    r"(?:\(0\)[ ]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{1,5}){1,4})"
    r"|(?P<tw_paren>\(0\d{1,3}\)[ ]?\d{2,4}(?:[ -]?\d{3,4})?)"
    r"|(?P<us_paren>(?:1[ .-]?)?\([2-9]\d{2}\)[ ]?\d{3}[ .-]\d{4})"
    # "01 79 48 69 38", "07.24.49.59.75": France's ten digits in pairs, one separator throughout
    r"|(?P<pairs>0[1-9](?P<sep>[ .])\d{2}(?:(?P=sep)\d{2}){3})"
    # "037 82 5452", "089 01 3729": a 2-digit group only in the middle
    # "0919/960502": a mobile's prefix and number split by a slash
    r"|(?P<tw>0\d{1,4}(?:[ -]?\d{2,6})?[ -]?\d{3,6}|0\d{1,4}(?:\.\d{3,6}){1,2}|09\d{2}/\d{6})"
    r"|(?P<us>[2-9]\d{2}[.-]\d{3}[.-]\d{4})"
    r"|(?P<bare886>886\d{8,9}|886[ -]\d{8,9}|886[ -]\d{1,3}(?:[ -]\d{3,4}){2}|886-\d{1,3}-\d{6,7})"
    # "8714 0448", "2368-2615": a local number without its area code, only after a phone cue
    r"|(?P<local>[2-9]\d{3}[ -]\d{4})"
    r")"
    + _EXTENSION
    # A capitalised word right after is a space OCR lost ("0912-345-678Email:"), not an ID.
    + r"(?:(?![0-9A-Za-z])|(?=[A-Z][a-z]{2}))"
)
_PHONE_HEADERS = frozenset(
    ("phone", "mobile", "tel", "telephone", "cell", "電話", "手機", "聯絡電話", "行動電話", "市話")
)


def _after_call_verb(norm: str, start: int) -> bool:
    """打 right before the number, spaces allowed: "有問題打082682648"."""
    pos = start
    while pos > 0 and norm[pos - 1] == " ":
        pos -= 1
    return norm[pos - 1 : pos] == "打"


def _contact_line(norm: str, start: int) -> bool:
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", start)
    return "@" in norm[line_start : line_end if line_end >= 0 else len(norm)]


# Where people in Taiwan have contacts: countries whose national numbers begin with a trunk 0.
_TRUNK_ZERO_REGIONS = ("GB", "AU", "JP", "ID", "PH", "MY", "TH", "VN", "NZ", "IN")
_REGION_BY_KIND = {
    "tw_paren": "TW", "tw": "TW", "us_paren": "US", "us": "US", "bare886": None, "pairs": "FR",
}  # fmt: skip


# Taiwan's landline area codes and their subscribers' digit counts (NCC numbering plan).
_TW_AREA_DIGITS = {
    "02": (8,), "03": (7,), "037": (6,), "04": (7, 8), "049": (7,), "05": (7,), "06": (7,),
    "07": (7,), "08": (7,), "089": (6,), "082": (6,), "0826": (5,), "0836": (5,),
}  # fmt: skip
_TW_AREA_SPLIT_RE = LazyRegex(r"\(?(0\d{1,3})\)?[ -](?:\d+[ -])*\d+|\((0\d{1,3})\)\d+(?:[ -]\d+)*")


def _tw_area_split(number: str) -> bool:
    """A number split right after a Taiwan area code into the subscriber digits that code
    takes ("03 065 4606", "(07)007-9088"): written as a phone, whatever its digits."""
    match = _TW_AREA_SPLIT_RE.fullmatch(number)
    if match is None:
        return False
    area = match.group(1) or match.group(2)
    subscriber = sum(char.isdigit() for char in number) - len(area)
    return subscriber in _TW_AREA_DIGITS.get(area, ())


@cache
def _phonenumbers() -> ModuleType:
    # Imported on first use: the library's metadata costs noticeable start-up time.
    import phonenumbers

    return phonenumbers


@cache
def phone_validity(number: str, region: str | None) -> str | None:
    """'valid', 'possible' or None for a number string (cached: texts repeat numbers)."""
    phonenumbers = _phonenumbers()
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if phonenumbers.is_valid_number(parsed):
        return "valid"
    if phonenumbers.is_possible_number(parsed):
        return "possible"
    return None


_PHONE_CUES = CueGroups(phone=PHONE_CUES, negative=NEGATIVE_CUES)


class PhoneDetector:
    """Taiwan and international phone numbers, with extensions, validated by phonenumbers."""

    name = "phone"
    label = Label.PHONE

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        cues: CueIndex | None = None
        phone_cells: frozenset[int] | None = None  # found once, when first needed
        for match in _PHONE_RE.finditer(norm):
            start, end = match.span()
            kind = self._kind(match)
            number = match.group(kind)
            if self._glued(norm, start, end) or (
                " " in number and self._in_digit_list(norm, start)
            ):
                continue
            cues = cues or _PHONE_CUES.index(doc)
            cue = cues.nearest_label(norm, start, 32)
            if cue is None:
                phone_cells = self._phone_cells(doc) if phone_cells is None else phone_cells
                if start in phone_cells:
                    cue = "phone"  # a cell under a "Phone" column header
                elif match.group("ext") is not None or _after_call_verb(norm, start):
                    cue = "phone"  # "076885047 Ext 9835", "有問題打082682648": only a phone
            # "+886 ..." is written only for a phone, even after an account or order word
            written_intl = kind == "intl" and number.startswith(("+", "(+"))
            if (cue == "negative" and not written_intl) or (
                cue != "phone" and self._needs_cue(kind, number)
            ):
                continue
            validity = self._validity(kind, number)
            if validity is None and match.group("ext") is None:
                # "0912345678 123456": the regex may have taken a following number as a group.
                number, validity = self._shrink(kind, number)
                end = start + len(number)
            if validity == "foreign":
                # "03 1234 5678" is a Melbourne number but also any grouped code: only after a
                # phone cue, in a Phone column or on a line of contact data (an e-mail). An area
                # code in brackets, "(03) 9485 4404", is written only for a phone. Otherwise it
                # is judged as a possible Taiwan number ("08 679 4732" is split like one).
                phone_like = cue == "phone" or kind == "tw_paren" or _contact_line(norm, start)
                validity = "valid" if phone_like else "possible"
            if validity is None:
                continue
            if validity == "possible" and not self._says_phone(kind, number, cue):
                continue
            if " " in number and self._followed_by_digits(norm, end):
                continue  # "04 8853 979 695": a list of numbers, not a phone
            score = 0.7 if validity == "possible" else 0.95 if cue == "phone" else 0.85
            yield Span(start, end, self.label, Source.PATTERN, score, self.name)

    @staticmethod
    def _phone_cells(doc: Document) -> frozenset[int]:
        if "\n" not in doc.text:
            return frozenset()
        return frozenset(column_cells(doc.lower, _PHONE_HEADERS))

    @staticmethod
    def _says_phone(kind: str, number: str, cue: str | None) -> bool:
        """Whether a number of the right length for its country, though not one phonenumbers
        knows as assigned, is a phone: after a phone cue, or written with its country code
        ("+63 980 798 2215", "886-978018599"): nothing else is written that way."""
        if cue == "phone":
            return True
        if kind == "intl":
            return number.startswith(("+", "(+"))
        if kind in ("tw", "tw_paren"):
            return _tw_area_split(number)
        return kind == "bare886" and not number.isdigit()

    @staticmethod
    def _needs_cue(kind: str, number: str) -> bool:
        if number.isdigit() and (kind == "bare886" or (kind == "intl" and number.startswith("00"))):
            return True  # "886..." or "00..." without a plus or spaces: a phone only if so labelled
        # An unformatted landline-shaped run ("052540299") is as often a code as a phone;
        # an unformatted mobile (09 + 8 digits) is the common way to write one.
        if kind == "local":
            return True
        return kind == "tw" and number.isdigit() and not number.startswith("09")

    def _shrink(self, kind: str, number: str) -> tuple[str, str | None]:
        while " " in number:
            number = number[: number.rindex(" ")]
            validity = self._validity(kind, number)
            if validity is not None:
                return number, validity
        return number, None

    @staticmethod
    def _kind(match: re.Match[str]) -> str:
        for kind in ("intl", "tw_paren", "us_paren", "pairs", "tw", "us", "bare886", "local"):
            if match.group(kind) is not None:
                return kind
        raise AssertionError("phone regex matched no alternative")

    @staticmethod
    def _validity(kind: str, number: str) -> str | None:
        if kind == "intl":
            if number.startswith("("):  # "(+886) 912-345-678", "(852) 5624 9950"
                number = "+" + number[1:].lstrip("+").replace(")", "", 1)
            number = number.replace("(0)", "")
            if number.startswith("00"):
                number = "+" + number[2:]
            return phone_validity(number, None)
        if kind == "bare886":
            return phone_validity("+" + number.replace(" ", "").replace("-", ""), None)
        if kind == "local":
            return "possible"  # no area code to check it by: taken only after a phone cue
        if kind == "pairs":  # France writes its numbers so; elsewhere the pairs are a code
            validity = phone_validity(number, "FR")
            return "foreign" if validity == "valid" else validity
        validity = phone_validity(number, _REGION_BY_KIND[kind])
        if validity != "valid" and kind in ("tw", "tw_paren") and not number.isdigit():
            # A formatted national number that is no Taiwan number: one of the countries whose
            # numbers also start with a trunk 0 ("07700 900123" in the UK, "0412 345 678").
            # Not for 09...: that is Taiwan's mobile prefix, and such a number is a typo of one.
            if number.startswith("09"):
                return validity
            for region in _TRUNK_ZERO_REGIONS:
                if phone_validity(number, region) == "valid":
                    return "foreign"  # valid abroad: taken where the text says it is a phone
        return validity

    @staticmethod
    def _followed_by_digits(norm: str, end: int) -> bool:
        return end + 1 < len(norm) and norm[end] == " " and norm[end + 1] in "0123456789"

    @staticmethod
    def _in_digit_list(norm: str, start: int) -> bool:
        """A space-grouped candidate right after another number ("23 0497 530 673 851")."""
        return start >= 2 and norm[start - 1] == " " and norm[start - 2] in "0123456789"

    @staticmethod
    def _glued(norm: str, start: int, end: int) -> bool:
        """Part of a longer dotted/dashed number, a date, a version or an amount."""
        before = norm[max(0, start - 2) : start]
        after = norm[end : end + 2]
        # "/" and "," are left out: "0912345678/0922333444" lists two numbers.
        if len(before) == 2 and before[0].isdigit() and before[1] in "-.:":
            return True
        if len(before) == 2 and before[0].isascii() and before[0].isalnum() and before[1] == "-":
            return True  # the tail of an identifier such as an invoice number "AB-04306584"
        if len(after) == 2 and after[0] in "-.:" and after[1].isdigit():
            return True
        return before.endswith("$") or after.startswith("元")


DETECTORS: tuple[Detector, ...] = (EmailDetector(), PhoneDetector(), IPAddressDetector())

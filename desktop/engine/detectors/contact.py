"""Contact data: e-mail addresses, phone numbers (validated by `phonenumbers`) and IP addresses.

Phone candidates come from our own regexes, because phonenumbers' matcher misses numbers glued
to CJK text; each candidate is then parsed (region TW, US for US-shaped numbers, international
after + or 00) and kept when `phonenumbers` says it is a valid number; a merely possible one
(the right length) is kept after a phone cue (電話, Tel, ...), with a country code written out
(+63 ..., 886-9...), or split right after a Taiwan area code with that code's subscriber length.

IP addresses: loopback (127.0.0.0/8, ::1), unspecified (0.0.0.0, ::), multicast and reserved
addresses (240.0.0.0/4, which holds 255.255.255.255 and netmask-like values) are not reported:
they are the same on every machine and identify nobody. Private and public addresses are
reported: a LAN address still tells an outsider about one person's network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from desktop.engine.detectors.base import NOT_ALNUM_AFTER, Detector
from desktop.engine.detectors.cues import CueGroups, CueIndex, LazyRegex
from desktop.engine.detectors.tables import column_cells
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

if TYPE_CHECKING:
    import ipaddress

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
    "extension", "m:", "t:", "p:", "tel.", "ph:", "mob", "ring",
)  # fmt: skip
NEGATIVE_CUES = (
    "訂單", "單號", "編號", "order", "tracking", "物流", "貨運", "運單", "包裹", "發票", "invoice",
    "統編", "統一編號", "sku", "序號", "serial", "型號", "imei", "帳號", "帳戶", "account", "acct",
    "卡號", "card", "金額", "amount", "$", "isbn", "編碼", "代碼", "條碼", "barcode",
)  # fmt: skip

_EXTENSION = r"(?P<ext>[ ]*(?:分機|轉|內線|ext\.?|extension|x|\#)[ ]*[.:]?[ ]*\d{1,6})?"
_PHONE_RE = LazyRegex(
    r"(?<![0-9A-Za-z+])(?:"
    r"(?P<intl>(?:\+\d{1,3}|(?<![0-9])00\d{1,3}|\(\+\d{1,3}\))[ .-]?"
    r"(?:\(0\)[ ]?)?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{1,5}){1,4})"
    r"|(?P<tw_paren>\(0\d{1,3}\)[ ]?\d{2,4}(?:[ -]?\d{3,4})?)"
    r"|(?P<us_paren>\([2-9]\d{2}\)[ ]?\d{3}[ .-]\d{4})"
    # "037 82 5452", "089 01 3729": a 2-digit group only in the middle
    r"|(?P<tw>0\d{1,4}(?:[ -]?\d{2,6})?[ -]?\d{3,6}|0\d{1,4}(?:\.\d{3,6}){1,2})"
    r"|(?P<us>[2-9]\d{2}[.-]\d{3}[.-]\d{4})"
    r"|(?P<bare886>886\d{8,9}|886[ -]\d{8,9}|886[ -]\d{1,3}(?:[ -]\d{3,4}){2})"
    r")"
    + _EXTENSION
    # A capitalised word right after is a space OCR lost ("0912-345-678Email:"), not an ID.
    + r"(?:(?![0-9A-Za-z])|(?=[A-Z][a-z]{2}))"
)
_PHONE_HEADERS = frozenset(
    ("phone", "mobile", "tel", "telephone", "cell", "電話", "手機", "聯絡電話", "行動電話", "市話")
)


def _contact_line(norm: str, start: int) -> bool:
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", start)
    return "@" in norm[line_start : line_end if line_end >= 0 else len(norm)]


# Where people in Taiwan have contacts: countries whose national numbers begin with a trunk 0.
_TRUNK_ZERO_REGIONS = ("GB", "AU", "JP", "ID", "PH", "MY", "TH", "VN", "NZ", "IN")
_REGION_BY_KIND = {"tw_paren": "TW", "tw": "TW", "us_paren": "US", "us": "US", "bare886": None}


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
            if cue == "negative" or (cue != "phone" and self._needs_cue(kind, number)):
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
        for kind in ("intl", "tw_paren", "us_paren", "tw", "us", "bare886"):
            if match.group(kind) is not None:
                return kind
        raise AssertionError("phone regex matched no alternative")

    @staticmethod
    def _validity(kind: str, number: str) -> str | None:
        if kind == "intl":
            if number.startswith("(+"):  # "(+886) 912-345-678"
                number = number[1:].replace(")", "", 1)
            number = number.replace("(0)", "")
            if number.startswith("00"):
                number = "+" + number[2:]
            return phone_validity(number, None)
        if kind == "bare886":
            return phone_validity("+" + number.replace(" ", "").replace("-", ""), None)
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


# --- IP addresses --------------------------------------------------------------------------

# A version word right before the number (quoted as in `version = "1.2.3.4"` and JSON), or a
# comparison only versions take ("newer than 2.36.227.252", "升級到 14.17.166.203").
_VERSION_BEFORE_RE = LazyRegex(
    r"(?:(?:^|[^a-z])(?:version|ver\.?|v|build|release|firmware|fw|app|sdk|patch|update|upgrade"
    r"|section|sec\.|chapter|step)(?:\s+to)?|(?:newer|older|later|earlier)\s+than)"
    r"\s*[\"']?\s*[:#=]?\s*[\"']?\s*$"
    r"|(?:版本|版號|韌體|更新|升級|條|章|節|§)(?:到|至)?\s*[:：]?\s*[\"'「]?\s*$"
)
_IP_CUE_RE = LazyRegex(
    r"(?<![a-z])(?:ip|ipv4|address|addr|host|server|dns|gateway|proxy|subnet|from|login|connect"
    r"|client|ping|ssh|remote|firewall|allow|block|source|src|dst)(?![a-z])"
    r"|位址|地址|伺服器|主機|閘道|來源|登入|連線|防火牆|白名單|封鎖"
)


def _ipaddress() -> ModuleType:
    import ipaddress  # on first use: few texts contain an address

    return ipaddress


def _ip_is_personal(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, _ipaddress().IPv6Address):
        if address.ipv4_mapped is not None:
            address = address.ipv4_mapped  # ::ffff:a.b.c.d is judged by its IPv4 part
        else:
            # IPv6's "reserved" blocks are most of the address space, unassigned rather than
            # special: a written address there still names a machine (or a made-up one).
            return not (address.is_loopback or address.is_unspecified or address.is_multicast)
    return not (
        address.is_loopback or address.is_unspecified or address.is_multicast or address.is_reserved
    )


_IPV4_RE = LazyRegex(r"(?<![0-9A-Za-z.])(?:\d{1,3}\.){3}\d{1,3}" + NOT_ALNUM_AFTER + r"(?!\.\d)")
# A colon may stand before the address: a label's ("主機：::ffff:..." normalises to
# "主機:::ffff:..."). An address starts with a hex group or "::", never ":::" or ":a".
_IPV6_RE = LazyRegex(
    r"(?<![0-9A-Za-z.])(?!:::)(?!:[0-9A-Fa-f])(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}"
    r"(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[0-9A-Za-z._-]+)?(?![0-9A-Za-z:])(?!\.\d)"
)


class IPAddressDetector:
    """IPv4 and IPv6 addresses that can point at a person's machine or network."""

    name = "ip_address"
    label = Label.IP_ADDRESS

    def detect(self, doc: Document) -> Iterator[Span]:
        for pattern, valid in ((_IPV4_RE, self._ipv4_valid), (_IPV6_RE, self._ipv6_valid)):
            for match in pattern.finditer(doc.norm):
                start, end = match.span()
                if valid(match.group(), doc, start, end):
                    yield Span(start, end, self.label, Source.PATTERN, 0.9, self.name)

    @staticmethod
    def _ipv4_valid(value: str, doc: Document, start: int, end: int) -> bool:
        try:
            address = _ipaddress().IPv4Address(value)
        except ValueError:
            return False
        if not _ip_is_personal(address):
            return False
        if _VERSION_BEFORE_RE.search(doc.before(start, 24)):
            return False  # "upgrade from anything newer than 2.36.227.252": "from" is no cue here
        first, second = (int(octet) for octet in value.split(".")[:2])
        if first < 10 and second < 10:
            # "4.8.13.91" is far more often a four-part version than an address: ask for a cue.
            return _IP_CUE_RE.search(doc.before(start, 30)) is not None
        return True

    @staticmethod
    def _ipv6_valid(value: str, doc: Document, start: int, end: int) -> bool:
        try:
            address = _ipaddress().IPv6Address(value)
        except ValueError:
            return False
        groups = [group for group in value.split("%")[0].split(":") if group]
        if len(groups) < 2 or sum(len(g) for g in groups) < 4:
            return False  # "a::b", "::1" and the like are code, not addresses
        return _ip_is_personal(address)


DETECTORS: tuple[Detector, ...] = (EmailDetector(), PhoneDetector(), IPAddressDetector())

"""Passport numbers: an alphanumeric token of a passport shape right after a passport cue.

Passport numbers have no checksum a text can verify (the MRZ check digit is not part of the
number people type), and their shapes (9 digits, a letter and 8 digits, ...) are shared by order
numbers and references, so without a cue (護照, passport, travel document) nothing counts. The
cue governs the first passport-shaped token after it in the same sentence, plus a list of further
numbers joined to that one ("300123456, 300654321").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.tables import column_cells
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_CUE_RE = re.compile(
    r"護照(?:號碼|号码|號|号|編號|编号|字號|字号)?|旅行證件(?:號碼)?|旅行证件(?:号码)?"
    r"|passports?(?:[\s_-]*(?:numbers?|num|no|nr|id)(?![a-z])\.?|\s*#)?(?![a-z])"
    r"|travel\s+document(?:\s*(?:no\.?|number|#))?"
)  # no leading lookbehind (it would slow the scan); `detect` checks the letter before
_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9-])[A-Za-z0-9]{6,9}(?![A-Za-z0-9]|-[A-Za-z0-9])")
_SHAPES = (
    re.compile(r"\d{7,9}"),  # Taiwan, US, UK: 9 digits; a few countries use 7-8
    re.compile(r"[A-Za-z]{1,3}\d{5,8}"),  # US letter+8, JP TK1234567, CN E12345678, CA AB123456
    re.compile(r"\d{2}[A-Za-z]{2}\d{5}"),  # France 09AA12345
    # Germany (C01X00T47, CVM0GKRLT) and other letter-digit mixes: capitals and a digit.
    re.compile(r"(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,9}"),
)
# Words between the cue and the token that show the number is something else (a date, a fee).
_GAP_BREAK_RE = re.compile(
    r"[。！？!?;；]|(?<![.\s])(?<!no)(?<!nr)\.\s|\n\s*\n"  # sentence ends, not "No. "
    r"|date|expir|issue|valid|fee|photo|page|日期|到期|效期|有效|簽發|签发|發照|费|費|照片|頁|页"
)
# Between numbers of a list; each may name its holder ("passports: mine X, Ngozi's Y").
_LIST_JOIN_RE = re.compile(
    r"\s*(?:[,、/;；]|and|及|和|與|与|or|或)\s*(?:(?:mine|his|hers|(?:[a-zà-ɏ-]{2,20}\s){0,2}[a-zà-ɏ-]{2,20}['’]s)\s+)?"
)
_OTHER_NUMBER_RE = re.compile(r"[0-9]{3}")  # another number came first ("(9碼)" is fine)
_MAX_GAP = 30
# Column headers that cue every cell under them (a table or spreadsheet read by OCR).
_HEADERS = frozenset(
    (
        "passport", "passport no", "passport no.", "passport number", "passport #",
        "passport_no", "護照", "護照號碼", "護照號", "护照", "护照号码",
    )
)  # fmt: skip


def _passport_shaped(token: str) -> bool:
    return any(shape.fullmatch(token) for shape in _SHAPES)


def _cell_shaped(token: str) -> bool:
    return _passport_shaped(token) or (token.isupper() and len(token) >= 7)


def _gap_clear(gap: str) -> bool:
    if len(gap) > _MAX_GAP or _GAP_BREAK_RE.search(gap) or _OTHER_NUMBER_RE.search(gap):
        return False
    # A value on the next line ("護照號碼\n300123456") is fine; a new field label is not.
    return "\n" not in gap or not re.search(r"[a-z\u4e00-\u9fff]", gap[gap.rfind("\n") :])


class PassportDetector:
    """Finds PASSPORT spans governed by a passport cue."""

    name = "passport"
    label = Label.PASSPORT
    score = 0.85

    def detect(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        seen: set[int] = set()  # "護照 (Passport): 300123456" has two cues for one number
        for cue in _CUE_RE.finditer(lower):
            if cue.start() > 0 and "a" <= lower[cue.start() - 1] <= "z":
                continue  # "xpassport", not a cue
            for span in self._after_cue(doc, cue.end()):
                if span.start not in seen:
                    seen.add(span.start)
                    yield span
        if "\n" in lower:
            for at in column_cells(lower, _HEADERS):
                token = _TOKEN_RE.match(doc.norm, at)
                # Under the header any capitals-and-digits token is the number, even one whose
                # digits OCR read as letters ("H0NTPYMGX" as "HONTPYMGX").
                if token and at not in seen and _cell_shaped(token.group()):
                    seen.add(at)
                    yield Span(at, token.end(), self.label, Source.PATTERN, self.score, self.name)

    def _after_cue(self, doc: Document, cue_end: int) -> Iterator[Span]:
        position = cue_end
        previous_end: int | None = None
        for token in _TOKEN_RE.finditer(doc.norm, cue_end):
            gap = doc.lower[position : token.start()]
            if previous_end is None:
                if not _gap_clear(gap):
                    return
            elif not _LIST_JOIN_RE.fullmatch(gap):
                return
            if not _passport_shaped(token.group()):
                if any(ch.isdigit() for ch in token.group()):
                    return  # the first number after the cue is not a passport number
                continue  # a word such as "number" or "Taiwan"
            yield Span(
                token.start(), token.end(), self.label, Source.PATTERN, self.score, self.name
            )
            position = previous_end = token.end()


DETECTORS: tuple[Detector, ...] = (PassportDetector(),)

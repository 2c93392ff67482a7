"""Dates of birth: calendar-validated dates that sit next to a birth cue.

A date on its own is not personal data (meetings, invoices, releases), so a date counts only when a
birth cue (生日, 出生日期, DOB, date of birth, born, ...) comes shortly before it in the same
sentence, with no other date in between, or when 生 / (DOB) follows it directly. Partial dates
(民國88年生, born in 1999, 生日：6月13日) need the cue right next to them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.tables import column_cells
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_ND = r"(?<![0-9])"  # not after a digit
_NDA = r"(?![0-9])"  # not before a digit
_NUMERIC_BEFORE = r"(?<![0-9])(?<![0-9][./-])"  # not inside 1.2.3.4 or a longer number chain
_NUMERIC_AFTER = r"(?![0-9])(?![./-][0-9])"

_MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_ROC = r"(?P<roc>(?:中華)?民國?\s*)"  # 民國88年, also shortened to 民88年
_ZH_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_ZH_DIGITS = "〇零○一二三四五六七八九十百"

# Full dates: accepted with a cue anywhere shortly before them in the same sentence.
_FULL_PATTERNS = (
    # 民國88年6月13日, 88年6月13日, 1999年6月13日 (also with spaces between the parts)
    _ND + _ROC + r"?(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*[日號号])?",
    # 1999/6/13, 1999-06-13, 1999.6.13
    _NUMERIC_BEFORE
    + r"(?P<y>\d{4})\s?(?P<s>[-/.])\s?(?P<m>\d{1,2})\s?(?P=s)\s?(?P<d>\d{1,2})"
    + _NUMERIC_AFTER,
    # 88.6.13, 088/06/13 (ROC), 13/06/1999, 06/13/1999, 13-06-99
    _NUMERIC_BEFORE + _ROC + r"?(?P<p1>\d{1,3})(?P<s>[-/.])(?P<p2>\d{1,2})(?P=s)"
    r"(?P<p3>\d{4}|\d{1,2})" + _NUMERIC_AFTER,
    # 19990613, 0880613 (ROC, as on Taiwanese forms)
    _ND + r"(?P<compact>\d{8}|0\d{6}|1[01]\d{5})" + _NDA,
    # 13 Jun 1999, 13th June 1999, 13-Jun-1999, 13 of June, 1999
    r"(?<![0-9a-z])(?P<d>\d{1,2})"
    + _ORDINAL
    + r"(?:\s+of)?[\s/-]*"
    + _MONTH
    + r",?[\s/-]*(?P<y>\d{4})"
    + _NDA,
    # June 13, 1999, Jun. 13 1999, June 13th, 1999
    # "December 16. 1968": OCR often reads the small comma as a period
    r"(?<![a-z])" + _MONTH + r"[\s-]*(?P<d>\d{1,2})" + _ORDINAL + r"[,.]?[\s-]*(?P<y>\d{4})" + _NDA,
    # 13-Jun-99, 13/Jun/99: a two-digit year only in this tight, separated form
    r"(?<![0-9a-z])(?P<d>\d{1,2})(?P<s>[/-])" + _MONTH + r"(?P=s)(?P<y2>\d{2})" + _NDA,
    # 民國七十三年二月二十三日, 一九七八年五月五日, 二〇〇六年九月二十五日 (Chinese numerals)
    _ROC + r"?(?P<cy>[" + _ZH_DIGITS + r"]{2,5})\s*年\s*(?P<cm>[" + _ZH_DIGITS + r"]{1,3})\s*月"
    r"\s*(?P<cd>[" + _ZH_DIGITS + r"]{1,3})\s*[日號号]",
)
# Partial dates: accepted only with the cue right next to them.
_PARTIAL_PATTERNS = (
    # 民國88年生, 出生於1999年6月, 88年次
    _ND + _ROC + r"?(?P<y>\d{2,4})\s*年(?:\s*(?P<m>\d{1,2})\s*月)?(?!\s*\d)",
    # 6月13日, 6/13 after 生日
    _ND + r"(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日號号]",
    _NUMERIC_BEFORE + r"(?P<m>\d{1,2})/(?P<d>\d{1,2})" + _NUMERIC_AFTER,
    # June 1999, June 13, 13 June (after "born" / "birthday")
    r"(?<![a-z])" + _MONTH + r",?\s+(?P<y>\d{4})" + _NDA,
    r"(?<![a-z])" + _MONTH + r"\s*(?P<d>\d{1,2})" + _ORDINAL + r"(?![0-9a-z])",
    r"(?<![0-9a-z])(?P<d>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH,
    # born in 1999
    r"(?<=born in )(?P<y>(?:19|20)\d\d)" + _NDA,
)

# Longest alternatives first so that "date of birth" wins over "birth" and the gap after a cue
# never starts with the rest of the cue.
# No leading lookbehinds: they would stop `re` from scanning for the literal first characters;
# `_cue_spans` drops a Latin cue glued to a preceding letter ("newborn", "club.") instead.
_CUE_RE = re.compile(
    r"出生年月日|出生日期|生日日期|出生|生日|生於|生于|生辰|誕辰"
    r"|date[\s_]*of[\s_]*birth|birth[\s_]*date|birthday|birth(?![a-z])|d\.?o\.?b(?![a-z])\.?|b-?day"
    r"|born(?![a-z])|b\."
)
# Cues that follow a date ("1999年6月13日出生", "13/06/1999 (DOB)"), found anywhere in the text; a
# hit counts only where a date could end right before it.
_AFTER_HIT_RE = re.compile(
    r"出生|生(?![效產产活意成病氣气存日])|dob|d\.o\.b|date of birth|birth|born|年次"
)
_DATE_LAST_CHAR_RE = re.compile(r"[0-9a-z.日號号月年]")
_AFTER_CUE_RE = re.compile(
    r"\s*[(（\[]?\s*(?:出生|生(?![效產产活意成病氣气存日])|dob|d\.o\.b|date of birth|birth|born)"
)
# What may separate a partial date from its cue: punctuation and a few linking words.
_TIGHT_GAP_RE = re.compile(
    r"(?:[\s:=|,()\[\]（）-]|is|was|on|in|是|為|为|在|於|于|the)*",
)
# A gap with a sentence end, or a label of another kind of date, breaks the cue's reach. Leader dots
# ("DOB ......... 1999-06-13") are no sentence end.
_GAP_BREAK_RE = re.compile(
    r"[。！？!?]|(?<![.\s])\.\s|\n\s*\n|date|日期|到期|效期|有效|簽發|签发|發證|issue|expir|valid|today"
    r"|今天|releas|found|establish|launch|publish|成立|創立|创立|發行|发行|上市"
    # an event's time stamp: "DOB field updated 2024-01-02", "Last login 2024-01-02"
    r"|login|logged|last seen|updated|created|modified|submitted|登入|更新"
)
_RESTATEMENT_GAP_RE = re.compile(r"[\s(（/,、=-]*")
_MAX_GAP = 40
_MAX_DATE = 40  # longer than any date format, spaces included
_MIN_YEAR, _MAX_YEAR = 1880, 2100
# ASCII: patterns run on the normalised text, and Unicode case tables make compiling slow.
_FLAGS = re.IGNORECASE | re.ASCII


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    partial: bool


def _valid(year: int, month: int, day: int) -> bool:
    if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12):
        return False
    return 1 <= day <= _days_in_month(year, month)


def _days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange: importing calendar costs about 3 ms of start-up (locale).
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _roc(year: int) -> int:
    return year + 1911


def _two_digit_year(year: int) -> tuple[int, ...]:
    return (1900 + year, 2000 + year)


def _numeric_valid(p1: str, p2: str, p3: str, roc_prefix: bool) -> bool:
    """Whether `p1/p2/p3` is a real date under any reading (ROC Y/M/D, D/M/Y or M/D/Y)."""
    a, b, c = int(p1), int(p2), int(p3)
    if len(p3) == 4:
        return len(p1) <= 2 and not roc_prefix and (_valid(c, b, a) or _valid(c, a, b))
    if roc_prefix or len(p1) == 3:
        return _valid(_roc(a), b, c)
    if len(p1) == 2 and _valid(_roc(a), b, c):
        return True
    return any(_valid(y, b, a) or _valid(y, a, b) for y in _two_digit_year(c))


def _year(text: str, roc: bool) -> int:
    year = int(text)
    return _roc(year) if roc or len(text) <= 3 else year


def _zh_number(text: str) -> int | None:
    """一九七八 -> 1978 (digit by digit), 七十三 -> 73, 一百零五 -> 105, 二十 -> 20."""
    if "十" not in text and "百" not in text:
        digits = [_ZH_DIGIT_VALUES.get(c) for c in text]
        return None if None in digits else int("".join(str(d) for d in digits))
    total, current = 0, 0
    for char in text:
        if char in ("十", "百"):
            total += (current or 1) * (10 if char == "十" else 100)
            current = 0
        elif char in _ZH_DIGIT_VALUES:
            current = _ZH_DIGIT_VALUES[char]
        else:
            return None
    return total + current


def _zh_year(text: str, roc: bool) -> int | None:
    """The Gregorian year of a year in Chinese numerals: 一九七八 as written, 七十三 and 105
    (一百零五) as ROC years; None for 民國一九七八 or a non-number."""
    year = _zh_number(text)
    positional = "十" in text or "百" in text
    if year is None or not (roc or positional or len(text) <= 3):
        return year
    if len(text) == 4 and not positional:
        return None  # 民國一九七八年: not a date
    return _roc(year)


def _zh_valid(groups: dict[str, str | None], roc: bool) -> bool:
    year = _zh_year(groups["cy"] or "", roc)
    month, day = (_zh_number(groups[k] or "") for k in ("cm", "cd"))
    if year is None or month is None or day is None:
        return False
    return _valid(year, month, day)


def _match_valid(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    roc = bool(groups.get("roc"))
    if groups.get("cy"):
        return _zh_valid(groups, roc)
    if groups.get("y2"):
        month = _MONTH_NAMES[groups["mon"][:3].lower()]
        return any(_valid(y, month, int(groups["d"])) for y in _two_digit_year(int(groups["y2"])))
    if groups.get("compact"):
        digits = groups["compact"]
        if len(digits) == 8:
            return _valid(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return _valid(_roc(int(digits[:3])), int(digits[3:5]), int(digits[5:]))
    if groups.get("p1"):
        return _numeric_valid(groups["p1"], groups["p2"], groups["p3"], roc)
    month = (
        _MONTH_NAMES[groups["mon"][:3].lower()] if groups.get("mon") else int(groups.get("m") or 1)
    )
    day = int(groups.get("d") or 1)
    if groups.get("y") is None:
        return _valid(2000, month, day)  # month and day only: 2000 is a leap year
    year_text = groups["y"]
    if len(year_text) == 4 and roc:
        return False
    return _valid(_year(year_text, roc), month, day)


def match_year(match: re.Match[str]) -> int | None:
    """The Gregorian year of a validated full-date match (the likelier reading if ambiguous)."""
    groups = match.groupdict()
    roc = bool(groups.get("roc"))
    if groups.get("cy"):
        return _zh_year(groups["cy"], roc)
    if groups.get("compact"):
        digits = groups["compact"]
        return int(digits[:4]) if len(digits) == 8 else _roc(int(digits[:3]))
    if groups.get("y2"):
        return _two_digit_year(int(groups["y2"]))[0]
    if groups.get("p1"):
        p1, p3 = groups["p1"], groups["p3"]
        if len(p3) == 4:
            return int(p3)
        return _roc(int(p1)) if roc or len(p1) >= 2 else _two_digit_year(int(p3))[0]
    return _year(groups["y"], roc) if groups.get("y") else None


def full_date_at(text: str, pos: int) -> tuple[int, int] | None:
    """The end and year of a validated full date starting exactly at `pos` of normalised text."""
    full, _partial = DateOfBirthDetector._patterns()
    best: tuple[int, int] | None = None
    for pattern in full:
        match = pattern.match(text, pos)
        if match is None or not _match_valid(match):
            continue
        year = match_year(match)
        if year is not None and (best is None or match.end() > best[0]):
            best = (match.end(), year)
    return best


def _cue_spans(lower: str) -> list[tuple[int, int]]:
    return [
        cue.span()
        for cue in _CUE_RE.finditer(lower)
        if cue.start() == 0
        or not ("a" <= lower[cue.start() - 1] <= "z" and cue.group()[0].isascii())
    ]


def _windows(lower: str, cues: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged ranges in which a date would be governed by a cue before or after it."""
    ranges = [(end, end + _MAX_GAP + 1) for _, end in cues]
    for hit in _AFTER_HIT_RE.finditer(lower):
        end = hit.start()
        while end > 0 and lower[end - 1] in " \t([（":
            end -= 1
        if end > 0 and _DATE_LAST_CHAR_RE.match(lower, end - 1):
            ranges.append((max(0, end - _MAX_DATE), end))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_BIRTH_HEADERS = frozenset(
    (
        "dob", "d.o.b.", "date of birth", "date_of_birth", "birth date", "birth_date", "birthdate",
        "birthday", "born", "生日", "出生日期", "出生年月日", "生日(yyyy-mm-dd)",
    )
)  # fmt: skip


_CELL_SEPARATORS = frozenset(",\t|;")


class DateOfBirthDetector:
    """Finds DATE_OF_BIRTH spans: a validated date (the span) governed by a birth cue."""

    name = "date_of_birth"
    label = Label.DATE_OF_BIRTH
    score = 0.85

    _full: tuple[re.Pattern[str], ...] | None = None
    _partial: tuple[re.Pattern[str], ...] | None = None

    @classmethod
    def _patterns(cls) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
        # Compiled on first use so that importing the detector stays cheap.
        if cls._full is None or cls._partial is None:
            cls._full = tuple(re.compile(p, _FLAGS) for p in _FULL_PATTERNS)
            cls._partial = tuple(re.compile(p, _FLAGS) for p in _PARTIAL_PATTERNS)
        return cls._full, cls._partial

    def _candidates(self, doc: Document, cues: list[tuple[int, int]]) -> list[_Candidate]:
        """Validated dates near a cue: the rest of the text is not searched at all."""
        full, partial = self._patterns()
        found: list[_Candidate] = []
        for window_start, window_end in _windows(doc.lower, cues):
            # Read past the window so a date starting inside it is never cut short.
            endpos = min(len(doc.norm), window_end + _MAX_DATE)
            for patterns, is_partial in ((full, False), (partial, True)):
                for pattern in patterns:
                    for match in pattern.finditer(doc.norm, window_start, endpos):
                        cut = match.end() == endpos < len(doc.norm)
                        if match.start() < window_end and not cut and _match_valid(match):
                            found.append(_Candidate(match.start(), match.end(), is_partial))
        # Keep the longest, full dates first; drop anything overlapping a kept candidate.
        found.sort(key=lambda c: (c.partial, -(c.end - c.start), c.start))
        kept: list[_Candidate] = []
        for cand in found:
            index = bisect.bisect_left(kept, cand.start, key=lambda k: k.start)
            before_ok = index == 0 or kept[index - 1].end <= cand.start
            after_ok = index == len(kept) or cand.end <= kept[index].start
            if before_ok and after_ok:
                kept.insert(index, cand)
        return kept

    def detect(self, doc: Document) -> Iterator[Span]:
        cues = _cue_spans(doc.lower)
        column: list[tuple[int, int]] = []
        if "\n" in doc.lower:
            # A cell under a "dob" column header is cued by the header: an empty cue at its start.
            column = [(at, at) for at in column_cells(doc.lower, _BIRTH_HEADERS)]
            cues = sorted(cues + column) if column else cues
        candidates = self._candidates(doc, cues)
        cue_ends = [end for _, end in cues]
        previous_end = -1
        previous_accepted = False
        for cand in candidates:
            accepted = self._cued_before(doc, cand, cues, cue_ends, previous_end)
            accepted = accepted or self._cued_after(doc, cand)
            if not accepted and previous_accepted and not cand.partial:
                # "DOB: 13/06/1999 (民國88年6月13日)": a restatement right after a birth date.
                gap = doc.lower[previous_end : cand.start]
                next_cell = bool(column) and gap.strip(" ") in _CELL_SEPARATORS
                accepted = not next_cell and _RESTATEMENT_GAP_RE.fullmatch(gap) is not None
            if accepted:
                yield Span(cand.start, cand.end, self.label, Source.PATTERN, self.score, self.name)
            previous_end, previous_accepted = cand.end, accepted

    @staticmethod
    def _cued_before(
        doc: Document,
        cand: _Candidate,
        cues: list[tuple[int, int]],
        cue_ends: list[int],
        previous_end: int,
    ) -> bool:
        index = bisect.bisect_right(cue_ends, cand.start) - 1
        if index < 0:
            return False
        cue_start, cue_end = cues[index]
        if cue_end <= previous_end:
            return False  # another date sits between the cue and this one
        gap = doc.lower[cue_end : cand.start]
        is_b_dot = doc.lower[cue_start:cue_end] == "b."
        if cand.partial or is_b_dot:
            return len(gap) <= 12 and _TIGHT_GAP_RE.fullmatch(gap) is not None
        # A sentence that ends on its cue asks for the date ("Can you confirm the patient's DOB?
        # Referral says 2003/03/19"): the answer may follow in the next sentence.
        asked = re.match(r"[ \t]*[?？.][ \t]+", gap)
        rest = gap[asked.end() :] if asked else gap
        if len(gap) > _MAX_GAP or _GAP_BREAK_RE.search(rest):
            return False
        # A value on the next line ("出生日期\n1999/06/13") is fine; a new field label is not.
        return "\n" not in gap or not re.search(r"[a-z0-9\u4e00-\u9fff]", gap[gap.rfind("\n") :])

    @staticmethod
    def _cued_after(doc: Document, cand: _Candidate) -> bool:
        if doc.lower.startswith("年次", cand.end - 1):
            return True  # 88年次: born in ROC year 88
        return _AFTER_CUE_RE.match(doc.lower, cand.end) is not None


DETECTORS: tuple[Detector, ...] = (DateOfBirthDetector(),)

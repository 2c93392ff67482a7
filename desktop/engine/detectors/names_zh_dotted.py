"""Names written in Chinese characters with a middle dot between their parts: Taiwanese
indigenous names as the household register writes them (比令・撒給努, 巴奈‧馬紹) and foreign
names transliterated (麥可·喬丹).

Two runs of Chinese characters with one dot between them rarely mean anything else; lists of
single characters (春・夏・秋) and chains of three or more parts are left alone, and so are pairs
of place names. The name's start is found from the cue before it (收件人, 導師, 通知, @ ...): the
dot may follow a word that is no part of the name (與哈勇．阿道的聊天記錄); its end where a name
ends (您好, 同學, 的, punctuation).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.names_zh import lexicon
from desktop.engine.detectors.names_zh_cues import (
    BOUNDARY_BEFORE,
    ends_word,
    label_before,
    line_start_before,
    table_name_cells,
)
from desktop.engine.textnorm import Document, is_cjk
from desktop.engine.types import Label, Source, Span

_DOTS = "・‧．·•"
# A run of Chinese characters, one dot, another run; not a third part after it.
_DOTTED_RE = re.compile(
    rf"([\u4e00-\u9fff]{{2,}})[{_DOTS}]([\u4e00-\u9fff]{{2,}})(?![{_DOTS}][\u4e00-\u9fff])"
)
_PART = (2, 3, 4)  # characters in each part
_AFTER_NAME = frozenset("您你的同先小老醫敬之")  # 您好, 同學, 先生, 小姐, 老師, 醫師, 敬上 ...


class DottedNameDetector:
    name = "names_zh_dotted"
    label = Label.PERSON

    def detect(self, doc: Document) -> Iterator[Span]:
        text, lower = doc.text, doc.lower  # the original: norm folds "．" into a full stop
        if not any(dot in text for dot in _DOTS):
            return
        blocked = lexicon().blocked  # places and everyday words
        name_cells = table_name_cells(lower) if "\n" in text else frozenset()
        for match in _DOTTED_RE.finditer(text):
            if match.start() > 0 and text[match.start() - 1] in _DOTS:
                continue  # the second and third parts of a longer chain
            found = _start(text, lower, match.start(1), match.end(1), name_cells)
            end, strong_end = _end(text, match.start(2), match.end(2))
            if found is None or end is None:
                continue
            start, cued = found
            if not (cued or strong_end):
                continue  # 產品・服務說明, 台北・台中: a list of two words
            parts = (text[start : match.end(1)], text[match.start(2) : end])
            if any(part.replace("台", "臺") in blocked or part in blocked for part in parts):
                continue
            yield Span(start, end, self.label, Source.PATTERN, 0.75, self.name)


def _start(
    text: str, lower: str, run_start: int, dot: int, name_cells: frozenset[int]
) -> tuple[int, bool] | None:
    """Where the first part starts, and whether a cue stands before it: after a cue word or a
    character that leaves a name alone (是, 與, 通知 ...), else the whole run if it stands alone."""
    for size in (3, 2):
        start = dot - size
        if start < run_start or start == 0:
            continue
        if label_before(lower, start) or text[start - 1] in BOUNDARY_BEFORE:
            return start, True
    if dot - run_start in _PART and (run_start == 0 or not is_cjk(text[run_start - 1])):
        before = text[run_start - 1] if run_start > 0 else ""
        ahead = text[run_start - 2] if run_start > 1 else ""
        # after a label's colon, an @ or a log line's time stamp, or under a name column
        stamp = before in " \t" and (ahead.isdigit() or ahead == "]")
        cued = before in ("@", "：", ":") or (stamp and line_start_before(text, run_start))
        return run_start, cued or run_start in name_cells
    return None


def _end(text: str, run_start: int, run_end: int) -> tuple[int | None, bool]:
    """Where the second part ends, and whether a word that follows names says so (您好, 同學,
    的, 老師): the shortest part such a word follows, else the whole run where it ends."""
    for size in _PART:
        end = run_start + size
        if end >= run_end:
            break
        if text[end] in _AFTER_NAME:
            return end, True
    if run_end - run_start in _PART and ends_word(text, run_end):
        return run_end, False
    return None, False


DETECTORS: tuple[Detector, ...] = (DottedNameDetector(),)

"""Chinese nicknames: 阿明, 小美, 婷婷, 老林 — a prefix 阿 or 小 and a given-name character, 老 and
a surname, or a doubled given-name character, in a person's position.

Each shape is also an everyday word (小心, 阿里山, 明明, 天天), so a nickname needs both ends: a cue
word or the start of a line or table cell before it (你叫阿雯, 幫小明, "｜宏宏｜"), and after it a
character or word that ends a name (的, 說, 把, 下午 ...). Listed everyday words
(data/zh_nick_blocklist.txt) count only where the text says so: a note such as （暱稱） after
them, or a cell under a name column's header (姓名: 明明).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.names_zh import FOLLOW_WORDS, lexicon
from desktop.engine.detectors.names_zh_cues import (
    clause_start_before,
    ends_word,
    label_before,
    line_start_before,
    table_name_cells,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_SHAPE_RE = re.compile(r"[阿小老][\u4e00-\u9fff]|([\u4e00-\u9fff])\1")
_CELL_EDGES = frozenset("|,\t;")
# "華華（暱稱）", "阿傑(小名)": the writer says it is a nickname
_NICK_NOTE_RE = re.compile(r"[ \t]*[(（](?:暱稱|小名|綽號|乳名|外號|nickname|nick)[)）]", re.I)


class ChineseNicknameDetector:
    name = "names_zh_nick"
    label = Label.PERSON

    def detect(self, doc: Document) -> Iterator[Span]:
        text, lower = doc.norm, doc.lower
        if not _SHAPE_RE.search(text):
            return
        lex = lexicon()
        given, blocked, surnames = lex.given_chars, lex.nick_blocked, lex.single
        name_cells = table_name_cells(lower)
        for match in _SHAPE_RE.finditer(text):
            start, end = match.span()
            word = text[start:end]
            known = word[-1] in surnames if word[0] == "老" else word[-1] in given
            if not known or (start > 0 and text[start - 1] in "阿小老"):
                continue  # 小小明: a longer nickname or another word
            said = _NICK_NOTE_RE.match(text, end) is not None or (
                start in name_cells and _cell_ends(text, end)
            )
            if said:
                yield Span(start, end, self.label, Source.PATTERN, 0.6, self.name)
                continue
            if word in blocked or text[start : end + 1] in blocked:
                continue
            before = (
                label_before(lower, start) > 0
                or line_start_before(text, start)
                or clause_start_before(text, start)
            )
            cell = (start == 0 or text[start - 1] in _CELL_EDGES) and (
                end >= len(text) or text[end] in _CELL_EDGES
            )
            after = ends_word(text, end) or text[end : end + 2] in FOLLOW_WORDS
            if cell or (before and after):
                yield Span(start, end, self.label, Source.PATTERN, 0.6, self.name)


def _cell_ends(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in _CELL_EDGES or text[end] in " \n"


DETECTORS: tuple[Detector, ...] = (ChineseNicknameDetector(),)

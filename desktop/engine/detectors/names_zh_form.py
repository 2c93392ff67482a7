"""Chinese names after a form's name label or a role or kinship word, whose surname also begins
everyday words: 姓名：危承霏, 收件人：幸德絜, 戶名：晉琴, 外甥幸致蓉 (data/zh_form_surnames.txt).

names_zh leaves these surnames out of its list: with a weak cue 幸福 or 危險 would read as names.
Right after a label with its separator a name is expected, so here they count: the surname, one
or two characters of given names (data/zh_given_chars.txt), then the end of the word or a title
(先生, 小姐).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.names_zh import NON_NAME, data_words, lexicon
from desktop.engine.detectors.names_zh_cues import FORM, ROLE, ends_word, label_before, title_at
from desktop.engine.textnorm import Document, is_cjk
from desktop.engine.types import Label, Source, Span


@cache
def _surnames() -> frozenset[str]:
    return data_words("zh_form_surnames.txt") - lexicon().single


@cache
def _surname_re() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(_surnames())) + "]")


class FormLabelNameDetector:
    name = "names_zh_form"
    label = Label.PERSON

    def detect(self, doc: Document) -> Iterator[Span]:
        text, lower = doc.norm, doc.lower
        lex = lexicon()
        blocked, name_chars = lex.blocked, lex.given_chars
        for match in _surname_re().finditer(text):
            pos = match.start()
            if pos == 0:
                continue
            tier = label_before(lower, pos)
            if tier < ROLE and text[pos - 1] != "@":
                continue
            # After a form's label one given-name character may do (戶名：晉琴); after a weaker
            # cue (外甥, @, 房東是) the name needs two and a visible end.
            for given_len in (2, 1) if tier >= FORM else (2,):
                end = pos + 1 + given_len
                given = text[pos + 1 : end]
                if len(given) < given_len or not all(
                    is_cjk(c) and c not in NON_NAME and c in name_chars for c in given
                ):
                    continue
                if text[pos:end] in blocked:
                    continue
                if ends_word(text, end) or title_at(text, end):
                    yield Span(pos, end, self.label, Source.PATTERN, 0.8, self.name)
                    break


DETECTORS: tuple[Detector, ...] = (FormLabelNameDetector(),)

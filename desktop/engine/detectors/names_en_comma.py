"""Names written family name first with a comma: "Matsumoto, Aoi", "Gomes, Beatriz",
"LÊ, Thanh Tâm", "Nguyen, Van An", as rosters, bookings and visa forms write them.

No cue is needed: a listed family name, a comma, then a listed given name (one or two words) is
this form and rarely anything else; a place pair ("Austin, Texas") has no given name after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.engine.detectors.names_en_tokens import Token, fold_marks

if TYPE_CHECKING:
    from desktop.engine.detectors.names_en_slots import Host

_COMMA_GAP_RE = re.compile(r",[ \t]*")
_NAME_SHAPES = ("title", "caps")


def family_comma_given(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens, lx = host.text, host.tokens, host.lx

    def family(tok: Token) -> bool:
        key = tok.key
        if lx.is_common(key) or key in lx.stop or key in lx.ambiguous_first:
            return False  # "Austin, Texas", "Paris, France": a town first, not a family name
        return lx.is_surname(key) or key in lx.zh_last or fold_marks(key) in lx.vi_last

    def given(tok: Token) -> bool:
        key = tok.key
        if tok.shape not in _NAME_SHAPES or key in lx.stop or lx.is_common(key):
            return False
        return lx.is_given(key) or fold_marks(key) in lx.vi_given

    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.shape not in _NAME_SHAPES or not _COMMA_GAP_RE.fullmatch(text[tok.end : nxt.start]):
            continue
        if not family(tok) or not given(nxt):
            continue
        if (
            i
            and text[tokens[i - 1].end : tok.start] in (" ", ". ")
            and tokens[i - 1].shape != "lower"
        ):
            continue  # "Sakura G. Torres, Takeshi Kovacs": the end of a name in a list
        last = i + 1
        if last + 1 < len(tokens):
            after = tokens[last + 1]
            if text[nxt.end : after.start] == " " and after.shape == nxt.shape and given(after):
                last += 1
        if re.match(r"[ \t]*(?:,|&|and\b)", text[tokens[last].end :]):
            continue  # "Fisher, Hardin and Shaw": a firm of surnames, or a list
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        gap = text[tokens[last].end : following.start] if following else ""
        if following and _COMMA_GAP_RE.fullmatch(gap) and given(following):
            continue  # "Jordan, Taylor, Morgan": a list of names, found as such elsewhere
        yield i, last

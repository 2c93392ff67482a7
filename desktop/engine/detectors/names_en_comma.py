"""Names written family name first with a comma: "Matsumoto, Aoi", "Gomes, Beatriz",
"LÊ, Thanh Tâm", "Nguyen, Van An", "DE LUCA, Matteo", as rosters, bookings and visa forms write
them; or with the family name in capitals instead of the comma: "ARSLAN Elif", "EL-SAYED Fatima".

No cue is needed: a listed family name, a comma, then a listed given name (one or two words) is
this form and rarely anything else; a place pair ("Austin, Texas") has no given name after it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

from desktop.engine.detectors.names_en_cues import CUES_BY_HEAD
from desktop.engine.detectors.names_en_shape import PARTICLES
from desktop.engine.detectors.names_en_tokens import Token, fold_marks

if TYPE_CHECKING:
    from desktop.engine.detectors.names_en_lexicon import Lexicon
    from desktop.engine.detectors.names_en_slots import Host

_COMMA_GAP_RE = re.compile(r",[ \t]*")
_NAME_SHAPES = ("title", "caps")
# After the name, a list goes on with another capitalised word: "Fisher, Hardin and Shaw"
_LIST_GOES_ON_RE = re.compile(r"[ \t]*(?:,|&|and\b)[ \t]*[A-Z\u00c0-\u00de]")


def family_comma_given(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens, lx = host.text, host.tokens, host.lx

    def family(tok: Token) -> bool:
        key = tok.key
        if lx.is_common(key) or key in lx.stop or key in lx.ambiguous_first:
            return False  # "Austin, Texas", "Paris, France": a town first, not a family name
        return lx.is_surname(key) or key in lx.zh_last or fold_marks(key) in lx.vi_last

    def given(tok: Token) -> bool:
        return _listed_given(lx, tok, _NAME_SHAPES)

    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.shape not in _NAME_SHAPES or not _COMMA_GAP_RE.fullmatch(text[tok.end : nxt.start]):
            continue
        if not given(nxt):
            continue
        first = _caps_family_start(host, i) if tok.shape == "caps" else i
        after_particle = first < i and tokens[i - 1].key in PARTICLES
        if not (family(tok) or (after_particle and not lx.is_ordinary(tok.key))):
            continue  # "VAN DER BERG, Thijs": after a particle any word that is not English
        start = tokens[first].start
        if start and text[start - 1].isalnum():
            continue  # "UX3849MA,Spring Sale": the end of a code
        before = tokens[first - 1] if first else None
        if (
            before is not None
            and text[before.end : start] in (" ", ". ")
            and (before.shape != "lower" or before.key in PARTICLES)
            and before.key not in CUES_BY_HEAD  # "Dear SMIT, Joost"
        ):
            continue  # "Sakura G. Torres, Takeshi Kovacs", "Anuar bin Rahman, Ha-eun Yoon":
            # the end of a name in a list
        last = i + 1
        if last + 1 < len(tokens):
            after = tokens[last + 1]
            if text[nxt.end : after.start] == " " and after.shape == nxt.shape and given(after):
                last += 1
        if _LIST_GOES_ON_RE.match(text, tokens[last].end):
            continue  # "Fisher, Hardin and Shaw": a firm of surnames, or a list
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        gap = text[tokens[last].end : following.start] if following else ""
        if following and _COMMA_GAP_RE.fullmatch(gap) and given(following):
            continue  # "Jordan, Taylor, Morgan": a list of names, found as such elsewhere
        yield first, last


def caps_family_given(host: Host) -> Iterator[tuple[int, int]]:
    """ "WÓJCIK Łukasz": a family name in capitals, one space, a listed given name (or two). The
    capitals must not be an English word or a short acronym ("NOTE Maria", "CC Anna")."""
    text, tokens, lx = host.text, host.tokens, host.lx

    def given(tok: Token) -> bool:
        return _listed_given(lx, tok, ("title",))

    for i in range(len(tokens) - 1):
        tok, nxt = tokens[i], tokens[i + 1]
        if tok.shape != "caps" or text[tok.end : nxt.start] != " " or not given(nxt):
            continue
        key = tok.key
        if key in lx.stop or lx.is_common(key) or key in CUES_BY_HEAD:
            continue
        letters = sum(c.isalpha() for c in key)
        if not (lx.is_surname(key) or key in lx.zh_last or (letters >= 4 and not lx.is_given(key))):
            continue
        first = _caps_family_start(host, i)
        start = tokens[first].start
        if start and text[start - 1].isalnum():
            continue
        last = i + 1
        if last + 1 < len(tokens):
            after = tokens[last + 1]
            if text[nxt.end : after.start] == " " and given(after):
                last += 1
        yield first, last


def _listed_given(lx: Lexicon, tok: Token, shapes: Collection[str]) -> bool:
    """A listed given name (Vietnamese ones too) written in one of `shapes`, not an English word."""
    key = tok.key
    if tok.shape not in shapes or key in lx.stop or lx.is_common(key):
        return False
    return lx.is_given(key) or fold_marks(key) in lx.vi_given


def _caps_family_start(host: Host, i: int) -> int:
    """A family name in capitals may have more words before it: particles ("DE LUCA",
    "VAN DER BERG") or a first family name ("SOUZA LIMA")."""
    text, tokens, lx = host.text, host.tokens, host.lx
    first = i
    while first > 0 and i - first < 2:
        before = tokens[first - 1]
        if before.shape != "caps" or text[before.end : tokens[first].start] != " ":
            break
        if before.key not in PARTICLES and not lx.is_surname(before.key):
            break
        first -= 1
    return first

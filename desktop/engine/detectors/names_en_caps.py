"""Names written in capitals as a whole field: "Pay to: FAURE MANON", `holder="IGLESIAS JAVIER"`,
a cell "SUZUKI DAIKI" of a booking export, "pt NANAMI SUZUKI, DOB ...".

Passports, cards, bookings and bank forms print names in capitals, family name first or last. No
cue is needed when the field holds nothing else and every word is a listed given or family name
that is no English word: headings and shouting ("TOTAL AMOUNT", "NEW YORK") have ordinary words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from desktop.engine.detectors.names_en_shape import MAX_NAME_TOKENS, PARTICLES
from desktop.engine.detectors.names_en_tokens import Token, fold_marks

if TYPE_CHECKING:
    from desktop.engine.detectors.names_en_lexicon import Lexicon
    from desktop.engine.detectors.names_en_slots import Host

# What may stand before and after a field: a line edge, a cell or key-value separator, a quote.
_FIELD_BEFORE_RE = re.compile(r"(?:^|[\n\t\"'=:|,;(\[])[ \t]*\Z")
_FIELD_AFTER_RE = re.compile(r"[ \t]*(?:$|[\n\t\"',|;)\]])")
_LOOK_BEHIND = 8
# After a label's colon or "=" the field is a value: one word may be a name no list has
_LABELLED_RE = re.compile(r"[:=][ \t]*\Z")


def caps_name_fields(host: Host) -> Iterator[tuple[int, int]]:
    text, tokens, lx = host.text, host.tokens, host.lx
    i = 0
    while i < len(tokens):
        if tokens[i].shape != "caps" or not _field_starts(text, tokens[i].start):
            i += 1
            continue
        last = i
        while (
            last + 1 < len(tokens)
            and last + 1 - i < MAX_NAME_TOKENS
            and tokens[last + 1].shape == "caps"
            and text[tokens[last].end : tokens[last + 1].start] == " "
        ):
            last += 1
        run = tokens[i : last + 1]
        if last > i and _FIELD_AFTER_RE.match(text, tokens[last].end):
            labelled = _LABELLED_RE.search(text, max(0, run[0].start - _LOOK_BEHIND), run[0].start)
            if _all_name_words(run, lx, unknown=1 if labelled else 0) or _vietnamese(run, lx):
                yield i, last
        i = last + 1


def _field_starts(text: str, start: int) -> bool:
    return _FIELD_BEFORE_RE.search(text, max(0, start - _LOOK_BEHIND), start) is not None


def _all_name_words(run: list[Token], lx: Lexicon, unknown: int = 0) -> bool:
    """Every word a listed name (particles inside: "MATHEUS DOS SANTOS"), none an English word,
    and not two short words that read as acronyms ("IT OPS"); after a label, `unknown` words
    may be unlisted ones that are no English words either ("PRASERT PHROMSIRI")."""
    if run[0].key in PARTICLES or run[-1].key in PARTICLES:
        return False
    names = [tok for tok in run if tok.key not in PARTICLES]
    if len(names) < 2 or " ".join(tok.key for tok in run) in lx.stop_phrases:
        return False
    if all(len(tok.key) <= 3 for tok in names):
        return False
    missing = [tok for tok in names if not _name_word(tok.key, lx)]
    return len(missing) <= unknown and all(_unlisted_name_like(tok.key, lx) for tok in missing)


def _unlisted_name_like(key: str, lx: Lexicon) -> bool:
    if key in lx.stop or key in lx.brands or lx.is_common(key) or len(key) < 5:
        return False
    return any(vowel in key for vowel in "aeiouy")


def _vietnamese(run: list[Token], lx: Lexicon) -> bool:
    """ "DUC ANH DO", "THI THU DO": three or more Vietnamese name syllables with a family name,
    though some are also English words."""
    bare = [fold_marks(tok.key) for tok in run]
    return (
        len(run) >= 3
        and all(word in lx.vi_given or word in lx.vi_last for word in bare)
        and (bare[0] in lx.vi_last or bare[-1] in lx.vi_last)
    )


def _name_word(key: str, lx: Lexicon) -> bool:
    if key in lx.stop or key in lx.brands or lx.is_common(key):
        return False
    bare = fold_marks(key)
    return lx.is_known(key) or bare in lx.vi_last or bare in lx.vi_given

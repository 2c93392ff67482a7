"""Latin-script word tokens for the English name detector.

Tokens are found in the normalised text, so full-width letters count as Latin ones and the
offsets are offsets into the original text. A possessive "'s" is left out of the token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_WORD_RE = re.compile(rf"[{_LATIN}]+(?:['’-][{_LATIN}]+)*")
# "John", "Hsiao-Ming", "Yi-jun", "O'Brien", "McDonald", "DeShawn"; not "WordPiece" or "OpenAI".
_TITLE_WORD_RE = re.compile(
    r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von)?[A-Z\u00c0-\u00de\u0100-\u024f][^\W\d_A-Z]*"
    r"(?:[-'’][^\W\d_][^\W\d_A-Z]*)*"
)
# Between the names of a list: "A, B and C", "A & B", "A / B".
LIST_SEPARATOR_RE = re.compile(r"[ \t]*(?:,|;|&|and\b|/)[ \t]*")
_LINE_TAIL_RE = re.compile(r"[ \t]*(?:[,|(/-][^\n]*)?(?:\r?\n|\Z)")


@lru_cache(maxsize=4096)
def fold_marks(key: str) -> str:
    """A word without its diacritics ("đỗ" -> "do", "nguyễn" -> "nguyen"), for name lists
    written in plain letters."""
    if key.isascii():
        return key
    stripped = unicodedata.normalize("NFD", key.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in stripped if not unicodedata.combining(c))


class Token(NamedTuple):
    start: int
    end: int
    key: str  # lower-case word
    shape: str  # "title", "caps", "lower", "initial" or "mixed"


def _shape(word: str) -> str:
    if len(word) == 1:
        return "initial" if word.isupper() else "lower"
    if word.islower():
        return "lower"
    if word.isupper():
        return "caps"
    if word[0].isupper() and _TITLE_WORD_RE.fullmatch(word):
        return "title"
    return "mixed"


def tokenize(text: str, keep_lower: frozenset[str] | None = None) -> list[Token]:
    """Word tokens; with `keep_lower`, lower-case words only where they are in that set."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if keep_lower is not None and word.islower() and word not in keep_lower:
            continue
        start, end = match.span()
        if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
            word, end = word[:-2], end - 2
        append(Token(start, end, word.lower(), _shape(word)))
    return tokens


def is_name_gap(text: str, left: Token, right: Token) -> bool:
    """Whether two tokens can be neighbouring words of one name ("John Smith", "J. Smith")."""
    gap = text[left.end : right.start]
    if gap in (" ", "  ", "\t"):
        return True
    return left.shape == "initial" and gap in (".", ". ", ".  ")


def line_rest_is_tail(text: str, end: int) -> bool:
    """After a sign-off name: nothing more on the line, or a title after a comma, bar or dash."""
    return _LINE_TAIL_RE.match(text, end) is not None

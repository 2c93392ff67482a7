"""Offset-preserving normalisation for detection.

Detectors run on a normalised copy of the text in which full-width ASCII, ideographic spaces and
the many Unicode dashes become their plain ASCII forms. Every character maps to exactly one
character, so an index into the normalised text is the same index into the original.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType

_FULLWIDTH_FIRST, _FULLWIDTH_LAST = 0xFF01, 0xFF5E
_FULLWIDTH_OFFSET = 0xFEE0

_EXTRA = {
    0x3000: " ",  # ideographic space
    0x00A0: " ",  # no-break space
    0x2007: " ",
    0x202F: " ",
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2015: "-",
    0x2212: "-",  # minus sign
    0x30FC: "-",  # katakana prolonged sound mark, often typed for a dash in phone numbers
    0xFE63: "-",
}
# The ideographic full stop (U+3002) is deliberately not folded to ".": it ends Chinese sentences,
# and "電話0912345678。" must not read as a number with a decimal point.

_TABLE: dict[int, str] = {
    code: chr(code - _FULLWIDTH_OFFSET) for code in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1)
}
_TABLE.update(_EXTRA)


# Public, read-only view of the folding: code point -> the one character it becomes.
FOLDING: Mapping[int, str] = MappingProxyType(_TABLE)
_FOLDABLE_RUNS = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]+")


def normalize(text: str) -> str:
    """Return `text` with full-width forms folded to ASCII; `len(result) == len(text)`."""
    if text.isascii():
        return text
    # `str.translate` looks every character up in a dict (0.15 ms per 2 KB of Chinese); folding
    # only the runs that need it is several times faster on typical text.
    return _FOLDABLE_RUNS.sub(lambda run: run.group().translate(_TABLE), text)


_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_cjk(char: str) -> bool:
    return bool(_CJK_RE.match(char))


class Document:
    """One input text as the detectors see it: original, normalised and case-folded views.

    `norm` and `lower` have the same length as `text`, so a match position in either is a
    position in the original.
    """

    __slots__ = ("__dict__", "text")

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def norm(self) -> str:
        return normalize(self.text)

    @cached_property
    def lower(self) -> str:
        # str.lower() can change the length for a few characters (e.g. "İ"); fold per character
        # and keep the original where folding would not be one-to-one.
        lowered = self.norm.lower()
        if len(lowered) == len(self.norm):
            return lowered
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in self.norm)

    def window(self, start: int, end: int, before: int, after: int) -> str:
        """Lower-cased context around `[start, end)`, for context-word checks."""
        return self.lower[max(0, start - before) : end + after]

    def before(self, start: int, width: int) -> str:
        return self.lower[max(0, start - width) : start]

    def after(self, end: int, width: int) -> str:
        return self.lower[end : end + width]

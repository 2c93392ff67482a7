"""Shared helpers for detectors: lazily compiled regexes and a one-pass index of context cues."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from desktop.engine.textnorm import Document


class LazyRegex:
    """A regex compiled on first use, so that importing a detector module stays cheap."""

    __slots__ = ("_compiled", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.regex.fullmatch(text)


def _digit_run(norm: str, index: int, step: int) -> int:
    """How many ASCII digits run from `index` in the direction `step` (1 or -1)."""
    count = 0
    while 0 <= index < len(norm) and "0" <= norm[index] <= "9":
        count, index = count + 1, index + step
    return count


def comma_inside_number(norm: str, comma: int) -> bool:
    """Whether the comma at `comma` sits inside one number ("1,234", "12,50"): short digit
    groups on both sides. Beside a long digit run it separates cells ("…8089,812 0851…")."""
    return _digit_run(norm, comma - 1, -1) <= 3 and _digit_run(norm, comma + 1, 1) <= 3


# A token holding a digit: a value of its own ("PO8275170", "$2,128.88").
_VALUE_TOKEN_RE = re.compile(r"[A-Za-z#-]*\d[\w-]*")


def _labels_another_value(norm: str, cue_end: int, start: int) -> bool:
    """Whether a cue ending at `cue_end` names some other value than the one at `start`: a
    line break or another number lies between them. A label names the first value after it
    ("訂單=PO8275170 帳號=108 ...": 訂單 is the order's; a table header is its own column's)."""
    return "\n" in norm[cue_end:start] or _VALUE_TOKEN_RE.search(norm, cue_end, start) is not None


class CueGroups:
    """Named groups of context words, found in a whole document at once.

    An ASCII word counts only at the start of a word: "tel" is no cue inside "hotel", nor "imei"
    inside "huimei". Where cues overlap, the one starting first (then the longer) wins, so
    "統一編號" is one cue, not also "編號".
    """

    def __init__(self, **groups: tuple[str, ...]) -> None:
        self.group_of = {word: name for name, words in groups.items() for word in words}

    def index(self, doc: Document) -> CueIndex:
        # str.find per word is far faster than one big regex alternation in CPython.
        lower = doc.lower
        found: list[tuple[int, int, str]] = []
        for word, group in self.group_of.items():
            needs_boundary = word[0].isascii() and word[0].isalpha()
            position = lower.find(word)
            while position >= 0:
                if not (needs_boundary and position and "a" <= lower[position - 1] <= "z"):
                    found.append((position, position + len(word), group))
                position = lower.find(word, position + 1)
        found.sort(key=lambda cue: (cue[0], cue[0] - cue[1]))
        kept: list[tuple[int, int, str]] = []
        for cue in found:
            if not kept or cue[0] >= kept[-1][1]:
                kept.append(cue)
        return CueIndex(kept)


class CueIndex:
    """The cues of one document, sorted by position, for nearest-cue look-ups."""

    __slots__ = ("_cues", "_ends")

    def __init__(self, cues: list[tuple[int, int, str]]) -> None:
        self._cues = cues  # non-overlapping, in text order
        self._ends = [end for _, end, _ in cues]

    def nearest_before(self, position: int, width: int) -> str | None:
        """Group of the cue ending closest before `position`, within `width` characters."""
        found = self.nearest_cue(position, width)
        return found[0] if found else None

    def nearest_cue(self, position: int, width: int) -> tuple[str, int] | None:
        """(group, end) of the cue ending closest before `position`, within `width`."""
        index = bisect.bisect_right(self._ends, position) - 1
        if index < 0 or self._cues[index][0] < position - width:
            return None
        return self._cues[index][2], self._cues[index][1]

    def nearest_label(self, norm: str, position: int, width: int) -> str | None:
        """Like `nearest_before`, but a negative cue that names another value does not count."""
        found = self.nearest_cue(position, width)
        if found is None:
            return None
        group, cue_end = found
        if group == "negative" and _labels_another_value(norm, cue_end, position):
            return None
        return group

    def groups_between(self, start: int, end: int) -> set[str]:
        """Groups of the cues lying wholly inside `[start, end)`."""
        index = bisect.bisect_right(self._ends, start)
        groups = set()
        while index < len(self._cues) and self._cues[index][1] <= end:
            if self._cues[index][0] >= start:
                groups.add(self._cues[index][2])
            index += 1
        return groups

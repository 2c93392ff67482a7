"""Word lists behind the English name detector, loaded once on first use.

The lists live in `data/en_*.txt` (one entry per line, or whitespace-separated where the file says
so; `#` starts a comment). Loading them takes a few milliseconds, so it happens on the first
detection, never at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")
# One syllable of a Korean given name as people romanise it (Revised Romanization and the older
# spellings: "hoon", "young", "eun", "chae", "soo"): an initial consonant, a vowel, a final.
_KO_SYLLABLE_RE = re.compile(
    r"(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhy])?"
    r"(?:yeo|yae|wae|you|yoo|eo|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
    r"(?:ng|[kgntdlrmbph])?"
)


def _words(name: str) -> frozenset[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        words.update(line.split())
    return frozenset(words)


def _lines(name: str) -> frozenset[str]:
    """One entry per line after a header of "#" lines (the big lists: keep this fast)."""
    lines = (_DATA / name).read_text(encoding="utf-8").split("\n")
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        first += 1
    return frozenset(lines[first:]) - {""}


def _sections(name: str) -> dict[str, frozenset[str]]:
    text = (_DATA / name).read_text(encoding="utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        else:
            current.update(line.split())
    return {key: frozenset(value) for key, value in sections.items()}


@dataclass(frozen=True, slots=True)
class Lexicon:
    first: frozenset[str]  # given names, lower-case
    last: frozenset[str]  # surnames, lower-case (includes the romanised Chinese ones)
    zh_last: frozenset[str]  # romanised Chinese surnames
    syllables: frozenset[str]  # romanised Mandarin syllables
    stop: frozenset[str]  # never part of a name
    brands: frozenset[str]  # a name only after a title ("Mr. Jenkins")
    ambiguous_first: frozenset[str]
    ambiguous_last: frozenset[str]
    stop_phrases: frozenset[str]  # "morgan stanley", "tai chi"
    starters: frozenset[str]  # first | zh_last: the words a name without a cue starts with
    vi_last: frozenset[str]  # Vietnamese family names, written without diacritics
    vi_given: frozenset[str]  # syllables of Vietnamese middle and given names

    def is_given(self, key: str) -> bool:
        if key in self.first or self.is_zh_given(key):
            return True
        parts = key.split("-")
        if len(parts) != 2:
            return False
        # "anne-marie" from two listed names; "ji-hoon" for the listed "jihoon"
        joined = "".join(parts)
        return (
            all(part in self.first for part in parts)
            or joined in self.first
            or (self.is_ko_given(key))
        )

    @staticmethod
    def is_ko_given(key: str) -> bool:
        """A hyphenated pair of Korean syllables: "ji-hoon", "ha-eun", "chae-won"."""
        parts = key.split("-")
        return len(parts) == 2 and all(
            len(part) <= 5 and _KO_SYLLABLE_RE.fullmatch(part) for part in parts
        )

    def is_surname(self, key: str) -> bool:
        if key in self.last:
            return True
        parts = key.split("-")
        return len(parts) == 2 and all(part in self.last for part in parts)

    def is_known(self, key: str) -> bool:
        return self.is_given(key) or self.is_surname(key)

    def is_zh_given(self, key: str) -> bool:
        """A hyphenated pair of Mandarin syllables: "hsiao-ming", "yi-jun"."""
        parts = key.split("-")
        return len(parts) == 2 and all(part in self.syllables for part in parts)

    def is_zh_concat(self, key: str) -> bool:
        """Two Mandarin syllables written as one word ("xiaoming"), and not an English word."""
        if not 4 <= len(key) <= 10 or key in self.stop or self.is_common(key):
            return False
        return any(
            key[:cut] in self.syllables and key[cut:] in self.syllables
            for cut in range(2, len(key) - 1)
        )

    def is_ordinary(self, key: str) -> bool:
        """An English word or a blocked word, not a name."""
        return key in self.stop or self.is_common(key)

    @staticmethod
    def is_common(key: str) -> bool:
        """An ordinary English word (the biggest list: loaded only when first needed)."""
        return key in common_words()


@cache
def common_words() -> frozenset[str]:
    """English words that are not in the name lists."""
    return _lines("en_common_words.txt")


@cache
def lexicon() -> Lexicon:
    ambiguous = _sections("en_name_ambiguous.txt")
    vietnamese = _sections("vi_names.txt")
    zh_last = _lines("en_zh_surnames.txt")
    # The world lists (names-dataset, see scripts/build_world_names.py) add the names of many
    # more countries: Indonesian, Indian, Vietnamese, Filipino, Arabic, French, Spanish, ...
    # Thai names romanised from the Thai Names Corpus (scripts/build_thai_names.py).
    first = _lines("en_first_names.txt") | _lines("world_first_names.txt")
    first |= _lines("th_first_names.txt")
    last = _lines("en_surnames.txt") | _lines("world_surnames.txt") | _lines("th_surnames.txt")
    return Lexicon(
        first=first,
        last=last | zh_last,
        zh_last=zh_last,
        syllables=_lines("en_zh_syllables.txt"),
        stop=_words("en_name_stopwords.txt"),
        brands=_words("en_name_brands.txt"),
        ambiguous_first=ambiguous.get("first", frozenset()),
        ambiguous_last=ambiguous.get("last", frozenset()),
        stop_phrases=_lines("en_name_stop_phrases.txt"),
        starters=first | zh_last,
        vi_last=vietnamese.get("surnames", frozenset()),
        vi_given=vietnamese.get("given", frozenset()),
    )

"""The placeholder forms restore() accepts, as regexes built from one small grammar.

Each form is written once as a tree of nodes. From the tree come two regexes: `full` matches a
whole form, and `prefix` matches, up to the end of the text, anything that could still grow
into a form (a proper prefix, or a complete form that more text might extend). The streaming
restorer holds back text from the first `prefix` hit, so both regexes must describe exactly the
same language; deriving them from one tree guarantees that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from desktop.engine.vault import (
    LOOSE_SEPARATORS,
    MAX_NUMBER_DIGITS,
    PLACEHOLDER_LABELS,
    STRICT_SEPARATORS,
)


class _Node:
    def full(self) -> str:
        raise NotImplementedError

    def prefix(self) -> str:
        """Every prefix of every string `full` matches, the empty one included."""
        raise NotImplementedError

    def max_len(self) -> int:
        raise NotImplementedError


@dataclass(frozen=True)
class _Lit(_Node):
    text: str

    def full(self) -> str:
        return re.escape(self.text)

    def prefix(self) -> str:
        nested = ""
        for char in reversed(self.text):
            nested = f"(?:{re.escape(char)}{nested})?"
        return nested

    def max_len(self) -> int:
        return len(self.text)


@dataclass(frozen=True)
class _Raw(_Node):
    """A regex piece with its own prefix regex (character classes with repeats)."""

    full_regex: str
    prefix_regex: str
    longest: int

    def full(self) -> str:
        return self.full_regex

    def prefix(self) -> str:
        return self.prefix_regex

    def max_len(self) -> int:
        return self.longest


@dataclass(frozen=True)
class _Look(_Node):
    """A zero-width assertion. `behind` ones (look-behinds, and look-aheads at the start of a
    form, which only test its first character) stay in the prefix regex; a negative look-ahead
    at the end of a form is dropped there (at the end of the text it always holds)."""

    regex: str
    behind: bool

    def full(self) -> str:
        return self.regex

    def prefix(self) -> str:
        return self.regex if self.behind else ""

    def max_len(self) -> int:
        return 0


@dataclass(frozen=True)
class _Seq(_Node):
    items: tuple[_Node, ...]

    def full(self) -> str:
        return "".join(item.full() for item in self.items)

    def prefix(self) -> str:
        # prefix(a b c) = prefix(a) | a prefix(b c)
        head, rest = self.items[0], self.items[1:]
        if not rest:
            return head.prefix()
        return f"(?:{head.prefix()}|{head.full()}{_Seq(rest).prefix()})"

    def max_len(self) -> int:
        return sum(item.max_len() for item in self.items)


@dataclass(frozen=True)
class _Alt(_Node):
    items: tuple[_Node, ...]

    def full(self) -> str:
        return "(?:" + "|".join(item.full() for item in self.items) + ")"

    def prefix(self) -> str:
        return "(?:" + "|".join(item.prefix() for item in self.items) + ")"

    def max_len(self) -> int:
        return max(item.max_len() for item in self.items)


def _lits(*texts: str) -> _Alt:
    return _Alt(tuple(_Lit(text) for text in texts))


def _label(name: str, separators: tuple[str, ...]) -> _Node:
    words = name.split("_")
    items: list[_Node] = [_Lit(words[0])]
    for word in words[1:]:
        items += [_lits(*separators), _Lit(word)]
    return _Seq(tuple(items))


_NUMBER = _Raw(
    f"[1-9][0-9]{{0,{MAX_NUMBER_DIGITS - 1}}}",
    f"(?:[1-9][0-9]{{0,{MAX_NUMBER_DIGITS - 1}}})?",
    MAX_NUMBER_DIGITS,
)
_SPACES = _Raw("[ ]{0,2}", "[ ]{0,2}", 2)
_OPEN = _lits("[", "\\[", "\\u005b", "&#91;", "&#x5b;", "&lbrack;", "&lsqb;")
_CLOSE = _lits("]", "\\]", "\\u005d", "&#93;", "&#x5d;", "&rbrack;", "&rsqb;")
# Without a bracket, a form must not touch a letter, digit or "_" (JSON's \n, \r, \t are fine).
_FREE_BEFORE = _Look(r"(?:(?<![A-Za-z0-9_])|(?<=\\[nrt]))", behind=True)
_FREE_AFTER = _Look(r"(?![A-Za-z0-9_])", behind=False)


def _body(separators: tuple[str, ...]) -> _Node:
    labels = _Alt(tuple(_label(name, separators) for name in PLACEHOLDER_LABELS))
    return _Seq((labels, _lits(*separators), _NUMBER))


class Patterns:
    """`full` matches a form; `prefix` (search it) matches from a position to the end of the
    text where a form could still grow. Compiled on first use: the prefix regex is large and
    only the streaming restorer needs it."""

    def __init__(self, full: str, prefix: str, max_len: int, flags: int) -> None:
        self._full, self._prefix, self._flags = full, prefix, flags
        self.max_len = max_len

    @cached_property
    def full(self) -> re.Pattern[str]:
        return re.compile(self._full, self._flags)

    @cached_property
    def prefix(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self._prefix})\\Z", self._flags)


@cache
def exact_patterns() -> Patterns:
    """`[LABEL_N]` exactly as the vault writes it. Its prefix regex covers proper prefixes only:
    a complete exact placeholder cannot grow."""
    labels = _Alt(tuple(_Lit(name) for name in PLACEHOLDER_LABELS))
    growing = _Seq((_Lit("["), labels, _Lit("_"), _NUMBER))
    full = _Seq((growing, _Lit("]"))).full()
    return Patterns(full, growing.prefix(), growing.max_len() + 1, re.ASCII)


@cache
def tolerant_patterns() -> Patterns:
    loose, strict = _body(LOOSE_SEPARATORS), _body(STRICT_SEPARATORS)
    # Every form starts with a bracket form or a label: a cheap first-character check lets the
    # regex engine skip most positions (a 2 KB Chinese text scans 20x faster with it).
    firsts = sorted(
        {item.text[0] for item in _OPEN.items if isinstance(item, _Lit)}
        | {name[0] for name in PLACEHOLDER_LABELS}
    )
    guard = _Look("(?=[" + "".join(re.escape(char) for char in firsts) + "])", behind=True)
    forms = _Alt(
        (
            _Seq((_OPEN, _OPEN, _SPACES, loose, _SPACES, _CLOSE, _CLOSE)),  # [[PERSON_1]]
            _Seq((_OPEN, _SPACES, loose, _SPACES, _CLOSE)),  # [ person 1 ]
            _Seq((_OPEN, strict, _FREE_AFTER)),  # [PERSON_1
            _Seq((_FREE_BEFORE, strict, _CLOSE)),  # PERSON_1]
            _Seq((_FREE_BEFORE, strict, _FREE_AFTER)),  # PERSON_1
        )
    )
    tree = _Seq((guard, forms))
    return Patterns(tree.full(), tree.prefix(), tree.max_len(), re.IGNORECASE | re.ASCII)

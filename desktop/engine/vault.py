"""The vault: reversible placeholders for one conversation.

Each distinct value gets one placeholder `[LABEL_N]`, stable for the whole conversation (one
Vault per conversation). The mapping lives in memory only; it has no `__repr__` that shows
values and is never serialised.

Look-alikes. Text in the input may already look like a placeholder (`[PERSON_1]`, `person_1`,
`\\u005bEMAIL_2\\u005d`, ...). `restore()` accepts many forms (see restore.py), and every form
contains a *core*: a label, a separator (`_`, `\\_` or a space) and a number. Before issuing
numbers for a text the vault reserves the number of every core in it (case-insensitively, after
full-width folding, anywhere, overlapping), so it never issues a placeholder that the user's own
text could be read as. A core that matches a placeholder issued for an *earlier* text of the
conversation cannot be reserved any more; redact() then masks that core itself with a
placeholder whose value is the literal core text (a "look-alike escape"), so restore gives the
user's text back unchanged and the cloud never sees two meanings for one placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from desktop.engine.textnorm import FOLDING, normalize
from desktop.engine.types import Finding, Label, Source, Span

# Label names, longest first so that an alternation prefers the longest label.
PLACEHOLDER_LABELS: tuple[str, ...] = tuple(
    sorted((str(label) for label in Label), key=lambda name: (-len(name), name))
)
# Separators that restore() accepts between the words of a label and before the number.
LOOSE_SEPARATORS: tuple[str, ...] = ("_", "\\_", " ")  # inside brackets
STRICT_SEPARATORS: tuple[str, ...] = ("_", "\\_")  # without brackets
MAX_NUMBER_DIGITS = 6
MAX_PLACEHOLDER_NUMBER = 10**MAX_NUMBER_DIGITS - 1
LOOKALIKE_DETECTOR = "placeholder-lookalike"


@cache
def _foldable_placeholder_chars() -> re.Pattern[str]:
    # Characters that placeholder forms and their boundary checks look at.
    relevant = {chr(c) for c in range(0x30, 0x7B) if chr(c).isalnum()} | set("_[]\\&#; ")
    folding = sorted(code for code, char in FOLDING.items() if char in relevant)
    return re.compile("[" + "".join(re.escape(chr(code)) for code in folding) + "]")


def normalize_for_placeholders(text: str) -> str:
    """A text that reads exactly like `normalize(text)` to the placeholder regexes: the text
    itself when no full-width letter, digit, bracket, `_`, `\\`, `&`, `#`, `;` or wide space is
    in it (Chinese punctuation folds to punctuation, which no form or boundary check tells
    apart). Skips the slow non-ASCII `str.translate`: 0.15 ms for 2 KB of Chinese."""
    if text.isascii() or _foldable_placeholder_chars().search(text) is None:
        return text
    return normalize(text)


def format_placeholder(label: Label | str, number: int) -> str:
    return f"[{label}_{number}]"


def canonical_label(text: str) -> str:
    """`tw national\\_id` -> `TW_NATIONAL_ID`: the label of a core as written in any form."""
    return re.sub(r"\\_|[ _]", "_", text).upper()


def _alternation(options: Iterable[str]) -> str:
    return "(?:" + "|".join(re.escape(option) for option in options) + ")"


def loose_label_regex() -> str:
    """Any label, its words joined by any loose separator (case is left to the flags)."""
    sep = _alternation(LOOSE_SEPARATORS)
    return (
        "(?:"
        + "|".join(sep.join(map(re.escape, name.split("_"))) for name in PLACEHOLDER_LABELS)
        + ")"
    )


@cache
def _core_pattern() -> re.Pattern[str]:
    # A zero-width search at every position finds overlapping cores ("IP_ADDRESS_1" has two).
    # The first-letter check in front halves the time on English and is 10x faster on Chinese.
    sep = _alternation(LOOSE_SEPARATORS)
    firsts = "".join(sorted({name[0] for name in PLACEHOLDER_LABELS}))
    core = f"(?=[{firsts}])(?=({loose_label_regex()}){sep}([0-9]+))"
    return re.compile(core, re.IGNORECASE | re.ASCII)


@dataclass(frozen=True, slots=True)
class LookalikeCore:
    """A label-separator-number run in a text: start/end in the text, canonical label, number."""

    start: int
    end: int
    label: str
    number: int


def find_lookalike_cores(text: str) -> list[LookalikeCore]:
    """Every core in `text` (folded to ASCII first), overlapping ones included."""
    cores = []
    for match in _core_pattern().finditer(normalize_for_placeholders(text)):
        label, digits = match.group(1), match.group(2)
        cores.append(
            LookalikeCore(match.start(), match.end(2), canonical_label(label), int(digits))
        )
    return cores


@dataclass(frozen=True, slots=True)
class Redaction:
    """A redacted text and the findings (spans in the original text, with their placeholders)."""

    text: str
    findings: tuple[Finding, ...]


class Vault:
    """Maps values to placeholders and back, for one conversation."""

    def __init__(self) -> None:
        self._placeholder_of: dict[str, str] = {}  # value -> placeholder
        self._value_of: dict[str, str] = {}  # placeholder -> value
        self._label_of: dict[str, Label] = {}
        self._next: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()
        self._escapes: set[str] = set()  # placeholders whose value is a look-alike, not PII

    def __repr__(self) -> str:  # never show values
        return f"<Vault with {len(self._value_of)} placeholders>"

    def __len__(self) -> int:
        return len(self._value_of)

    # --- look-alikes -------------------------------------------------------------------------

    def reserve_lookalikes(self, text: str) -> None:
        """Reserve the number of everything in `text` that restore() could read as a placeholder."""
        self._reserve(find_lookalike_cores(text))

    def _reserve(self, cores: Iterable[LookalikeCore]) -> None:
        self._reserved.update((core.label, core.number) for core in cores)

    def is_reserved(self, label: str, number: int) -> bool:
        """True when `[label_number]` looked like a placeholder in the user's own text."""
        return (label, number) in self._reserved

    def is_lookalike_escape(self, placeholder: str) -> bool:
        """True when the placeholder masks a look-alike literal rather than personal data."""
        return placeholder in self._escapes

    # --- values and placeholders ---------------------------------------------------------------

    def placeholder_for(self, value: str, label: Label) -> str:
        """The placeholder of `value`, creating one if needed. Same value, same placeholder
        (the label of its first occurrence)."""
        return self._issue(value, label, escape=False)

    def _issue(self, value: str, label: Label, *, escape: bool) -> str:
        if not value:
            raise ValueError("cannot issue a placeholder for an empty value")
        existing = self._placeholder_of.get(value)
        if existing is not None:
            return existing
        name = str(Label(label))
        number = self._next.get(name, 1)
        while (name, number) in self._reserved:
            number += 1
        if number > MAX_PLACEHOLDER_NUMBER:
            raise RuntimeError(f"no {name} placeholder numbers left in this conversation")
        self._next[name] = number + 1
        placeholder = format_placeholder(name, number)
        self._placeholder_of[value] = placeholder
        self._value_of[placeholder] = value
        self._label_of[placeholder] = Label(label)
        if escape:
            self._escapes.add(placeholder)
        return placeholder

    def value_of(self, placeholder: str) -> str | None:
        return self._value_of.get(placeholder)

    def label_of(self, placeholder: str) -> Label | None:
        return self._label_of.get(placeholder)

    def placeholders(self) -> Iterable[str]:
        return self._value_of.keys()

    def items(self) -> Iterable[tuple[str, str]]:
        """(placeholder, value) pairs. Callers must never log the values."""
        return self._value_of.items()

    def values(self) -> Iterable[str]:
        return self._value_of.values()

    def sensitive_items(self) -> Iterator[tuple[str, Label, str]]:
        """(placeholder, label, value) of real values: look-alike escapes left out."""
        for placeholder, value in self._value_of.items():
            if placeholder not in self._escapes:
                yield placeholder, self._label_of[placeholder], value

    # --- redaction ---------------------------------------------------------------------------

    def redact(self, text: str, spans: Sequence[Span]) -> Redaction:
        """Replace non-overlapping `spans` of `text` by placeholders.

        Look-alike cores in `text` are reserved first; those that match a placeholder issued
        earlier in the conversation are masked too (see the module docstring).
        """
        ordered = sorted(spans, key=lambda s: s.start)
        for before, after in pairwise(ordered):
            if after.start < before.end:
                raise ValueError("spans overlap; merge them before redacting")
        if ordered and ordered[-1].end > len(text):
            raise ValueError("a span ends after the end of the text")
        cores = find_lookalike_cores(text)
        escapes = self._collisions(cores, ordered)
        self._reserve(cores)
        everything = sorted([*ordered, *escapes], key=lambda s: s.start)
        parts: list[str] = []
        findings: list[Finding] = []
        cursor = 0
        for span in everything:
            is_escape = span.detector == LOOKALIKE_DETECTOR and span in escapes
            placeholder = self._issue(span.text_in(text), span.label, escape=is_escape)
            parts.append(text[cursor : span.start])
            parts.append(placeholder)
            findings.append(Finding(span, placeholder))
            cursor = span.end
        parts.append(text[cursor:])
        return Redaction("".join(parts), tuple(findings))

    def _collisions(self, cores: list[LookalikeCore], spans: list[Span]) -> list[Span]:
        """Spans over cores that read as an already issued placeholder and lie outside `spans`."""
        hits = [
            core
            for core in cores
            if format_placeholder(core.label, core.number) in self._value_of
            and not any(s.start < core.end and core.start < s.end for s in spans)
        ]
        merged: list[Span] = []
        for core in hits:  # cores come in start order; overlapping ones become one span
            if merged and core.start < merged[-1].end:
                last = merged[-1]
                merged[-1] = Span(
                    last.start,
                    max(last.end, core.end),
                    last.label,
                    last.source,
                    1.0,
                    LOOKALIKE_DETECTOR,
                )
            else:
                label = Label(core.label)
                merged.append(
                    Span(core.start, core.end, label, Source.PATTERN, 1.0, LOOKALIKE_DETECTOR)
                )
        return merged

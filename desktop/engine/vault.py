"""The vault: reversible placeholders for one conversation.

Each distinct value gets one placeholder `[LABEL_N]`, stable for the whole conversation. The
mapping lives in memory only; it has no `__repr__` that shows values and is never serialised.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.engine.types import Finding, Label, Span

# Any label-like word followed by _N, in any case, with or without brackets: text in the input
# that could be read as a placeholder reserves its number so that the vault never issues it.
PLACEHOLDER_LIKE = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z]+(?:_[A-Za-z]+)*)_(\d+)(?![0-9])")
PLACEHOLDER_EXACT = re.compile(r"\[([A-Z]+(?:_[A-Z]+)*)_([1-9][0-9]*)\]")


def format_placeholder(label: Label | str, number: int) -> str:
    return f"[{label}_{number}]"


@dataclass(frozen=True, slots=True)
class Redaction:
    """A redacted text and the findings (spans in the original text, with their placeholders)."""

    text: str
    findings: tuple[Finding, ...]


class Vault:
    """Maps values to placeholders and back, for one conversation."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[Label, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._label_of: dict[str, Label] = {}
        self._next: dict[str, int] = {}
        self._reserved: set[tuple[str, int]] = set()

    def __repr__(self) -> str:  # never show values
        return f"<Vault with {len(self._by_placeholder)} placeholders>"

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def reserve_lookalikes(self, text: str) -> None:
        """Reserve numbers of anything in `text` that looks like a placeholder."""
        for match in PLACEHOLDER_LIKE.finditer(text):
            self._reserved.add((match.group(1).upper(), int(match.group(2))))

    def placeholder_for(self, value: str, label: Label) -> str:
        """The placeholder of `value`, creating one if needed. Same value, same placeholder."""
        key = (label, value)
        existing = self._by_key.get(key)
        if existing is not None:
            return existing
        number = self._next.get(label, 1)
        while (str(label), number) in self._reserved:
            number += 1
        self._next[label] = number + 1
        placeholder = format_placeholder(label, number)
        self._by_key[key] = placeholder
        self._by_placeholder[placeholder] = value
        self._label_of[placeholder] = label
        return placeholder

    def value_of(self, placeholder: str) -> str | None:
        return self._by_placeholder.get(placeholder)

    def label_of(self, placeholder: str) -> Label | None:
        return self._label_of.get(placeholder)

    def placeholders(self) -> Iterable[str]:
        return self._by_placeholder.keys()

    def items(self) -> Iterable[tuple[str, str]]:
        """(placeholder, value) pairs. Callers must never log the values."""
        return self._by_placeholder.items()

    def values(self) -> Iterable[str]:
        return self._by_placeholder.values()

    def redact(self, text: str, spans: Sequence[Span]) -> Redaction:
        """Replace non-overlapping `spans` of `text` by placeholders."""
        self.reserve_lookalikes(text)
        parts: list[str] = []
        findings: list[Finding] = []
        cursor = 0
        for span in sorted(spans, key=lambda s: s.start):
            if span.start < cursor:
                raise ValueError("spans overlap; merge them before redacting")
            placeholder = self.placeholder_for(span.text_in(text), span.label)
            parts.append(text[cursor : span.start])
            parts.append(placeholder)
            findings.append(Finding(span, placeholder))
            cursor = span.end
        parts.append(text[cursor:])
        return Redaction("".join(parts), tuple(findings))

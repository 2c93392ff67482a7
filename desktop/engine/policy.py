"""The user's always-redact and never-redact lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from desktop.engine.textnorm import Document, normalize
from desktop.engine.types import Label, Source, Span


@dataclass(frozen=True, slots=True)
class AlwaysRedact:
    """A literal term the user always wants masked, with the label its placeholder gets."""

    term: str
    label: Label = Label.PERSON


def _fold(value: str) -> str:
    return normalize(value).casefold().strip()


@dataclass(frozen=True)
class Policy:
    """Always/never lists and the labels the user switched off.

    Matching is case-insensitive and ignores full-width/half-width differences.
    """

    always: tuple[AlwaysRedact, ...] = ()
    never: tuple[str, ...] = ()
    disabled_labels: frozenset[Label] = field(default_factory=frozenset)

    def always_spans(self, doc: Document) -> list[Span]:
        spans: list[Span] = []
        for entry in self.always:
            term = normalize(entry.term).strip()
            if not term:
                continue
            # A case-insensitive regex over the normalised view: its offsets are the original's.
            pattern = re.compile(re.escape(term), re.IGNORECASE)
            for match in pattern.finditer(doc.norm):
                spans.append(
                    Span(match.start(), match.end(), entry.label, Source.USER, 1.0, "always")
                )
        return spans

    def apply(self, doc: Document, spans: Sequence[Span]) -> list[Span]:
        """Drop disabled labels and never-redact values; add always-redact matches."""
        never = {_fold(term) for term in self.never if _fold(term)}
        kept = [
            span
            for span in spans
            if span.label not in self.disabled_labels and _fold(span.text_in(doc.text)) not in never
        ]
        return kept + self.always_spans(doc)

    @staticmethod
    def from_lists(always: Iterable[tuple[str, Label]] = (), never: Iterable[str] = ()) -> Policy:
        return Policy(
            always=tuple(AlwaysRedact(term, label) for term, label in always),
            never=tuple(never),
        )

"""Detector interface and the declarative pattern detector most detectors are built from.

A detector is a small class: a label, regexes, optional context words, and a `validate` hook
(checksums, phonenumbers, ...). Patterns run on the normalised text (`Document.norm`), so they
see ASCII digits and punctuation even where the user typed full-width forms.

Boundaries: never use `\\b` next to digits or Latin letters. Python treats CJK characters as word
characters, so `\\b` fails in "電話0912345678". Use `NOT_ALNUM_BEFORE` / `NOT_ALNUM_AFTER`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import ClassVar, Protocol

from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# ASCII-only boundaries that treat CJK characters (and punctuation) as a boundary.
NOT_ALNUM_BEFORE = r"(?<![0-9A-Za-z])"
NOT_ALNUM_AFTER = r"(?![0-9A-Za-z])"
NOT_DIGIT_BEFORE = r"(?<![0-9])"
NOT_DIGIT_AFTER = r"(?![0-9])"


class Detector(Protocol):
    """Anything that finds spans in a document."""

    @property
    def name(self) -> str: ...

    def detect(self, doc: Document) -> Iterable[Span]: ...


# A pass over every detector's findings that adds what they make personal (registry.CONTEXT_PASSES).
ContextPass = Callable[[Document, Sequence[Span]], list[Span]]


class PatternDetector:
    """A regex detector with optional context words and a validation hook.

    Subclasses set the class attributes. A pattern may define a named group `value`; then only
    that group becomes the span (useful when a label such as "帳號:" is part of the pattern).

    Context: when `context` is non-empty, a match whose surrounding window (lower-cased) contains
    none of the words gets `score_without_context`; if that is `None` the match is dropped. A
    match with context gets `score`.
    """

    name: ClassVar[str] = ""
    label: ClassVar[Label]
    patterns: ClassVar[tuple[str, ...]] = ()
    flags: ClassVar[int] = 0
    context: ClassVar[tuple[str, ...]] = ()
    context_before: ClassVar[int] = 30
    context_after: ClassVar[int] = 10
    score: ClassVar[float] = 0.9
    score_without_context: ClassVar[float | None] = None

    _compiled: ClassVar[tuple[re.Pattern[str], ...] | None] = None

    @classmethod
    def compiled(cls) -> tuple[re.Pattern[str], ...]:
        # Compiled lazily and cached per class so that importing detectors stays cheap.
        if cls.__dict__.get("_compiled") is None:
            cls._compiled = tuple(re.compile(p, cls.flags) for p in cls.patterns)
        assert cls._compiled is not None
        return cls._compiled

    def validate(self, value: str, doc: Document, start: int, end: int) -> bool:
        """Return False to reject a match (bad checksum, not a real phone number, ...)."""
        return True

    def has_context(self, doc: Document, start: int, end: int) -> bool:
        window = doc.window(start, end, self.context_before, self.context_after)
        return any(word in window for word in self.context)

    def detect(self, doc: Document) -> Iterator[Span]:
        for pattern in self.compiled():
            for match in pattern.finditer(doc.norm):
                if "value" in pattern.groupindex and match.group("value") is not None:
                    start, end = match.span("value")
                else:
                    start, end = match.span()
                if start >= end:
                    continue
                value = doc.norm[start:end]
                if not self.validate(value, doc, start, end):
                    continue
                score: float | None = self.score
                if self.context and not self.has_context(doc, start, end):
                    score = self.score_without_context
                if score is None:
                    continue
                yield Span(start, end, self.label, Source.PATTERN, score, self.name)

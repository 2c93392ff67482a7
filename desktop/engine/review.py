"""Review before send: the user's edits to a detection, kept Qt-free.

The UI shows the detected spans; the user can un-redact one (click) or add a redaction
(select text). A `Review` holds those edits and produces the final redaction through the
conversation's Scrubber, so placeholders stay stable across the conversation.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.engine.merge import merge_spans
from desktop.engine.pipeline import Scrubber, ScrubResult
from desktop.engine.types import Label, Source, Span


@dataclass
class Review:
    """Detected spans of one text plus the user's edits."""

    text: str
    detected: Sequence[Span]
    layers: tuple[str, ...] = ("pattern",)
    excluded: set[tuple[int, int]] = field(default_factory=set)
    added: list[Span] = field(default_factory=list)
    disabled_labels: set[Label] = field(default_factory=set)

    def active_spans(self) -> list[Span]:
        """The spans that will be redacted, after the user's edits."""
        kept = [
            span
            for span in self.detected
            if (span.start, span.end) not in self.excluded
            and span.label not in self.disabled_labels
        ]
        return merge_spans([*kept, *self.added])

    def all_spans(self) -> list[Span]:
        """Detected and added spans, including excluded ones (the UI shows them struck out)."""
        return sorted([*self.detected, *self.added], key=lambda s: (s.start, s.end))

    def is_active(self, span: Span) -> bool:
        return any(a.start <= span.start and span.end <= a.end for a in self.active_spans())

    def span_at(self, position: int) -> Span | None:
        """The detected or added span covering a text position, if any."""
        for span in self.all_spans():
            if span.start <= position < span.end:
                return span
        return None

    def toggle(self, span: Span) -> bool:
        """Un-redact an active span or re-redact an excluded one. Returns the new state."""
        if span in self.added:
            self.added.remove(span)
            return False
        key = (span.start, span.end)
        if key in self.excluded:
            self.excluded.discard(key)
            return True
        self.excluded.add(key)
        return False

    def add(self, start: int, end: int, label: Label = Label.PERSON) -> Span | None:
        """Redact a range the user selected; whitespace around the selection is trimmed."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if start >= end:
            return None
        span = Span(start, end, label, Source.USER, 1.0, "manual")
        self.added.append(span)
        return span

    def set_label_enabled(self, label: Label, enabled: bool) -> None:
        if enabled:
            self.disabled_labels.discard(label)
        else:
            self.disabled_labels.add(label)

    def counts(self) -> dict[Label, int]:
        counts: dict[Label, int] = {}
        for span in self.active_spans():
            counts[span.label] = counts.get(span.label, 0) + 1
        return counts

    def redact_with(self, scrubber: Scrubber) -> ScrubResult:
        """The outgoing text as the user approved it, with the conversation's placeholders.

        This commits new placeholders to the conversation's vault: call it when sending."""
        return scrubber.redact(self.text, self.active_spans())

    def preview_with(self, scrubber: Scrubber) -> ScrubResult:
        """Exactly what `redact_with` would produce now, without touching the vault.

        The preview must not commit: a value the user un-redacts after seeing the preview would
        otherwise stay in the vault, and the leak check would (rightly) refuse to send it."""
        vault = copy.deepcopy(scrubber.vault)
        redaction = vault.redact(self.text, self.active_spans())
        return ScrubResult(self.text, redaction.text, redaction.findings, self.layers)

"""Detection and redaction of one text: fast layer, optional model layer, policy, vault.

The model layer is any object with `detect_spans(text, cancel) -> list[Span]` (see
`ModelLayer`); the runtimes package provides one. A failing model layer never loses the fast
layer's result: the result says which layers ran and why one did not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from desktop.engine.detectors.base import ContextPass, Detector
from desktop.engine.errors import InputTooLarge
from desktop.engine.merge import merge_spans
from desktop.engine.policy import Policy
from desktop.engine.textnorm import Document
from desktop.engine.types import Finding, Span
from desktop.engine.vault import Vault

# Input limit for one scrub. Larger texts are refused with a clear message rather than risking
# unbounded memory; JSONL input is processed line by line and each line has this limit.
MAX_TEXT_CHARS = 8 * 1024 * 1024

CancelFn = Callable[[], bool]


class ModelLayer(Protocol):
    """A slower detector layer (a local LLM) run after the fast layer."""

    name: str

    def detect_spans(self, text: str, cancel: CancelFn | None = None) -> list[Span]: ...


@dataclass(frozen=True)
class Detection:
    spans: tuple[Span, ...]
    layers: tuple[str, ...]  # layers that ran to completion, e.g. ("pattern", "model:gemma-2-2b")
    skipped: tuple[str, ...] = ()  # human-readable reasons a layer did not contribute


@dataclass(frozen=True)
class ScrubResult:
    original: str
    text: str  # the redacted text
    findings: tuple[Finding, ...]
    layers: tuple[str, ...]
    skipped: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "findings": [f.to_json() for f in self.findings]}

    def label_counts(self) -> dict[str, int]:
        """How many values of each label were redacted, e.g. for a notification."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.span.label] = counts.get(finding.span.label, 0) + 1
        return counts

    def summary(self) -> str:
        """A one-line, value-free description such as "2 PERSON, 1 PHONE"."""
        counts = self.label_counts()
        if not counts:
            return "nothing to redact"
        return ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))


@dataclass
class Scrubber:
    """Scrubs texts for one conversation: the same value always gets the same placeholder."""

    detectors: Sequence[Detector] | None = None
    policy: Policy = field(default_factory=Policy)
    model: ModelLayer | None = None
    vault: Vault = field(default_factory=Vault)
    # Passes over the detectors' findings (registry.CONTEXT_PASSES); None: the registry's when
    # the detectors are the registry's, none for a hand-picked set of detectors.
    context_passes: Sequence[ContextPass] | None = None

    def __post_init__(self) -> None:
        if self.detectors is None:
            from desktop.engine.detectors.registry import CONTEXT_PASSES, fast_detectors

            self.detectors = fast_detectors()
            if self.context_passes is None:
                self.context_passes = CONTEXT_PASSES
        if self.context_passes is None:
            self.context_passes = ()

    def fast_spans(self, text: str) -> list[Span]:
        doc = Document(text)
        assert self.detectors is not None and self.context_passes is not None
        found = [span for detector in self.detectors for span in detector.detect(doc)]
        for context_pass in self.context_passes:
            found += context_pass(doc, found)
        return merge_spans(self.policy.apply(doc, found))

    def detect(
        self, text: str, *, use_model: bool = True, cancel: CancelFn | None = None
    ) -> Detection:
        """The fast layer, then (if asked and present) the model layer."""
        detection = self.detect_fast(text)
        if use_model and self.model is not None:
            detection = self.refine(text, detection, cancel)
        return detection

    def detect_fast(self, text: str) -> Detection:
        if len(text) > MAX_TEXT_CHARS:
            raise InputTooLarge(
                f"input has {len(text):,} characters; the limit is {MAX_TEXT_CHARS:,}"
            )
        return Detection(tuple(self.fast_spans(text)), ("pattern",))

    def refine(self, text: str, detection: Detection, cancel: CancelFn | None = None) -> Detection:
        """Add the model layer's findings to a detection of the same text.

        A failed or cancelled model leaves the detection as it was, with the reason in
        `skipped`: the fast layer's result always stands."""
        model = self.model
        if model is None:
            return detection
        try:
            model_spans = model.detect_spans(text, cancel)
        except Exception as exc:
            reason = f"{model.name}: {type(exc).__name__}: {exc}"
            return replace(detection, skipped=(*detection.skipped, reason))
        spans = merge_spans([*detection.spans, *self.policy.apply(Document(text), model_spans)])
        return Detection(tuple(spans), (*detection.layers, model.name), detection.skipped)

    def redact(self, text: str, spans: Sequence[Span]) -> ScrubResult:
        redaction = self.vault.redact(text, merge_spans(spans))
        return ScrubResult(text, redaction.text, redaction.findings, ("manual",))

    def scrub(
        self, text: str, *, use_model: bool = True, cancel: CancelFn | None = None
    ) -> ScrubResult:
        detection = self.detect(text, use_model=use_model, cancel=cancel)
        redaction = self.vault.redact(text, detection.spans)
        return ScrubResult(
            text, redaction.text, redaction.findings, detection.layers, detection.skipped
        )

"""Turning the strings the model returned into spans of the original text.

The model never edits the text; it only names values, and the engine finds them itself. A value
that does not occur verbatim is dropped (the model misspelt, translated or invented it). The
only tolerance is the engine's own width folding (full-width digits and letters, the many
dashes), which maps one character to one character, so offsets stay exact. Every occurrence is
masked: the same value elsewhere in the text is the same personal data. Values that fail their
label's sanity check (desktop.engine.llm.plausible) are rejected, not masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.llm.parse import RawFinding
from desktop.engine.llm.plausible import check_value
from desktop.engine.textnorm import Document, normalize
from desktop.engine.types import Source, Span

MODEL_SCORE = 0.7  # below checksum-backed patterns (1.0), so those win label disputes
_MIN_CHARS = 2
_MIN_DIGITS_ONLY = 4
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class LocateResult:
    spans: tuple[Span, ...]
    not_found: int  # values that do not occur in the text: dropped
    rejected: int  # values too short or too generic to mask safely


def _plausible(value: str) -> bool:
    core = value.strip()
    if len(core) < _MIN_CHARS:
        return False
    return not (core.isdigit() and len(core) < _MIN_DIGITS_ONLY)


def _is_boundary(text: str, start: int, end: int) -> bool:
    """A Latin/digit value must not be glued to more Latin/digits (no `John` in `Johnson`)."""
    if _ASCII_ALNUM.match(text[start]) and start > 0 and _ASCII_ALNUM.match(text[start - 1]):
        return False
    last = end - 1
    return not (
        _ASCII_ALNUM.match(text[last]) and end < len(text) and _ASCII_ALNUM.match(text[end])
    )


def _occurrences(haystack: str, needle: str) -> Iterable[int]:
    position = haystack.find(needle)
    while position >= 0:
        yield position
        position = haystack.find(needle, position + 1)


def locate_findings(
    doc: Document, findings: Iterable[RawFinding], *, detector: str = "gemma"
) -> LocateResult:
    text = doc.text
    spans: set[Span] = set()
    not_found = rejected = 0
    for finding in findings:
        value = finding.text.strip()
        if not _plausible(value):
            rejected += 1
            continue
        starts = list(_occurrences(text, value))
        if not starts:
            starts = list(_occurrences(doc.norm, normalize(value)))
        kept = [s for s in starts if _is_boundary(text, s, s + len(value))]
        if not kept:
            not_found += 1
            continue
        labelled = [(s, check_value(value, finding.label, text[max(0, s - 40) : s])) for s in kept]
        located = [(s, label) for s, label in labelled if label is not None]
        if not located:
            rejected += 1
        for start, label in located:
            spans.add(Span(start, start + len(value), label, Source.MODEL, MODEL_SCORE, detector))
    return LocateResult(tuple(sorted(spans)), not_found, rejected)

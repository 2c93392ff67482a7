"""Merging overlapping spans from several detectors and layers into one non-overlapping set."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop.engine.types import Source, Span

# Which source wins a tie on score: the user's explicit choice first, then checksum-backed
# patterns, then the model.
_SOURCE_RANK = {Source.USER: 3, Source.PATTERN: 2, Source.OCR: 2, Source.MODEL: 1, Source.VISION: 0}


def _priority(span: Span) -> tuple[float, int, int]:
    return (span.score, _SOURCE_RANK.get(span.source, 0), span.length)


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans into their union, labelled by the strongest member.

    The union, not the strongest member alone, is kept: when two detectors disagree on where a
    value ends, masking the wider range is the privacy-safe choice.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    cluster: list[Span] = []
    cluster_end = -1
    for span in ordered:
        if cluster and span.start < cluster_end:
            cluster.append(span)
            cluster_end = max(cluster_end, span.end)
            continue
        if cluster:
            merged.append(_collapse(cluster, cluster_end))
        cluster, cluster_end = [span], span.end
    if cluster:
        merged.append(_collapse(cluster, cluster_end))
    return merged


def _collapse(cluster: list[Span], end: int) -> Span:
    best = max(cluster, key=_priority)
    start = min(s.start for s in cluster)
    if best.start == start and best.end == end:
        return best
    return replace(best, start=start, end=end)

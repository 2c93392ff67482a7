"""Scoring predictions against the gold, label-agnostic where the issue says so.

- A gold span is *fully masked* when every one of its non-whitespace characters lies inside some
  predicted span (of any label).
- Character precision/recall/F2 count non-whitespace characters of the original text.
- A hard negative is *hit* when any predicted span overlaps it by at least one character.
- Falsely masked characters: characters inside predicted spans on documents without PII, per
  1,000 characters of those documents.

Standard library only.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from bench.text.schema import BenchDoc

PredSpans = Sequence[tuple[int, int, str]]


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else math.nan

    def to_json(self) -> dict[str, float | int]:
        return {"value": self.value, "hits": self.hits, "total": self.total}


@dataclass
class _Tally:
    masked: Ratio = field(default_factory=Ratio)
    by_label: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    by_lang: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    by_genre: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    by_fullwidth: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    negatives: Ratio = field(default_factory=Ratio)
    neg_by_kind: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    tp: int = 0
    fp: int = 0
    fn: int = 0
    free_masked: int = 0
    free_chars: int = 0


def mask_of(length: int, spans: PredSpans) -> bytearray:
    mask = bytearray(length)
    for start, end, _label in spans:
        start, end = max(0, start), min(length, end)
        if start < end:
            mask[start:end] = b"\x01" * (end - start)
    return mask


def fully_masked(text: str, mask: bytearray, start: int, end: int) -> bool:
    return all(mask[i] for i in range(start, end) if not text[i].isspace())


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def f_beta(precision: float, recall: float, beta: float = 2.0) -> float:
    if precision + recall == 0 or math.isnan(precision) or math.isnan(recall):
        return 0.0 if precision + recall == 0 else math.nan
    b2 = beta * beta
    return (1 + b2) * precision * recall / (b2 * precision + recall)


def _score_doc(doc: BenchDoc, predicted: PredSpans, tally: _Tally) -> None:
    text = doc.text
    pred = mask_of(len(text), predicted)
    gold = mask_of(len(text), [(s.start, s.end, s.label) for s in doc.spans])
    for span in doc.spans:
        hit = fully_masked(text, pred, span.start, span.end)
        for ratio in (
            tally.masked,
            tally.by_label[span.label],
            tally.by_lang[doc.lang],
            tally.by_genre[doc.genre],
            tally.by_fullwidth[doc.fullwidth],
        ):
            ratio.add(hit)
    for neg in doc.negatives:
        touched = any(pred[neg.start : neg.end])
        tally.negatives.add(touched)
        tally.neg_by_kind[neg.kind].add(touched)
    for i, char in enumerate(text):
        if char.isspace():
            continue
        if pred[i] and gold[i]:
            tally.tp += 1
        elif pred[i]:
            tally.fp += 1
        elif gold[i]:
            tally.fn += 1
    if doc.pii_free:
        tally.free_masked += sum(pred)
        tally.free_chars += len(text)


def _latency(docs: Sequence[BenchDoc], seconds: Mapping[str, float]) -> dict[str, float]:
    all_ms = [seconds[d.id] * 1000 for d in docs if d.id in seconds]
    long_docs = [d for d in docs if d.is_long]
    long_ms = [seconds[d.id] * 1000 for d in long_docs if d.id in seconds]
    total_s = sum(seconds.get(d.id, 0.0) for d in docs)
    chars = sum(len(d.text) for d in docs if d.id in seconds)
    return {
        "p50_ms": percentile(all_ms, 0.5),
        "p95_ms": percentile(all_ms, 0.95),
        "long_p50_ms": percentile(long_ms, 0.5),
        "long_p95_ms": percentile(long_ms, 0.95),
        "long_docs": len(long_ms),
        "long_mean_bytes": (
            sum(len(d.text.encode("utf-8")) for d in long_docs) / len(long_docs) if long_docs else 0
        ),
        "total_s": total_s,
        "chars_per_s": chars / total_s if total_s else math.nan,
        "docs_per_s": len(all_ms) / total_s if total_s else math.nan,
    }


def score(
    docs: Sequence[BenchDoc],
    predictions: Mapping[str, PredSpans],
    seconds: Mapping[str, float] | None = None,
) -> dict[str, object]:
    """All metrics for one system; a document missing from `predictions` predicted nothing."""
    tally = _Tally()
    for doc in docs:
        _score_doc(doc, predictions.get(doc.id, ()), tally)
    precision = tally.tp / (tally.tp + tally.fp) if tally.tp + tally.fp else math.nan
    recall = tally.tp / (tally.tp + tally.fn) if tally.tp + tally.fn else math.nan

    def table(ratios: Mapping[str, Ratio]) -> dict[str, dict[str, float | int]]:
        return {key: ratios[key].to_json() for key in sorted(ratios)}

    return {
        "docs": len(docs),
        "missing_predictions": sum(1 for d in docs if d.id not in predictions),
        "spans_masked": tally.masked.to_json(),
        "spans_masked_by_label": table(tally.by_label),
        "spans_masked_by_lang": table(tally.by_lang),
        "spans_masked_by_genre": table(tally.by_genre),
        "spans_masked_by_fullwidth": table(tally.by_fullwidth),
        "char": {
            "precision": precision,
            "recall": recall,
            "f2": f_beta(precision, recall),
            "tp": tally.tp,
            "fp": tally.fp,
            "fn": tally.fn,
        },
        "hard_negatives_hit": tally.negatives.to_json(),
        "hard_negatives_hit_by_kind": table(tally.neg_by_kind),
        "pii_free": {
            "masked_chars": tally.free_masked,
            "chars": tally.free_chars,
            "per_1000": 1000 * tally.free_masked / tally.free_chars
            if tally.free_chars
            else math.nan,
        },
        "latency": _latency(docs, seconds or {}),
    }

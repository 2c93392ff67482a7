"""Per-document error lists for tuning on the dev split: missed gold spans, false positives.

The values are synthetic (generated), so writing them to a git-ignored file is fine. The runner
refuses to do this for the test split.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.text.schema import BenchDoc, write_jsonl
from bench.text.scorer import PredSpans, fully_masked, mask_of


def _doc_errors(doc: BenchDoc, predicted: PredSpans) -> dict[str, object] | None:
    pred = mask_of(len(doc.text), predicted)
    gold = mask_of(len(doc.text), [(s.start, s.end, s.label) for s in doc.spans])
    missed = [
        {"label": s.label, "text": doc.text[s.start : s.end], "start": s.start, "end": s.end}
        for s in doc.spans
        if not fully_masked(doc.text, pred, s.start, s.end)
    ]
    false_pos = []
    for start, end, label in predicted:
        if any(
            not gold[i] and not doc.text[i].isspace() for i in range(start, min(end, len(doc.text)))
        ):
            kinds = [n.kind for n in doc.negatives if n.start < end and start < n.end]
            false_pos.append(
                {
                    "label": label,
                    "text": doc.text[start:end],
                    "start": start,
                    "end": end,
                    "negatives": kinds,
                }
            )
    if not missed and not false_pos:
        return None
    return {
        "id": doc.id,
        "template": doc.template,
        "lang": doc.lang,
        "genre": doc.genre,
        "fullwidth": doc.fullwidth,
        "missed": missed,
        "false_positives": false_pos,
    }


def write_errors(path: Path, docs: Sequence[BenchDoc], predictions: Mapping[str, PredSpans]) -> int:
    rows = [r for d in docs if (r := _doc_errors(d, predictions.get(d.id, ()))) is not None]
    write_jsonl(path, rows)
    return len(rows)

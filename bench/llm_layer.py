"""What the local model layer adds to the fast layer, measured on the independent text benchmark.

    .venv/bin/python -m bench.llm_layer --model models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
    .venv/bin/python -m bench.llm_layer --model PATH --split dev --docs 20 --free 10
    make bench-llm                                   # the held-out split, defaults

From a seeded pool of the benchmark's documents it takes those where the fast layer
(`Scrubber().detect(text, use_model=False)`) leaves at least one gold value not fully masked,
and a sample of PII-free documents. On each it runs the fast layer alone, then the model layer
through ScrubDesk's worker runtime on the same text (`Scrubber.refine`, as the app does), and
reports:
- added recall: of the gold values the fast layer missed, the share fast + model masks fully,
  per label and per language (and overall recall on these documents, before and after);
- false positives added: model spans touching no gold value on the missed documents, hard
  negatives newly hit, and falsely masked characters per 1,000 on the PII-free documents;
- cost: prompt, evaluated and generated tokens per document, and seconds per 1,000 characters
  (the first document also pays for the fixed instructions, so it is reported apart);
- a check that no fast-layer finding was lost (the layer only adds spans).
Tune prompts on `--split dev` only; report the held-out split (`--split heldout`, the default:
the independent benchmark's `test` split was used to tune the fast layer). Nothing of the
documents' text or values is printed or written: counts, rates and timings only.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.text.schema import BenchDoc
from bench.text.scorer import fully_masked, mask_of

DEFAULT_POOL = 1500
DEFAULT_DOCS = 30
DEFAULT_FREE = 12
DEFAULT_PASTES = 3
PASTE_CHARS = 1000
DEFAULT_SEED = 20261206  # the independent benchmark's own default

# The independent benchmark is being written beside this one; fall back to the older generator.
Generator = Callable[..., list[BenchDoc]]


def load_generator() -> tuple[Generator, str]:
    try:
        from bench.text.independent import generate as independent

        return independent, "bench.text.independent"
    except ImportError:
        from bench.text.generate import generate as original

        return original, "bench.text.generate"


@dataclass
class DocRow:
    id: str
    lang: str
    genre: str
    kind: str  # "missed" (fast layer misses a value) or "free" (no PII)
    chars: int
    gold: int
    fast_masked: int
    both_masked: int
    fast_lost: int  # gold values the fast layer masked that fast + model no longer masks
    fp_spans_added: int  # model spans on a document with PII that touch no gold value
    free_chars_added: int  # PII-free documents: characters newly masked
    negatives: int
    negatives_hit_fast: int
    negatives_hit_both: int
    chunks: int
    prompt_tokens: int
    evaluated_tokens: int
    generated_tokens: int
    model_s: float
    prompt_s: float
    truncated_chunks: int
    not_found: int
    missed_labels: list[str] = field(default_factory=list)
    recovered_labels: list[str] = field(default_factory=list)


def _spans(detection: Any) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, str(s.label)) for s in detection.spans]


def _nonspace(text: str, mask: bytearray) -> int:
    return sum(1 for i, ch in enumerate(text) if mask[i] and not ch.isspace())


def _overlaps(span: tuple[int, int, str], doc: BenchDoc) -> bool:
    return any(span[0] < g.end and g.start < span[1] for g in doc.spans)


def pick_docs(
    docs: Sequence[BenchDoc], fast: Callable[[str], list[tuple[int, int, str]]], n: int, free: int
) -> tuple[list[BenchDoc], list[BenchDoc], dict[str, int]]:
    missed: list[BenchDoc] = []
    clean: list[BenchDoc] = []
    pool = {"pool_docs": len(docs), "pool_gold": 0, "pool_missed": 0}
    for doc in docs:
        if doc.pii_free:
            if len(clean) < free:
                clean.append(doc)
            continue
        mask = mask_of(len(doc.text), fast(doc.text))
        misses = sum(1 for g in doc.spans if not fully_masked(doc.text, mask, g.start, g.end))
        pool["pool_gold"] += len(doc.spans)
        pool["pool_missed"] += misses
        if misses and len(missed) < n:
            missed.append(doc)
    return missed, clean, pool


def build_pastes(docs: Sequence[BenchDoc], chars: int, count: int) -> list[str]:
    """Pastes of about `chars` characters, each the benchmark documents in order, joined by
    blank lines (what a person pastes: several messages at once)."""
    pastes: list[str] = []
    parts: list[str] = []
    for doc in [*docs, *docs, *docs]:  # enough text even when few documents were picked
        if len(pastes) == count:
            break
        parts.append(doc.text)
        joined = "\n\n".join(parts)
        if len(joined) >= chars:
            pastes.append(joined[:chars])
            parts = []
    return pastes


def measure_paste(text: str, layer: Any) -> dict[str, float | int]:
    started = time.perf_counter()
    layer.detect_spans(text)
    stats = layer.last_stats
    return {
        "chars": len(text),
        "chunks": stats.chunks,
        "prompt_tokens": stats.prompt_tokens,
        "evaluated_tokens": stats.evaluated_tokens,
        "generated_tokens": stats.generated_tokens,
        "model_s": round(stats.model_wall_s, 3),
        "wall_s": round(time.perf_counter() - started, 3),
    }


def measure_doc(doc: BenchDoc, kind: str, scrubber: Any, layer: Any) -> DocRow:
    text = doc.text
    fast = scrubber.detect(text, use_model=False)
    both = scrubber.refine(text, fast)
    if both.skipped:
        raise SystemExit(f"model layer failed on {doc.id}: {both.skipped[-1]}")
    stats = layer.last_stats
    fast_spans, both_spans = _spans(fast), _spans(both)
    fast_mask, both_mask = mask_of(len(text), fast_spans), mask_of(len(text), both_spans)
    fast_hit = [fully_masked(text, fast_mask, g.start, g.end) for g in doc.spans]
    both_hit = [fully_masked(text, both_mask, g.start, g.end) for g in doc.spans]
    added = [s for s in both_spans if s not in fast_spans]
    neg_fast = sum(1 for n in doc.negatives if any(fast_mask[n.start : n.end]))
    neg_both = sum(1 for n in doc.negatives if any(both_mask[n.start : n.end]))
    return DocRow(
        id=doc.id,
        lang=doc.lang,
        genre=doc.genre,
        kind=kind,
        chars=len(text),
        gold=len(doc.spans),
        fast_masked=sum(fast_hit),
        both_masked=sum(both_hit),
        fast_lost=sum(1 for f, b in zip(fast_hit, both_hit, strict=True) if f and not b),
        fp_spans_added=sum(1 for s in added if not _overlaps(s, doc)) if doc.spans else 0,
        free_chars_added=(_nonspace(text, both_mask) - _nonspace(text, fast_mask))
        if doc.pii_free
        else 0,
        negatives=len(doc.negatives),
        negatives_hit_fast=neg_fast,
        negatives_hit_both=neg_both,
        chunks=stats.chunks,
        prompt_tokens=stats.prompt_tokens,
        evaluated_tokens=stats.evaluated_tokens,
        generated_tokens=stats.generated_tokens,
        model_s=round(stats.model_wall_s, 3),
        prompt_s=round(stats.prompt_s, 3),
        truncated_chunks=stats.truncated_chunks,
        not_found=stats.not_found,
        missed_labels=[g.label for g, f in zip(doc.spans, fast_hit, strict=True) if not f],
        recovered_labels=[
            g.label for g, f, b in zip(doc.spans, fast_hit, both_hit, strict=True) if b and not f
        ],
    )


def _ratio(hits: int, total: int) -> dict[str, float | int | None]:
    return {"value": round(hits / total, 3) if total else None, "hits": hits, "total": total}


def summarise(rows: Sequence[DocRow]) -> dict[str, Any]:
    missed = [r for r in rows if r.kind == "missed"]
    free = [r for r in rows if r.kind == "free"]
    by_label: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in missed:
        for label in row.missed_labels:
            by_label[label][1] += 1
            by_lang[row.lang][1] += 1
        for label in row.recovered_labels:
            by_label[label][0] += 1
            by_lang[row.lang][0] += 1
    total_missed = sum(len(r.missed_labels) for r in missed)
    total_recovered = sum(len(r.recovered_labels) for r in missed)
    free_chars = sum(r.chars for r in free)
    timed = rows[1:] if len(rows) > 1 else rows  # the first also evaluates the fixed prefix
    chars = sum(r.chars for r in timed)
    model_s = sum(r.model_s for r in timed)
    generated = sum(r.generated_tokens for r in timed)
    decode_s = sum(r.model_s - r.prompt_s for r in timed)
    evaluated = sum(r.evaluated_tokens for r in timed)
    prompt_s = sum(r.prompt_s for r in timed)

    def mean(values: list[int] | list[float]) -> float:
        return round(statistics.fmean(values), 1) if values else 0.0

    return {
        "documents": {"missed": len(missed), "pii_free": len(free)},
        "added_recall": _ratio(total_recovered, total_missed),
        "added_recall_by_label": {k: _ratio(*v) for k, v in sorted(by_label.items())},
        "added_recall_by_lang": {k: _ratio(*v) for k, v in sorted(by_lang.items())},
        "recall_fast": _ratio(sum(r.fast_masked for r in missed), sum(r.gold for r in missed)),
        "recall_fast_plus_model": _ratio(
            sum(r.both_masked for r in missed), sum(r.gold for r in missed)
        ),
        "fast_findings_lost": sum(r.fast_lost for r in rows),
        "false_positive_spans_added": sum(r.fp_spans_added for r in missed),
        "hard_negatives_newly_hit": sum(r.negatives_hit_both - r.negatives_hit_fast for r in rows),
        "hard_negatives": sum(r.negatives for r in rows),
        "pii_free_chars": free_chars,
        "pii_free_falsely_masked_added_per_1000": round(
            1000 * sum(r.free_chars_added for r in free) / free_chars, 3
        )
        if free_chars
        else None,
        "pii_free_docs_with_added_mask": sum(1 for r in free if r.free_chars_added),
        "values_not_in_text_dropped": sum(r.not_found for r in rows),
        "truncated_chunks": sum(r.truncated_chunks for r in rows),
        "per_document": {
            "chars": mean([r.chars for r in rows]),
            "chunks": mean([r.chunks for r in rows]),
            "prompt_tokens": mean([r.prompt_tokens for r in rows]),
            "evaluated_tokens_after_first": mean([r.evaluated_tokens for r in timed]),
            "generated_tokens": mean([r.generated_tokens for r in rows]),
        },
        "first_document_s": rows[0].model_s if rows else None,
        "s_per_1000_chars": round(1000 * model_s / chars, 2) if chars else None,
        "s_per_1000_chars_p90_doc": round(
            sorted(1000 * r.model_s / r.chars for r in timed)[int(0.9 * (len(timed) - 1))], 2
        )
        if timed
        else None,
        "prompt_eval_tok_s": round(evaluated / prompt_s, 1) if prompt_s > 0 else None,
        "decode_tok_s": round(generated / decode_s, 1) if decode_s > 0 else None,
    }


TARGET_LABELS = ("PERSON", "ADDRESS")


def targets(summary: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for label in TARGET_LABELS:
        ratio = summary["added_recall_by_label"].get(label, {"value": None})
        out[f"added_recall_{label}>=0.5"] = ratio["value"] is not None and ratio["value"] >= 0.5
    fp = summary["pii_free_falsely_masked_added_per_1000"]
    out["pii_free_falsely_masked_per_1000<=1"] = fp is not None and fp <= 1.0
    out["fast_findings_never_lost"] = summary["fast_findings_lost"] == 0
    return out


def open_model(model: str, n_ctx: int, n_gpu_layers: int | None) -> Any:
    from desktop.engine.runtimes.loader import open_text_model
    from desktop.engine.runtimes.worker_client import WorkerTextModel

    path = Path(model)
    if path.is_file():
        options: dict[str, object] = {"n_ctx": n_ctx}
        if n_gpu_layers is not None:
            options["n_gpu_layers"] = n_gpu_layers
        return WorkerTextModel("llama.cpp", str(path), name=path.stem, options=options)
    text_model = open_text_model(model)
    if text_model is None:
        raise SystemExit("no model installed; pass --model ID|PATH")
    return text_model


def machine() -> dict[str, object]:
    import os

    info: dict[str, object] = {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as src:
            names = {line.split(":", 1)[1].strip() for line in src if line.startswith("model name")}
        info["cpu"] = ", ".join(sorted(names))
    except OSError:
        pass
    return info


def run(args: argparse.Namespace) -> dict[str, Any]:
    from desktop.engine.llm.detector import LlmDetector
    from desktop.engine.pipeline import Scrubber

    generate, source = load_generator()
    docs = generate(args.split, n_docs=args.pool, n_long=args.long, seed=args.seed)
    fast_scrubber = Scrubber()
    missed, free, pool = pick_docs(
        docs, lambda t: _spans(fast_scrubber.detect(t, use_model=False)), args.docs, args.free
    )
    text_model = open_model(args.model, args.n_ctx, args.n_gpu_layers)
    layer = LlmDetector(text_model, chunk_chars=args.chunk_chars)
    scrubber = Scrubber(model=layer)
    started = time.perf_counter()
    device = text_model.device()
    load_s = time.perf_counter() - started
    rows: list[DocRow] = []
    try:
        for kind, group in (("missed", missed), ("free", free)):
            for doc in group:
                rows.append(measure_doc(doc, kind, scrubber, layer))
                if args.progress:
                    print(f"{len(rows)}/{len(missed) + len(free)}", file=sys.stderr, flush=True)
        pastes = [measure_paste(t, layer) for t in build_pastes(missed, PASTE_CHARS, args.pastes)]
    finally:
        layer.close()
    summary = summarise(rows)
    summary["paste_1000_chars_s"] = [p["wall_s"] for p in pastes]
    return {
        "benchmark": source,
        "split": args.split,
        "seed": args.seed,
        "pool": pool,
        "model": Path(args.model).name,
        "device": device.describe(),
        "device_detail": device.detail,
        "load_s": round(load_s, 2),
        "chunk_chars": args.chunk_chars,
        "paste_chars": PASTE_CHARS,
        "pastes": pastes,
        "machine": machine(),
        "summary": summary,
        "targets": targets(summary),
        "rows": [asdict(r) for r in rows],
    }


def markdown(result: dict[str, Any]) -> str:
    s = result["summary"]

    def pct(ratio: dict[str, Any]) -> str:
        value = ratio["value"]
        shown = "n/a" if value is None else f"{100 * value:.0f}%"
        return f"{shown} ({ratio['hits']}/{ratio['total']})"

    lines = [
        f"model {result['model']} on {result['device']}; {result['benchmark']} "
        f"split {result['split']}, seed {result['seed']}; {s['documents']['missed']} documents "
        f"where the fast layer misses a value, {s['documents']['pii_free']} PII-free",
        "",
        "| measure | value |",
        "| --- | --- |",
        f"| added recall (missed values now fully masked) | {pct(s['added_recall'])} |",
    ]
    lines += [
        f"| added recall, {label} | {pct(r)} |" for label, r in s["added_recall_by_label"].items()
    ]
    lines += [
        f"| added recall, lang {lang} | {pct(r)} |" for lang, r in s["added_recall_by_lang"].items()
    ]
    per_doc = s["per_document"]
    lines += [
        f"| recall on these documents, fast → fast + model | {pct(s['recall_fast'])} → "
        f"{pct(s['recall_fast_plus_model'])} |",
        f"| fast-layer findings lost | {s['fast_findings_lost']} |",
        f"| false-positive spans added (documents with PII) | {s['false_positive_spans_added']} |",
        f"| hard negatives newly hit | {s['hard_negatives_newly_hit']} of {s['hard_negatives']} |",
        f"| PII-free: falsely masked chars added per 1,000 | "
        f"{s['pii_free_falsely_masked_added_per_1000']} ({s['pii_free_chars']} chars, "
        f"{s['pii_free_docs_with_added_mask']} documents touched) |",
        f"| per document: chars, chunks | {per_doc['chars']}, {per_doc['chunks']} |",
        f"| per document: prompt tokens, evaluated after the first, generated | "
        f"{per_doc['prompt_tokens']}, {per_doc['evaluated_tokens_after_first']}, "
        f"{per_doc['generated_tokens']} |",
        f"| seconds per 1,000 chars (mean; p90 document) | {s['s_per_1000_chars']}; "
        f"{s['s_per_1000_chars_p90_doc']} |",
        f"| first document (evaluates the fixed prefix) | {s['first_document_s']} s |",
        f"| a 1,000-character paste (each of {len(s['paste_1000_chars_s'])}) | "
        f"{', '.join(f'{x:.1f}' for x in s['paste_1000_chars_s'])} s |",
        f"| prompt evaluation, decode | {s['prompt_eval_tok_s']} tok/s, "
        f"{s['decode_tok_s']} tok/s |",
        f"| values dropped as not in the text; truncated chunks | "
        f"{s['values_not_in_text_dropped']}; {s['truncated_chunks']} |",
    ]
    lines += ["", "targets: " + ", ".join(f"{k} {v}" for k, v in result["targets"].items())]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", required=True, help="GGUF path or installed model id")
    parser.add_argument(
        "--split",
        choices=("dev", "test", "heldout"),
        default="heldout",
        help="dev: tune here; heldout (default): report (test was used to tune the fast layer)",
    )
    parser.add_argument("--docs", type=int, default=DEFAULT_DOCS, help="missed-value documents")
    parser.add_argument("--free", type=int, default=DEFAULT_FREE, help="PII-free documents")
    parser.add_argument("--pool", type=int, default=DEFAULT_POOL, help="documents generated")
    parser.add_argument("--long", type=int, default=0, help="long documents in the pool")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--pastes", type=int, default=DEFAULT_PASTES, help="1,000-char pastes")
    parser.add_argument("--n-ctx", type=int, default=4096)
    parser.add_argument("--n-gpu-layers", type=int, default=None)
    parser.add_argument("--chunk-chars", type=int, default=None)
    parser.add_argument("--out", type=Path, default=None, help="JSON results (default bench/out)")
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)
    if args.chunk_chars is None:
        from desktop.engine.llm.chunking import DEFAULT_CHUNK_CHARS

        args.chunk_chars = DEFAULT_CHUNK_CHARS
    result = run(args)
    out = args.out or Path("bench/out") / f"llm_layer-{args.split}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The loop every runner shares: load once, warm up, time each document, report peak memory.

Standard library only (runs inside .venv-bench too). Never prints document text.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

Spans = list[tuple[int, int, str]]
WARMUP_DOCS = 5  # untimed calls first: lazy regex compilation and caches, the same for every system


def parse_args(
    argv: Sequence[str] | None, extra: Callable[[argparse.ArgumentParser], None] | None = None
) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--meta", type=Path, required=True)
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each document N times, keep the fastest"
    )
    if extra:
        extra(parser)
    return parser.parse_args(argv)


def _read_texts(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as src:
        return [(row["id"], row["text"]) for row in map(json.loads, src) if row]


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def run(
    system: str,
    load: Callable[[], Callable[[str], Spans]],
    args: argparse.Namespace,
    info: Callable[[], dict[str, str]] | None = None,
) -> int:
    """Load the system, detect every document, write predictions and a meta file."""
    started = time.perf_counter()
    detect = load()
    load_s = time.perf_counter() - started
    docs = _read_texts(args.docs)
    for _doc_id, text in docs[:WARMUP_DOCS]:
        detect(text)
    errors = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for doc_id, text in docs:
            seconds = float("inf")
            for _ in range(max(1, args.repeat)):
                t0 = time.perf_counter()
                try:
                    spans = detect(text)
                except Exception:  # a crash on one document must not hide the others
                    spans, errors = [], errors + 1
                seconds = min(seconds, time.perf_counter() - t0)
            out.write(json.dumps({"id": doc_id, "spans": spans, "seconds": seconds}) + "\n")
    meta = {
        "system": system,
        "load_s": load_s,
        "peak_rss_mb": peak_rss_mb(),
        "docs": len(docs),
        "errors": errors,
        "repeat": max(1, args.repeat),
        "python": platform.python_version(),
        "info": info() if info else {},
    }
    args.meta.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return 0

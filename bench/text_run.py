"""Run the text benchmark: generate a split, run every system in its own process, score, report.

    .venv/bin/python -m bench.text_run --split dev --out bench/out/
    .venv/bin/python -m bench.text_run --split test --out bench/out/ --results bench/RESULTS.md
    .venv/bin/python -m bench.text_run --corpus independent --split test --results bench/RESULTS.md

`--corpus independent` runs the same systems, scorer and report on bench/text/independent, a
corpus written without looking at the detectors; its files are named text-independent-<split>-*
and its RESULTS.md blocks are keyed independent-<split>, so both corpora live side by side. The
independent corpus has a third split, `heldout` (the existing corpus has only dev and test), and a
second tuning split, `dev2`. `--errors` is allowed on the tuning splits (TUNING_SPLITS) only.

ScrubDesk runs under this interpreter (the project venv); the baselines run under
--bench-python (default .venv-bench/bin/python, see bench/requirements-baselines.txt). Systems run
one after another, never in parallel, so their timings do not disturb each other.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.text import independent, machine, report, startup
from bench.text.errors import write_errors
from bench.text.generate import DEFAULT_DOCS, DEFAULT_LONG, DEFAULT_SEED, generate
from bench.text.independent import compose as independent_compose
from bench.text.schema import BenchDoc, read_jsonl, write_jsonl
from bench.text.scorer import score
from bench.text.templates import SPLITS

REPO = Path(__file__).resolve().parent.parent
RUNNERS: dict[str, tuple[str, list[str]]] = {
    "scrubdesk": ("bench.text.runners.scrubdesk", []),
    "presidio-patterns": ("bench.text.runners.presidio", ["--nlp", "none"]),
    "presidio-spacy": ("bench.text.runners.presidio", ["--nlp", "spacy"]),
    "scrubadub": ("bench.text.runners.scrubadub", []),
}
RUNNER_TIMEOUT_S = 3600
# corpus -> (generate, default docs, default long docs, default seed)
CORPORA: dict[str, tuple[Any, int, int, int]] = {
    "existing": (generate, DEFAULT_DOCS, DEFAULT_LONG, DEFAULT_SEED),
    "independent": (
        independent.generate,
        independent_compose.DEFAULT_DOCS,
        independent_compose.DEFAULT_LONG,
        independent.DEFAULT_SEED,
    ),
}
# corpus -> its splits; --split accepts any of them and is checked against the chosen corpus
CORPUS_SPLITS: dict[str, tuple[str, ...]] = {
    "existing": tuple(SPLITS),
    "independent": tuple(independent.SPLITS),
}
# --errors is allowed on these only (existing corpus: dev; independent corpus: its TUNING_SPLITS)
TUNING_SPLITS = tuple(dict.fromkeys(("dev", *independent.TUNING_SPLITS)))
ALL_SPLITS = tuple(dict.fromkeys(s for splits in CORPUS_SPLITS.values() for s in splits))


def corpus_tag(corpus: str, split: str) -> str:
    """File prefix and RESULTS.md marker key: the bare split for the existing corpus."""
    return split if corpus == "existing" else f"{corpus}-{split}"


def run_system(
    system: str, python: Path, docs_path: Path, out: Path, tag: str, repeat: int = 1
) -> dict[str, Any]:
    module, extra = RUNNERS[system]
    preds, meta, log = (
        out / f"text-{tag}-{system}{suffix}" for suffix in (".pred.jsonl", ".meta.json", ".log")
    )
    if not python.exists():
        return {"status": f"not run ({python} missing)"}
    command = [
        str(python),
        "-m",
        module,
        "--docs",
        str(docs_path),
        "--out",
        str(preds),
        "--meta",
        str(meta),
        "--repeat",
        str(repeat),
        *extra,
    ]
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as log_file:
        done = subprocess.run(
            command,
            cwd=REPO,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            timeout=RUNNER_TIMEOUT_S,
            check=False,
        )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        return {"status": f"failed (exit {done.returncode}, see {log.name})", "wall_s": wall}
    predictions, seconds = {}, {}
    for row in read_jsonl(preds):
        predictions[row["id"]] = [tuple(s) for s in row["spans"]]
        seconds[row["id"]] = float(row["seconds"])
    return {
        "status": "ok",
        "wall_s": wall,
        "predictions": predictions,
        "seconds": seconds,
        "meta": json.loads(meta.read_text(encoding="utf-8")),
    }


def _dataset_summary(docs: Sequence[BenchDoc]) -> str:
    spans = sum(len(d.spans) for d in docs)
    negs = sum(len(d.negatives) for d in docs)
    langs = {lang: sum(1 for d in docs if d.lang == lang) for lang in ("en", "zh", "mixed")}
    long_docs = [d for d in docs if d.is_long]
    free = sum(1 for d in docs if d.pii_free)
    fullwidth = sum(1 for d in docs if d.fullwidth != "none")
    chars = sum(len(d.text) for d in docs)
    mean_long = sum(len(d.text.encode()) for d in long_docs) / max(1, len(long_docs))
    return (
        f"{len(docs):,} documents ({', '.join(f'{k} {v}' for k, v in langs.items())}), {chars:,} "
        f"characters, {spans:,} PII spans, {negs:,} hard negatives, {free} PII-free documents, "
        f"{fullwidth} full-width variants, {len(long_docs)} documents of ~2 KB "
        f"(mean {mean_long:,.0f} bytes UTF-8)"
    )


def _commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    dirty = subprocess.run(
        ["git", "status", "--porcelain"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    return (done.stdout.strip() or "unknown") + (" + uncommitted changes" if dirty else "")


def _versions(results: dict[str, Any], faker: bool = True) -> str:
    seen: dict[str, str] = {}
    for res in results.values():
        for key, value in res.get("meta", {}).get("info", {}).items():
            if key not in ("config", "nlp"):
                seen[key] = value
    from importlib.metadata import version

    if faker:  # only the existing corpus is made with Faker
        seen["faker"] = version("faker")
    return ", ".join(f"{k} {v}" for k, v in sorted(seen.items()))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=ALL_SPLITS, required=True)
    parser.add_argument(
        "--corpus",
        choices=sorted(CORPORA),
        default="existing",
        help="existing: bench/text/generate.py; independent: bench/text/independent",
    )
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out")
    parser.add_argument(
        "--systems",
        default=",".join(RUNNERS),
        help=f"comma-separated subset of {', '.join(RUNNERS)}",
    )
    parser.add_argument(
        "--bench-python", type=Path, default=REPO / ".venv-bench" / "bin" / "python"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each document N times and keep the fastest (damps noise on shared machines)",
    )
    parser.add_argument("--n-docs", type=int, help="default: the corpus' own size")
    parser.add_argument("--n-long", type=int)
    parser.add_argument("--seed", type=int)
    parser.add_argument(
        "--startup-runs", type=int, default=10, help="0 skips the start-up measurement"
    )
    parser.add_argument("--results", type=Path, help="regenerate this split's section of this file")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="write ScrubDesk's misses and false positives (tuning splits dev, dev2 only)",
    )
    args = parser.parse_args(argv)
    unknown = set(args.systems.split(",")) - set(RUNNERS)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))}")
    if args.split not in CORPUS_SPLITS[args.corpus]:
        choices = ", ".join(CORPUS_SPLITS[args.corpus])
        parser.error(f"corpus {args.corpus} has no split {args.split!r} (choose from {choices})")
    if args.errors and args.split not in TUNING_SPLITS:
        tuning = ", ".join(TUNING_SPLITS)
        parser.error(f"--errors is for the tuning splits ({tuning}) only: nobody tunes on held-out")
    _gen, n_docs, n_long, seed = CORPORA[args.corpus]
    args.n_docs = n_docs if args.n_docs is None else args.n_docs
    args.n_long = n_long if args.n_long is None else args.n_long
    args.seed = seed if args.seed is None else args.seed
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    tag = corpus_tag(args.corpus, args.split)
    docs = CORPORA[args.corpus][0](args.split, args.n_docs, args.n_long, args.seed)
    docs_path = out / f"text-{tag}-docs.jsonl"
    write_jsonl(docs_path, (d.to_json() for d in docs))
    print(f"generated {len(docs)} {tag} documents -> {docs_path}", flush=True)

    results: dict[str, Any] = {}
    for system in args.systems.split(","):
        python = Path(sys.executable) if system == "scrubdesk" else args.bench_python
        print(f"running {system} ...", flush=True)
        res = run_system(system, python, docs_path, out, tag, args.repeat)
        if res["status"] == "ok":
            res["scores"] = score(docs, res["predictions"], res["seconds"])
            if system == "scrubdesk" and args.errors:
                write_errors(out / f"text-{tag}-scrubdesk-errors.jsonl", docs, res["predictions"])
        print(f"  {system}: {res['status']} in {res.get('wall_s', 0):.1f} s", flush=True)
        results[system] = res

    startup_result = None
    if "scrubdesk" in results and args.startup_runs > 0:
        startup_result = startup.measure_all(Path(sys.executable), REPO, args.startup_runs)

    run_info = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": shlex.join(
            [
                # a PYTHONPATH (e.g. an untouched baseline checkout) changes what is measured
                *(
                    [f"PYTHONPATH={os.environ['PYTHONPATH']}"]
                    if os.environ.get("PYTHONPATH")
                    else []
                ),
                ".venv/bin/python",
                "-m",
                "bench.text_run",
                *(argv if argv is not None else sys.argv[1:]),
            ]
        ),
        "dataset": _dataset_summary(docs),
        "commit": _commit(),
        "wall_s": time.perf_counter() - started,
        "versions": _versions(results, faker=args.corpus == "existing"),
        "repeat": args.repeat,
    }
    block = report.render(tag, results, startup_result, machine.describe(), run_info)
    (out / f"text-{tag}-report.md").write_text(block + "\n", encoding="utf-8")
    summary = {
        s: {k: v for k, v in r.items() if k not in ("predictions", "seconds")}
        for s, r in results.items()
    }
    (out / f"text-{tag}-scores.json").write_text(
        json.dumps(
            {"run": run_info, "startup": startup_result, "systems": summary}, indent=2, default=str
        ),
        encoding="utf-8",
    )
    if args.results:
        report.update_results(args.results, tag, block)
    print(block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The independent screenshot benchmark (bench/screens): ScrubDesk's fast layer, in-process
and through its CLI, against Tesseract + Presidio, on one split.

    .venv/bin/python -m bench.screens_run --split test --out bench/out/screens \
        --results bench/RESULTS.md
    .venv/bin/python -m bench.screens_run --split dev --out bench/out/screens --errors

Never prints values. Writes under --out/<split>/: the images, each system's redacted images,
scores.json and report.md; with --errors (dev only) also scrubdesk-misses.jsonl.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from bench.screens import catalogue, leak, report, score, systems
from bench.screens.screen import Screen

ROOT = Path(__file__).resolve().parents[1]


def machine() -> str:
    model = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor(),
    )
    return (
        f"{model}, {len(os.sched_getaffinity(0))} usable CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f} at start"
    )


def commit(code: str) -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", code, *args], capture_output=True, text=True
        ).stdout.strip()

    dirty = git("status", "--porcelain", "--", "desktop")
    return f"`{git('rev-parse', '--short', 'HEAD')}`" + (
        " + uncommitted changes in desktop/" if dirty else ""
    )


def command_line(argv: list[str] | None) -> str:
    prefix = f"PYTHONPATH={os.environ['PYTHONPATH']} " if os.environ.get("PYTHONPATH") else ""
    args = argv if argv is not None else sys.argv[1:]
    return prefix + " ".join([".venv/bin/python -m bench.screens_run", *args])


def reads(paths: list[Path]) -> list[str]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(leak.read, paths))


def misses(screens: list[Screen], scores: dict[str, score.ScreenScore], path: Path) -> int:
    rows = []
    for screen in screens:
        for value, (label, ok, share) in zip(screen.values, scores[screen.id].values, strict=True):
            if not ok:
                x0 = min(i.box()[0] for i in value.inks)
                y0 = min(i.box()[1] for i in value.inks)
                x1 = max(i.box()[0] + i.box()[2] for i in value.inks)
                y1 = max(i.box()[1] + i.box()[3] for i in value.inks)
                rows.append(
                    {
                        "image": screen.filename,
                        "label": label,
                        "layout": screen.spec.layout,
                        "box": [x0, y0, x1 - x0, y1 - y0],
                        "lines": len({i.y for i in value.inks}),
                        "covered": round(share, 3),
                        "shape": score.shape(value.text),
                        **report.keys(screen),
                    }
                )
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=catalogue.SPLITS, default="dev")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/out/screens")
    parser.add_argument("--systems", default="scrubdesk,tesseract-presidio")
    parser.add_argument("--errors", action="store_true", help="dev only: write the misses")
    parser.add_argument("--no-cli", action="store_true", help="skip the per-image CLI runs")
    parser.add_argument("--limit", type=int, default=None, help="first N images (a quick look)")
    parser.add_argument("--results", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.errors and args.split != "dev":
        parser.error("--errors is for the dev split only")
    chosen = set(args.systems.split(","))
    out = (args.out / args.split).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    screens = catalogue.screens(args.split, args.limit)
    for screen in screens:
        (out / screen.filename).write_bytes(screen.data)
    print(f"rendered {len(screens)} images into {out}", file=sys.stderr)
    originals = reads([out / s.filename for s in screens])
    seen = {s.id: leak.found(s, text) for s, text in zip(screens, originals, strict=True)}
    result: dict[str, Any] = {
        "split": args.split,
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": command_line(argv),
        "machine": machine(),
        "images": len(screens),
        "values": sum(len(s.values) for s in screens),
        "tokens": sum(len(s.tokens) for s in screens),
        "readable": sum(sum(v) for v in seen.values()),
        "specs": {
            s.id: report.keys(s) | {"size": "x".join(map(str, s.image.size))} for s in screens
        },
    }
    runs: dict[str, dict[str, Any]] = {}
    if "scrubdesk" in chosen:
        runs["scrubdesk"] = systems.scrubdesk(screens, out)
        result["code"] = runs["scrubdesk"]["code"]
        result["commit"] = commit(result["code"])
        result["warm_s"] = runs["scrubdesk"]["warm_s"]
        if not args.no_cli:
            result["cli"] = systems.cli(screens, out)
            result["cli_code"] = systems.cli_code(out)
    if "tesseract-presidio" in chosen:
        runs["presidio"] = systems.presidio(screens, out)
        for s in screens:
            systems.fill(
                s, runs["presidio"]["shots"][s.id]["regions"], out / f"{s.id}.presidio.png"
            )
    result.setdefault("code", "-")
    result.setdefault("commit", "-")
    for name, run in runs.items():
        scores = {s.id: score.score(s, run["shots"][s.id]["regions"]) for s in screens}
        texts = reads([out / f"{s.id}.{name}.png" for s in screens])
        leaks = {s.id: leak.found(s, t) for s, t in zip(screens, texts, strict=True)}
        result[name] = report.summarise(screens, scores, leaks, run["shots"])
        if name == "scrubdesk" and args.errors:
            n = misses(screens, scores, out / "scrubdesk-misses.jsonl")
            print(f"{n} missed values listed in {out / 'scrubdesk-misses.jsonl'}", file=sys.stderr)
    result["wall_s"] = time.perf_counter() - started
    (out / "scores.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    text = report.markdown(result)
    (out / "report.md").write_text(text)
    if args.results is not None:
        report.update_results(args.results, args.split, text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

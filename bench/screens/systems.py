"""The systems measured: ScrubDesk in-process and through its CLI, and Tesseract + Presidio.
Each returns, per screen id, the filled regions ({x, y, w, h}) and seconds; failures are
counted as internal errors, never raised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from bench.screens import leak
from bench.screens.screen import Screen

ROOT = Path(__file__).resolve().parents[2]
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"


def prefer_pythonpath() -> None:
    """`python -m` puts the working directory ahead of PYTHONPATH; a checkout named in
    PYTHONPATH (e.g. an untouched baseline worktree) must supply `desktop` instead."""
    if "desktop" in sys.modules:
        return
    for entry in reversed(os.environ.get("PYTHONPATH", "").split(os.pathsep)):
        if entry and (Path(entry) / "desktop" / "__init__.py").exists():
            sys.path.insert(0, str(Path(entry).resolve()))


def scrubdesk(screens: list[Screen], out: Path) -> dict[str, Any]:
    prefer_pythonpath()
    import desktop
    from desktop.engine.pipeline import Scrubber
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.registry import default_ocr
    from desktop.engine.vision.scrub import scrub_image

    ocr, scrubber = default_ocr("rapidocr"), Scrubber()
    started = time.perf_counter()
    scrub_image(decode_image(screens[0].data), ocr, scrubber, use_model=False)
    warm = time.perf_counter() - started  # model loading + one image, not timed below
    shots: dict[str, Any] = {}
    for screen in screens:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            result = scrub_image(decode_image(screen.data), ocr, scrubber, use_model=False)
        except Exception as exc:  # counted, the run goes on
            shots[screen.id] = {
                "regions": [],
                "seconds": time.perf_counter() - wall,
                "error": type(exc).__name__,
                "where": traceback.extract_tb(exc.__traceback__)[-1].name,
            }
            screen.image.save(out / f"{screen.id}.scrubdesk.png")
            continue
        regions = result.to_json()["regions"]
        shots[screen.id] = {
            "regions": regions,
            "seconds": time.perf_counter() - wall,
            "cpu_seconds": time.process_time() - cpu,
        }
        result.image.save(out / f"{screen.id}.scrubdesk.png")
    return {"warm_s": warm, "shots": shots, "code": str(Path(desktop.__file__).parent)}


def cli_command() -> list[str]:
    """`scrubdesk` itself, or `python -m desktop` where PYTHONPATH points at another checkout
    (the console script would import the installed package instead)."""
    venv = ROOT / ".venv" / "bin"
    if os.environ.get("PYTHONPATH"):
        return [str(venv / "python"), "-m", "desktop"]
    return [str(venv / "scrubdesk")]


def cli_code(cwd: Path) -> str:
    """Where the CLI's `desktop` package comes from (run as the CLI runs)."""
    python = str(ROOT / ".venv" / "bin" / "python")
    done = subprocess.run(
        [python, "-c", "import desktop; print(desktop.__file__)"],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    return done.stdout.strip()


def cli(screens: list[Screen], out: Path) -> dict[str, Any]:
    base = cli_command()
    shots: dict[str, Any] = {}
    log = []
    for screen in screens:
        target = out / f"{screen.id}.cli.png"
        command = [
            *base,
            "scrub-image",
            str(out / screen.filename),
            "-o",
            str(target),
            "--json",
            "--no-llm",
            "--no-vision",
        ]
        started = time.perf_counter()
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=300, check=False, cwd=out
            )
            rc, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired:
            rc, stdout, stderr = -9, "", "timeout"
        seconds = time.perf_counter() - started
        error = rc != 0 or "internal error" in stderr.lower() or "Traceback" in stderr
        entry: dict[str, Any] = {"seconds": seconds, "rc": rc, "error": error}
        try:
            entry["regions"] = len(json.loads(stdout)["regions"])
        except (ValueError, KeyError, TypeError):
            entry["regions"] = None
        shots[screen.id] = entry
        if error:  # stderr goes to a file only (value-free by design, but never to stdout)
            log.append({"id": screen.id, "rc": rc, "stderr_tail": stderr.strip().splitlines()[-3:]})
    (out / "cli-errors.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in log)
    )
    return {
        "command": " ".join(
            [*base, "scrub-image", "IN", "-o", "OUT", "--json", "--no-llm", "--no-vision"]
        ),
        "shots": shots,
    }


def presidio(screens: list[Screen], out: Path) -> dict[str, Any]:
    docs, words_of, seconds = [], {}, {}
    for screen in screens:
        started = time.perf_counter()
        words = leak.words(out / screen.filename)
        seconds[screen.id] = time.perf_counter() - started
        words_of[screen.id] = words
        docs.append({"id": screen.id, "text": " ".join(str(w["text"]) for w in words)})
    docs_path, pred, meta = (
        out / "presidio-docs.jsonl",
        out / "presidio.pred.jsonl",
        out / "presidio.meta.json",
    )
    docs_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [
            str(BENCH_PY),
            "-m",
            "bench.text.runners.presidio",
            "--docs",
            str(docs_path),
            "--out",
            str(pred),
            "--meta",
            str(meta),
            "--nlp",
            "spacy",
        ],
        check=True,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    shots: dict[str, Any] = {}
    for row in map(json.loads, pred.read_text().splitlines()):
        regions, position = [], 0
        for word in words_of[row["id"]]:
            start = position
            end = position = start + len(str(word["text"]))
            position += 1
            if any(s < end and start < e for s, e, _ in row["spans"]):
                regions.append({k: word[k] for k in ("x", "y", "w", "h")})
        shots[row["id"]] = {"regions": regions, "seconds": seconds[row["id"]] + row["seconds"]}
    return {"shots": shots}


def fill(screen: Screen, regions: list[dict[str, Any]], path: Path) -> None:
    from PIL import ImageDraw

    image = screen.image.copy()
    draw = ImageDraw.Draw(image)
    for r in regions:
        draw.rectangle((r["x"], r["y"], r["x"] + r["w"] - 1, r["y"] + r["h"] - 1), fill=(0, 0, 0))
    image.save(path)


if __name__ == "__main__":
    sys.exit("use python -m bench.screens_run")

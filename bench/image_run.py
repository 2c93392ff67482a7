"""Screenshot benchmark: ScrubDesk's fast layer (RapidOCR + pattern detectors) against
Tesseract + Presidio (the approach of presidio-image-redactor), in one run.

    .venv/bin/python -m bench.image_run --images 24 --out bench/out/image

Presidio runs in its own process from .venv-bench (bench/text/runners/presidio.py, spaCy
en_core_web_sm) on the text Tesseract read, words joined by spaces as the image redactor does;
each finding fills the boxes of the words it touches. The leak check re-reads every redacted
image with Tesseract (eng+chi_tra, sparse text) and looks for the original values.
Never prints values; writes scores.json and report.md under --out.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.image_render import Shot, render_shot
from bench.image_score import leaked, score

ROOT = Path(__file__).resolve().parents[1]
BENCH_PY = ROOT / ".venv-bench" / "bin" / "python"


def ours(shots: list[Shot], out: Path) -> dict[str, Any]:
    from desktop.engine.pipeline import Scrubber
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.output import encode_clean
    from desktop.engine.vision.registry import default_ocr
    from desktop.engine.vision.scrub import scrub_image

    ocr, scrubber = default_ocr("rapidocr"), Scrubber()
    started = time.perf_counter()
    scrub_image(decode_image(encode_clean(shots[0].image)), ocr, scrubber, use_model=False)
    warm_s = time.perf_counter() - started  # model loading + first image, untimed below
    results = {}
    for shot in shots:
        data = encode_clean(shot.image)
        wall, cpu = time.perf_counter(), time.process_time()
        result = scrub_image(decode_image(data), ocr, scrubber, use_model=False)
        results[shot.id] = {
            "regions": result.to_json()["regions"],
            "seconds": time.perf_counter() - wall,
            "cpu_seconds": time.process_time() - cpu,
        }
        result.image.save(out / f"{shot.id}.ours.png")
    return {"warm_s": warm_s, "shots": results}


def tesseract_words(path: Path) -> list[dict[str, Any]]:
    """Words and boxes as presidio-image-redactor's TesseractOCR gets them (eng, default psm)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(["tesseract", str(path), "stdout", "tsv"], capture_output=True,
                          text=True, env=env, check=True)  # fmt: skip
    words = []
    for line in done.stdout.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) == 12 and cols[0] == "5" and cols[11].strip():
            x, y, w, h = map(int, cols[6:10])
            words.append({"text": cols[11].strip(), "x": x, "y": y, "w": w, "h": h})
    return words


def presidio(shots: list[Shot], out: Path) -> dict[str, Any]:
    docs, words_of, seconds = [], {}, {}
    for shot in shots:
        path = out / f"{shot.id}.png"
        started = time.perf_counter()
        words = tesseract_words(path)
        seconds[shot.id] = time.perf_counter() - started
        words_of[shot.id] = words
        docs.append({"id": shot.id, "text": " ".join(w["text"] for w in words)})
    docs_path, pred, meta = (
        out / "presidio-docs.jsonl",
        out / "presidio.pred.jsonl",
        out / "presidio.meta.json",
    )
    docs_path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs))
    subprocess.run([str(BENCH_PY), "-m", "bench.text.runners.presidio", "--docs", str(docs_path),
                    "--out", str(pred), "--meta", str(meta), "--nlp", "spacy"],
                   check=True, cwd=ROOT)  # fmt: skip
    results = {}
    for row in map(json.loads, pred.read_text().splitlines()):
        words, regions, position, spans = words_of[row["id"]], [], 0, row["spans"]
        for word in words:
            start, end = position, position + len(word["text"])
            position = end + 1
            label = next((lab for s, e, lab in spans if s < end and start < e), None)
            if label is not None:
                regions.append({k: word[k] for k in ("x", "y", "w", "h")} | {"label": label})
        results[row["id"]] = {"regions": regions, "seconds": seconds[row["id"]] + row["seconds"]}
    return {"shots": results}


def fill(shot: Shot, regions: list[dict[str, int]], path: Path) -> None:
    from PIL import ImageDraw

    image = shot.image.copy()
    draw = ImageDraw.Draw(image)
    for r in regions:
        draw.rectangle((r["x"], r["y"], r["x"] + r["w"] - 1, r["y"] + r["h"] - 1), fill=(0, 0, 0))
    image.save(path)


def read_back(path: Path) -> str:
    from PIL import Image

    from desktop.engine.vision.ocr_tesseract import TesseractEngine

    result = TesseractEngine(psm=11).read(Image.open(path).convert("RGB"))
    return "\n".join(line.text for line in result.lines)


def summarise(shots: list[Shot], system: dict[str, Any], out: Path, tag: str) -> dict[str, Any]:
    totals = {"values": 0, "covered": 0, "tokens": 0, "tokens_covered": 0, "leaked": 0,
              "missed": {}, "groups": {}}  # fmt: skip
    for shot in shots:
        entry = system["shots"][shot.id]
        s = score(shot, entry["regions"])
        totals["values"] += s.values
        totals["covered"] += s.covered
        totals["tokens"] += s.tokens
        totals["tokens_covered"] += s.tokens_covered
        for key in (
            shot.meta["scene"],
            shot.meta["lang"],
            "dark" if shot.meta["dark"] else "light",
        ):
            group = totals["groups"].setdefault(key, [0, 0, 0, 0])  # values, covered, tokens, hit
            group[0] += s.values
            group[1] += s.covered
            group[2] += s.tokens
            group[3] += s.tokens_covered
        for label, n in s.labels_missed.items():
            totals["missed"][label] = totals["missed"].get(label, 0) + n
        redacted = out / f"{shot.id}.{tag}.png"
        if not redacted.exists():
            fill(shot, entry["regions"], redacted)
        totals["leaked"] += leaked(shot, read_back(redacted))[0]
    times = [system["shots"][s.id]["seconds"] for s in shots]
    hd = [system["shots"][s.id]["seconds"] for s in shots if s.image.size == (1920, 1080)]
    cpu = [
        system["shots"][s.id].get("cpu_seconds", 0.0) for s in shots if s.image.size == (1920, 1080)
    ]
    totals |= {
        "value_coverage": totals["covered"] / max(totals["values"], 1),
        "non_pii_covered": totals["tokens_covered"] / max(totals["tokens"], 1),
        "leak_rate": totals["leaked"] / max(totals["values"], 1),
        "seconds_mean": sum(times) / len(times),
        "seconds_1080p_mean": sum(hd) / max(len(hd), 1),
        "seconds_1080p_max": max(hd, default=0.0),
        "cpu_seconds_1080p_mean": sum(cpu) / max(len(cpu), 1),
        "images_1080p": len(hd),
    }
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=24)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/out/image")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    shots = [render_shot(i) for i in range(args.images)]
    for shot in shots:
        shot.image.save(args.out / f"{shot.id}.png")
    readable = 0
    for shot in shots:
        readable += leaked(shot, read_back(args.out / f"{shot.id}.png"))[0]
    report: dict[str, Any] = {
        "images": len(shots),
        "sizes": sorted({f"{s.image.width}x{s.image.height}" for s in shots}),
        "values_readable_by_tesseract_in_originals": readable,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_avg_start": os.getloadavg(),
        },
    }
    started = time.perf_counter()
    mine = ours(shots, args.out)
    report["scrubdesk"] = summarise(shots, mine, args.out, "ours") | {"warm_s": mine["warm_s"]}
    if not args.no_baseline:
        report["presidio"] = summarise(shots, presidio(shots, args.out), args.out, "presidio")
    report["machine"]["load_avg_end"] = os.getloadavg()
    report["wall_s"] = time.perf_counter() - started
    (args.out / "scores.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

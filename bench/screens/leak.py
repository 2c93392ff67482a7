"""The leak check: Tesseract (eng+chi_tra, sparse text, run as its own program so that no
ScrubDesk OCR code is involved) re-reads an image; a value leaks when it appears in that
text, both with whitespace removed and case folded. The same read of the original image
tells how many values the check can see at all."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from bench.screens.screen import Screen


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def read(path: Path) -> str:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(
        ["tesseract", str(path), "stdout", "-l", "eng+chi_tra", "--psm", "11"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    return done.stdout


def found(screen: Screen, text: str) -> list[bool]:
    """For each value of the screen: is it in `text`?"""
    haystack = normalise(text)
    return [normalise(v.text) in haystack for v in screen.values]


def words(path: Path) -> list[dict[str, object]]:
    """Words and boxes as presidio-image-redactor's Tesseract step gets them (eng, default psm)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    done = subprocess.run(["tesseract", str(path), "stdout", "tsv"], capture_output=True,
                          text=True, env=env, check=False)  # fmt: skip
    out = []
    for line in done.stdout.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) == 12 and cols[0] == "5" and cols[11].strip():
            x, y, w, h = map(int, cols[6:10])
            out.append({"text": cols[11].strip(), "x": x, "y": y, "w": w, "h": h})
    return out

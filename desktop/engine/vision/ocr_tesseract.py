"""Tesseract through its command-line program (Debian: tesseract-ocr, tesseract-ocr-chi-tra).

Word boxes come from Tesseract's TSV output; characters inside a word share its box in
proportion to their rough widths. Tesseract's boxes for Chinese are less reliable than
RapidOCR's, which is why it is not the default.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.engine.errors import ModelError
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.ocr_types import (
    CancelFn,
    OcrLine,
    OcrResult,
    spread_over,
    stop_if_cancelled,
)

if TYPE_CHECKING:
    from PIL import Image

NAME = "tesseract"
_TIMEOUT_S = 120


def executable() -> str | None:
    return shutil.which("tesseract")


def installed_languages(program: str) -> set[str]:
    try:
        out = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.strip() for line in out.stdout.splitlines()[1:] if line.strip()}


def is_available() -> bool:
    return executable() is not None


@dataclass(frozen=True)
class _Word:
    key: tuple[int, int, int]  # (block, paragraph, line)
    text: str
    box: Box
    conf: float


class TesseractEngine:
    name = NAME

    def __init__(self, languages: str | None = None, psm: int = 11) -> None:
        # psm 11 ("sparse text") suits screenshots: scattered labels, bubbles and panels.
        program = executable()
        if program is None:
            raise ModelError("Tesseract is not installed (Debian: apt-get install tesseract-ocr)")
        self.program = program
        if languages is None:
            have = installed_languages(program)
            wanted = [lang for lang in ("eng", "chi_tra") if lang in have]
            languages = "+".join(wanted) or "eng"
        self.languages = languages
        self.psm = psm

    def read(self, image: Image.Image, cancel: CancelFn | None = None) -> OcrResult:
        stop_if_cancelled(cancel)
        started = time.perf_counter()
        tsv = self._run(image)
        lines = _lines_from_words(_parse_tsv(tsv))
        timings = {"tesseract": time.perf_counter() - started}
        return OcrResult(tuple(lines), image.width, image.height, NAME, timings)

    def _run(self, image: Image.Image) -> str:
        env = dict(os.environ, OMP_THREAD_LIMIT="1")  # its threads only slow a shared machine
        with tempfile.TemporaryDirectory(prefix="scrubdesk-ocr-") as folder:
            path = Path(folder) / "in.png"
            image.convert("RGB").save(path, "PNG")
            command = [self.program, str(path), "stdout", "-l", self.languages]
            command += ["--psm", str(self.psm), "-c", "preserve_interword_spaces=1", "tsv"]
            try:
                done = subprocess.run(
                    command, capture_output=True, timeout=_TIMEOUT_S, check=False, env=env
                )
            except subprocess.TimeoutExpired:
                raise ModelError("Tesseract took too long") from None
            except OSError as exc:
                raise ModelError(f"Tesseract could not run ({exc.strerror})") from None
        if done.returncode != 0:
            raise ModelError(f"Tesseract failed (exit {done.returncode})")
        return done.stdout.decode("utf-8", errors="replace")


def _parse_tsv(tsv: str) -> list[_Word]:
    words = []
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        try:
            left, top = int(row["left"]), int(row["top"])
            width, height = int(row["width"]), int(row["height"])
            conf = float(row["conf"])
            key = (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))
        except (KeyError, TypeError, ValueError):
            continue
        words.append(_Word(key, text, Box(left, top, left + width, top + height), conf))
    return words


def _lines_from_words(words: list[_Word]) -> list[OcrLine]:
    grouped: dict[tuple[int, int, int], list[_Word]] = {}
    for word in words:
        grouped.setdefault(word.key, []).append(word)
    lines = []
    for members in grouped.values():
        members.sort(key=lambda w: w.box.x0)
        text_parts: list[str] = []
        extents: list[tuple[float, float]] = []
        for index, word in enumerate(members):
            if index:
                # Tesseract splits CJK into one "word" per character: no space between those.
                gap_start = members[index - 1].box.x1
                if _needs_space(members[index - 1].text, word.text):
                    text_parts.append(" ")
                    extents.append((gap_start, max(gap_start, word.box.x0)))
            text_parts.append(word.text)
            extents.extend(spread_over(word.text, word.box.x0, word.box.x1))
        box = members[0].box
        for word in members[1:]:
            box = box.union(word.box)
        conf = sum(w.conf for w in members) / len(members) / 100.0
        lines.append(OcrLine("".join(text_parts), box, tuple(extents), max(conf, 0.0)))
    lines.sort(key=lambda line: (line.box.y0, line.box.x0))
    return lines


def _needs_space(before: str, after: str) -> bool:
    return not (_is_cjk(before[-1]) or _is_cjk(after[0]))


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFF60

"""Scoring a redacted screenshot against the renderer's ground truth.

- value covered: >= 98% of the ink pixels of a personal-data value lie inside filled regions
  (a value wrapped over two lines counts as one value);
- non-PII covered: share of the other tokens (a Latin word or number, or one CJK character)
  with >= 50% of their ink inside filled regions;
- leak: the value (spaces removed, case folded) appears in what Tesseract reads from the
  redacted image; the same read of the original tells how many values the check can see at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bench.image_render import FONTS, Run, Shot

INK_LEVEL = 96
_TOKEN = re.compile(r"[A-Za-z0-9@._%+\-/:#$,']+|[^\sA-Za-z0-9]")


@dataclass
class Ink:
    x: int
    y: int
    mask: np.ndarray  # bool, the ink of one run or token


def ink_of(run: Run, text: str | None = None, offset: float = 0.0) -> Ink | None:
    path, index = FONTS[run.font]
    font = ImageFont.truetype(path, run.size, index=index)
    text = run.text if text is None else text
    left, top, right, bottom = font.getbbox(text)
    if right <= left or bottom <= top:
        return None
    patch = Image.new("L", (right - left + 2, bottom - top + 2), 0)
    ImageDraw.Draw(patch).text((-left + 1, -top + 1), text, font=font, fill=255)
    mask = np.asarray(patch) > INK_LEVEL
    return Ink(round(run.xy[0] + offset) + left - 1, run.xy[1] + top - 1, mask)


def tokens_of(run: Run) -> list[Ink]:
    path, index = FONTS[run.font]
    font = ImageFont.truetype(path, run.size, index=index)
    found = []
    for match in _TOKEN.finditer(run.text):
        ink = ink_of(run, match.group(), font.getlength(run.text[: match.start()]))
        if ink is not None and ink.mask.any():
            found.append(ink)
    return found


def covered_share(ink: Ink, covered: np.ndarray) -> float:
    h, w = covered.shape
    ys, xs = np.nonzero(ink.mask)
    ys, xs = ys + ink.y, xs + ink.x
    inside = (ys >= 0) & (ys < h) & (xs >= 0) & (xs < w)
    if not inside.any():
        return 1.0
    return float(covered[ys[inside], xs[inside]].mean())


def covered_mask(size: tuple[int, int], regions: list[dict[str, int]]) -> np.ndarray:
    covered = np.zeros((size[1], size[0]), dtype=bool)
    for r in regions:
        covered[max(0, r["y"]) : r["y"] + r["h"], max(0, r["x"]) : r["x"] + r["w"]] = True
    return covered


def values_of(shot: Shot) -> dict[str, list[Run]]:
    """Each personal-data value with the runs that draw it (a wrapped value has several)."""
    values: dict[str, list[Run]] = {}
    pending: list[Run] = []
    for run in shot.runs:
        if run.label is None:
            if pending:
                values.setdefault(_key(pending), pending)
                pending = []
            continue
        if pending and pending[-1].label != run.label:
            values.setdefault(_key(pending), pending)
            pending = []
        pending.append(run)
    if pending:
        values.setdefault(_key(pending), pending)
    return values


def _key(runs: list[Run]) -> str:
    return f"{runs[0].label}:{runs[0].xy}:{''.join(r.text for r in runs)}"


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@dataclass
class ShotScore:
    values: int
    covered: int
    labels_missed: dict[str, int]
    tokens: int
    tokens_covered: int


def score(shot: Shot, regions: list[dict[str, int]]) -> ShotScore:
    covered = covered_mask(shot.image.size, regions)
    n_values = n_covered = 0
    missed: dict[str, int] = {}
    for runs in values_of(shot).values():
        inks = [ink for ink in (ink_of(r) for r in runs) if ink is not None]
        total = sum(int(i.mask.sum()) for i in inks)
        hit = sum(covered_share(i, covered) * int(i.mask.sum()) for i in inks)
        n_values += 1
        if total and hit / total >= 0.98:
            n_covered += 1
        else:
            label = str(runs[0].label)
            missed[label] = missed.get(label, 0) + 1
    tokens = [t for run in shot.runs if run.label is None for t in tokens_of(run)]
    tokens_hit = sum(covered_share(t, covered) >= 0.5 for t in tokens)
    return ShotScore(n_values, n_covered, missed, len(tokens), tokens_hit)


def leaked(shot: Shot, ocr_text: str) -> tuple[int, int]:
    """(values found in this OCR text, values checked)."""
    text = normalise(ocr_text)
    names = ["".join(r.text for r in runs) for runs in values_of(shot).values()]
    return sum(normalise(n) in text for n in names), len(names)

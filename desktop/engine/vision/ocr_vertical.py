"""Vertical text: a column of upright characters, one under the other (vertical UI labels, a
CJK column of a table, a 60 x 1440 strip). The detector finds such a column as one tall box;
the recogniser reads rows only, so the column is cut into its characters here and they are
laid side by side into one row, which the recogniser reads as usual. Each character it reads
is then mapped back to the character image it came from, so every character of the result
keeps its own y range (`VerticalLine.char_y`).

The column's glyphs and the row come from ocr_glyphs. Before reading, a column's box is grown
along its ink (the detector leaves parts of a column out, digits most often, and detection
tiles cut it in pieces), and a column is split into lines at wide gaps; each line is an
`OcrLine` (a `VerticalLine`) whose `char_x` spans the column and whose `char_y` gives each
character's rows, so the mapper covers a value with the width of the column and the height of
its own characters.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.engine.vision.geometry import Box
from desktop.engine.vision.ocr_glyphs import (
    Glyph,
    breaks_of,
    difference,
    glyphs,
    ink,
    ink_level,
    row_of,
)
from desktop.engine.vision.ocr_tiles import background_colour
from desktop.engine.vision.ocr_types import OcrLine

if TYPE_CHECKING:
    import numpy as np

TALL = 1.6  # a detected box this many times taller than wide may be a column (3 CJK: ~2.4)
MIN_WIDTH = 6  # a column's glyphs are at least this many pixels wide (narrower: "!", "i")

Extents = tuple[tuple[float, float], ...]
# A row image -> (text, score, the x extent of every character in that image)
RowReader = Callable[["np.ndarray"], tuple[str, float, Extents]]


@dataclass(frozen=True)
class VerticalLine(OcrLine):
    """A line of a column. `char_x[i]` spans the column; `char_y[i]` is the (top, bottom) pixel
    extent of `text[i]` in image coordinates."""

    char_y: Extents = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        if len(self.char_y) != len(self.text):
            raise ValueError("char_y needs one extent per character")


def is_column(box: Box) -> bool:
    return box.height >= TALL * box.width > 0


def columns(bgr: np.ndarray, boxes: list[Box]) -> list[Box]:
    """`boxes` with every column grown along its ink (the detector leaves out parts of a
    column, digits most often, and detection tiles cut it) and the pieces of one column made
    one box. Other boxes are kept as they are, in their order, unless they lie inside a
    column (a piece of it that came out short)."""
    grown = [_grown(bgr, box) if is_column(box) else None for box in boxes]
    merged: list[Box] = []
    for column in grown:
        while column is not None and (
            hit := next((m for m in merged if _same_column(column, m)), None)
        ):
            merged.remove(hit)
            column = column.union(hit)
        if column is not None:
            merged.append(column)
    if not merged:
        return boxes
    out: list[Box] = []
    for box, column in zip(boxes, grown, strict=True):
        if column is not None:
            home = next(m for m in merged if m.intersection(column) == column)
            if home not in out:
                out.append(home)
        elif not any(_inside(box, m) for m in merged):
            out.append(box)
    return out


def _same_column(a: Box, b: Box) -> bool:
    shared = min(a.x1, b.x1) - max(a.x0, b.x0)
    return shared >= 0.5 * min(a.width, b.width) and a.y0 <= b.y1 and b.y0 <= a.y1


def _inside(box: Box, column: Box) -> bool:
    return box.intersection(column).area >= 0.7 * box.area and box.width <= 1.6 * column.width


def _grown(bgr: np.ndarray, box: Box) -> Box:
    """`box` extended up and down over the ink that continues it: each next glyph at most a
    glyph width away, and within the box's own x range (ink reaching past it belongs to
    something wider, e.g. a line of text under a vertical label)."""
    import numpy as np

    crop = bgr[box.y0 : box.y1, box.x0 : box.x1]
    background = background_colour(crop)
    level = ink_level(crop, background)
    cols = np.flatnonzero((difference(crop, background) > level).any(axis=0))
    if cols.size == 0:
        return box
    reach = round(1.5 * (cols[-1] - cols[0] + 1))  # 1.5 widths of the widest glyph
    pad = max(2, reach // 4)
    x0, x1 = max(0, box.x0 - pad), min(bgr.shape[1], box.x1 + pad)
    mask: np.ndarray = difference(bgr[:, x0:x1], background) > level
    inked = np.asarray(mask.any(axis=1), dtype=bool)
    wider = np.asarray(mask[:, 0] | mask[:, -1], dtype=bool)
    rows = np.flatnonzero(inked[box.y0 : box.y1])
    if rows.size == 0:
        return box
    top, bottom = box.y0 + int(rows[0]), box.y0 + int(rows[-1])
    top = _extend(inked, wider, top, -1, reach)
    bottom = _extend(inked, wider, bottom, +1, reach)
    return Box(box.x0, min(box.y0, top - pad), box.x1, max(box.y1, bottom + 1 + pad)).clipped(
        bgr.shape[1], bgr.shape[0]
    )


def _extend(inked: np.ndarray, wider: np.ndarray, y: int, step: int, reach: int) -> int:
    """The last ink row reached from row `y` going in `step`, across gaps of at most `reach`."""
    end, blank = y, 0
    y += step
    while 0 <= y < len(inked) and blank <= reach:
        if wider[y]:
            break
        if inked[y]:
            end, blank = y, 0
        else:
            blank += 1
        y += step
    return end


def read_column(
    bgr: np.ndarray, box: Box, read_row: RowReader
) -> tuple[list[VerticalLine], float] | None:
    """The column in `box` read character by character: its lines (one per run of characters
    without a wide gap) and the recogniser's score; None if the box holds no column of single
    characters."""
    crop = bgr[box.y0 : box.y1, box.x0 : box.x1]
    background = background_colour(crop)
    found, labels = glyphs(ink(crop, background))
    if len(found) < 2:
        return None
    width = max(g.width for g in found)
    heights = sorted(g.height for g in found)
    height = heights[len(heights) // 2]
    if width < MIN_WIDTH or not 0.55 * width <= height <= 1.8 * width:
        return None
    row, spans = row_of(crop, labels, found, background, width, height)
    text, score, extents = read_row(row)
    return _lines(box, found, spans, text, extents, height, score), score


def _lines(
    box: Box,
    found: list[Glyph],
    spans: list[tuple[int, int]],
    text: str,
    extents: Extents,
    height: int,
    score: float,
) -> list[VerticalLine]:
    """Every character read mapped to the glyph whose span holds its centre; one line per run
    of glyphs between wide gaps. Spaces the recogniser puts between glyphs are dropped."""
    owner: dict[int, list[str]] = {}
    for char, (a, b) in zip(text, extents, strict=True):
        if char.isspace():
            continue
        centre = (a + b) / 2
        index = min(range(len(spans)), key=lambda j: _distance(spans[j], centre))
        owner.setdefault(index, []).append(char)
    breaks = breaks_of(found, height)
    starts = [0, *sorted(breaks), len(found)]
    margin = round(0.25 * height)
    lines = []
    for first, stop in itertools.pairwise(starts):
        chars: list[str] = []
        ys: list[tuple[float, float]] = []
        for index in range(first, stop):
            read = owner.get(index, [])
            g = found[index]
            step = g.height / max(len(read), 1)
            for k, char in enumerate(read):
                chars.append(char)
                ys.append((box.y0 + g.y0 + k * step, box.y0 + g.y0 + (k + 1) * step))
        if not chars:
            continue
        top = max(box.y0, box.y0 + found[first].y0 - margin)
        bottom = min(box.y1, box.y0 + found[stop - 1].y1 + margin)
        span = Box(box.x0, top, box.x1, bottom)
        xs = tuple((float(box.x0), float(box.x1)) for _ in chars)
        lines.append(VerticalLine("".join(chars), span, xs, score, tuple(ys)))
    return lines


def _distance(span: tuple[int, int], x: float) -> float:
    return 0.0 if span[0] <= x < span[1] else min(abs(x - span[0]), abs(x - span[1]))

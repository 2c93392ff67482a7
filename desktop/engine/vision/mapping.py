"""Text findings -> pixel boxes: each span becomes one box per line it touches (a value wrapped
over two lines gets two boxes), snapped to the ink and padded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.engine.types import Span
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.ink import snap_box, snap_column_box
from desktop.engine.vision.layout import LinePart, OcrText

if TYPE_CHECKING:
    import numpy as np

PAD_X = 0.08  # padding around a snapped box, in line heights (at least MIN_PAD pixels)
PAD_Y = 0.06
MIN_PAD = 2


@dataclass(frozen=True)
class SpanBox:
    span: Span
    box: Box


def span_boxes(
    rgb: np.ndarray, document: OcrText, spans: Iterable[Span], *, snap: bool = True
) -> list[SpanBox]:
    height, width = rgb.shape[:2]
    found = []
    for span in spans:
        for part in document.parts(span.start, span.end):
            box = part_box(rgb, document, part, snap=snap)
            if box is not None:
                found.append(SpanBox(span, box.clipped(width, height)))
    return [item for item in found if not item.box.empty]


def part_box(rgb: np.ndarray, document: OcrText, part: LinePart, *, snap: bool) -> Box | None:
    line = document.lines[part.line]
    text = line.text
    start, end = part.start, part.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    char_y = getattr(line, "char_y", ())
    if char_y:  # a column of vertical text: the value's own characters, not the whole line
        top, bottom = char_y[start][0], char_y[end - 1][1]
        raw = Box(line.box.x0, int(top), line.box.x1, max(round(bottom), int(top) + 1))
        # A character's rows are estimates (two read from one glyph share it; a bracket is
        # taller than a digit): its ends move out to the blank rows between glyphs.
        box = snap_column_box(rgb, raw, line.box) if snap else raw
        pad = max(MIN_PAD, round(PAD_Y * line.box.width))
        return box.padded(pad, pad)
    x0 = line.char_x[start][0]
    x1 = line.char_x[end - 1][1]
    raw = Box(int(x0), line.box.y0, max(round(x1), int(x0) + 1), line.box.y1)
    box = snap_box(rgb, raw, line.box) if snap else raw
    h = line.box.height
    return box.padded(max(MIN_PAD, round(PAD_X * h)), max(MIN_PAD, round(PAD_Y * h)))

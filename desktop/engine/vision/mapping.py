"""From text findings to pixel boxes: the OCR lines are joined into one text (a newline between
lines), the text detectors run on it, and each finding's character range becomes one box per
line it touches, from the characters' pixel extents, padded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.types import Source, Span
from desktop.engine.vision.geometry import Box, Region
from desktop.engine.vision.ocr_types import OcrLine, OcrResult


@dataclass(frozen=True)
class OcrText:
    """The OCR lines as one text, and where each line starts in it."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[OcrLine, ...]


def join_lines(result: OcrResult) -> OcrText:
    # Reading order: top to bottom, then left to right, so a value split over two lines
    # (an address, a long key) reads as one run of text.
    lines = sorted(result.lines, key=lambda line: (line.box.y0, line.box.x0))
    starts, parts, position = [], [], 0
    for line in lines:
        starts.append(position)
        parts.append(line.text)
        position += len(line.text) + 1
    return OcrText("\n".join(parts), tuple(starts), tuple(lines))


def pad_for(line: OcrLine) -> tuple[int, int]:
    """Padding that covers anti-aliasing and the recogniser's small position errors."""
    return max(2, round(line.box.height * 0.15)), max(1, round(line.box.height * 0.1))


def span_boxes(ocr: OcrText, span: Span) -> list[Box]:
    """One box per OCR line that the span's characters fall on."""
    boxes = []
    for line, start in zip(ocr.lines, ocr.starts, strict=True):
        lo, hi = max(span.start, start), min(span.end, start + len(line.text))
        if lo >= hi:
            continue
        extents = [
            line.char_x[i - start] for i in range(lo, hi) if not line.text[i - start].isspace()
        ]
        if not extents:
            continue
        dx, dy = pad_for(line)
        x0 = min(left for left, _ in extents)
        x1 = max(right for _, right in extents)
        boxes.append(Box(int(x0), line.box.y0, round(x1 + 0.5), line.box.y1).padded(dx, dy))
    return boxes


def regions_for(ocr: OcrText, spans: Iterable[Span], width: int, height: int) -> list[Region]:
    regions = []
    for span in spans:
        for box in span_boxes(ocr, span):
            clipped = box.clipped(width, height)
            if not clipped.empty:
                regions.append(Region(clipped, span.label, Source.OCR, str(span.source)))
    return regions

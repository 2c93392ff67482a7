"""Snapping estimated text edges to the ink, so a fill covers whole glyphs and stops in the gap
before the next one. OCR engines give character positions to within a few pixels; glyphs have
blank columns around them, so the nearest blank column is the true edge. Search outward first
(a fill that is a little too wide is safe) and only a short way inward (CJK glyphs have blank
columns inside them too: 川, 八, 小).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.engine.vision.geometry import Box

if TYPE_CHECKING:
    import numpy as np

INK_DELTA = 40  # a pixel is ink when a channel differs this much from the line's background
OUTWARD = 0.5  # how far to look outward for a blank column, in line heights
INWARD = 0.12  # how far to look inward
VERTICAL = 0.35  # how far to grow a box up or down while the rows next to it hold ink


def ink_mask(pixels: np.ndarray) -> np.ndarray:
    """True where a pixel of this (small, one-line) patch differs from its background."""
    import numpy as np

    flat = pixels.reshape(-1, pixels.shape[-1])
    background = np.median(flat, axis=0)
    delta = np.abs(pixels.astype(np.int16) - background.astype(np.int16)).max(axis=-1)
    mask: np.ndarray = delta > INK_DELTA
    return mask


def snap_box(rgb: np.ndarray, box: Box, line: Box) -> Box:
    """`box` (inside `line`) with its left and right edges moved to blank columns and its top and
    bottom grown to cover ink that spills out of the line box."""
    import numpy as np

    height, width = rgb.shape[:2]
    h = max(line.height, 1)
    reach = int(OUTWARD * h) + 2
    x_lo, x_hi = max(0, box.x0 - reach), min(width, box.x1 + reach)
    band = rgb[line.y0 : line.y1, x_lo:x_hi]
    if band.size == 0:
        return box
    columns = np.asarray(ink_mask(band).any(axis=0), dtype=bool)
    left = _snap(columns, box.x0 - x_lo, -1, h) + x_lo
    right = _snap(columns, box.x1 - 1 - x_lo, +1, h) + x_lo + 1
    top, bottom = _grow_rows(rgb, Box(left, line.y0, right, line.y1), h, height)
    return Box(left, top, max(right, left + 1), bottom)


def snap_column_box(rgb: np.ndarray, box: Box, column: Box) -> Box:
    """`box` (inside a column of vertical text) with its top and bottom moved to blank rows: the
    same search as `snap_box` across a row of glyphs, turned on its side (a character's size is
    the column's width)."""
    import numpy as np

    height = rgb.shape[0]
    w = max(column.width, 1)
    reach = int(OUTWARD * w) + 2
    y_lo, y_hi = max(0, box.y0 - reach), min(height, box.y1 + reach)
    band = rgb[y_lo:y_hi, column.x0 : column.x1]
    if band.size == 0:
        return box
    rows = np.asarray(ink_mask(band).any(axis=1), dtype=bool)
    top = _snap(rows, box.y0 - y_lo, -1, w) + y_lo
    bottom = _snap(rows, box.y1 - 1 - y_lo, +1, w) + y_lo + 1
    return Box(box.x0, top, box.x1, max(bottom, top + 1))


def _snap(columns: np.ndarray, start: int, outward: int, h: int) -> int:
    """The nearest blank column to `start`: outward up to OUTWARD*h, inward up to INWARD*h."""
    size = len(columns)
    start = min(max(start, 0), size - 1)
    if not columns[start]:
        return start
    out_limit, in_limit = int(OUTWARD * h) + 1, int(INWARD * h)
    for step in range(1, max(out_limit, in_limit) + 1):
        candidate = start + outward * step
        if step <= out_limit and 0 <= candidate < size and not columns[candidate]:
            return candidate
        candidate = start - outward * step
        if step <= in_limit and 0 <= candidate < size and not columns[candidate]:
            return candidate
    return min(max(start + outward * out_limit, 0), size - 1)


def _grow_rows(rgb: np.ndarray, box: Box, h: int, image_height: int) -> tuple[int, int]:
    """Move the top up and the bottom down while the row just outside still holds ink."""
    import numpy as np

    limit = int(VERTICAL * h)
    y_lo, y_hi = max(0, box.y0 - limit), min(image_height, box.y1 + limit)
    patch = rgb[y_lo:y_hi, box.x0 : box.x1]
    if patch.size == 0:
        return box.y0, box.y1
    rows = np.asarray(ink_mask(patch).any(axis=1), dtype=bool)
    # Grow only where a glyph is cut by the box edge, not into a neighbouring line's ink.
    top = box.y0 - y_lo
    if top < len(rows) and rows[top]:
        while top > 0 and rows[top - 1]:
            top -= 1
    bottom = box.y1 - y_lo
    if 0 < bottom <= len(rows) and rows[bottom - 1]:
        while bottom < len(rows) and rows[bottom]:
            bottom += 1
    return top + y_lo, bottom + y_lo

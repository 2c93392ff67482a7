"""The pieces of a screenshot that RapidOCR is handed, shaped so that it can read any of them.

RapidOCR resizes whatever it is given: a side shorter than its `min_side_len` is scaled up and
then rounded to a multiple of 32, so a 7 px tall crop (a line cut by the bottom edge of a thin
strip) or a 10 px wide one (a lone "1") rounds to 0 and fails with ResizeImgError. Detection
tiles and recognition crops are therefore padded here, never stretched, to sizes RapidOCR
accepts as they are: at least `MIN_SIDE` a side, detection tiles to multiples of 32.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.engine.vision.geometry import Box

if TYPE_CHECKING:
    import numpy as np

MIN_SIDE = 16  # RapidOCR's Global.min_side_len: shorter sides are resized (and may round to 0)
MIN_DET_HEIGHT = 96  # shorter tiles are padded (with their own edge pixels) for detection
INK_LEVEL = 20  # how far (in any channel) from the background colour a pixel counts as ink
INK_MARGIN = 24  # pixels of background kept around the ink, for the detector's context


def tiles(image: np.ndarray, tile: int, overlap: int) -> list[tuple[int, int, np.ndarray]]:
    """Overlapping tiles of at most `tile` pixels a side, cropped to their ink. The detector
    squeezes global context (squeeze-and-excitation pooling), so on a large, mostly blank image
    its text scores fade: one short line on a blank 2400x1400 screen, or in a blank 1280x1280
    tile, gives no box at all. Small tiles find it. The fewest tiles that fit are spread evenly
    (a 1080 px side gets two of 604, not two of 768 sharing 456), and each is cut down to the
    part that is not plain background: blank margins cost detection time and find nothing."""
    height, width = image.shape[:2]

    def spans(size: int) -> list[tuple[int, int]]:
        if size <= tile:
            return [(0, size)]
        count = -(-(size - overlap) // (tile - overlap))
        length = -(-(size + (count - 1) * overlap) // count)
        step = (size - length) / (count - 1)
        return [(round(i * step), round(i * step) + length) for i in range(count)]

    found = []
    for y0, y1 in spans(height):
        for x0, x1 in spans(width):
            inked = ink_bounds(image[y0:y1, x0:x1])
            if inked is None:
                continue
            ix0, iy0, ix1, iy1 = inked
            found.append((x0 + ix0, y0 + iy0, image[y0 + iy0 : y0 + iy1, x0 + ix0 : x0 + ix1]))
    return found


def ink_bounds(tile: np.ndarray) -> tuple[int, int, int, int] | None:
    """The box (x0, y0, x1, y1) around every pixel that differs from the tile's background (its
    most common colour), widened by a margin; None for a tile of plain background."""
    import numpy as np

    background = background_colour(tile)
    ink = (np.abs(tile.astype(np.int16) - background).max(axis=2)) > INK_LEVEL
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return None
    height, width = ink.shape
    return (
        max(0, int(cols[0]) - INK_MARGIN),
        max(0, int(rows[0]) - INK_MARGIN),
        min(width, int(cols[-1]) + 1 + INK_MARGIN),
        min(height, int(rows[-1]) + 1 + INK_MARGIN),
    )


def background_colour(pixels: np.ndarray) -> np.ndarray:
    """The most common colour of an (H, W, 3) patch, on a coarse grid of 32 levels a channel."""
    import numpy as np

    coarse = pixels[::4, ::4].reshape(-1, 3).astype(np.int32) // 8
    packed = np.bincount((coarse[:, 0] << 10) | (coarse[:, 1] << 5) | coarse[:, 2]).argmax()
    colour: np.ndarray = np.array([(packed >> 10) & 31, (packed >> 5) & 31, packed & 31]) * 8 + 4
    return colour


def pad_for_detection(tile: np.ndarray) -> tuple[np.ndarray, int]:
    """The tile padded with its own edge to at least MIN_DET_HEIGHT tall (centred: the detector
    misses text on strips much flatter than that) and to multiples of 32 a side (RapidOCR would
    stretch it to fit, which squashes the text and shrinks its boxes); and the top padding."""
    import cv2

    height, width = tile.shape[:2]
    top = max(0, (MIN_DET_HEIGHT - height + 1) // 2)
    bottom = -(height + 2 * top) % 32 + top
    right = -width % 32
    if top or bottom or right:
        tile = cv2.copyMakeBorder(tile, top, bottom, 0, right, cv2.BORDER_REPLICATE)
    return tile, top


def pad_for_recognition(crop: np.ndarray) -> tuple[np.ndarray, int, int]:
    """A line crop padded with its background colour to at least MIN_SIDE a side, so RapidOCR
    never resizes it before the recogniser does; and the left and right padding (the
    recogniser's columns span the padded width). The background, not the edge: a line cut by
    the image edge would be smeared into stripes."""
    import cv2

    height, width = crop.shape[:2]
    grow_y = max(0, MIN_SIDE - height)
    grow_x = max(0, MIN_SIDE - width)
    if not grow_y and not grow_x:
        return crop, 0, 0
    colour = tuple(int(v) for v in background_colour(crop))
    top, left = grow_y // 2, grow_x // 2
    padded = cv2.copyMakeBorder(
        crop, top, grow_y - top, left, grow_x - left, cv2.BORDER_CONSTANT, value=colour
    )
    return padded, left, grow_x - left


def merge_rows(boxes: list[Box]) -> list[Box]:
    """Join the pieces of a line that tiles cut apart: boxes that touch or overlap and share
    most of their height."""
    merged: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b.x0, b.y0)):
        for index, other in enumerate(merged):
            shared = min(box.y1, other.y1) - max(box.y0, other.y0)
            touching = box.x0 <= other.x1 + 2 and other.x0 <= box.x1 + 2
            if touching and shared >= 0.6 * min(box.height, other.height):
                merged[index] = other.union(box)
                break
        else:
            merged.append(box)
    return merged

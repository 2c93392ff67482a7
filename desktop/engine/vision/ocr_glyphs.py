"""Cutting a column of upright characters into its glyphs, and laying them side by side in
one row for the recogniser (ocr_vertical reads columns with these).

Characters are found from the ink: connected components that share most of their rows make
one glyph (a CJK character's left and right parts, a digit), pieces stacked with a gap are
joined while they fit in one character's height and neither is a whole narrow glyph already
(二, the dot of 文, the two dots of ：; but not the comma under a digit), and a piece too tall
for one character (glyphs that touch) is cut where each piece gets the height of a character
of its width, crossing little ink. Each glyph is copied by its own pixels, so a parenthesis
that overlaps the digit next to it stays apart.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.engine.vision.ocr_tiles import INK_LEVEL, MIN_SIDE

if TYPE_CHECKING:
    import numpy as np

INK_SHARE = 0.45  # a pixel is ink when it differs by this share of the column's contrast
SAME_GLYPH = 0.6  # components sharing this share of the shorter one's rows are one glyph
FIT = 1.25  # stacked pieces are joined while they fit in this many character heights ...
WHOLE = (0.7, 0.75)  # ... unless one is a whole narrow glyph: this tall, under this wide
CUT = 1.75  # a piece taller than this many digit heights holds several: "(" is 1.5, "12" 2.1
BREAK = 0.9  # a gap of more than this many character heights ends a line of the column ...
STEP = 1.6  # ... when the step from glyph to glyph is also this many times the usual one


@dataclass
class Glyph:
    y0: int
    y1: int
    x0: int
    x1: int
    labels: set[int]  # connected components whose pixels (in rows y0..y1) are this glyph's
    cut: bool = False  # cut from glyphs that touch

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    @property
    def width(self) -> int:
        return self.x1 - self.x0


def difference(pixels: np.ndarray, background: np.ndarray) -> np.ndarray:
    """Each pixel's largest channel difference from the background."""
    import numpy as np

    delta: np.ndarray = np.abs(pixels.astype(np.int16) - background.astype(np.int16)).max(axis=2)
    return delta


def ink(pixels: np.ndarray, background: np.ndarray) -> np.ndarray:
    """True where a pixel is glyph ink: its difference from the background is at least a share
    of the strongest differences (anti-aliased fringes and JPEG noise stay out)."""
    delta = difference(pixels, background)
    mask: np.ndarray = delta > _level(delta)
    return mask


def ink_level(pixels: np.ndarray, background: np.ndarray) -> float:
    return _level(difference(pixels, background))


def _level(delta: np.ndarray) -> float:
    import numpy as np

    strong = delta[delta > INK_LEVEL]
    return max(INK_LEVEL, INK_SHARE * float(np.percentile(strong, 95))) if strong.size else 255.0


def glyphs(mask: np.ndarray) -> tuple[list[Glyph], np.ndarray]:
    """The characters of a column's ink mask, top to bottom, and the component label image."""
    import cv2
    import numpy as np

    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        mask.astype(np.uint8), connectivity=8
    )
    parts = [
        Glyph(int(y), int(y + h), int(x), int(x + w), {i})
        for i, (x, y, w, h, area) in enumerate(stats[1:count].tolist(), start=1)
        if area >= 2
    ]
    parts.sort(key=lambda g: g.y0)
    found: list[Glyph] = []
    for part in parts:  # components sharing most of their rows: one glyph
        for glyph in found:
            shared = min(glyph.y1, part.y1) - max(glyph.y0, part.y0)
            if shared >= SAME_GLYPH * min(glyph.height, part.height):
                _absorb(glyph, part)
                break
        else:
            found.append(part)
    found.sort(key=lambda g: g.y0)
    if not found:
        return [], labels
    width = max(g.width for g in found)
    return _join(_cut_tall(found, labels, width), width), labels


def _absorb(glyph: Glyph, other: Glyph) -> None:
    glyph.y0, glyph.y1 = min(glyph.y0, other.y0), max(glyph.y1, other.y1)
    glyph.x0, glyph.x1 = min(glyph.x0, other.x0), max(glyph.x1, other.x1)
    glyph.labels |= other.labels


def _cut_tall(found: list[Glyph], labels: np.ndarray, width: int) -> list[Glyph]:
    """Pieces too tall for one character (glyphs that touch) cut into characters. A CJK
    character is about as tall as it is wide, a digit about 0.8 of a CJK character (in a
    column without CJK: 1.35 times the widest glyph)."""
    square = sorted(
        g.width
        for g in found
        if g.width >= WHOLE[1] * width and 0.6 * g.width <= g.height <= 1.15 * g.width
    )
    digit = 0.8 * square[len(square) // 2] if square else 1.35 * width
    return [
        p for g in found for p in (_cut(g, labels, width, digit) if g.height > CUT * digit else [g])
    ]


def _cut(glyph: Glyph, labels: np.ndarray, width: int, digit: float) -> list[Glyph]:
    """`glyph` cut into characters where the cuts cross the least ink and each piece is as
    tall as a character of its width (a wide piece a CJK character, a narrow one a digit)."""
    import numpy as np

    own = np.isin(labels[glyph.y0 : glyph.y1, glyph.x0 : glyph.x1], list(glyph.labels))
    profile = own.sum(axis=1)
    left = np.where(own.any(axis=1), own.argmax(axis=1), own.shape[1]).tolist()
    right = np.where(own.any(axis=1), own.shape[1] - own[:, ::-1].argmax(axis=1), 0).tolist()
    ink_at = (profile / max(1, int(profile.max()))).tolist()
    size = len(profile)
    shortest, longest = max(2, round(0.4 * digit)), max(3, round(1.3 * width))
    best = [0.0] + [float("inf")] * size
    back = [0] * (size + 1)
    for a in range(size):
        if best[a] == float("inf"):
            continue
        x0, x1 = own.shape[1], 0
        for b in range(a + 1, min(size, a + longest) + 1):
            x0, x1 = min(x0, left[b - 1]), max(x1, right[b - 1])
            if b - a < shortest:
                continue
            one = width if x1 - x0 >= WHOLE[1] * width else digit
            cost = (
                best[a]
                + 10 * ((b - a - one) / one) ** 2
                + 0.1
                + 0.3 * (ink_at[b] if b < size else 0.0)
            )
            if cost < best[b]:
                best[b], back[b] = cost, a
    if best[size] == float("inf"):
        return [glyph]
    cuts = [size]
    while cuts[-1] > 0:
        cuts.append(back[cuts[-1]])
    cuts.reverse()
    pieces = [
        _shrunk(Glyph(glyph.y0 + a, glyph.y0 + b, glyph.x0, glyph.x1, glyph.labels, True), labels)
        for a, b in itertools.pairwise(cuts)
    ]
    return [p for p in pieces if p.height > 0]


def _shrunk(glyph: Glyph, labels: np.ndarray) -> Glyph:
    import numpy as np

    own = np.isin(labels[glyph.y0 : glyph.y1, glyph.x0 : glyph.x1], list(glyph.labels))
    rows, cols = np.flatnonzero(own.any(axis=1)), np.flatnonzero(own.any(axis=0))
    if rows.size == 0:
        return glyph
    return Glyph(
        glyph.y0 + int(rows[0]),
        glyph.y0 + int(rows[-1]) + 1,
        glyph.x0 + int(cols[0]),
        glyph.x0 + int(cols[-1]) + 1,
        glyph.labels,
        glyph.cut,
    )


def _join(pieces: list[Glyph], width: int) -> list[Glyph]:
    """Join stacked pieces of one character, the closest pair first: while they fit in one
    character's height (about the usual height of the widest glyphs), and unless one is a
    whole narrow glyph; a stroke that anti-aliasing broke off a digit (as wide as the digit,
    at most a row away) still joins it."""
    tall = sorted(g.height for g in pieces if g.width >= WHOLE[1] * width)
    fit = FIT * max(width, tall[len(tall) // 2] if tall else 0)

    def whole(g: Glyph) -> bool:
        return g.height >= WHOLE[0] * width and g.width < WHOLE[1] * width

    def joins(a: Glyph, b: Glyph) -> bool:
        if max(a.y1, b.y1) - min(a.y0, b.y0) > fit:
            return False
        if not whole(a) and not whole(b):
            return True
        small, big = (a, b) if a.height < b.height else (b, a)
        return b.y0 - a.y1 <= 1 and small.width >= 0.6 * big.width and not whole(small)

    while True:
        pairs = [
            (b.y0 - a.y1, i) for i, (a, b) in enumerate(itertools.pairwise(pieces)) if joins(a, b)
        ]
        if not pairs:
            return pieces
        _, i = min(pairs)
        _absorb(pieces[i], pieces[i + 1])
        del pieces[i + 1]


def breaks_of(found: list[Glyph], height: int) -> set[int]:
    """Indices of the glyphs that start a new line of the column: after a wide gap that is also
    a long step from glyph to glyph (a hyphen has wide gaps around it, but sits in step)."""
    centres = [(g.y0 + g.y1) / 2 for g in found]
    steps = sorted(b - a for a, b in itertools.pairwise(centres))
    step = steps[len(steps) // 2] if steps else 0.0
    return {
        i
        for i in range(1, len(found))
        if found[i].y0 - found[i - 1].y1 > BREAK * height
        and centres[i] - centres[i - 1] > STEP * step
    }


def row_of(
    crop: np.ndarray,
    labels: np.ndarray,
    found: list[Glyph],
    background: np.ndarray,
    width: int,
    height: int,
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The glyphs side by side in one row image, each vertically centred (a small mark between
    two glyphs keeps its place relative to them), and the x span each takes in the row."""
    import numpy as np

    pad, gap, margin = max(1, round(0.06 * width)), round(1.0 * width), round(0.3 * width)
    bleed = max(1, round(0.1 * width))
    row_h = max(round(1.6 * max(width, height)), max(g.height for g in found) + 2 * bleed + 4)
    row_h = max(row_h, MIN_SIDE)  # RapidOCR's smallest side (see ocr_tiles)
    breaks = breaks_of(found, height)
    total = 2 * margin + sum(g.width + 2 * pad for g in found) + gap * len(breaks)
    total = max(total, MIN_SIDE)
    row = np.empty((row_h, total, 3), dtype=crop.dtype)
    row[:] = background.astype(crop.dtype)
    spans = []
    x = margin
    for i, g in enumerate(found):
        if i in breaks:
            x += gap
        top = (row_h - g.height) // 2 + _offset(found, i, breaks)
        top = min(max(top, bleed + 1), row_h - g.height - bleed - 1)
        _paste(row, top - g.y0, x + pad - g.x0, crop, labels, g, bleed if g.cut else 0)
        spans.append((x, x + g.width + 2 * pad))
        x += g.width + 2 * pad
    return row, spans


def _paste(
    row: np.ndarray,
    dy: int,
    dx: int,
    crop: np.ndarray,
    labels: np.ndarray,
    g: Glyph,
    bleed: int,
) -> None:
    """Copy the glyph's own pixels, with their soft edge, into `row` shifted by (dx, dy). A
    glyph cut from touching ones also takes a few rows past its cut: a little of the next
    glyph reads better than a digit without its foot."""
    import cv2
    import numpy as np

    y0, y1 = max(0, g.y0 - bleed - 1), min(crop.shape[0], g.y1 + bleed + 1)
    x0, x1 = max(0, g.x0 - 1), min(crop.shape[1], g.x1 + 1)
    own = np.isin(labels[y0:y1, x0:x1], list(g.labels))
    rows = np.arange(y0, y1)
    own &= ((rows >= g.y0 - bleed) & (rows < g.y1 + bleed))[:, None]
    near = cv2.dilate(own.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    target = row[y0 + dy : y1 + dy, x0 + dx : x1 + dx]
    near = near[: target.shape[0], : target.shape[1]]
    target[near] = crop[y0:y1, x0:x1][: near.shape[0], : near.shape[1]][near]


def _offset(found: list[Glyph], i: int, breaks: set[int]) -> int:
    """How far below the row's middle a small mark goes (a full stop between two digits sits
    low, a hyphen in the middle), from where it sits between its neighbours."""
    g = found[i]
    if i == 0 or i + 1 == len(found) or i in breaks or i + 1 in breaks:
        return 0
    before, after = found[i - 1], found[i + 1]
    around = (before.height + after.height) / 2
    if g.height >= 0.5 * around:
        return 0
    centre = (g.y0 + g.y1) / 2
    low, high = (before.y0 + before.y1) / 2, (after.y0 + after.y1) / 2
    if high <= low:
        return 0
    t = min(max((centre - low) / (high - low), 0.0), 1.0)
    return round((2 * t - 1) * (around - g.height) / 2)

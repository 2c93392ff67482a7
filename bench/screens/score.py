"""Scoring filled regions against a screen's ground truth.

- a value is covered when >= 98% of its ink pixels lie inside filled regions (a value wrapped
  over lines is one value, all its inks together);
- a non-PII token (a Latin word or number, or one CJK character) counts as covered when >= 50%
  of its ink is filled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from bench.screens.canvas import Ink
from bench.screens.screen import Screen

VALUE_SHARE = 0.98
TOKEN_SHARE = 0.5


def covered_mask(size: tuple[int, int], regions: Iterable[dict[str, int]]) -> np.ndarray:
    covered = np.zeros((size[1], size[0]), dtype=bool)
    for r in regions:
        x0, y0 = max(0, int(r["x"])), max(0, int(r["y"]))
        covered[y0 : int(r["y"]) + int(r["h"]), x0 : int(r["x"]) + int(r["w"])] = True
    return covered


def _hits(ink: Ink, covered: np.ndarray) -> tuple[int, int]:
    h, w = ink.mask.shape
    window = covered[ink.y : ink.y + h, ink.x : ink.x + w]
    mask = ink.mask[: window.shape[0], : window.shape[1]]
    return int((window & mask).sum()), int(ink.mask.sum())


def value_share(inks: list[Ink], covered: np.ndarray) -> float:
    hit = total = 0
    for ink in inks:
        a, b = _hits(ink, covered)
        hit, total = hit + a, total + b
    return hit / total if total else 1.0


@dataclass
class ScreenScore:
    values: list[tuple[str, bool, float]] = field(default_factory=list)  # label, covered, share
    tokens: int = 0
    tokens_covered: int = 0


def score(screen: Screen, regions: Iterable[dict[str, int]]) -> ScreenScore:
    covered = covered_mask(screen.image.size, regions)
    result = ScreenScore()
    for value in screen.values:
        share = value_share(value.inks, covered)
        result.values.append((value.label, share >= VALUE_SHARE, share))
    for token in screen.tokens:
        hit, total = _hits(token.ink, covered)
        result.tokens += 1
        result.tokens_covered += bool(total) and hit / total >= TOKEN_SHARE
    return result


def shape(text: str) -> str:
    """A value's shape without its content: digits 9, letters a/A, CJK 字, the rest kept."""
    out = []
    for ch in text:
        if ch.isdigit():
            out.append("9")
        elif ch.isascii() and ch.isalpha():
            out.append("A" if ch.isupper() else "a")
        elif ch.isalpha():
            out.append("字")
        else:
            out.append(ch)
    return "".join(out)

"""What every OCR engine returns: lines of text with a box and a horizontal extent for every
character, fine enough to map a character range to pixels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from desktop.engine.errors import Cancelled
from desktop.engine.vision.geometry import Box

if TYPE_CHECKING:
    from PIL import Image

CancelFn = Callable[[], bool]


def stop_if_cancelled(cancel: CancelFn | None) -> None:
    """Raise Cancelled when the caller asked the OCR to stop (checked between steps)."""
    if cancel is not None and cancel():
        raise Cancelled("OCR cancelled")


@dataclass(frozen=True)
class OcrLine:
    """One line of text as the engine read it.

    `char_x[i]` is the (left, right) pixel extent of `text[i]` in image coordinates; spaces may
    have an empty extent. Extents are estimates (engines differ in how exact they are): the
    mapper refines them against the ink before filling.
    """

    text: str
    box: Box
    char_x: tuple[tuple[float, float], ...]
    score: float = 1.0

    def __post_init__(self) -> None:
        if len(self.char_x) != len(self.text):
            raise ValueError("char_x needs one extent per character")


@dataclass(frozen=True)
class OcrResult:
    lines: tuple[OcrLine, ...]
    width: int
    height: int
    engine: str
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage, for benches


class OcrEngine(Protocol):
    """An OCR engine. `read` takes an 8-bit RGB image and never prints what it read."""

    name: str

    def read(self, image: Image.Image, cancel: CancelFn | None = None) -> OcrResult: ...


def char_weight(char: str) -> float:
    """Rough advance width of a character in units of an average Latin letter."""
    if char.isspace():
        return 0.5
    code = ord(char)
    wide = (
        0x1100 <= code <= 0x115F
        or 0x2E80 <= code <= 0xA4CF
        or 0xAC00 <= code <= 0xD7A3
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFF60
        or 0xFFE0 <= code <= 0xFFE6
        or 0x20000 <= code <= 0x3FFFD
    )
    if wide:
        return 1.9
    if char in "iIl1.,:;!|'`j":
        return 0.5
    if char in "mwMW@":
        return 1.5
    return 1.0


def spread_over(text: str, x0: float, x1: float) -> tuple[tuple[float, float], ...]:
    """Split [x0, x1) among the characters of `text` in proportion to their rough widths
    (for engines that give only line or word boxes)."""
    weights = [char_weight(c) for c in text]
    total = sum(weights) or 1.0
    scale = (x1 - x0) / total
    extents: list[tuple[float, float]] = []
    x = x0
    for weight in weights:
        extents.append((x, x + weight * scale))
        x += weight * scale
    return tuple(extents)

"""Pixel boxes and the regions the scrubber fills. Boxes are half-open: [x0, x1) x [y0, y1)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.engine.types import Label, Source


@dataclass(frozen=True, slots=True)
class Box:
    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def width(self) -> int:
        return max(0, self.x1 - self.x0)

    @property
    def height(self) -> int:
        return max(0, self.y1 - self.y0)

    @property
    def area(self) -> int:
        return self.width * self.height

    @property
    def empty(self) -> bool:
        return self.width == 0 or self.height == 0

    def padded(self, dx: int, dy: int) -> Box:
        return Box(self.x0 - dx, self.y0 - dy, self.x1 + dx, self.y1 + dy)

    def clipped(self, width: int, height: int) -> Box:
        return Box(
            min(max(self.x0, 0), width),
            min(max(self.y0, 0), height),
            min(max(self.x1, 0), width),
            min(max(self.y1, 0), height),
        )

    def intersection(self, other: Box) -> Box:
        box = Box(
            max(self.x0, other.x0),
            max(self.y0, other.y0),
            min(self.x1, other.x1),
            min(self.y1, other.y1),
        )
        return box if box.x1 > box.x0 and box.y1 > box.y0 else Box(0, 0, 0, 0)

    def union(self, other: Box) -> Box:
        return Box(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    @staticmethod
    def from_points(points: Iterable[tuple[float, float]]) -> Box:
        xs, ys = zip(*points, strict=True)
        return Box(int(min(xs)), int(min(ys)), round(max(xs)), round(max(ys)))

    @staticmethod
    def from_xywh(x: float, y: float, w: float, h: float) -> Box:
        return Box(int(x), int(y), round(x + w), round(y + h))


@dataclass(frozen=True, slots=True)
class Region:
    """One filled area of the output image and why it was filled."""

    box: Box
    label: Label
    source: Source  # Source.OCR for text found by OCR, Source.VISION for PaliGemma boxes
    layer: str = ""  # which text layer found it ("pattern", "model:..."); never user data

    def to_json(self) -> dict[str, object]:
        """The CLI's region object (DESIGN.md, "Command-line contract")."""
        return {
            "x": self.box.x0,
            "y": self.box.y0,
            "w": self.box.width,
            "h": self.box.height,
            "label": str(self.label),
            "source": str(self.source),
        }

"""What a layout gets (a `Spec`) and what it gives back (a `Screen` with its ground truth)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

from PIL import Image

from bench.screens.canvas import Canvas, Color, Ink, Token, Value


@dataclass(frozen=True)
class Spec:
    split: str
    index: int
    layout: str
    size: tuple[int, int]
    scale: float = 1.0
    dark: bool = False
    lang: str = "zh"  # zh, en or mixed
    text_size: float = 14  # logical pixels
    face: str = "sans"
    antialias: bool = True
    jpeg: int | None = None  # re-compress at this quality

    @property
    def id(self) -> str:
        return f"{self.split}-{self.index:03d}-{self.layout}"

    def rng(self) -> random.Random:
        return random.Random(f"screens:{self.split}:{self.index}:{self.layout}")

    def meta(self) -> dict[str, object]:
        return {
            "layout": self.layout,
            "size": f"{self.size[0]}x{self.size[1]}",
            "scale": self.scale,
            "theme": "dark" if self.dark else "light",
            "lang": self.lang,
            "text_px": round(self.text_size * self.scale, 1),
            "face": self.face,
            "antialias": self.antialias,
            "jpeg": self.jpeg,
        }


@dataclass
class Screen:
    spec: Spec
    image: Image.Image
    values: list[Value] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    data: bytes = b""  # the file as the tools get it: PNG, or the re-compressed JPEG

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def filename(self) -> str:
        return f"{self.id}.{'jpg' if self.spec.jpeg else 'png'}"


@dataclass(frozen=True)
class Theme:
    bg: Color
    panel: Color
    text: Color
    muted: Color
    line: Color
    accent: Color
    field: Color


LIGHT = Theme((255, 255, 255), (244, 245, 247), (29, 28, 29), (97, 96, 97), (221, 221, 221),
              (18, 100, 163), (255, 255, 255))  # fmt: skip
DARK = Theme((26, 29, 33), (34, 37, 41), (209, 210, 211), (150, 152, 155), (60, 63, 68),
             (29, 155, 209), (18, 20, 23))  # fmt: skip


def theme(spec: Spec) -> Theme:
    return DARK if spec.dark else LIGHT


def finish(spec: Spec, canvas: Canvas) -> Screen:
    image = canvas.image
    buffer = io.BytesIO()
    if spec.jpeg is not None:
        image.save(buffer, "JPEG", quality=spec.jpeg)
        image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    else:
        image.save(buffer, "PNG", compress_level=1)
    values = [
        v for v in canvas.values
        if v.complete and v.inks and all(clip(i, image.size) is i for i in v.inks)
    ]  # fmt: skip
    tokens = [t for t in canvas.tokens if clip(t.ink, image.size) is t.ink]
    return Screen(spec, image, values, tokens, buffer.getvalue())


def clip(ink: Ink, size: tuple[int, int]) -> Ink | None:
    """The part of `ink` inside the image (the same object when it is all inside)."""
    h, w = ink.mask.shape
    x0, y0 = max(0, -ink.x), max(0, -ink.y)
    x1, y1 = min(w, size[0] - ink.x), min(h, size[1] - ink.y)
    if x1 <= x0 or y1 <= y0:
        return None
    if (x0, y0, x1, y1) == (0, 0, w, h):
        return ink
    mask = ink.mask[y0:y1, x0:x1]
    return Ink(ink.x + x0, ink.y + y0, mask) if mask.any() else None

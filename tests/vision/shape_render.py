"""Text with personal data rendered into an image of any shape, with the ink box of every value
that fits whole. Used by the shape tests (thin strips, tall scrolls, tiny crops, 8K, tiny and huge
text, fractional HiDPI scales)."""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

from tests.vision.render import FONT as NOTO_CJK
from tests.vision.render import TC_INDEX

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PHONE = "0912-345-678"
EMAIL = "wang.xm@example.com"
LINE = f"手機 {PHONE} Email: {EMAIL}"
LINE_LATIN = f"Phone {PHONE} Email: {EMAIL}"


@dataclass
class ShapeShot:
    image: Image.Image
    boxes: list[tuple[str, tuple[int, int, int, int]]]  # (value, ink box) of whole values
    dark: bool = False


def font_for(name: str, size: float) -> ImageFont.FreeTypeFont:
    if name == "dejavu":
        return ImageFont.truetype(DEJAVU, size)
    return ImageFont.truetype(NOTO_CJK, size, index=TC_INDEX)


def render_shape(
    width: int,
    height: int,
    *,
    size: float = 22,
    font: str = "noto",
    dark: bool = False,
    max_lines: int | None = None,
    step: int | None = None,
) -> ShapeShot:
    """Lines of `LINE` (or `LINE_LATIN` for DejaVu, which has no CJK) down the image, one every
    `step` pixels (two text heights by default), starting a third of a text height in from the
    top left; boxes are kept only for values whose ink lies inside the image."""
    face = font_for(font, size)
    text = LINE_LATIN if font == "dejavu" else LINE
    background, ink = ((30, 30, 30), (230, 230, 230)) if dark else ((255, 255, 255), (40, 40, 40))
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    margin = max(1, round(size / 3))
    step = step or max(1, round(size * 2))
    boxes: list[tuple[str, tuple[int, int, int, int]]] = []
    y = margin
    drawn = 0
    while y < height and (max_lines is None or drawn < max_lines):
        draw.text((margin, y), text, fill=ink, font=face)
        for value in (PHONE, EMAIL):
            x0 = margin + draw.textlength(text[: text.find(value)], font=face)
            box = tuple(int(v) for v in draw.textbbox((x0, y), value, font=face))
            if box[0] >= 0 and box[1] >= 0 and box[2] <= width and box[3] <= height:
                boxes.append((value, box))  # type: ignore[arg-type]
        y += step
        drawn += 1
    return ShapeShot(image, boxes, dark)

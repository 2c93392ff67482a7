"""Rendered screenshot-like test images with the ground-truth box of every value."""

from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
TC_INDEX = 3  # Noto Sans CJK TC inside the collection (0 JP, 1 KR, 2 SC, 3 TC, 4 HK)


@dataclass
class Rendered:
    image: Image.Image
    boxes: dict[str, tuple[int, int, int, int]]  # value -> its ink box


def render(
    lines: list[str], values: list[str], *, dark: bool = False, size: int = 22, width: int = 900
) -> Rendered:
    font = ImageFont.truetype(FONT, size, index=TC_INDEX)
    # Ink is never pure black, so pure black in the output can only be the fill.
    background, ink = ((30, 30, 30), (230, 230, 230)) if dark else ((255, 255, 255), (40, 40, 40))
    image = Image.new("RGB", (width, 40 + len(lines) * size * 2), background)
    draw = ImageDraw.Draw(image)
    boxes = {}
    for row, line in enumerate(lines):
        y = 20 + row * size * 2
        draw.text((20, y), line, fill=ink, font=font)
        for value in values:
            at = line.find(value)
            if at >= 0:
                x0 = 20 + draw.textlength(line[:at], font=font)
                box = draw.textbbox((x0, y), value, font=font)
                boxes[value] = tuple(int(v) for v in box)
    return Rendered(image, boxes)


def ink_covered(original: Image.Image, scrubbed: Image.Image, box, dark: bool = False) -> float:
    """Share of the value's ink pixels that are now the solid fill."""
    x0, y0, x1, y1 = box
    before = original.convert("L").crop((x0, y0, x1, y1))
    after = scrubbed.convert("RGB").crop((x0, y0, x1, y1))
    ink = [
        (x, y)
        for x in range(before.width)
        for y in range(before.height)
        if (before.getpixel((x, y)) > 128) == dark
    ]
    if not ink:
        return 1.0
    filled = sum(after.getpixel(p) == (0, 0, 0) for p in ink)
    return filled / len(ink)

"""A rendered table: its cells come out tab-separated, so a header cues the column below it."""

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop.engine.pipeline import Scrubber
from desktop.engine.vision.loading import decode_image
from desktop.engine.vision.output import encode_clean
from desktop.engine.vision.registry import default_ocr
from desktop.engine.vision.scrub import scrub_image
from tests.vision.render import FONT, TC_INDEX, ink_covered

pytest.importorskip("rapidocr")

COLUMNS = (30, 190, 360, 520)  # left edge of each cell
ROWS = [
    ("狀態", "護照", "帳號", "電話"),
    ("Paid", "357737593", "807 198594603064", "+44 7700 267473"),
    ("OK", "304369295", "012 4426709294160", "+886 7 2076 8741"),
]
VALUES = ["357737593", "304369295", "807 198594603064", "+44 7700 267473", "+886 7 2076 8741"]


def render_table(size: int = 15) -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    font = ImageFont.truetype(FONT, size, index=TC_INDEX)
    image = Image.new("RGB", (760, 40 + len(ROWS) * 32), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    boxes = {}
    for row, cells in enumerate(ROWS):
        y = 16 + row * 32
        draw.line((20, y + 25, 740, y + 25), fill=(200, 200, 200))  # a row rule
        for x, cell in zip(COLUMNS, cells, strict=True):
            draw.text((x, y), cell, fill=(40, 40, 40), font=font)
            boxes[cell] = tuple(int(v) for v in draw.textbbox((x, y), cell, font=font))
    return image, boxes


def test_values_under_passport_account_and_phone_headers_are_filled() -> None:
    image, boxes = render_table()
    result = scrub_image(
        decode_image(encode_clean(image)), default_ocr(), Scrubber(), use_model=False
    )
    for value in VALUES:
        assert ink_covered(image, result.image, boxes[value]) >= 0.98, value
    assert ink_covered(image, result.image, boxes["Paid"]) == 0.0
    assert {"PASSPORT", "BANK_ACCOUNT", "PHONE"} <= {r.label for r in result.regions}

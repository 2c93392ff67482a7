"""Screenshot scrubbing with real RapidOCR on rendered zh-TW + English images."""

import pytest

from desktop.engine.pipeline import Scrubber
from desktop.engine.vision.loading import decode_image
from desktop.engine.vision.output import encode_clean
from desktop.engine.vision.registry import default_ocr
from desktop.engine.vision.scrub import scrub_image
from tests.vision.render import ink_covered, render

pytest.importorskip("rapidocr")

LINES = [
    "聯絡人：王小明 手機 0912-345-678",
    "Email: wang.xm@example.com  ID A123456789",
    "Order #2024061300123 shipped today.",
]
VALUES = ["王小明", "0912-345-678", "wang.xm@example.com", "A123456789"]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_value_is_covered_and_other_text_is_not(dark: bool) -> None:
    shot = render(LINES, [*VALUES, "2024061300123"], dark=dark)
    loaded = decode_image(encode_clean(shot.image))
    result = scrub_image(loaded, default_ocr(), Scrubber(), use_model=False)
    for value in VALUES:
        assert ink_covered(shot.image, result.image, shot.boxes[value], dark) >= 0.98, value
    assert ink_covered(shot.image, result.image, shot.boxes["2024061300123"], dark) == 0.0
    assert {r.label for r in result.regions} == {"PERSON", "PHONE", "EMAIL", "TW_NATIONAL_ID"}
    assert result.layers == ("ocr:rapidocr", "pattern")


def test_json_regions_follow_the_contract() -> None:
    shot = render(LINES[:1], VALUES[:2])
    result = scrub_image(
        decode_image(encode_clean(shot.image)), default_ocr(), Scrubber(), use_model=False
    )
    data = result.to_json()
    assert (data["width"], data["height"]) == shot.image.size
    assert data["regions"] and all(
        set(r) == {"x", "y", "w", "h", "label", "source"} and r["source"] == "ocr"
        for r in data["regions"]
    )


def test_an_image_without_text_comes_back_unchanged() -> None:
    from PIL import Image

    blank = Image.new("RGB", (320, 200), (240, 240, 240))
    result = scrub_image(
        decode_image(encode_clean(blank)), default_ocr(), Scrubber(), use_model=False
    )
    assert result.regions == () and result.image.tobytes() == blank.tobytes()

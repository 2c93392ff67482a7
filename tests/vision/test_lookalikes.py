"""OCR's usual misreadings of a number (a letter O for a zero, l for a one, a lost space before
the next word) still get the value filled: the real RapidOCR reads a rendered screenshot, then
its reading is edited the way another CPU's or font's reading comes out."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image

from desktop.engine.pipeline import Scrubber
from desktop.engine.vision.loading import decode_image
from desktop.engine.vision.lookalikes import fold_digit_lookalikes
from desktop.engine.vision.ocr_types import OcrLine, OcrResult
from desktop.engine.vision.output import encode_clean
from desktop.engine.vision.registry import default_ocr
from desktop.engine.vision.scrub import scrub_image
from tests.vision.render import ink_covered
from tests.vision.shape_render import PHONE, render_shape


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("手機O912-345-678", "手機0912-345-678"),
        ("ID A12345678l", "ID A123456781"),
        ("09l2-345-678", "0912-345-678"),
        ("tel 0912-345-67O.", "tel 0912-345-670."),
    ],
)
def test_a_letter_beside_digits_is_read_as_the_digit_it_stands_for(read: str, meant: str) -> None:
    assert fold_digit_lookalikes(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "Room O2",
        "Oslo 2024",
        "Iowa 12",
        "ISO 9001",
        "USB I2C",
        "MO123",
        "id=I140014330",
        "O975739534",
    ],
)
def test_letters_in_words_and_codes_stay_letters(text: str) -> None:
    assert fold_digit_lookalikes(text) == text


class EditedReading:
    """The real RapidOCR, with each line's text edited (and its character extents kept in step)."""

    name = "rapidocr-edited"

    def __init__(self, edit) -> None:
        self.ocr = default_ocr("rapidocr")
        self.edit = edit

    def read(self, image: Image.Image, cancel=None) -> OcrResult:
        result = self.ocr.read(image, cancel)
        return replace(result, lines=tuple(self.edit(line) for line in result.lines))


def letter_o_for_zero(line: OcrLine) -> OcrLine:
    return replace(line, text=line.text.replace("0912", "O912"))


def lost_space_before_a_word(line: OcrLine) -> OcrLine:
    at = line.text.find("678 ")
    if at < 0:
        return line
    cut = at + 3  # the space after the number
    return replace(
        line,
        text=line.text[:cut] + line.text[cut + 1 :],
        char_x=line.char_x[:cut] + line.char_x[cut + 1 :],
    )


@pytest.mark.parametrize("edit", [letter_o_for_zero, lost_space_before_a_word])
def test_a_misread_phone_in_a_screenshot_is_still_filled(edit) -> None:
    pytest.importorskip("rapidocr")
    shot = render_shape(width=1440, height=120, size=14 * 1.25)
    result = scrub_image(
        decode_image(encode_clean(shot.image)), EditedReading(edit), Scrubber(), use_model=False
    )
    phones = [box for value, box in shot.boxes if value == PHONE]
    assert phones
    for box in phones:
        assert ink_covered(shot.image, result.image, box, shot.dark) >= 0.98


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("name=0mar Nasser", "name=Omar Nasser"),
        ("Mark 0campo", "Mark Ocampo"),
        ("INF0 done", "INFO done"),
    ],
)
def test_a_zero_opening_a_word_or_ending_capitals_is_the_letter_o(read: str, meant: str) -> None:
    assert fold_digit_lookalikes(read) == meant


@pytest.mark.parametrize("text", ["v2.0 beta", "10x", "ABC01", "0912-345-678", "AB0123456"])
def test_zeros_in_numbers_and_codes_stay_zeros(text: str) -> None:
    assert fold_digit_lookalikes(text) == text

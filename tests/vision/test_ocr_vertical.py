"""Vertical text: a 60 x 1440 strip of upright characters, one under the other, read by the
real RapidOCR path as lines whose characters keep their own y ranges, and masked end to end."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from PIL import Image, ImageDraw, ImageFont

from desktop.engine.pipeline import Scrubber
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.loading import decode_image
from desktop.engine.vision.ocr_vertical import VerticalLine, columns, is_column
from desktop.engine.vision.output import encode_clean
from desktop.engine.vision.registry import default_ocr
from desktop.engine.vision.scrub import scrub_image
from tests.vision.render import FONT, TC_INDEX, ink_covered, render

pytest.importorskip("rapidocr")

LIGHT = ((255, 255, 255), (40, 40, 40))
DARK = ((30, 30, 30), (230, 230, 230))


@dataclass
class Column:
    image: Image.Image
    chars: list[tuple[str, tuple[int, int, int, int]]]  # every character drawn, with its ink box

    def box_of(self, text: str) -> tuple[int, int, int, int]:
        """The ink box of the first run of characters spelling `text`."""
        drawn = "".join(c for c, _ in self.chars)
        at = drawn.index(text)
        boxes = [b for _, b in self.chars[at : at + len(text)]]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


def render_column(
    lines: list[str],
    *,
    size: int = 22,
    pitch: float = 1.15,
    narrow: float | None = None,
    dark: bool = False,
    width: int = 60,
    height: int = 1440,
) -> Column:
    """Each character centred in its own row, `pitch` em apart (`narrow` em for digits and
    Latin, where given); a blank em between lines."""
    font = ImageFont.truetype(FONT, size, index=TC_INDEX)
    background, ink = DARK if dark else LIGHT
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    chars = []
    y = 12.0
    for line in lines:
        for char in line:
            x = (width - draw.textlength(char, font=font)) / 2
            draw.text((x, y), char, fill=ink, font=font)
            left, top, right, bottom = draw.textbbox((x, y), char, font=font)
            chars.append((char, (int(left), int(top), int(right), int(bottom))))
            step = pitch if narrow is None or ord(char) > 0x2E80 else narrow
            y += size * step
        y += size
    assert y < height, "the text must fit the strip"
    return Column(image, chars)


def column_lines(image: Image.Image) -> list[VerticalLine]:
    lines = default_ocr("rapidocr").read(image).lines
    assert all(isinstance(line, VerticalLine) for line in lines), "read as rows"
    return [line for line in lines if isinstance(line, VerticalLine)]


CASES = {
    "names-and-digits": ["聯絡人王小明手機0912345678", "身分證A123456789"],
    "address": ["臺北市大安區和平東路二段106號7樓"],
    "date-and-phone": ["生日1988-07-15", "電話0912-345-678"],
}


@pytest.mark.parametrize(
    ("case", "size", "dark"),
    [("names-and-digits", 22, False), ("address", 18, True), ("date-and-phone", 26, False)],
)
def test_a_column_reads_in_order_and_every_character_keeps_its_rows(
    case: str, size: int, dark: bool
) -> None:
    column = render_column(CASES[case], size=size, dark=dark)
    lines = sorted(column_lines(column.image), key=lambda line: line.box.y0)
    assert [line.text for line in lines] == CASES[case]  # one line per run, top to bottom
    read = [(c, y, line) for line in lines for c, y in zip(line.text, line.char_y, strict=True)]
    assert len(read) == len(column.chars)
    for (char, (top, bottom), line), (drawn, ink) in zip(read, column.chars, strict=True):
        assert char == drawn
        centre = (top + bottom) / 2
        assert ink[1] - 2 <= centre <= ink[3] + 2, char  # the character's own rows ...
        assert line.box.y0 <= top < bottom <= line.box.y1  # ... inside its line
        assert line.box.x0 <= ink[0] and ink[2] <= line.box.x1
    tops = [y[0] for _, y, _ in read]
    assert tops == sorted(tops)
    assert all(a[1][1] <= b[1][0] + 1 for a, b in itertools.pairwise(read))


def test_digits_that_touch_are_cut_into_characters() -> None:
    """Digits and Latin set closer than their glyphs are tall (0.8 em) touch once anti-aliased,
    as in vertical chat strips: the column is still cut into the right characters."""
    text = ["帳號0123456789", "護照A12345678"]
    column = render_column(text, size=20, narrow=0.8)
    lines = sorted(column_lines(column.image), key=lambda line: line.box.y0)
    assert [line.text for line in lines] == text


def test_pieces_of_one_column_become_one_box_and_rows_stay_as_they_are() -> None:
    import numpy as np

    column = render_column(["聯絡人王小明手機0912345678"], size=22)
    bgr = np.ascontiguousarray(np.asarray(column.image)[:, :, ::-1])
    ink = column.box_of("聯絡人王小明手機0912345678")
    x0, x1 = ink[0] - 4, ink[2] + 4
    row = Box(0, 1300, 60, 1330)  # not a column: kept as it is
    tiles = [Box(x0, ink[1] - 4, x1, 330), Box(x0, 300, x1, ink[3] + 4)]  # two tiles' pieces
    missed = [Box(x0, ink[1] - 4, x1, 200)]  # the detector left the digits out
    for pieces in (tiles, missed):
        joined, kept = columns(bgr, [*pieces, row])
        assert kept == row and is_column(joined) and not is_column(row)
        assert joined.y0 <= ink[1] and joined.y1 >= ink[3]  # every glyph of the column ...
        assert joined.y0 >= ink[1] - 12 and joined.y1 <= ink[3] + 12  # ... and little more
        assert (joined.x0, joined.x1) == (x0, x1)


def test_rows_read_exactly_as_without_the_column_path(monkeypatch) -> None:
    from desktop.engine.vision import ocr_rapid

    shot = render(["聯絡人：王小明 手機 0912-345-678", "身分證 A123456789", "1"], [], size=20)
    engine = default_ocr("rapidocr")
    lines = engine.read(shot.image).lines
    monkeypatch.setattr(ocr_rapid, "columns", lambda _bgr, boxes: boxes)
    monkeypatch.setattr(ocr_rapid, "is_column", lambda _box: False)
    assert engine.read(shot.image).lines == lines
    assert lines and not any(isinstance(line, VerticalLine) for line in lines)
    assert "0912-345-678" in "".join(line.text for line in lines)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_personal_data_written_vertically_is_masked(dark: bool) -> None:
    column = render_column(
        ["晚點再聊我先去吃飯", "聯絡人：陳美玲", "手機0912-345-678", "好喔收到"], size=22, dark=dark
    )
    loaded = decode_image(encode_clean(column.image))
    result = scrub_image(loaded, default_ocr(), Scrubber(), use_model=False)
    assert {"PERSON", "PHONE"} <= {r.label for r in result.regions}
    for value in ["陳美玲", "0912-345-678"]:
        assert ink_covered(column.image, result.image, column.box_of(value), dark) >= 0.98
    for other in ["晚點再聊我先去吃飯", "好喔收到"]:  # lines without personal data stay
        assert ink_covered(column.image, result.image, column.box_of(other), dark) == 0.0


def test_only_the_value_is_filled_not_the_words_of_its_line() -> None:
    column = render_column(["轉帳到(822)0348801917金額88元", "我先去吃飯"], size=22)
    loaded = decode_image(encode_clean(column.image))
    result = scrub_image(loaded, default_ocr(), Scrubber(), use_model=False)
    assert ink_covered(column.image, result.image, column.box_of("0348801917"), False) >= 0.98
    for words in ["轉帳到", "金額", "我先去吃飯"]:  # the value's neighbours in its line stay
        assert ink_covered(column.image, result.image, column.box_of(words), False) <= 0.2

"""OCR lines -> one text -> pixel boxes: reading order, wrapped values, ink snapping."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from desktop.engine.pipeline import Scrubber
from desktop.engine.types import Label, Span
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.ink import snap_box
from desktop.engine.vision.layout import build_text
from desktop.engine.vision.mapping import span_boxes
from desktop.engine.vision.ocr_types import OcrLine, spread_over


def line(text: str, x0: int, y0: int, x1: int, y1: int) -> OcrLine:
    return OcrLine(text, Box(x0, y0, x1, y1), spread_over(text, x0, x1))


def test_rows_read_left_to_right_then_top_to_bottom() -> None:
    lines = (
        line("0912-345-678", 96, 12, 276, 40),
        line("電話：", 20, 10, 90, 42),
        line("Email", 20, 60, 90, 90),
        line("sidebar", 1500, 62, 1600, 88),
    )
    doc = build_text(lines)
    assert doc.text == "電話： 0912-345-678\nEmail\tsidebar"
    start = doc.text.index("0912")
    (part,) = doc.parts(start, start + 12)
    assert doc.lines[part.line].text == "0912-345-678" and (part.start, part.end) == (0, 12)


def test_table_cells_are_tab_separated_and_cue_their_column() -> None:
    # Cells of a row: the ink gaps (about one em) are much wider than a word space.
    header = (line("Name", 20, 10, 80, 34), line("Passport", 200, 10, 300, 34))
    row = (line("Status OK", 20, 44, 130, 68), line("537672324", 200, 44, 310, 68))
    words = (line("see", 20, 78, 56, 102), line("you", 62, 78, 98, 102))  # a word space
    doc = build_text(header + row + words)
    assert doc.text == "Name\tPassport\nStatus OK\t537672324\nsee you"
    spans = Scrubber().detect(doc.text, use_model=False).spans
    start = doc.text.index("5376")
    assert any(s.start == start and s.label == Label.PASSPORT for s in spans)
    (part,) = doc.parts(start, start + 9)
    assert doc.lines[part.line].text == "537672324" and (part.start, part.end) == (0, 9)


def test_wrapped_paragraph_is_joined_only_in_the_soft_reading() -> None:
    lines = (
        line("請寄到臺北市大安區和平東路", 20, 10, 400, 40),
        line("二段106號7樓", 20, 48, 200, 78),
    )
    assert build_text(lines).text == "請寄到臺北市大安區和平東路\n二段106號7樓"
    soft = build_text(lines, soft_wrapped=True)
    assert soft.text == "請寄到臺北市大安區和平東路二段106號7樓" and soft.soft_joins == {1}
    start = soft.text.index("臺北")
    assert soft.crosses_soft_join(start, len(soft.text))
    assert not soft.crosses_soft_join(0, 3)
    assert [p.line for p in soft.parts(start, len(soft.text))] == [0, 1]


def test_a_form_column_is_not_joined() -> None:
    lines = (line("姓名：王小明", 20, 10, 140, 40), line("電話：0912345678", 20, 48, 260, 78))
    assert "\n" in build_text(lines, soft_wrapped=True).text


def test_snapping_moves_edges_to_the_gaps_around_the_glyphs() -> None:
    image = Image.new("RGB", (200, 40), "white")
    draw = ImageDraw.Draw(image)
    for x0 in (20, 60, 100):  # three "glyphs", 30 px wide, 10 px apart
        draw.rectangle((x0, 10, x0 + 29, 29), fill="black")
    rgb = np.asarray(image)
    # an estimate that cuts into the middle glyph on both sides
    snapped = snap_box(rgb, Box(66, 8, 84, 32), Box(0, 5, 200, 35))
    assert snapped.x0 <= 60 and snapped.x1 >= 90
    assert snapped.x0 > 49 and snapped.x1 < 100  # and stops before the neighbours


def test_span_boxes_one_per_line_touched() -> None:
    image = Image.new("RGB", (420, 90), "white")
    lines = (
        line("請寄到臺北市大安區和平東路", 20, 10, 400, 40),
        line("二段106號7樓", 20, 48, 200, 78),
    )
    doc = build_text(lines)
    start = doc.text.index("臺北")
    end = doc.text.index("樓") + 1
    boxes = span_boxes(np.asarray(image), doc, [Span(start, end, Label.ADDRESS)], snap=False)
    assert len(boxes) == 2
    assert boxes[0].box.y1 <= boxes[1].box.y0 + 8 and boxes[1].box.x0 <= 22


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_address_wrapped_over_two_lines_is_covered_on_both(dark: bool) -> None:
    pytest.importorskip("rapidocr")
    from desktop.engine.vision.loading import decode_image
    from desktop.engine.vision.output import encode_clean
    from desktop.engine.vision.registry import default_ocr
    from desktop.engine.vision.scrub import scrub_image
    from tests.vision.render import ink_covered, render

    parts = ["臺北市大安區和平東路", "二段106號7樓"]
    shot = render(["請寄到臺北市大安區和平東路", "二段106號7樓，謝謝你"], parts, dark=dark)
    result = scrub_image(
        decode_image(encode_clean(shot.image)), default_ocr(), Scrubber(), use_model=False
    )
    for part in parts:
        assert ink_covered(shot.image, result.image, shot.boxes[part], dark) >= 0.98
    assert {r.label for r in result.regions} == {Label.ADDRESS}

"""The OCR engines behind one interface: registry, Tesseract, Apple Vision's box conversion,
and RapidOCR's per-character extents on rendered zh-TW and English text."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop.engine.errors import ModelError
from desktop.engine.vision import registry
from desktop.engine.vision.ocr_apple import lines_from_annotations
from desktop.engine.vision.ocr_types import OcrLine
from tests.vision.render import render


def test_registry_is_explicit_and_rapidocr_comes_first() -> None:
    assert [e.name for e in registry.ENGINES] == ["rapidocr", "apple-vision", "tesseract"]
    with pytest.raises(ModelError, match="unknown OCR engine"):
        registry.default_ocr("easyocr")


def test_apple_vision_boxes_are_flipped_to_a_top_left_origin() -> None:
    raw = [("王小明 0912", 0.9, (0.1, 0.7, 0.5, 0.2)), ("  ", 0.5, (0, 0, 1, 1))]
    (line,) = lines_from_annotations(raw, 1000, 500)
    assert (line.box.x0, line.box.y0, line.box.x1, line.box.y1) == (100, 50, 600, 150)
    assert len(line.char_x) == len(line.text) and line.char_x[-1][1] == pytest.approx(600)


def extents_cover(line: OcrLine, value: str, box: tuple[int, int, int, int], slack: int) -> bool:
    at = line.text.replace(" ", "").find(value.replace(" ", ""))
    if at < 0:
        return False
    indices = [i for i, c in enumerate(line.text) if not c.isspace()]
    first, last = indices[at], indices[at + len(value.replace(" ", "")) - 1]
    return line.char_x[first][0] <= box[0] + slack and line.char_x[last][1] >= box[2] - slack


@pytest.mark.skipif(registry.spec("tesseract").available() is False, reason="no tesseract")
def test_tesseract_reads_words_with_boxes() -> None:
    shot = render(["Order 88123 for Jane Doe, call 415-555-0132"], ["415-555-0132"], size=26)
    result = registry.default_ocr("tesseract").read(shot.image)
    (line,) = [ln for ln in result.lines if "415" in ln.text]
    assert "415-555-0132" in line.text
    assert extents_cover(line, "415-555-0132", shot.boxes["415-555-0132"], slack=4)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_rapidocr_character_extents_match_the_glyphs(dark: bool) -> None:
    pytest.importorskip("rapidocr")
    values = ["A123456789", "0912-345-678", "王小明"]
    shot = render(["身分證 A123456789 手機0912-345-678 聯絡人王小明"], values, dark=dark)
    result = registry.default_ocr("rapidocr").read(shot.image)
    (line,) = result.lines
    for value in values:
        # within a few pixels: the mapper's ink snapping and padding absorb the rest
        assert extents_cover(line, value, shot.boxes[value], slack=6), value


def test_rapidocr_reads_a_wide_short_strip_and_4k_text() -> None:
    pytest.importorskip("rapidocr")
    engine = registry.default_ocr("rapidocr")
    strip = render(["wang.xm@example.com"], [], width=2400, size=20)
    assert any("wang.xm@example.com" in ln.text for ln in engine.read(strip.image).lines)
    big = Image.new("RGB", (3840, 2160), "white")
    big.paste(render(["電話 0912-345-678"], [], size=18).image, (2900, 1900))
    assert any("0912-345-678" in ln.text for ln in engine.read(big).lines)


def test_detection_tiles_skip_blank_areas_and_keep_all_ink() -> None:
    import numpy as np

    from desktop.engine.vision.ocr_tiles import tiles as _tiles

    screen = np.full((1080, 1920, 3), (246, 244, 240), dtype=np.uint8)
    screen[100:130, 200:600] = (40, 40, 40)  # a line of "text" near the top left
    screen[900:925, 1500:1650] = (200, 60, 60)  # coloured text on the same background
    tiles = _tiles(screen, 768, 128)
    assert all(t.shape[0] <= 768 and t.shape[1] <= 768 for _, _, t in tiles)
    assert sum(t.shape[0] * t.shape[1] for _, _, t in tiles) < 0.2 * 1920 * 1080
    covered = np.zeros(screen.shape[:2], dtype=bool)
    for x, y, tile in tiles:
        covered[y : y + tile.shape[0], x : x + tile.shape[1]] = True
    assert covered[100:130, 200:600].all() and covered[900:925, 1500:1650].all()
    assert not covered[500:600, 900:1000].any()  # plain background is never read


def test_rapidocr_reads_short_lines_in_batches_with_the_same_result(monkeypatch) -> None:
    pytest.importorskip("rapidocr")
    from desktop.engine.vision import ocr_rapid

    lines = [
        "王小明",
        "0912-345-678",
        "A123456789",
        "Tel",
        "郵遞區號 106 台北市大安區復興南路一段 390 號 5 樓",
    ]
    shot = render(lines, [], size=22, width=760)
    engine = registry.default_ocr("rapidocr")
    batches: list[int] = []
    real_batch = ocr_rapid._recognise_batch

    def counting(recogniser, crops):
        batches.append(len(crops))
        return real_batch(recogniser, crops)

    monkeypatch.setattr(ocr_rapid, "_recognise_batch", counting)
    batched = engine.read(shot.image).lines
    assert batches and batches[0] >= 4  # the four short lines went in together
    monkeypatch.setattr(ocr_rapid, "_batch_recogniser", lambda _engine: None)
    alone = engine.read(shot.image).lines
    assert [ln.text for ln in batched] == [ln.text for ln in alone]
    assert "0912-345-678" in [ln.text for ln in batched]
    assert [ln.char_x for ln in batched] == [ln.char_x for ln in alone]


@pytest.mark.parametrize("name", ["rapidocr", "tesseract"])
def test_a_cancelled_read_stops_with_cancelled(name: str) -> None:
    from desktop.engine.errors import Cancelled

    if not registry.spec(name).available():
        pytest.skip(f"{name} is not installed")
    shot = render(["王小明 0912-345-678"], [])
    with pytest.raises(Cancelled, match="OCR cancelled"):
        registry.default_ocr(name).read(shot.image, cancel=lambda: True)

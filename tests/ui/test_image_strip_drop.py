"""A thin strip (one chat or terminal line, 1440x120) dropped on the window is scrubbed like any
screenshot: RapidOCR once failed on such shapes with an internal ResizeImgError."""

import io

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui import errors
from tests.ui.drops import drop_file, make_window
from tests.vision.render import ink_covered
from tests.vision.shape_render import render_shape

pytest.importorskip("rapidocr")


def test_dropping_a_thin_strip_scrubs_it_without_an_error_dialog(qtbot, tmp_path) -> None:
    shot = render_shape(1440, 120, size=22, max_lines=1)  # a phone number and an e-mail
    path = tmp_path / "strip.png"
    shot.image.save(path)
    errors.last_error = None
    window = make_window(qtbot)
    with qtbot.waitSignal(window.image_scrubbed, timeout=30_000) as scrubbed:
        drop_file(window, path)
    result = scrubbed.args[0]
    assert len(result.regions) > 0
    assert errors.last_error is None
    assert not any(
        isinstance(widget, QMessageBox) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )
    png = window.image_panel.png
    assert png is not None
    redacted = Image.open(io.BytesIO(png))
    assert redacted.size == (1440, 120)
    for value, box in shot.boxes:
        assert ink_covered(shot.image, redacted, box) >= 0.98, value

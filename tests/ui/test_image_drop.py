"""Dropping and pasting screenshots into the window; copying the redacted image."""

import io

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from desktop.ui.main_window import MainWindow
from tests.ui.drops import drop_file, make_window
from tests.vision.render import ink_covered, render

pytest.importorskip("rapidocr")

LINES = ["聯絡人：王小明 手機 0912-345-678", "Email: wang.xm@example.com"]
VALUES = ["0912-345-678", "wang.xm@example.com"]


def check_redacted(window: MainWindow, shot) -> None:
    png = window.image_panel.png
    assert png is not None
    redacted = Image.open(io.BytesIO(png))
    for value in VALUES:
        assert ink_covered(shot.image, redacted, shot.boxes[value]) >= 0.98, value
    assert "PHONE" in window.image_panel.summary.text()


def test_dropping_an_image_file_scrubs_it(qtbot, tmp_path) -> None:
    shot = render(LINES, VALUES)
    path = tmp_path / "shot.png"
    shot.image.save(path)
    window = make_window(qtbot)
    with qtbot.waitSignal(window.image_scrubbed, timeout=30_000):
        drop_file(window, path)
    check_redacted(window, shot)
    assert window.input.toPlainText() == ""  # an image never lands in the text box


def test_pasting_an_image_scrubs_it_and_copy_puts_the_redaction_on_the_clipboard(qtbot) -> None:
    shot = render(LINES, VALUES)
    buffer = io.BytesIO()
    shot.image.save(buffer, "PNG")
    mime = QMimeData()
    mime.setImageData(QImage.fromData(buffer.getvalue()))
    window = make_window(qtbot)
    assert window.input.canInsertFromMimeData(mime)
    with qtbot.waitSignal(window.image_scrubbed, timeout=30_000):
        window.input.insertFromMimeData(mime)
    check_redacted(window, shot)
    window.image_panel.copy()
    copied = QGuiApplication.clipboard().image()
    assert (copied.width(), copied.height()) == shot.image.size


def test_a_broken_image_is_reported_and_the_text_stays(qtbot, tmp_path) -> None:
    path = tmp_path / "broken.png"
    path.write_bytes(b"\x89PNG not really")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window = make_window(qtbot)
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.input.setPlainText("keep me")
    window.input.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10_000)
    assert "image" in window.status.text()  # the loader's plain message
    assert window.input.toPlainText() == "keep me"

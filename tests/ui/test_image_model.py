"""The image model in the app: a dropped screenshot shows the text layer first, then the image
model's boxes (a tiny PaliGemma taught two answers, run in its own worker process on the CPU);
nothing half-scrubbed can be copied or sent, and Cancel keeps the text layer's result."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from desktop.engine.errors import InputError
from desktop.engine.pipeline import Scrubber
from desktop.engine.types import Label, Source
from desktop.engine.vision.paligemma import PaliGemmaDetector, WorkerPaliGemma
from desktop.engine.vision.scrub import ImageScrubResult
from desktop.ui.clipboard_scrub import ClipboardScrubber
from desktop.ui.main_window import MainWindow
from tests.vision.render import ink_covered, render

pytest.importorskip("rapidocr")

LINES = ["聯絡人：王小明 手機 0912-345-678"]
VALUES = ["0912-345-678"]


@pytest.fixture(scope="module")
def visual(taught_paligemma: Path):
    detector = PaliGemmaDetector(WorkerPaliGemma(taught_paligemma, "transformers", device="cpu"))
    yield detector
    detector.generator.close()


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def face_box(width: int, height: int) -> tuple[int, int]:
    """A pixel inside the taught face box (bins 128..512 of x, 256..768 of y)."""
    return width * 300 // 1024, height * 500 // 1024


def window_that_calls_after_the_text_layer(qtbot, visual, then) -> MainWindow:
    """A shown window that calls `then(window)` right after it has shown the text layer, on the
    GUI thread and before the image model's pass starts: no race with that pass."""
    window = MainWindow(Scrubber, lambda: visual)
    qtbot.addWidget(window)
    window.show()
    shown_text_layer = window._image_text_layer

    def show_then_call(generation, outcome) -> None:
        shown_text_layer(generation, outcome)
        then(window)

    window._image_text_layer = show_then_call
    return window


def test_text_layer_first_then_the_image_models_boxes(qtbot, visual) -> None:
    shot = render(LINES, VALUES, width=700)
    seen = []

    def record(window: MainWindow) -> None:
        panel = window.image_panel
        seen.append((panel.png is not None, panel.pending, panel.copy_button.isEnabled()))

    window = window_that_calls_after_the_text_layer(qtbot, visual, record)
    with qtbot.waitSignal(window.image_scrubbed, timeout=120_000) as final:
        window.scrub_image(png_bytes(shot.image))
    # The text layer arrived first: shown, but not yet copyable or sendable.
    assert seen == [(True, True, False)]
    result: ImageScrubResult = final.args[0]
    labels = {(r.label, r.source) for r in result.regions}
    assert {(Label.PHONE, Source.OCR), (Label.FACE, Source.VISION)} <= labels
    assert result.layers[-1] == "vision:paligemma:paligemma2-3b-mix-224"
    assert result.check is not None and result.check.may_contain
    assert not window.image_panel.pending and window.image_panel.copy_button.isEnabled()
    redacted = Image.open(io.BytesIO(window.image_panel.png or b""))
    assert ink_covered(shot.image, redacted, shot.boxes["0912-345-678"]) >= 0.98
    assert redacted.getpixel(face_box(*redacted.size)) == (0, 0, 0)
    assert "FACE" in window.image_panel.summary.text()


def test_cancel_keeps_the_text_layer_and_says_so(qtbot, visual) -> None:
    shot = render(LINES, VALUES, width=700)
    visible = []

    def click_cancel(window: MainWindow) -> None:
        visible.append(window.cancel_button.isVisible())
        window.cancel_button.click()

    window = window_that_calls_after_the_text_layer(qtbot, visual, click_cancel)
    with qtbot.waitSignal(window.image_scrubbed, timeout=120_000) as final:
        window.scrub_image(png_bytes(shot.image))
    result: ImageScrubResult = final.args[0]
    assert visible == [True]  # Cancel was offered while the image model was to run
    assert result.skipped and "cancelled" in result.skipped[0]
    assert {r.source for r in result.regions} == {Source.OCR}
    assert not window.image_panel.pending and not window.cancel_button.isVisible()
    assert "did not finish" in window.status.text()
    redacted = Image.open(io.BytesIO(window.image_panel.png or b""))
    assert ink_covered(shot.image, redacted, shot.boxes["0912-345-678"]) >= 0.98


def test_a_pending_screenshot_cannot_be_sent(qtbot) -> None:
    from desktop.ui.app import ScrubDeskApp

    app = QApplication.instance()
    scrubdesk = ScrubDeskApp(app, server_name=f"scrubdesk-test-{uuid.uuid4().hex[:8]}")
    qtbot.addWidget(scrubdesk.window)
    panel = scrubdesk.window.image_panel
    panel.show_png(png_bytes(Image.new("RGB", (20, 20), "white")), "", final=False)
    with pytest.raises(InputError, match="still being checked"):
        scrubdesk.outgoing_images()
    scrubdesk.conversation.send()
    assert "still being checked" in scrubdesk.conversation.state.text()
    panel.show_png(png_bytes(Image.new("RGB", (20, 20), "white")), "")
    assert len(scrubdesk.outgoing_images()) == 1
    scrubdesk.server.close()


def test_clipboard_gets_the_final_image_once(qtbot, visual) -> None:
    shot = render(LINES, VALUES, width=700)
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(QImage.fromData(png_bytes(shot.image)))
    scrub = ClipboardScrubber(Scrubber, visual_layer=lambda: visual)
    with qtbot.waitSignal(scrub.scrubbed, timeout=120_000) as signal:
        scrub.scrub()
    assert "FACE" in signal.args[0] and "PHONE" in signal.args[0]
    copied = clipboard.image().convertToFormat(QImage.Format.Format_RGB888)
    x, y = face_box(copied.width(), copied.height())
    assert copied.pixelColor(x, y).name() == "#000000"
    assert scrub.undo() is True


def test_the_app_opens_the_installed_image_model_and_settings_turn_it_off(
    qtbot, taught_paligemma: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.engine.keystore import SecretStore
    from desktop.ui.app import ScrubDeskApp
    from desktop.ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("SCRUBDESK_MODELS_DIR", str(taught_paligemma.parent))
    app = QApplication.instance()
    scrubdesk = ScrubDeskApp(app, server_name=f"scrubdesk-test-{uuid.uuid4().hex[:8]}")
    qtbot.addWidget(scrubdesk.window)
    layer = scrubdesk.visual_layer()
    assert layer is not None and layer.name == "paligemma:paligemma2-3b-mix-224"
    assert scrubdesk.visual_layer() is layer  # opened once
    layer.find(Image.new("RGB", (64, 64), "white"))  # starts its worker process
    worker = layer.generator.worker
    assert worker.worker_pid is not None
    dialog = SettingsDialog(scrubdesk.settings, SecretStore(), "", scrubdesk.window)
    qtbot.addWidget(dialog)
    assert dialog.image_model.isChecked()
    dialog.image_model.setChecked(False)
    scrubdesk.apply_settings(dialog.collect())
    assert scrubdesk.settings.use_image_model is False
    assert scrubdesk.visual_layer() is None
    assert worker.worker_pid is None  # the worker was ended
    scrubdesk.server.close()

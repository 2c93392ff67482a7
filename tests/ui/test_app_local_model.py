"""The app with a real local model: a tiny random-weight Gemma 2 GGUF on llama.cpp, loaded in
its worker process. Random weights find nothing useful; the test checks the plumbing: the model
layer runs after the fast layer, and the badge says where the model runs."""

import uuid

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.engine.settings import Settings
from desktop.ui.app import ScrubDeskApp
from tests.runtimes.tiny_models import write_tiny_gemma2_gguf

pytest.importorskip("llama_cpp")


@pytest.mark.slow
def test_refinement_runs_on_the_local_model(qtbot, tmp_path) -> None:
    model = write_tiny_gemma2_gguf(tmp_path / "tiny-gemma2.gguf")
    settings = Settings(local_model=str(model), first_run_done=True)
    app = ScrubDeskApp(
        QGuiApplication.instance(), f"scrubdesk-test-{uuid.uuid4().hex[:8]}", settings
    )
    qtbot.addWidget(app.window)
    assert app.window.scrubber.model is not None
    with qtbot.waitSignal(app.window.scrubbed, timeout=10_000):
        app.window.input.setPlainText("請寄到 wang.xm@example.com")
    assert app.window.preview.toPlainText() == "請寄到 [EMAIL_1]"  # the fast layer, at once
    qtbot.waitUntil(lambda: "model:" in app.window.status.text(), timeout=120_000)
    assert "llama.cpp on cpu" in app.window.model_badge.text()
    assert app.window.preview.toPlainText().startswith("請寄到 [EMAIL_1]")
    app.window.scrubber.model.close()


def test_a_missing_model_leaves_the_fast_layer_working(qtbot, tmp_path) -> None:
    settings = Settings(local_model=str(tmp_path / "nope.gguf"), first_run_done=True)
    app = ScrubDeskApp(
        QGuiApplication.instance(), f"scrubdesk-test-{uuid.uuid4().hex[:8]}", settings
    )
    qtbot.addWidget(app.window)
    assert app.window.scrubber.model is None
    app.start()
    assert "does not exist" in app.window.model_badge.text()
    with qtbot.waitSignal(app.window.scrubbed, timeout=10_000):
        app.window.input.setPlainText("mail a@example.org")
    assert app.window.preview.toPlainText() == "mail [EMAIL_1]"
    app.server.close()
    if app.hotkey is not None:
        app.hotkey.unregister()

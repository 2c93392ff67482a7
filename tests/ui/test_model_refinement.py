"""The window shows the fast layer at once, then refines with the local model; cancel keeps
the fast result. The model layer here is a small stand-in that blocks until released, so the
test controls timing; the real local model layer has its own tests in tests/llm."""

import threading

from desktop.engine.errors import Cancelled
from desktop.engine.pipeline import Scrubber
from desktop.engine.policy import Policy
from desktop.engine.types import Label, Source, Span
from desktop.ui.main_window import MainWindow


class GatedModel:
    name = "model:gated"

    def __init__(self) -> None:
        self.release = threading.Event()

    def detect_spans(self, text, cancel=None):
        while not self.release.wait(0.02):
            if cancel is not None and cancel():
                raise Cancelled("the local model layer was cancelled")
        start = text.find("Alice")
        return [Span(start, start + 5, Label.PERSON, Source.MODEL, 0.8)] if start >= 0 else []

    def status_line(self) -> str:
        return "gated · cpu · 12 tok/s"


def make_window(qtbot, model: GatedModel) -> MainWindow:
    policy = Policy.from_lists(always=[("Bob", Label.PERSON)])
    window = MainWindow(lambda: Scrubber(detectors=(), policy=policy, model=model))
    qtbot.addWidget(window)
    return window


def test_fast_result_first_then_the_model_refines(qtbot) -> None:
    model = GatedModel()
    window = make_window(qtbot, model)
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.input.setPlainText("Alice pays Bob")
    assert window.preview.toPlainText() == "Alice pays [PERSON_1]"  # fast layer, at once
    assert window.cancel_button.isVisible() or not window.isVisible()
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        model.release.set()
    assert window.preview.toPlainText() == "[PERSON_1] pays [PERSON_2]"
    assert "model:gated" in window.status.text()
    assert window.model_badge.text() == "gated · cpu · 12 tok/s"


def test_user_edits_survive_the_refinement(qtbot) -> None:
    model = GatedModel()
    window = make_window(qtbot, model)
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.input.setPlainText("Alice pays Bob")
    window._toggle_span(window.review.detected[0])  # keep "Bob"
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        model.release.set()
    assert window.preview.toPlainText() == "[PERSON_1] pays Bob"


def test_cancel_keeps_the_fast_result(qtbot) -> None:
    model = GatedModel()
    window = make_window(qtbot, model)
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.input.setPlainText("Alice pays Bob")
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.cancel_button.click()
    assert window.preview.toPlainText() == "Alice pays [PERSON_1]"
    assert "did not finish" in window.status.text()
    assert not window.cancel_button.isVisible()

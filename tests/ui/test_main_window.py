"""The main window in a real offscreen Qt app (pytest-qt)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.engine.pipeline import Scrubber
from desktop.engine.policy import Policy
from desktop.engine.types import Label
from desktop.ui.main_window import MainWindow

TEXT = "我是王小明 😀，信箱 wang.xm@example.com，同事 Alice 也在。"


def make_window(qtbot) -> MainWindow:
    # The always-list stands in for detectors here so this test does not depend on their tuning.
    policy = Policy.from_lists(always=[("王小明", Label.PERSON), ("Alice", Label.PERSON)])
    window = MainWindow(lambda: Scrubber(policy=policy))
    qtbot.addWidget(window)
    window.show()
    return window


def paste(qtbot, window: MainWindow, text: str) -> None:
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.input.setPlainText(text)


def test_pasting_text_scrubs_it_and_keeps_the_original(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, TEXT)
    sent = window.preview.toPlainText()
    assert "[PERSON_1]" in sent and "[PERSON_2]" in sent and "[EMAIL_1]" in sent
    assert "王小明" not in sent and "wang.xm@example.com" not in sent
    assert window.input.toPlainText() == TEXT  # the user's text is never changed
    assert window.findings.list.count() == 3


def test_unchecking_a_finding_keeps_that_value(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, TEXT)
    alice = next(
        window.findings.list.item(i)
        for i in range(window.findings.list.count())
        if window.findings.list.item(i).text().endswith("Alice")
    )
    alice.setCheckState(Qt.CheckState.Unchecked)
    assert "Alice" in window.preview.toPlainText()
    assert "王小明" not in window.preview.toPlainText()


def test_clicking_a_highlight_toggles_it_across_an_emoji(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, TEXT)
    # "Alice" comes after an emoji: a UTF-16 position, converted at the UI boundary.
    index = TEXT.index("Alice") + 1
    window.input.clicked.emit(index)
    assert "Alice" in window.preview.toPlainText()
    window.input.clicked.emit(index)
    assert "Alice" not in window.preview.toPlainText()


def test_selecting_text_adds_a_redaction(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, TEXT)
    cursor = window.input.textCursor()
    start = TEXT.index("同事")
    utf16 = len(TEXT[:start].encode("utf-16-le")) // 2
    cursor.setPosition(utf16)
    cursor.setPosition(utf16 + 2, cursor.MoveMode.KeepAnchor)
    window.input.setTextCursor(cursor)
    window.redact_selection()
    assert "同事" not in window.preview.toPlainText()


def test_per_label_toggle_and_copy(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, TEXT)
    window.findings.label_boxes[Label.PERSON].setChecked(False)
    assert "王小明" in window.preview.toPlainText()
    window.copy_redacted()
    assert QGuiApplication.clipboard().text() == window.preview.toPlainText()
    QApplication.processEvents()


def test_preview_does_not_commit_placeholders(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, "Alice")
    paste(qtbot, window, "王小明")
    assert window.preview.toPlainText() == "[PERSON_1]"
    assert len(window.scrubber.vault) == 0


def test_new_conversation_forgets_placeholders(qtbot) -> None:
    window = make_window(qtbot)
    paste(qtbot, window, "Alice")
    window.copy_redacted()  # copying (like sending) commits [PERSON_1] to the conversation
    paste(qtbot, window, "王小明")
    assert window.preview.toPlainText() == "[PERSON_2]"
    with qtbot.waitSignal(window.scrubbed, timeout=10_000):
        window.new_conversation()
    assert window.preview.toPlainText() == "[PERSON_1]"

"""The window and a dropped file, as the UI tests that drop files onto it need them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.engine.pipeline import Scrubber
from desktop.ui.main_window import MainWindow


def make_window(qtbot) -> MainWindow:
    window = MainWindow(Scrubber)
    qtbot.addWidget(window)
    window.show()
    return window


def drop_file(window: MainWindow, path: Path) -> None:
    """Drop `path` on the window as a file manager does (the mime data lives until the event
    has been handled)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)

"""Application start-up."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("ScrubDesk")
    window = MainWindow()
    window.show()
    return app.exec()

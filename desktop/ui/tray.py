"""The tray icon: Scrub clipboard, Undo, Show, Quit, and value-free notifications."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktop.ui.i18n import tr


def app_icon() -> QIcon:
    """A simple drawn icon, so the tray works without resource files."""
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setBrush(QColor("#2d6cdf"))
    painter.setPen(QColor("#2d6cdf"))
    painter.drawRoundedRect(4, 4, 56, 56, 12, 12)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRect(14, 26, 36, 12)  # a redaction bar
    painter.end()
    return QIcon(pixmap)


class Tray(QSystemTrayIcon):
    def __init__(
        self,
        on_scrub: Callable[[], None],
        on_undo: Callable[[], None],
        on_show: Callable[[], None],
        on_quit: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(app_icon(), parent)
        self.setToolTip("ScrubDesk")
        menu = QMenu(parent)
        self.scrub_action = _action(menu, tr("Scrub clipboard"), on_scrub)
        self.undo_action = _action(menu, tr("Undo clipboard scrub"), on_undo)
        self.undo_action.setEnabled(False)
        menu.addSeparator()
        self.show_action = _action(menu, tr("Show ScrubDesk"), on_show)
        self.quit_action = _action(menu, tr("Quit"), on_quit)
        self.setContextMenu(menu)
        self._menu = menu
        self.last_message = ""

    def notify(self, message: str) -> None:
        """Show a notification; messages carry counts and labels only, never values."""
        self.last_message = message
        self.showMessage("ScrubDesk", message, QSystemTrayIcon.MessageIcon.Information, 4000)


def _action(menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    return action

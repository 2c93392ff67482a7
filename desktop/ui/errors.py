"""One place for every user-facing error: a plain message, never a traceback or user data."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

# The last message shown, for tests and the status bar; never contains user text.
last_error: str | None = None


def plain_message(error: BaseException) -> str:
    from desktop.engine.errors import ScrubDeskError

    if isinstance(error, ScrubDeskError):
        return str(error)
    # Unexpected errors: the type only. Their text may quote user data.
    return f"Something went wrong ({type(error).__name__}). Your text is still in the window."


def show_error(parent: QWidget | None, error: BaseException, *, modal: bool = True) -> str:
    global last_error
    message = plain_message(error)
    last_error = message
    log.warning("error shown to the user: %s", type(error).__name__)
    if modal:
        box = QMessageBox(QMessageBox.Icon.Warning, "ScrubDesk", message, parent=parent)
        box.setModal(False)
        box.show()
    return message

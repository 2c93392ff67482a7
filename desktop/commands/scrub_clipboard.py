"""`scrubdesk scrub-clipboard`: ask the running app to scrub the clipboard (bind it to a key)."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.engine.errors import ScrubDeskError


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "scrub-clipboard",
        help="ask the running ScrubDesk app to scrub the clipboard",
        description="For desktops where no global hotkey works: bind this command to a key.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui.instance import send_command
    except ImportError as exc:
        raise ScrubDeskError(
            "scrub-clipboard needs PySide6 (pip install 'scrubdesk[gui]')"
        ) from exc
    _app = QCoreApplication.instance() or QCoreApplication([])
    try:
        answer = send_command("scrub-clipboard")
    except ConnectionError as exc:
        raise ScrubDeskError(str(exc)) from None
    if answer != "ok":
        raise ScrubDeskError(f"ScrubDesk answered: {answer}")
    return 0

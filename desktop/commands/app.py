"""Starting the desktop window (the default when `scrubdesk` runs without a command)."""

from __future__ import annotations

from desktop.engine.errors import ScrubDeskError


def launch() -> int:
    try:
        from desktop.ui.app import main
    except ImportError as exc:
        raise ScrubDeskError(
            "the desktop window needs PySide6 (pip install 'scrubdesk[gui]'); on a headless "
            "machine use `scrubdesk scrub` instead"
        ) from exc
    return main()

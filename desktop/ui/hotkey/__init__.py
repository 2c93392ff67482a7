"""Global hotkeys: one backend per platform, listed explicitly, the first that works wins.

Where none works (e.g. a Wayland desktop without the GlobalShortcuts portal), the user binds
`scrubdesk scrub-clipboard` in the desktop's own keyboard settings instead.
"""

from __future__ import annotations

from desktop.ui.hotkey.base import Hotkey, HotkeyBackend, HotkeyError, parse_hotkey
from desktop.ui.hotkey.registry import BACKENDS, default_hotkey, start_hotkey

__all__ = [
    "BACKENDS",
    "Hotkey",
    "HotkeyBackend",
    "HotkeyError",
    "default_hotkey",
    "parse_hotkey",
    "start_hotkey",
]

"""The explicit list of hotkey backends and the choice among them."""

from __future__ import annotations

import sys

from desktop.ui.hotkey.base import Hotkey, HotkeyBackend, HotkeyError
from desktop.ui.hotkey.macos import CarbonHotkey
from desktop.ui.hotkey.wayland import PortalHotkey
from desktop.ui.hotkey.windows import WindowsHotkey
from desktop.ui.hotkey.x11 import X11Hotkey

BACKENDS: tuple[type[HotkeyBackend], ...] = (CarbonHotkey, WindowsHotkey, PortalHotkey, X11Hotkey)


def default_hotkey() -> str:
    return "Meta+Alt+S" if sys.platform == "darwin" else "Ctrl+Alt+S"


def start_hotkey(hotkey: Hotkey) -> tuple[HotkeyBackend | None, str]:
    """Register `hotkey` with the first backend that works; returns it and a status line."""
    reasons = []
    for backend_type in BACKENDS:
        if not backend_type.available():
            continue
        backend = backend_type()
        try:
            backend.register(hotkey)
        except HotkeyError as exc:
            reasons.append(f"{backend_type.name}: {exc}")
            continue
        return backend, f"{hotkey} via {backend_type.name}"
    detail = "; ".join(reasons) or "no backend for this desktop"
    return None, f"no global hotkey ({detail}); bind `scrubdesk scrub-clipboard` to a key instead"

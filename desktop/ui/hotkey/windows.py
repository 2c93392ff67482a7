"""Windows: RegisterHotKey, with WM_HOTKEY picked up by a native event filter.

Not exercised by the Linux CI; written against the documented Win32 API (user32.dll).
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

from desktop.ui.hotkey.base import Hotkey, HotkeyBackend, HotkeyError

_MOD = {"alt": 0x0001, "ctrl": 0x0002, "shift": 0x0004, "meta": 0x0008}
_MOD_NOREPEAT = 0x4000
_WM_HOTKEY = 0x0312
_HOTKEY_ID = 0x5344  # "SD"


def _virtual_key(key: str) -> int:
    if len(key) == 1:
        return ord(key)  # VK codes of A-Z and 0-9 equal their ASCII upper-case codes
    return 0x70 + int(key[1:]) - 1  # VK_F1 = 0x70


class _Filter(QAbstractNativeEventFilter):
    def __init__(self, backend: WindowsHotkey) -> None:
        super().__init__()
        self._backend = backend

    def nativeEventFilter(self, event_type: Any, message: Any) -> Any:
        if bytes(event_type) == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == _WM_HOTKEY and msg.wParam == _HOTKEY_ID:
                self._backend.activated.emit()
                return True, 0
        return False, 0


class WindowsHotkey(HotkeyBackend):
    name = "Windows RegisterHotKey"

    def __init__(self) -> None:
        super().__init__()
        self._filter: _Filter | None = None

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "win32"

    def register(self, hotkey: Hotkey) -> None:
        self.unregister()
        mods = _MOD_NOREPEAT
        for modifier in hotkey.modifiers:
            mods |= _MOD[modifier]
        user32 = ctypes.windll.user32  # type: ignore[attr-defined]
        if not user32.RegisterHotKey(None, _HOTKEY_ID, mods, _virtual_key(hotkey.key)):
            raise HotkeyError("the key is already taken by another program")
        self._filter = _Filter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)

    def unregister(self) -> None:
        if self._filter is None:
            return
        ctypes.windll.user32.UnregisterHotKey(None, _HOTKEY_ID)  # type: ignore[attr-defined]
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        self._filter = None

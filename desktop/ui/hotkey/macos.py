"""macOS: Carbon RegisterEventHotKey, which needs no Accessibility permission.

Not exercised by the Linux CI; written against the documented Carbon Event Manager API.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

from desktop.ui.hotkey.base import Hotkey, HotkeyBackend, HotkeyError

# Carbon modifier bits and virtual key codes (kVK_ANSI_*), from Events.h.
_MOD = {"meta": 0x0100, "shift": 0x0200, "alt": 0x0800, "ctrl": 0x1000}
_KEYCODES = {
    "A": 0x00,
    "S": 0x01,
    "D": 0x02,
    "F": 0x03,
    "H": 0x04,
    "G": 0x05,
    "Z": 0x06,
    "X": 0x07,
    "C": 0x08,
    "V": 0x09,
    "B": 0x0B,
    "Q": 0x0C,
    "W": 0x0D,
    "E": 0x0E,
    "R": 0x0F,
    "Y": 0x10,
    "T": 0x11,
    "1": 0x12,
    "2": 0x13,
    "3": 0x14,
    "4": 0x15,
    "6": 0x16,
    "5": 0x17,
    "9": 0x19,
    "7": 0x1A,
    "8": 0x1C,
    "0": 0x1D,
    "O": 0x1F,
    "U": 0x20,
    "I": 0x22,
    "P": 0x23,
    "L": 0x25,
    "J": 0x26,
    "K": 0x28,
    "N": 0x2D,
    "M": 0x2E,
    "F1": 0x7A,
    "F2": 0x78,
    "F3": 0x63,
    "F4": 0x76,
    "F5": 0x60,
    "F6": 0x61,
    "F7": 0x62,
    "F8": 0x64,
    "F9": 0x65,
    "F10": 0x6D,
    "F11": 0x67,
    "F12": 0x6F,
}
_EVENT_CLASS_KEYBOARD = int.from_bytes(b"keyb", "big")
_EVENT_HOTKEY_PRESSED = 5
_SIGNATURE = int.from_bytes(b"SDsk", "big")

_Handler = ctypes.CFUNCTYPE(ctypes.c_int32, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)


class _EventTypeSpec(ctypes.Structure):
    _fields_ = [("eventClass", ctypes.c_uint32), ("eventKind", ctypes.c_uint32)]


class _EventHotKeyID(ctypes.Structure):
    _fields_ = [("signature", ctypes.c_uint32), ("id", ctypes.c_uint32)]


class CarbonHotkey(HotkeyBackend):
    name = "macOS Carbon RegisterEventHotKey"

    def __init__(self) -> None:
        super().__init__()
        self._carbon: ctypes.CDLL | None = None
        self._hotkey_ref = ctypes.c_void_p()
        self._handler_ref = ctypes.c_void_p()
        self._callback = _Handler(self._pressed)  # referenced for as long as it is installed

    @classmethod
    def available(cls) -> bool:
        return sys.platform == "darwin"

    def _pressed(self, _call_ref: int, _event: int, _data: int) -> int:
        self.activated.emit()
        return 0

    def register(self, hotkey: Hotkey) -> None:
        self.unregister()
        if hotkey.key not in _KEYCODES:
            raise HotkeyError(f"unsupported key on macOS: {hotkey.key}")
        carbon = ctypes.CDLL(ctypes.util.find_library("Carbon"))
        carbon.GetApplicationEventTarget.restype = ctypes.c_void_p
        target = carbon.GetApplicationEventTarget()
        spec = _EventTypeSpec(_EVENT_CLASS_KEYBOARD, _EVENT_HOTKEY_PRESSED)
        status = carbon.InstallEventHandler(
            ctypes.c_void_p(target),
            self._callback,
            1,
            ctypes.byref(spec),
            None,
            ctypes.byref(self._handler_ref),
        )
        if status != 0:
            raise HotkeyError(f"InstallEventHandler failed ({status})")
        mods = sum(_MOD[m] for m in hotkey.modifiers)
        status = carbon.RegisterEventHotKey(
            _KEYCODES[hotkey.key],
            mods,
            _EventHotKeyID(_SIGNATURE, 1),
            ctypes.c_void_p(target),
            0,
            ctypes.byref(self._hotkey_ref),
        )
        if status != 0:
            carbon.RemoveEventHandler(self._handler_ref)
            raise HotkeyError("the key is already taken by another program")
        self._carbon = carbon

    def unregister(self) -> None:
        if self._carbon is None:
            return
        self._carbon.UnregisterEventHotKey(self._hotkey_ref)
        self._carbon.RemoveEventHandler(self._handler_ref)
        self._carbon = None

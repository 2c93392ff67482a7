"""X11: XGrabKey on the root window through libX11 (ctypes), events read on the Qt loop."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

from PySide6.QtCore import QSocketNotifier, QTimer

from desktop.ui.hotkey.base import Hotkey, HotkeyBackend, HotkeyError

_SHIFT, _LOCK, _CONTROL, _MOD1, _MOD2, _MOD4 = 1, 2, 4, 8, 16, 64
_MODIFIER_MASKS = {"shift": _SHIFT, "ctrl": _CONTROL, "alt": _MOD1, "meta": _MOD4}
# Grab also with Caps Lock and Num Lock on, or the key would not fire while they are on.
_LOCK_VARIANTS = (0, _LOCK, _MOD2, _LOCK | _MOD2)
_KEY_PRESS = 2
_GRAB_MODE_ASYNC = 1


class _XKeyEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("root", ctypes.c_ulong),
        ("subwindow", ctypes.c_ulong),
        ("time", ctypes.c_ulong),
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("x_root", ctypes.c_int),
        ("y_root", ctypes.c_int),
        ("state", ctypes.c_uint),
        ("keycode", ctypes.c_uint),
        ("same_screen", ctypes.c_int),
    ]


class _XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xkey", _XKeyEvent), ("pad", ctypes.c_long * 24)]


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def _load_xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11") or "libX11.so.6"
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XStringToKeysym.restype = ctypes.c_ulong
    lib.XStringToKeysym.argtypes = [ctypes.c_char_p]
    lib.XKeysymToKeycode.restype = ctypes.c_ubyte
    lib.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    lib.XGrabKey.argtypes = [
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.XUngrabKey.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(_XEvent)]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XSetErrorHandler.argtypes = [_ErrorHandler]
    lib.XSetErrorHandler.restype = ctypes.c_void_p
    return lib


class X11Hotkey(HotkeyBackend):
    name = "X11 XGrabKey"

    def __init__(self) -> None:
        super().__init__()
        self._x = _load_xlib()
        self._display: int | None = None
        self._grabs: list[tuple[int, int]] = []
        self._errors = 0
        # Keep a reference: X calls it for BadAccess when another program holds the key.
        self._on_error = _ErrorHandler(self._x_error)
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._drain)

    @classmethod
    def available(cls) -> bool:
        return bool(os.environ.get("DISPLAY")) and not os.environ.get("WAYLAND_DISPLAY")

    def _x_error(self, _display: int, _event: int) -> int:
        self._errors += 1
        return 0

    def register(self, hotkey: Hotkey) -> None:
        self.unregister()
        display = self._x.XOpenDisplay(None)
        if not display:
            raise HotkeyError("cannot open the X display")
        self._display = display
        self._x.XSetErrorHandler(self._on_error)
        keysym = self._x.XStringToKeysym(
            hotkey.key.lower().encode() if len(hotkey.key) == 1 else hotkey.key.encode()
        )
        keycode = self._x.XKeysymToKeycode(display, keysym)
        if not keycode:
            raise HotkeyError(f"no key code for {hotkey.key}")
        mask = 0
        for modifier in hotkey.modifiers:
            mask |= _MODIFIER_MASKS[modifier]
        root = self._x.XDefaultRootWindow(display)
        self._errors = 0
        for lock in _LOCK_VARIANTS:
            self._x.XGrabKey(
                display, keycode, mask | lock, root, 0, _GRAB_MODE_ASYNC, _GRAB_MODE_ASYNC
            )
            self._grabs.append((keycode, mask | lock))
        self._x.XSync(display, 0)
        if self._errors:
            self.unregister()
            raise HotkeyError("the key is already taken by another program")
        fd = self._x.XConnectionNumber(display)
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._timer.start()  # Xlib may buffer events the socket notifier never sees

    def _drain(self) -> None:
        if self._display is None:
            return
        event = _XEvent()
        while self._x.XPending(self._display):
            self._x.XNextEvent(self._display, ctypes.byref(event))
            if event.type == _KEY_PRESS:
                self.activated.emit()

    def unregister(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._display is not None:
            root = self._x.XDefaultRootWindow(self._display)
            for keycode, mask in self._grabs:
                self._x.XUngrabKey(self._display, keycode, mask, root)
            self._x.XSync(self._display, 0)
            self._x.XCloseDisplay(self._display)
        self._display = None
        self._grabs = []

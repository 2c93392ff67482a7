"""Wayland: the XDG desktop portal's GlobalShortcuts interface over D-Bus (through jeepney).

Wayland gives no app a global key grab; the portal asks the compositor (GNOME 48+, KDE Plasma
5.27+, Hyprland) to bind the shortcut, possibly after asking the user. The D-Bus conversation:
CreateSession -> Response(session_handle) -> BindShortcuts -> Response -> Activated signals.
"""

from __future__ import annotations

import contextlib
import os
import threading
from typing import Any

from desktop.ui.hotkey.base import Hotkey, HotkeyBackend, HotkeyError

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REQUEST = "org.freedesktop.portal.Request"
SHORTCUT_ID = "scrub-clipboard"
RESPONSE_TIMEOUT_S = 60.0  # the compositor may show the user a dialog first
_XDG_MODIFIERS = {"ctrl": "CTRL", "alt": "ALT", "shift": "SHIFT", "meta": "LOGO"}


def preferred_trigger(hotkey: Hotkey) -> str:
    """The XDG shortcuts spec's trigger form, e.g. "CTRL+ALT+s"."""
    mods = [_XDG_MODIFIERS[m] for m in ("ctrl", "alt", "shift", "meta") if m in hotkey.modifiers]
    key = hotkey.key.lower() if len(hotkey.key) == 1 else hotkey.key
    return "+".join([*mods, key])


class PortalHotkey(HotkeyBackend):
    name = "Wayland GlobalShortcuts portal"

    def __init__(self) -> None:
        super().__init__()
        self._conn: Any = None
        self._session: str | None = None
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        self._tokens = 0

    @classmethod
    def available(cls) -> bool:
        return bool(
            os.environ.get("WAYLAND_DISPLAY") and os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        )

    def _token(self) -> str:
        self._tokens += 1
        return f"scrubdesk{os.getpid()}_{self._tokens}"

    def _request(self, method: str, signature: str, body: tuple[Any, ...], token: str) -> Any:
        """Call a portal method that answers through a Request object's Response signal."""
        from jeepney import DBusAddress, MatchRule, new_method_call
        from jeepney.bus_messages import message_bus

        sender = self._conn.unique_name.lstrip(":").replace(".", "_")
        request_path = f"{PORTAL_PATH}/request/{sender}/{token}"
        rule = MatchRule(type="signal", interface=REQUEST, member="Response", path=request_path)
        self._conn.send_and_get_reply(message_bus.AddMatch(rule))
        portal = DBusAddress(PORTAL_PATH, bus_name=PORTAL, interface=SHORTCUTS)
        with self._conn.filter(rule) as queue:
            reply = self._conn.send_and_get_reply(new_method_call(portal, method, signature, body))
            if reply.header.message_type.name == "error":
                raise HotkeyError(f"the portal refused {method}")
            try:
                signal = self._conn.recv_until_filtered(queue, timeout=RESPONSE_TIMEOUT_S)
            except TimeoutError:
                raise HotkeyError(f"the portal did not answer {method}") from None
        code, results = signal.body
        if code != 0:
            raise HotkeyError("the shortcut was not allowed" if code == 1 else f"{method} failed")
        return results

    def register(self, hotkey: Hotkey) -> None:
        self.unregister()
        try:
            from jeepney.io.blocking import open_dbus_connection

            self._conn = open_dbus_connection(bus="SESSION")
        except Exception as exc:
            raise HotkeyError(f"no D-Bus session ({type(exc).__name__})") from None
        try:
            token = self._token()
            results = self._request(
                "CreateSession",
                "a{sv}",
                ({"handle_token": ("s", token), "session_handle_token": ("s", self._token())},),
                token,
            )
            self._session = str(results["session_handle"][1])
            token = self._token()
            shortcut = (
                SHORTCUT_ID,
                {
                    "description": ("s", "Scrub the clipboard"),
                    "preferred_trigger": ("s", preferred_trigger(hotkey)),
                },
            )
            self._request(
                "BindShortcuts",
                "oa(sa{sv})sa{sv}",
                (self._session, [shortcut], "", {"handle_token": ("s", token)}),
                token,
            )
        except HotkeyError:
            self.unregister()
            raise
        except Exception as exc:  # a portal without GlobalShortcuts answers with an error
            self.unregister()
            raise HotkeyError(
                f"the portal has no global shortcuts ({type(exc).__name__})"
            ) from None
        # Subscribe before returning: the bus routes no signal to us until AddMatch is done.
        from jeepney import MatchRule
        from jeepney.bus_messages import message_bus

        rule = MatchRule(type="signal", interface=SHORTCUTS, member="Activated")
        self._conn.send_and_get_reply(message_bus.AddMatch(rule))
        activations = self._conn.filter(rule, bufsize=16)
        self._stop.clear()
        self._listener = threading.Thread(
            target=self._listen, args=(activations,), name="portal-hotkey", daemon=True
        )
        self._listener.start()

    def _listen(self, activations: Any) -> None:
        with activations as queue:
            while not self._stop.is_set():
                try:
                    signal = self._conn.recv_until_filtered(queue, timeout=0.2)
                except TimeoutError:
                    continue
                except OSError:
                    return  # the connection closed
                session, shortcut_id = signal.body[0], signal.body[1]
                if session == self._session and shortcut_id == SHORTCUT_ID:
                    self.activated.emit()  # queued to the GUI thread

    def unregister(self) -> None:
        self._stop.set()
        if self._listener is not None:
            self._listener.join(timeout=2)
            self._listener = None
        if self._conn is not None:
            if self._session is not None:
                from jeepney import DBusAddress, new_method_call

                session = DBusAddress(
                    self._session, bus_name=PORTAL, interface="org.freedesktop.portal.Session"
                )
                # Best effort: the session also ends when the connection closes.
                with contextlib.suppress(Exception):
                    self._conn.send_and_get_reply(new_method_call(session, "Close"), timeout=2)
            self._conn.close()
        self._conn = None
        self._session = None

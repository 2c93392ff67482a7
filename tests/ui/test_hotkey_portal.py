"""The Wayland backend against a fake GlobalShortcuts portal on a private D-Bus session bus.

The fake portal speaks the portal's D-Bus protocol (request objects, Response signals,
Activated); the backend under test is the real one, over a real dbus-daemon.
"""

import shutil
import subprocess
import threading

import pytest

from desktop.ui.hotkey import parse_hotkey, start_hotkey
from desktop.ui.hotkey.wayland import PORTAL, PORTAL_PATH, REQUEST, SHORTCUTS, PortalHotkey

jeepney = pytest.importorskip("jeepney")
from jeepney import DBusAddress, HeaderFields, MessageType, new_method_return, new_signal  # noqa: E402
from jeepney.bus_messages import message_bus  # noqa: E402
from jeepney.io.blocking import open_dbus_connection  # noqa: E402


class FakePortal:
    """Answers CreateSession and BindShortcuts like xdg-desktop-portal, and can fire Activated."""

    def __init__(self, address: str, allow: bool = True) -> None:
        self.conn = open_dbus_connection(bus=address)
        self.conn.send_and_get_reply(message_bus.RequestName(PORTAL))
        self.allow = allow
        self.bound: list[tuple[str, dict]] = []
        self.session: str | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self.conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields[HeaderFields.member]
            sender = msg.header.fields[HeaderFields.sender].lstrip(":").replace(".", "_")
            if member == "CreateSession":
                options = msg.body[0]
                token = options["handle_token"][1]
                self.session = (
                    f"{PORTAL_PATH}/session/{sender}/{options['session_handle_token'][1]}"
                )
                self._answer(msg, sender, token, {"session_handle": ("o", self.session)})
            elif member == "BindShortcuts":
                _session, shortcuts, _parent, options = msg.body
                self.bound = list(shortcuts)
                self._answer(msg, sender, options["handle_token"][1], {}, 0 if self.allow else 1)
            else:  # Session.Close and anything else
                self.conn.send(new_method_return(msg))

    def _answer(self, msg, sender: str, token: str, results: dict, code: int = 0) -> None:
        request = f"{PORTAL_PATH}/request/{sender}/{token}"
        self.conn.send(new_method_return(msg, "o", (request,)))
        emitter = DBusAddress(request, interface=REQUEST)
        self.conn.send(new_signal(emitter, "Response", "ua{sv}", (code, results)))

    def activate(self, shortcut_id: str = "scrub-clipboard") -> None:
        emitter = DBusAddress(PORTAL_PATH, interface=SHORTCUTS)
        body = (self.session, shortcut_id, 0, {})
        self.conn.send(new_signal(emitter, "Activated", "osta{sv}", body))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.conn.close()


@pytest.fixture
def session_bus(monkeypatch):
    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon is not installed (.ci/run installs it)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-test")
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)


def test_portal_binds_the_shortcut_and_fires(qtbot, session_bus) -> None:
    portal = FakePortal(session_bus)
    try:
        backend, status = start_hotkey(parse_hotkey("Ctrl+Alt+S"))
        assert isinstance(backend, PortalHotkey), status
        assert status == "Ctrl+Alt+S via Wayland GlobalShortcuts portal"
        [(shortcut_id, options)] = portal.bound
        assert shortcut_id == "scrub-clipboard"
        assert options["preferred_trigger"] == ("s", "CTRL+ALT+s")
        with qtbot.waitSignal(backend.activated, timeout=10_000):
            portal.activate()
        with qtbot.assertNotEmitted(backend.activated, wait=300):
            portal.activate("someone-elses-shortcut")
        backend.unregister()
    finally:
        portal.close()


def test_a_refused_shortcut_falls_back_with_the_hint(qtbot, session_bus) -> None:
    portal = FakePortal(session_bus, allow=False)
    try:
        backend, status = start_hotkey(parse_hotkey("Ctrl+Alt+S"))
        assert backend is None
        assert "not allowed" in status and "scrubdesk scrub-clipboard" in status
    finally:
        portal.close()


def test_no_portal_on_the_bus_is_reported(qtbot, session_bus) -> None:
    backend, status = start_hotkey(parse_hotkey("Ctrl+Alt+S"))
    assert backend is None
    assert "Wayland GlobalShortcuts portal" in status

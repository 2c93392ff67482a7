"""Global hotkey: parsing, backend choice, and the real X11 backend under Xvfb with xdotool."""

import subprocess

import pytest

from desktop.ui.hotkey import HotkeyError, parse_hotkey, start_hotkey
from desktop.ui.hotkey.x11 import X11Hotkey
from tests.ui.xserver import xvfb_display


def test_parse_hotkey_accepts_common_spellings() -> None:
    assert str(parse_hotkey("ctrl+alt+s")) == "Ctrl+Alt+S"
    assert str(parse_hotkey("⌘⌥S".replace("⌘", "⌘+").replace("⌥", "⌥+"))) == "Alt+Meta+S"
    assert parse_hotkey("Control + Shift + F5").key == "F5"


@pytest.mark.parametrize("bad", ["", "S", "Ctrl+Hyper+S", "Ctrl+Alt+Enter", "Ctrl+F13"])
def test_parse_hotkey_rejects_bad_input(bad: str) -> None:
    with pytest.raises(HotkeyError):
        parse_hotkey(bad)


@pytest.fixture
def xvfb(monkeypatch):
    with xvfb_display(90, "640x480x24") as display:
        monkeypatch.setenv("DISPLAY", display)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        yield display


def test_x11_backend_fires_on_the_real_key_press(qtbot, xvfb) -> None:
    backend, status = start_hotkey(parse_hotkey("Ctrl+Alt+S"))
    assert isinstance(backend, X11Hotkey), status
    assert status == "Ctrl+Alt+S via X11 XGrabKey"
    with qtbot.waitSignal(backend.activated, timeout=10_000):
        subprocess.run(["xdotool", "key", "ctrl+alt+s"], check=True, timeout=10)
    backend.unregister()


def test_x11_backend_reports_a_key_taken_by_another_program(qtbot, xvfb) -> None:
    first = X11Hotkey()
    first.register(parse_hotkey("Ctrl+Alt+K"))
    second = X11Hotkey()
    with pytest.raises(HotkeyError, match="already taken"):
        second.register(parse_hotkey("Ctrl+Alt+K"))
    first.unregister()


def test_no_backend_gives_the_scrub_clipboard_hint(monkeypatch) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    backend, status = start_hotkey(parse_hotkey("Ctrl+Alt+S"))
    assert backend is None
    assert "scrubdesk scrub-clipboard" in status


def test_app_scrubs_the_clipboard_on_the_hotkey(qtbot, xvfb) -> None:
    import uuid

    from PySide6.QtGui import QGuiApplication

    from desktop.engine.settings import Settings
    from desktop.ui.app import ScrubDeskApp

    app = QGuiApplication.instance()
    scrubdesk = ScrubDeskApp(
        app, f"scrubdesk-test-{uuid.uuid4().hex[:8]}", Settings(hotkey="Ctrl+Alt+J")
    )
    qtbot.addWidget(scrubdesk.window)
    assert scrubdesk.start_hotkey() == "Ctrl+Alt+J via X11 XGrabKey"
    QGuiApplication.clipboard().setText("mail me: someone@example.org")
    with qtbot.waitSignal(scrubdesk.clipboard.scrubbed, timeout=10_000):
        subprocess.run(["xdotool", "key", "ctrl+alt+j"], check=True, timeout=10)
    assert QGuiApplication.clipboard().text() == "mail me: [EMAIL_1]"
    scrubdesk.hotkey.unregister()

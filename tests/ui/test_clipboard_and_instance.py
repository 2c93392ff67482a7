"""Clipboard scrub with Undo, the single-instance server, and `scrubdesk scrub-clipboard`."""

import subprocess
import sys
import uuid

from PySide6.QtGui import QGuiApplication

from desktop.engine.pipeline import Scrubber
from desktop.engine.policy import Policy
from desktop.engine.types import Label
from desktop.ui.app import ScrubDeskApp
from desktop.ui.clipboard_scrub import ClipboardScrubber
from desktop.ui.instance import InstanceServer

ORIGINAL = "請聯絡王小明，信箱 wang.xm@example.com"


def scrubber() -> Scrubber:
    return Scrubber(policy=Policy.from_lists(always=[("王小明", Label.PERSON)]))


def test_clipboard_round_trip_with_undo(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(ORIGINAL)
    scrub = ClipboardScrubber(scrubber)
    with qtbot.waitSignal(scrub.scrubbed, timeout=10_000) as signal:
        scrub.scrub()
    redacted = clipboard.text()
    assert "王小明" not in redacted and "wang.xm@example.com" not in redacted
    assert "[PERSON_1]" in redacted and "[EMAIL_1]" in redacted
    summary = signal.args[0]
    assert "1 PERSON" in summary and "1 EMAIL" in summary and "王" not in summary
    assert scrub.undo() is True
    assert clipboard.text() == ORIGINAL
    assert scrub.undo() is False


def test_undo_does_not_clobber_a_newer_copy(qtbot) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(ORIGINAL)
    scrub = ClipboardScrubber(scrubber)
    with qtbot.waitSignal(scrub.scrubbed, timeout=10_000):
        scrub.scrub()
    clipboard.setText("something new")
    assert scrub.undo() is False
    assert clipboard.text() == "something new"


def test_empty_clipboard_is_reported(qtbot) -> None:
    QGuiApplication.clipboard().setText("")
    scrub = ClipboardScrubber(scrubber)
    with qtbot.waitSignal(scrub.failed, timeout=5_000) as signal:
        scrub.scrub()
    assert "no text" in signal.args[0]


def test_cli_scrub_clipboard_reaches_the_running_app(qtbot) -> None:
    name = f"scrubdesk-test-{uuid.uuid4().hex[:8]}"
    server = InstanceServer(name)
    assert server.listen()
    command = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QCoreApplication; "
            "from desktop.ui.instance import send_command; app = QCoreApplication([]); "
            f"print(send_command('scrub-clipboard', {name!r}))",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    with qtbot.waitSignal(server.command, timeout=20_000) as signal:
        pass
    assert signal.args == ["scrub-clipboard"]
    out, _ = command.communicate(timeout=20)
    assert out.strip() == "ok"
    server.close()


def test_cli_scrub_clipboard_without_a_running_app_fails_clearly(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "USER": f"nobody{uuid.uuid4().hex[:6]}", "HOME": str(tmp_path)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "scrub-clipboard"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == "scrubdesk: error: ScrubDesk is not running; start it first (scrubdesk)"
    )


def test_app_wires_tray_clipboard_and_server(qtbot) -> None:
    app = QGuiApplication.instance()
    scrubdesk = ScrubDeskApp(app, server_name=f"scrubdesk-test-{uuid.uuid4().hex[:8]}")
    qtbot.addWidget(scrubdesk.window)
    scrubdesk.window._scrubber_factory = scrubber
    scrubdesk.window.scrubber = scrubber()
    QGuiApplication.clipboard().setText(ORIGINAL)
    with qtbot.waitSignal(scrubdesk.clipboard.scrubbed, timeout=10_000):
        scrubdesk.server.command.emit("scrub-clipboard")
    assert scrubdesk.tray.undo_action.isEnabled()
    assert scrubdesk.tray.last_message.startswith("Clipboard scrubbed: ")
    assert "王小明" not in scrubdesk.tray.last_message
    scrubdesk.tray.undo_action.trigger()
    assert QGuiApplication.clipboard().text() == ORIGINAL
    assert [a.text() for a in scrubdesk.tray.contextMenu().actions() if a.text()] == [
        "Scrub clipboard",
        "Undo clipboard scrub",
        "Show ScrubDesk",
        "Quit",
    ]


def test_clipboard_image_is_scrubbed_and_undo_restores_it(qtbot) -> None:
    import io

    import pytest
    from PIL import Image
    from PySide6.QtGui import QImage

    pytest.importorskip("rapidocr")
    from tests.vision.render import ink_covered, render

    shot = render(["手機 0912-345-678"], ["0912-345-678"])
    buffer = io.BytesIO()
    shot.image.save(buffer, "PNG")
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(QImage.fromData(buffer.getvalue()))
    scrub = ClipboardScrubber(scrubber)
    with qtbot.waitSignal(scrub.scrubbed, timeout=30_000) as signal:
        scrub.scrub()
    assert signal.args[0] == "1 PHONE"
    copied = clipboard.image().convertToFormat(QImage.Format.Format_RGB888)
    redacted = Image.frombytes(
        "RGB",
        (copied.width(), copied.height()),
        bytes(copied.constBits()),
        "raw",
        "RGB",
        copied.bytesPerLine(),
    )
    assert ink_covered(shot.image, redacted, shot.boxes["0912-345-678"]) >= 0.98
    assert scrub.undo() is True
    restored = clipboard.image().convertToFormat(QImage.Format.Format_RGB888)
    assert restored.pixelColor(5, 5).name() == "#ffffff"
    assert restored.size() == copied.size()

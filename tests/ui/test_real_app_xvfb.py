"""The real app in a real X server: start `scrubdesk`, paste text, let it scrub, take a screenshot.

The screenshot is saved under the test's temporary folder; with SCRUBDESK_UPDATE_SCREENSHOT=1 it
replaces docs/screenshot.png, which the README shows.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.xserver import xvfb_display

TEXT = (
    "客戶王小明來信：我的身分證字號是 A123456789，手機 0912-345-678，"
    "請寄到台北市大安區忠孝東路四段100號5樓。\n"
    "Hi, I'm John Smith (john.smith@example.com), card 4111 1111 1111 1111."
)
SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshot.png"


@pytest.fixture
def x_display():
    with xvfb_display(80, "1280x800x24", ("Xvfb", "xdotool", "xclip")) as display:
        yield display


def _wait_for_window(env, timeout=60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^ScrubDesk$"],
            env=env,
            capture_output=True,
            text=True,
        )
        if found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.3)
    raise AssertionError("the ScrubDesk window did not appear")


def test_paste_and_scrub_in_the_real_app(x_display, tmp_path) -> None:
    from PIL import ImageGrab

    from desktop.engine.settings import Settings, save_settings

    # A returning user: the first-run welcome was seen before (it has its own test).
    save_settings(Settings(first_run_done=True), tmp_path / "settings.json")

    env = {
        **os.environ,
        "DISPLAY": x_display,
        "QT_QPA_PLATFORM": "xcb",
        "SCRUBDESK_CONFIG_DIR": str(tmp_path),
        "HOME": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        window = _wait_for_window(env)
        subprocess.run(
            ["xclip", "-selection", "clipboard"],
            input=TEXT.encode(),
            env=env,
            check=True,
            timeout=10,
        )
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, timeout=10)
        subprocess.run(
            ["xdotool", "windowsize", "--sync", window, "1280", "760"], env=env, timeout=10
        )
        time.sleep(0.5)
        subprocess.run(["xdotool", "key", "ctrl+v"], env=env, check=True, timeout=10)
        time.sleep(2.0)  # debounce + scrub + repaint
        # Ctrl+Shift+C copies the redacted text: read it back from the real X clipboard.
        subprocess.run(["xdotool", "key", "ctrl+shift+c"], env=env, check=True, timeout=10)
        time.sleep(0.5)
        sent = subprocess.run(
            ["xclip", "-selection", "clipboard", "-o"], env=env, capture_output=True, timeout=10
        ).stdout.decode()
        assert "[TW_NATIONAL_ID_1]" in sent and "[EMAIL_1]" in sent and "[PHONE_1]" in sent
        assert not any(v in sent for v in ("A123456789", "0912-345-678", "john.smith@"))
        shot = ImageGrab.grab(xdisplay=x_display)
        shot.save(tmp_path / "screenshot.png")
        if os.environ.get("SCRUBDESK_UPDATE_SCREENSHOT"):
            shot.save(SCREENSHOT)
        assert shot.size == (1280, 800)
        # The window painted something other than the background: text and highlights.
        colours = shot.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 50
    finally:
        app.terminate()
        out, err = app.communicate(timeout=20)
    assert b"Traceback" not in err
    for value in ("A123456789", "王小明", "john.smith@example.com"):
        assert value.encode() not in out + err

"""`scrubdesk --self-test`: checks that an installation (also a frozen bundle) works.

One line per check; the process exits 0 only if every check passed. Checks whose optional part
is not installed (no model, no OCR engine) report "skip" and do not fail the run.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

# A known zh-TW + English sample and the labels the fast layer must find in it.
SAMPLE = "我是王小明，身分證 A123456789，手機 0912-345-678，email wang.xm@example.com"
SAMPLE_LABELS = {"PERSON", "TW_NATIONAL_ID", "PHONE", "EMAIL"}


class Skip(Exception):
    """A check that does not apply to this installation."""


class Failed(Exception):
    """A check that failed; the message says what to do about it."""


def check_engine() -> str:
    from desktop.engine.pipeline import Scrubber

    result = Scrubber().scrub(SAMPLE, use_model=False)
    found = {f.span.label.value for f in result.findings}
    missing = SAMPLE_LABELS - found
    if missing:
        raise AssertionError(f"fast layer missed {sorted(missing)}")
    return f"fast layer found {len(result.findings)} values"


OCR_SAMPLE_LABELS = {"PERSON", "PHONE", "EMAIL"}


def check_ocr() -> str:
    """OCR and masking on the sample screenshot shipped in resources/selftest/."""
    from desktop.engine.pipeline import Scrubber
    from desktop.engine.vision.loading import load_image
    from desktop.engine.vision.registry import default_ocr
    from desktop.engine.vision.scrub import scrub_image
    from desktop.resources import resources_dir

    loaded = load_image(resources_dir() / "selftest" / "sample.png")
    result = scrub_image(loaded, default_ocr(), Scrubber(), use_model=False)
    found = {str(region.label) for region in result.regions}
    missing = OCR_SAMPLE_LABELS - found
    if missing:
        raise AssertionError(f"OCR + fast layer missed {sorted(missing)}")
    return f"{result.layers[0]} masked {len(result.regions)} regions"


def check_model() -> str:
    from desktop.engine.runtimes import load_model_layer

    layer = load_model_layer(None)
    if layer is None:
        raise Skip("no local model installed")
    try:
        spans = layer.detect_spans(SAMPLE)
        return f"{layer.status_line()}; {len(spans)} values found"
    finally:
        layer.close()


KEYCHAIN_HINT = (
    "install and unlock a system keychain (on Linux a Secret Service provider such as "
    "gnome-keyring or KeePassXC, or KWallet, with the secretstorage or dbus-python module), "
    "or set SCRUBDESK_SESSION_ONLY_KEYS=1 to keep API keys for the session only"
)


def check_keyring() -> str:
    """A keychain that can really store keys; `keyring`'s fail or null back end is no pass."""
    from desktop.engine import keystore

    backend = keystore.find_secure_backend()
    if backend is not None:
        return f"keyring backend {type(backend).__module__}.{type(backend).__name__}"
    offered = ", ".join(keystore.offered_backends())
    if keystore.session_only_chosen():
        return f"no system keychain ({offered}); session-only keys chosen"
    raise Failed(f"no usable system keychain (keyring offers only {offered}): {KEYCHAIN_HINT}")


def check_window() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication
    except ImportError as exc:
        raise Skip("PySide6 not installed") from exc
    from desktop.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.show()
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    _app.processEvents()  # delete the window before the application object goes away
    if title != "ScrubDesk":
        raise AssertionError("main window has no title")
    return f"main window built ({QGuiApplication.platformName()})"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("engine", check_engine),
    ("ocr", check_ocr),
    ("model", check_model),
    ("keyring", check_keyring),
    ("window", check_window),
)


def run_self_test() -> bool:
    passed = True
    for name, check in CHECKS:
        try:
            detail = check()
        except Skip as skip:
            print(f"skip  {name}: {skip}")
        except Failed as failed:
            passed = False
            print(f"FAIL  {name}: {failed}")
        except Exception as exc:  # report and go on; the exit code says it failed
            passed = False
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}")
        else:
            print(f"ok    {name}: {detail}")
    sys.stdout.flush()
    return passed

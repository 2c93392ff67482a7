"""`scrubdesk --self-test`: one line per check, non-zero exit when any check fails."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest
from desktop.engine import keystore

CATALOG = Path(__file__).resolve().parents[2] / "models" / "catalog.json"


def self_test(
    models_dir: Path, tmp_path: Path, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SCRUBDESK_BUNDLE_MODELS_DIR": str(models_dir),
        "SCRUBDESK_CATALOG": str(CATALOG),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SCRUBDESK_CONFIG_DIR": str(tmp_path / "config"),
        # CI machines have no keychain: these runs choose session-only keys unless told not to.
        keystore.SESSION_ONLY_ENV: "1",
        **extra_env,
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def test_self_test_passes_without_a_model(tmp_path) -> None:
    (tmp_path / "models").mkdir()
    result = self_test(tmp_path / "models", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0].split()[-1] for line in lines] == [
        "engine",
        "ocr",
        "model",
        "keyring",
        "window",
    ]
    assert lines[0].startswith("ok    engine")
    assert lines[1].startswith("ok    ocr: ocr:rapidocr masked")
    assert lines[2] == "skip  model: no local model installed"
    assert lines[3].startswith("ok    keyring: ")


def test_a_corrupt_model_fails_the_self_test(tmp_path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "broken.gguf").write_bytes(b"GGUF" + b"\x00" * 64)
    result = self_test(models, tmp_path)
    assert result.returncode == 1
    assert any(line.startswith("FAIL  model:") for line in result.stdout.splitlines())
    assert "Traceback" not in result.stdout + result.stderr


def test_only_the_fail_backend_fails_the_self_test(tmp_path) -> None:
    (tmp_path / "models").mkdir()
    result = self_test(
        tmp_path / "models",
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/scrubdesk-test-bus",
        **{keystore.SESSION_ONLY_ENV: ""},
    )
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(line for line in result.stdout.splitlines() if "keyring" in line.split(":")[0])
    assert line.startswith("FAIL  keyring: no usable system keychain")
    assert "keyring.backends.fail.Keyring" in line
    assert "Secret Service" in line and "KWallet" in line and keystore.SESSION_ONLY_ENV in line
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture
def no_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "find_secure_backend", lambda: None)
    monkeypatch.setattr(keystore, "offered_backends", lambda: ["keyring.backends.null.Keyring"])
    monkeypatch.delenv(keystore.SESSION_ONLY_ENV, raising=False)


def test_the_null_backend_fails_the_keyring_check(no_keychain: None) -> None:
    with pytest.raises(selftest.Failed, match=r"only keyring\.backends\.null\.Keyring"):
        selftest.check_keyring()


def test_session_only_keys_pass_without_a_keychain(
    no_keychain: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(keystore.SESSION_ONLY_ENV, "1")
    assert "session-only keys chosen" in selftest.check_keyring()
    store = keystore.SecretStore()
    assert not store.persistent and store.notice == keystore.SESSION_ONLY_NOTICE


def test_a_real_keychain_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    class Keyring:  # stands in for keyring.backends.SecretService.Keyring
        pass

    monkeypatch.setattr(keystore, "find_secure_backend", lambda: Keyring())
    assert selftest.check_keyring().startswith("keyring backend ")


def test_session_only_keys_skip_the_keychain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(keystore.SESSION_ONLY_ENV, "1")
    monkeypatch.setattr(keystore, "find_secure_backend", lambda: pytest.fail("asked keychain"))
    assert not keystore.SecretStore().persistent

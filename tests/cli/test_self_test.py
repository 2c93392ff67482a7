"""`scrubdesk --self-test`: one line per check, non-zero exit when any check fails."""

import os
import subprocess
import sys
from pathlib import Path

CATALOG = Path(__file__).resolve().parents[2] / "models" / "catalog.json"


def self_test(models_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SCRUBDESK_BUNDLE_MODELS_DIR": str(models_dir),
        "SCRUBDESK_CATALOG": str(CATALOG),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "SCRUBDESK_CONFIG_DIR": str(tmp_path / "config"),
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


def test_a_corrupt_model_fails_the_self_test(tmp_path) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "broken.gguf").write_bytes(b"GGUF" + b"\x00" * 64)
    result = self_test(models, tmp_path)
    assert result.returncode == 1
    assert any(line.startswith("FAIL  model:") for line in result.stdout.splitlines())
    assert "Traceback" not in result.stdout + result.stderr

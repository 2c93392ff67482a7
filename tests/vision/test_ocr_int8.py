"""The 8-bit text detector in resources/ocr runs only when it fits the installed rapidocr."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.engine.vision import ocr_int8


def test_the_shipped_detector_matches_the_installed_float_model() -> None:
    pytest.importorskip("rapidocr")
    path = ocr_int8.int8_detector()
    assert path is not None and path.name.endswith(".int8.onnx")


def test_another_rapidocr_detector_falls_back_to_float(tmp_path: Path) -> None:
    pytest.importorskip("rapidocr")
    folder = tmp_path / "ocr"
    shutil.copytree(ocr_int8.ocr_resources(), folder)
    manifest = json.loads((folder / ocr_int8.MANIFEST).read_text())
    manifest["detector"]["source"]["sha256"] = "0" * 64
    (folder / ocr_int8.MANIFEST).write_text(json.dumps(manifest))
    assert ocr_int8.int8_detector(folder) is None


def test_a_damaged_or_missing_manifest_falls_back_to_float(tmp_path: Path) -> None:
    models = ocr_int8.rapidocr_models() or tmp_path
    assert ocr_int8.int8_detector(tmp_path, models) is None
    (tmp_path / ocr_int8.MANIFEST).write_text("{not json")
    assert ocr_int8.read_manifest(tmp_path) is None

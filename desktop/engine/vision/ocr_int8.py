"""The 8-bit copy of RapidOCR's text detector that ScrubDesk ships in `resources/ocr/`.

Detection is half of a screenshot's OCR time, and the detector (a convolutional DB network)
runs about four times faster with 8-bit weights and activations on CPUs with VNNI or AMX,
while it finds the same lines. The recogniser stays in float: in 8 bits it reads worse and is
barely faster. `scripts/quantize_ocr_detector.py` makes the copy from the float model inside
the installed `rapidocr` wheel; the manifest beside it records that model's sha256, so a
different rapidocr release (another detector) falls back to its own float model instead of
pairing its post-processing with a detector it was not made for.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.resources import resources_dir

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Int8Detector:
    path: Path  # the 8-bit model
    source_name: str  # the float model's file name inside rapidocr's models folder
    source_sha256: str
    sha256: str


def ocr_resources() -> Path:
    return resources_dir() / "ocr"


def read_manifest(folder: Path) -> Int8Detector | None:
    """The detector entry of `folder/manifest.json`, or None if there is none."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        entry = data["detector"]
        return Int8Detector(
            folder / entry["file"],
            entry["source"]["file"],
            entry["source"]["sha256"],
            entry["sha256"],
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def rapidocr_models() -> Path | None:
    try:
        import rapidocr
    except ImportError:
        return None
    return Path(rapidocr.__file__).resolve().parent / "models"


_CHECKED: dict[tuple[Path, Path], Path | None] = {}
_LOCK = threading.Lock()


def int8_detector(folder: Path | None = None, models: Path | None = None) -> Path | None:
    """The 8-bit detector's path if it was made from the float detector installed here and is
    intact; None otherwise (then RapidOCR's own float detector runs). Checked once a process."""
    folder = folder or ocr_resources()
    models = models or rapidocr_models()
    if models is None:
        return None
    with _LOCK:
        key = (folder, models)
        if key not in _CHECKED:
            _CHECKED[key] = _verified(folder, models)
        return _CHECKED[key]


def _verified(folder: Path, models: Path) -> Path | None:
    entry = read_manifest(folder)
    if entry is None:
        return None
    if sha256(models / entry.source_name) != entry.source_sha256:
        return None
    if sha256(entry.path) != entry.sha256:
        return None
    return entry.path


def sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()

"""OCR engines, listed explicitly (PyInstaller loses entry points); the first available wins."""

from __future__ import annotations

from collections.abc import Callable

from desktop.engine.errors import ModelError
from desktop.engine.vision import ocr_rapid
from desktop.engine.vision.ocr_types import OcrEngine

# name -> (cheap availability check, factory). Apple Vision (ocrmac) and Tesseract join here.
OCR_ENGINES: dict[str, tuple[Callable[[], bool], Callable[[], OcrEngine]]] = {
    ocr_rapid.NAME: (ocr_rapid.is_available, ocr_rapid.RapidOcrEngine),
}


def default_ocr() -> OcrEngine:
    for available, create in OCR_ENGINES.values():
        if available():
            return create()
    raise ModelError(
        "no OCR engine is installed; install RapidOCR: pip install 'scrubdesk[ocr]' "
        f"(known engines: {', '.join(OCR_ENGINES)})"
    )

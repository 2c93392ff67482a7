"""The OCR engines this build knows, listed explicitly (a frozen bundle loses entry points).

`default_ocr()` picks RapidOCR when installed (the tuned default), then Apple Vision on
macOS, then Tesseract. Each entry says how to check for the engine cheaply and how to build it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.engine.errors import ModelError
from desktop.engine.vision.ocr_types import OcrEngine


@dataclass(frozen=True)
class EngineSpec:
    name: str
    description: str
    available: Callable[[], bool]
    create: Callable[[], OcrEngine]


def _rapid_available() -> bool:
    from desktop.engine.vision.ocr_rapid import is_available

    return is_available()


def _rapid() -> OcrEngine:
    from desktop.engine.vision.ocr_rapid import RapidOcrEngine

    return RapidOcrEngine()


def _apple_available() -> bool:
    from desktop.engine.vision.ocr_apple import is_available

    return is_available()


def _apple() -> OcrEngine:
    from desktop.engine.vision.ocr_apple import AppleVisionEngine

    return AppleVisionEngine()


def _tesseract_available() -> bool:
    from desktop.engine.vision.ocr_tesseract import is_available

    return is_available()


def _tesseract() -> OcrEngine:
    from desktop.engine.vision.ocr_tesseract import TesseractEngine

    return TesseractEngine()


ENGINES: tuple[EngineSpec, ...] = (
    EngineSpec("rapidocr", "RapidOCR (PP-OCR, ONNX Runtime)", _rapid_available, _rapid),
    EngineSpec("apple-vision", "Apple Vision via ocrmac (macOS)", _apple_available, _apple),
    EngineSpec("tesseract", "Tesseract (eng + chi_tra)", _tesseract_available, _tesseract),
)


def spec(name: str) -> EngineSpec:
    for entry in ENGINES:
        if entry.name == name:
            return entry
    known = ", ".join(e.name for e in ENGINES)
    raise ModelError(f"unknown OCR engine '{name}' (known: {known})")


def available_engines() -> list[str]:
    return [entry.name for entry in ENGINES if entry.available()]


def default_ocr(name: str | None = None) -> OcrEngine:
    """The named OCR engine, or the first available one in the order above."""
    if name is not None:
        entry = spec(name)
        if not entry.available():
            raise ModelError(f"OCR engine '{name}' is not installed on this machine")
        return entry.create()
    for entry in ENGINES:
        if entry.available():
            return entry.create()
    raise ModelError(
        "no OCR engine is installed (pip install 'scrubdesk[ocr]', or install Tesseract)"
    )

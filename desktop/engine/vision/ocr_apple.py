"""Apple Vision text recognition through `ocrmac` (macOS only; used when it is installed).

ocrmac returns one box per recognised line, normalised to [0, 1] with the origin at the bottom
left; characters share the line box in proportion to their rough widths, and the mapper snaps
those estimates to the ink.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop.engine.errors import ModelError
from desktop.engine.vision.geometry import Box
from desktop.engine.vision.ocr_types import (
    CancelFn,
    OcrLine,
    OcrResult,
    spread_over,
    stop_if_cancelled,
)

if TYPE_CHECKING:
    from PIL import Image

NAME = "apple-vision"
LANGUAGES = ("zh-Hant", "en-US")


def is_available() -> bool:
    if sys.platform != "darwin":
        return False
    from importlib.util import find_spec

    return find_spec("ocrmac") is not None


class AppleVisionEngine:
    name = NAME

    def __init__(self, languages: Sequence[str] = LANGUAGES, level: str = "accurate") -> None:
        if not is_available():
            raise ModelError("Apple Vision OCR needs macOS and ocrmac (pip install ocrmac)")
        self.languages = list(languages)
        self.level = level

    def read(self, image: Image.Image, cancel: CancelFn | None = None) -> OcrResult:
        stop_if_cancelled(cancel)
        from ocrmac import ocrmac

        started = time.perf_counter()
        try:
            raw = ocrmac.OCR(
                image.convert("RGB"),
                recognition_level=self.level,
                language_preference=self.languages,
            ).recognize()
        except Exception as exc:
            raise ModelError(f"Apple Vision OCR failed ({type(exc).__name__})") from None
        lines = lines_from_annotations(raw, image.width, image.height)
        timings = {"vision": time.perf_counter() - started}
        return OcrResult(tuple(lines), image.width, image.height, NAME, timings)


def lines_from_annotations(raw: Sequence[Any], width: int, height: int) -> list[OcrLine]:
    """ocrmac's `(text, confidence, (x, y, w, h))`, normalised with a bottom-left origin."""
    lines = []
    for item in raw:
        text, confidence, (x, y, w, h) = item
        if not str(text).strip():
            continue
        box = Box.from_xywh(x * width, (1.0 - y - h) * height, w * width, h * height)
        box = box.clipped(width, height)
        if box.empty:
            continue
        extents = spread_over(str(text), box.x0, box.x1)
        lines.append(OcrLine(str(text), box, extents, float(confidence)))
    lines.sort(key=lambda line: (line.box.y0, line.box.x0))
    return lines

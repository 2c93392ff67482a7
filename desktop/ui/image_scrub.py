"""Scrub a screenshot in two steps, as text is: OCR and the fast text layer first (about a
second, on the engine thread), then the image model's faces, QR codes, signatures and ID cards
(seconds to minutes, on the model thread, cancellable). Shared by the window and the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from desktop.engine.pipeline import Scrubber
from desktop.engine.vision.loading import LoadedImage
from desktop.engine.vision.scrub import ImageScrubResult, VisualLayer
from desktop.ui.ops import MODEL_EXECUTOR, Op

Outcome = tuple[ImageScrubResult, bytes]  # the result and its clean PNG


def region_summary(result: ImageScrubResult) -> str:
    """e.g. "1 FACE, 2 PHONE" (labels and counts only, never values)."""
    counts: dict[str, int] = {}
    for region in result.regions:
        counts[region.label] = counts.get(region.label, 0) + 1
    return ", ".join(f"{n} {label}" for label, n in sorted(counts.items()))


class ImageScrubJob:
    """`ImageScrubJob(parent, data, scrubber, visual).text_layer(cb).done(cb).failure(cb).run()`

    `text_layer` gets the first result when an image model will follow; `done` gets the final
    one. A failing or cancelled image model leaves the text layer's result, with `skipped` set.
    """

    def __init__(
        self,
        parent: QObject,
        data: bytes | str,
        scrubber: Scrubber,
        visual: VisualLayer | None,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        self._parent = parent
        self._data = data
        self._scrubber = scrubber
        self._visual = visual
        self._cancel = cancel
        self._on_text_layer: Callable[[Outcome], Any] = lambda _outcome: None
        self._on_done: Callable[[Outcome], Any] = lambda _outcome: None
        self._on_failure: Callable[[BaseException], Any] = lambda _error: None

    def text_layer(self, callback: Callable[[Outcome], Any]) -> ImageScrubJob:
        self._on_text_layer = callback
        return self

    def done(self, callback: Callable[[Outcome], Any]) -> ImageScrubJob:
        self._on_done = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> ImageScrubJob:
        self._on_failure = callback
        return self

    def run(self) -> None:
        Op(self._parent, self._read_and_scrub).success(self._text_done).failure(
            self._on_failure
        ).run()

    def _read_and_scrub(self) -> tuple[LoadedImage, Outcome]:
        from desktop.engine.vision.loading import decode_image, read_image_bytes
        from desktop.engine.vision.output import encode_clean
        from desktop.engine.vision.registry import default_ocr
        from desktop.engine.vision.scrub import scrub_image

        data = self._data if isinstance(self._data, bytes) else read_image_bytes(self._data)
        loaded = decode_image(data)
        result = scrub_image(loaded, default_ocr(), self._scrubber, use_model=False)
        return loaded, (result, encode_clean(result.image, "PNG"))

    def _text_done(self, step: tuple[LoadedImage, Outcome]) -> None:
        loaded, outcome = step
        visual = self._visual
        if visual is None:
            self._on_done(outcome)
            return
        self._on_text_layer(outcome)

        def refine() -> Outcome:
            from desktop.engine.vision.output import encode_clean
            from desktop.engine.vision.scrub import add_visual_layer

            result = add_visual_layer(loaded, outcome[0], visual, cancel=self._cancel)
            return result, encode_clean(result.image, "PNG")

        Op(self._parent, refine, MODEL_EXECUTOR).success(self._on_done).failure(
            self._on_failure
        ).run()

"""Scrub the clipboard in place, with an Undo that puts the original back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QImage

from desktop.engine.pipeline import Scrubber, ScrubResult
from desktop.engine.vision.scrub import VisualLayer
from desktop.ui.errors import show_error
from desktop.ui.i18n import tr
from desktop.ui.image_scrub import ImageScrubJob, Outcome, region_summary
from desktop.ui.ops import Op
from desktop.ui.text_views import image_from_mime


class ClipboardScrubber(QObject):
    """Replaces the clipboard's text by its redacted form. Emits `scrubbed(summary)`."""

    scrubbed = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        scrubber: Callable[[], Scrubber],
        parent: QObject | None = None,
        *,
        visual_layer: Callable[[], VisualLayer | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self._scrubber = scrubber
        self._visual_layer = visual_layer
        self._original: str | None = None
        self._redacted: str | None = None
        self._original_image: QImage | None = None

    @property
    def clipboard(self) -> QClipboard:
        return QGuiApplication.clipboard()

    def scrub(self) -> None:
        text = self.clipboard.text()
        if not text.strip() and self.clipboard.mimeData().hasImage():
            self._scrub_image()
            return
        if not text.strip():
            self.failed.emit(tr("The clipboard holds no text to scrub."))
            return
        scrubber = self._scrubber()
        Op(self, lambda: scrubber.scrub(text, use_model=False)).success(
            lambda result: self._done(text, result)
        ).failure(self._failed).run()

    def _done(self, original: str, result: ScrubResult) -> None:
        if self.clipboard.text() != original:
            self.failed.emit(tr("The clipboard changed while scrubbing; nothing was replaced."))
            return
        self._original, self._redacted = original, result.text
        self._original_image = None
        self.clipboard.setText(result.text)
        self.scrubbed.emit(result.summary())

    def _scrub_image(self) -> None:
        """The clipboard is replaced once, by the final image (with the image model's boxes
        when one is installed), so a paste never gets a half-scrubbed screenshot."""
        original = self.clipboard.image()
        data = image_from_mime(self.clipboard.mimeData())
        assert isinstance(data, bytes)
        job = ImageScrubJob(self, data, self._scrubber(), self._visual_layer())
        job.done(lambda outcome: self._image_done(original, outcome))
        job.failure(self._failed).run()

    def _image_done(self, original: QImage, outcome: Outcome) -> None:
        result, png = outcome
        if self.clipboard.image() != original:
            self.failed.emit(tr("The clipboard changed while scrubbing; nothing was replaced."))
            return
        self._original_image = original
        self._original = self._redacted = None
        self.clipboard.setImage(QImage.fromData(png))
        self.scrubbed.emit(region_summary(result) or tr("nothing to redact"))

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(show_error(None, error, modal=False))

    def can_undo(self) -> bool:
        if self._original_image is not None:
            return not self.clipboard.text() and self.clipboard.mimeData().hasImage()
        return self._original is not None and self.clipboard.text() == self._redacted

    def undo(self) -> bool:
        """Put the original back, unless something else was copied since."""
        if not self.can_undo():
            return False
        if self._original_image is not None:
            self.clipboard.setImage(self._original_image)
        else:
            assert self._original is not None
            self.clipboard.setText(self._original)
        self._original = self._redacted = None
        self._original_image = None
        return True

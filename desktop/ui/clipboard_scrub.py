"""Scrub the clipboard in place, with an Undo that puts the original back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from desktop.engine.pipeline import Scrubber, ScrubResult
from desktop.ui.errors import show_error
from desktop.ui.i18n import tr
from desktop.ui.ops import Op


class ClipboardScrubber(QObject):
    """Replaces the clipboard's text by its redacted form. Emits `scrubbed(summary)`."""

    scrubbed = Signal(str)
    failed = Signal(str)

    def __init__(self, scrubber: Callable[[], Scrubber], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scrubber = scrubber
        self._original: str | None = None
        self._redacted: str | None = None

    @property
    def clipboard(self) -> QClipboard:
        return QGuiApplication.clipboard()

    def scrub(self) -> None:
        text = self.clipboard.text()
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
        self.clipboard.setText(result.text)
        self.scrubbed.emit(result.summary())

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(show_error(None, error, modal=False))

    def can_undo(self) -> bool:
        return self._original is not None and self.clipboard.text() == self._redacted

    def undo(self) -> bool:
        """Put the original text back, unless something else was copied since."""
        if not self.can_undo():
            return False
        assert self._original is not None
        self.clipboard.setText(self._original)
        self._original = self._redacted = None
        return True

"""The redacted screenshot: a preview, and Copy/Save of exactly the redacted image."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import tr


class ImagePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.png: bytes | None = None
        self.pending = False  # True while the image model may still add boxes
        self.preview = QLabel(tr("Drop or paste a screenshot to scrub it."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.summary = QLabel("")
        self.copy_button = QPushButton(tr("Copy redacted image"))
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(tr("Save redacted image…"))
        self.save_button.clicked.connect(lambda: self.save())
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.save_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)

    def show_png(self, png: bytes, summary: str, *, final: bool = True) -> None:
        """Show a redacted image. A non-final one (the image model is still looking) can be
        seen but not yet copied, saved or sent."""
        self.png, self.pending = png, not final
        self.summary.setText(summary)
        for button in (self.copy_button, self.save_button):
            button.setEnabled(final)
        self._rescale()

    def clear(self) -> None:
        self.png, self.pending = None, False
        self.summary.setText("")
        self.preview.clear()
        self.preview.setText(tr("Drop or paste a screenshot to scrub it."))
        for button in (self.copy_button, self.save_button):
            button.setEnabled(False)

    def image(self) -> QImage:
        return QImage.fromData(self.png or b"")

    def copy(self) -> None:
        if self.png is not None:
            QGuiApplication.clipboard().setImage(self.image())

    def save(self, path: str | None = None) -> None:
        if self.png is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Save redacted image"), "", "PNG (*.png)"
            )
            if not path:
                return
        with open(path, "wb") as handle:  # the PNG is already metadata-free
            handle.write(self.png)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self.png is None:
            return
        pixmap = QPixmap.fromImage(self.image())
        self.preview.setPixmap(
            pixmap.scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

"""Text widgets: the input editor that reports clicks, and highlighting by label colour."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QIODevice, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from desktop.engine.types import Label
from desktop.ui.offsets import OffsetMap
from desktop.ui.palette import colour_of

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff")


def image_from_mime(mime: QMimeData) -> bytes | str | None:
    """A dropped or pasted image: the path of an image file, or image data encoded as PNG.

    Files are read later, off the GUI thread, so a bad file is reported like any other error."""
    for url in mime.urls() if mime.hasUrls() else []:
        path = url.toLocalFile()
        if path.lower().endswith(IMAGE_SUFFIXES):
            return path
    if mime.hasImage():
        image = QImage(mime.imageData())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; Qt wants str
        return bytes(buffer.data().data())
    return None


def text_file_from_mime(mime: QMimeData) -> str | None:
    """The path of a dropped local file that is not an image: read as text, off the GUI
    thread, by desktop.engine.textdecode (which also refuses binary files)."""
    for url in mime.urls() if mime.hasUrls() else []:
        path = url.toLocalFile()
        if path and not path.lower().endswith(IMAGE_SUFFIXES):
            return path
    return None


class InputEdit(QPlainTextEdit):
    """The user's text. Emits `clicked(code_point_index)` on a plain click (no selection),
    `image_received(bytes)` when an image is dropped or pasted instead of text, and
    `text_file_received(path)` when a file is dropped (its text replaces the box's, once read)."""

    clicked = Signal(int)
    image_received = Signal(object)  # bytes or a file path, see image_from_mime
    text_file_received = Signal(str)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return (
            image_from_mime(source) is not None
            or text_file_from_mime(source) is not None
            or super().canInsertFromMimeData(source)
        )

    def insertFromMimeData(self, source: QMimeData) -> None:
        image = image_from_mime(source)
        if image is not None:
            self.image_received.emit(image)  # an image never lands in the text
            return
        text_file = text_file_from_mime(source)
        if text_file is not None:
            self.text_file_received.emit(text_file)  # the file's text, not its URL
            return
        super().insertFromMimeData(source)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        cursor = self.textCursor()
        if event.button() == Qt.MouseButton.LeftButton and not cursor.hasSelection():
            offsets = OffsetMap(self.toPlainText())
            self.clicked.emit(offsets.from_utf16(cursor.position()))

    def selection_range(self) -> tuple[int, int] | None:
        """The selected range in code points, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        offsets = OffsetMap(self.toPlainText())
        return offsets.from_utf16(cursor.selectionStart()), offsets.from_utf16(
            cursor.selectionEnd()
        )


def highlight(editor: QPlainTextEdit, ranges: Iterable[tuple[int, int, Label, bool]]) -> None:
    """Colour `(start, end, label, active)` code-point ranges; inactive ones are struck out."""
    offsets = OffsetMap(editor.toPlainText())
    selections = []
    for start, end, label, active in ranges:
        cursor = QTextCursor(editor.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        colour = QColor(colour_of(label))
        if active:
            fmt.setBackground(colour)
            fmt.setForeground(QColor("#000000"))
        else:
            fmt.setFontStrikeOut(True)
            fmt.setUnderlineColor(colour)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setToolTip(f"{label} — click to {'keep' if active else 'redact'}")
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    editor.setExtraSelections(selections)

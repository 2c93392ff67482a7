"""Conversation: send the reviewed redaction to the cloud, stream the answer back restored.

Nothing is sent without the Send button. The request is built and leak-checked by the engine
(`Conversation.prepare`); this panel only shows what happens.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.answer_marks import restored_value_spans
from desktop.engine.cloud.base import ImageAttachment
from desktop.engine.cloud.registry import get_spec
from desktop.engine.errors import InputError
from desktop.engine.keystore import SecretStore
from desktop.engine.pipeline import Scrubber, ScrubResult
from desktop.engine.send import Conversation, Reply
from desktop.engine.settings import Settings
from desktop.ui.errors import show_error
from desktop.ui.i18n import tr
from desktop.ui.offsets import OffsetMap
from desktop.ui.ops import CLOUD_EXECUTOR, Op

RESTORED_COLOUR = "#c8f7c5"


class ConversationPanel(QWidget):
    answered = Signal(object)  # Reply, when an answer completed

    def __init__(
        self,
        settings: Callable[[], Settings],
        secrets: SecretStore,
        scrubber: Callable[[], Scrubber],
        redaction: Callable[[], ScrubResult | None],
        images: Callable[[], list[bytes]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._secrets = settings, secrets
        self._scrubber, self._redaction, self._images = scrubber, redaction, images
        self._conversation: Conversation | None = None
        self._cancel = threading.Event()
        self.answer = QTextEdit()
        self.answer.setReadOnly(True)
        self.answer.setPlaceholderText(tr("The answer appears here, with your real values back."))
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.send_button = QPushButton(tr("Send to cloud"))
        self.send_button.clicked.connect(self.send)
        self.stop_button = QPushButton(tr("Stop"))
        self.stop_button.clicked.connect(self._cancel.set)
        self.stop_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.answer, 1)

    def reset(self) -> None:
        """A new conversation: forget the history (the window makes a new vault)."""
        self._conversation = None
        self.answer.clear()
        self.state.setText("")

    def conversation(self) -> Conversation:
        settings = self._settings()
        scrubber = self._scrubber()
        current = self._conversation
        if current is None or current.scrubber is not scrubber:
            spec = get_spec(settings.provider)
            model = settings.cloud_model or spec.default_model
            if not model:
                raise InputError(f"choose a model for {spec.label} in Settings")
            try:
                provider = spec.create(settings.base_url)
            except ValueError as exc:
                raise InputError(str(exc)) from None
            current = Conversation(provider, model, scrubber=scrubber)
            self._conversation = current
        return current

    def send(self) -> None:
        try:
            images = [ImageAttachment(png) for png in self._images()]  # redacted ones only
        except InputError as exc:  # e.g. the image model is still looking at the screenshot
            self.state.setText(show_error(self, exc))
            return
        redaction = self._redaction()
        if redaction is None and images:
            redaction = self._scrubber().redact("", [])
        if redaction is None or not (redaction.original.strip() or images):
            self.state.setText(tr("Nothing to send yet: paste some text first."))
            return
        try:
            conversation = self.conversation()
            key = self._secrets.get(self._settings().provider)
            if not key:
                raise InputError(
                    f"no API key for {conversation.provider.label}: add one in Settings"
                )
            # The leak check of the exact request; raises if it fails.
            turn = conversation.prepare(redaction, key, images=images)
        except Exception as exc:
            self.state.setText(show_error(self, exc))
            return
        self._cancel.clear()
        self.send_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.answer.clear()
        self.state.setText(tr("Sending the redacted text…"))
        cancel = self._cancel.is_set

        def stream(report: Callable[[object], None]) -> Reply:
            reply = conversation.send(turn, key, cancel=cancel)
            for piece in reply:
                report(piece)
            return reply

        Op.reporting(self, stream, CLOUD_EXECUTOR).on_progress(self._append).success(
            self._done
        ).failure(self._failed).run()

    def _append(self, piece: object) -> None:
        cursor = self.answer.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(str(piece))

    def _done(self, reply: Reply) -> None:
        self._finish()
        self.answer.setPlainText(reply.text)
        self._mark_restored(reply.text)
        unknown = reply.report.unknown
        if unknown:
            self.state.setText(tr("Warning: could not restore") + " " + ", ".join(sorted(unknown)))
        elif reply.truncated:
            self.state.setText(tr("The answer was cut off by the provider's length limit."))
        else:
            self.state.setText(
                tr("Answer complete; restored values are marked.")
                + f" ({reply.report.restored_count})"
            )
        self.answered.emit(reply)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        self.state.setText(show_error(self, error, modal=False))

    def _finish(self) -> None:
        self.send_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _mark_restored(self, text: str) -> None:
        conversation = self._conversation
        if conversation is None:
            return
        offsets = OffsetMap(text)
        selections = []
        for start, end, placeholder in restored_value_spans(text, conversation.vault):
            cursor = QTextCursor(self.answer.document())
            cursor.setPosition(offsets.to_utf16(start))
            cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(RESTORED_COLOUR))
            fmt.setToolTip(f"{tr('restored from')} {placeholder}")
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.answer.setExtraSelections(selections)

"""The main window: paste text, review what was found, see exactly what will be sent."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.pipeline import Detection, Scrubber, ScrubResult
from desktop.engine.review import Review
from desktop.engine.textdecode import Decoded, read_text_file
from desktop.engine.types import Label, Span
from desktop.engine.vision.scrub import VisualLayer
from desktop.ui.errors import show_error
from desktop.ui.findings_panel import FindingsPanel
from desktop.ui.i18n import tr
from desktop.ui.image_panel import ImagePanel
from desktop.ui.image_scrub import ImageScrubJob, Outcome, region_summary
from desktop.ui.ops import MODEL_EXECUTOR, Op
from desktop.ui.text_views import InputEdit, highlight, image_from_mime, text_file_from_mime

SCRUB_DELAY_MS = 250  # re-scrub shortly after typing stops
FILE_MESSAGE_MS = 8000  # how long "Read FILE as ENCODING" shows after a file drop


class MainWindow(QMainWindow):
    scrubbed = Signal(object)  # ScrubResult, after every completed scrub (for tests and panels)
    image_scrubbed = Signal(object)  # the final ImageScrubResult
    text_file_read = Signal(object)  # the Decoded text of a dropped file
    settings_requested = Signal()
    models_requested = Signal()
    conversation_reset = Signal()

    def __init__(
        self,
        scrubber_factory: Callable[[], Scrubber] = Scrubber,
        visual_layer: Callable[[], VisualLayer | None] = lambda: None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("ScrubDesk")
        self.resize(1100, 700)
        self._scrubber_factory = scrubber_factory
        self._visual_layer = visual_layer
        self._image_generation = 0
        self._image_cancel = threading.Event()
        self.scrubber = scrubber_factory()
        self.review: Review | None = None
        self.result: ScrubResult | None = None
        self._generation = 0

        self.input = InputEdit()
        self.input.setPlaceholderText(tr("Paste or type text here. Nothing leaves this device."))
        self.input.textChanged.connect(self._schedule_scrub)
        self.input.clicked.connect(self._toggle_at)
        self.input.image_received.connect(self.scrub_image)
        self.input.text_file_received.connect(self.open_text_file)
        self.image_panel = ImagePanel()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(tr("Exactly what will be sent appears here."))
        self.findings = FindingsPanel()
        self.findings.span_toggled.connect(self._toggle_span)
        self.findings.label_toggled.connect(self._toggle_label)
        self._model_cancel = threading.Event()
        self.model_badge = QLabel("")
        self.cancel_button = _button(tr("Cancel model"), self.cancel_models)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().addPermanentWidget(self.model_badge)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

        self.scrub_button = _button(tr("Scrub now"), self.scrub)
        self.redact_button = _button(tr("Redact selection"), lambda: self.redact_selection())
        self.copy_button = _button(tr("Copy redacted"), self.copy_redacted)
        self.new_button = _button(tr("New conversation"), self.new_conversation)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCRUB_DELAY_MS)
        self._timer.timeout.connect(self.scrub)
        self._build_layout()
        menu = self.menuBar().addMenu("&ScrubDesk")
        settings_action = menu.addAction(tr("Settings…"))
        settings_action.triggered.connect(self.settings_requested.emit)
        models_action = menu.addAction(tr("Local models…"))
        models_action.triggered.connect(self.models_requested.emit)
        scrub_action = QAction(self, shortcut=QKeySequence("Ctrl+Return"))
        scrub_action.triggered.connect(self.scrub)
        self.addAction(scrub_action)
        copy_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+C"))
        copy_action.triggered.connect(self.copy_redacted)
        self.addAction(copy_action)
        self.input.setFocus()
        self.setAcceptDrops(True)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.scrub_button, self.redact_button, self.copy_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QSplitter(Qt.Orientation.Vertical)
        self.right_split = right
        right.addWidget(_titled(tr("Will be sent"), self.preview))
        right.addWidget(_titled(tr("Findings (uncheck to keep a value)"), self.findings))
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(_titled(tr("Your text (click a highlight to keep it)"), self.input))
        left.addWidget(_titled(tr("Screenshot (drop or paste an image)"), self.image_panel))
        left.setSizes([500, 200])
        split.addWidget(left)
        split.addWidget(right)
        self.main_split = split
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)

    # --- scrubbing -------------------------------------------------------------------------

    def _schedule_scrub(self) -> None:
        self._timer.start()

    def scrub(self) -> None:
        """Detect on the engine thread; the newest request wins, older results are dropped."""
        self._timer.stop()
        text = self.input.toPlainText()
        self._generation += 1
        generation = self._generation
        if not text.strip():
            self._show(None)
            return
        self.progress.setVisible(True)
        scrubber = self.scrubber
        Op(self, lambda: scrubber.detect_fast(text)).success(
            lambda detection: self._detected(generation, text, detection)
        ).failure(self._failed).run()

    def _detected(
        self, generation: int, text: str, detection: Detection, *, refine: bool = True
    ) -> None:
        if generation != self._generation:
            return  # the text changed meanwhile
        self.progress.setVisible(False)
        previous = self.review if self.review is not None and self.review.text == text else None
        review = Review(text, detection.spans, detection.layers)
        if previous is not None:  # a refinement keeps what the user already decided
            review.excluded, review.added = previous.excluded, previous.added
            review.disabled_labels = previous.disabled_labels
        self._show(review)
        if refine and self.scrubber.model is not None:
            self._refine(generation, text, detection)
        layers = ", ".join(detection.layers)
        note = ""
        if detection.skipped:
            note = " — " + tr("the local model did not finish; the fast layer's findings stand")
        self.status.setText(f"{tr('Layers')}: {layers}{note}")

    def scrub_image(self, image: bytes | str) -> None:
        """OCR the image (encoded bytes, or a file path) and mask what the text detectors find;
        then, when an image model is installed, add its faces, QR codes and signatures."""
        self._image_generation += 1
        generation = self._image_generation
        self._image_cancel.set()  # an older image's model pass is no longer wanted
        self._image_cancel = threading.Event()
        self.image_panel.pending = True
        self.progress.setVisible(True)
        self.status.setText(tr("Reading the image…"))
        job = ImageScrubJob(
            self, image, self.scrubber, self._visual_layer(), self._image_cancel.is_set
        )
        job.text_layer(lambda outcome: self._image_text_layer(generation, outcome))
        job.done(lambda outcome: self._image_done(generation, outcome))
        job.failure(lambda error: self._image_failed(generation, error)).run()

    def _image_text_layer(self, generation: int, outcome: Outcome) -> None:
        if generation != self._image_generation:
            return
        result, png = outcome
        summary = region_summary(result) or tr("nothing to redact yet")
        self.image_panel.show_png(png, summary, final=False)  # sending waits for the model
        self.cancel_button.setVisible(True)
        self.status.setText(tr("Looking for faces, QR codes, signatures and ID cards…"))

    def _image_done(self, generation: int, outcome: Outcome) -> None:
        if generation != self._image_generation:
            return
        result, png = outcome
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.image_panel.show_png(png, region_summary(result) or tr("nothing to redact"))
        note = ""
        if result.skipped:
            note = " — " + tr("the image model did not finish; only the text was masked")
        elif result.check is not None and result.check.may_contain and not result.regions:
            note = " — " + tr("the image model thinks this image holds personal data: check it")
        self.status.setText(f"{tr('Layers')}: {', '.join(result.layers)}{note}")
        self.image_scrubbed.emit(result)

    def _image_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._image_generation:
            self.image_panel.pending = False
            self.cancel_button.setVisible(False)
            self._failed(error)

    def cancel_models(self) -> None:
        """Stop the local text model's and the image model's running work."""
        self._model_cancel.set()
        self._image_cancel.set()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.input.canInsertFromMimeData(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        image = image_from_mime(event.mimeData())
        text_file = text_file_from_mime(event.mimeData())
        if image is not None:
            self.scrub_image(image)
            event.acceptProposedAction()
        elif text_file is not None:
            self.open_text_file(text_file)
            event.acceptProposedAction()

    def open_text_file(self, path: str) -> None:
        """Read a dropped file (any encoding textdecode knows) off the GUI thread; its text
        replaces the box's. A refused file leaves the text as it was and says why."""
        Op(self, lambda: read_text_file(Path(path))).success(
            lambda decoded: self._text_file_read(Path(path).name, decoded)
        ).failure(self._failed).run()

    def _text_file_read(self, name: str, decoded: Decoded) -> None:
        self.input.setPlainText(decoded.text)
        read_as = tr("Read {file} as {encoding}").format(file=name, encoding=decoded.encoding.label)
        # A temporary message: the scrub that follows sets the status label underneath.
        self.statusBar().showMessage(read_as, FILE_MESSAGE_MS)
        self.text_file_read.emit(decoded)

    def _refine(self, generation: int, text: str, fast: Detection) -> None:
        """Run the local model layer after the fast layer, cancellable; the fast result stays."""
        scrubber = self.scrubber
        model = scrubber.model
        assert model is not None
        self._model_cancel = threading.Event()
        cancel = self._model_cancel.is_set
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.status.setText(tr("Refining with the local model…"))

        def done(detection: Detection) -> None:
            self.cancel_button.setVisible(False)
            self._update_badge(model)
            self._detected(generation, text, detection, refine=False)

        Op(self, lambda: scrubber.refine(text, fast, cancel), MODEL_EXECUTOR).success(done).failure(
            self._failed
        ).run()

    def _update_badge(self, model: object) -> None:
        status_line = getattr(model, "status_line", None)
        self.model_badge.setText(status_line() if callable(status_line) else "")

    def _failed(self, error: BaseException) -> None:
        self.progress.setVisible(False)
        self.status.setText(show_error(self, error))

    def _show(self, review: Review | None) -> None:
        self.review = review
        self._refresh()

    def _refresh(self) -> None:
        review = self.review
        if review is None:
            self.result = None
            self.preview.setPlainText("")
            highlight(self.input, [])
            return
        self.result = review.preview_with(self.scrubber)
        placeholders = {(f.span.start, f.span.end): f.placeholder for f in self.result.findings}
        self.preview.setPlainText(self.result.text)
        highlight(
            self.input,
            [(s.start, s.end, s.label, review.is_active(s)) for s in review.all_spans()],
        )
        self.findings.show_review(review, placeholders)
        self.scrubbed.emit(self.result)

    # --- user edits ------------------------------------------------------------------------

    def _toggle_at(self, position: int) -> None:
        if self.review is not None and (span := self.review.span_at(position)) is not None:
            self._toggle_span(span)

    def _toggle_span(self, span: Span) -> None:
        if self.review is not None:
            self.review.toggle(span)
            self._refresh()

    def _toggle_label(self, label: Label, enabled: bool) -> None:
        if self.review is not None:
            self.review.set_label_enabled(label, enabled)
            self._refresh()

    def redact_selection(self, label: Label = Label.PERSON) -> None:
        selected = self.input.selection_range()
        if self.review is None or selected is None:
            self.status.setText(tr("Select text in your text to redact it."))
            return
        self.review.add(*selected, label)
        self._refresh()

    def copy_redacted(self) -> None:
        result = self.outgoing()  # copied text may be pasted anywhere: commit its placeholders
        if result is not None:
            QGuiApplication.clipboard().setText(result.text)
            self.status.setText(tr("Redacted text copied."))

    def new_conversation(self) -> None:
        """Forget every placeholder mapping (the vault) and start over."""
        self.scrubber = self._scrubber_factory()
        self.conversation_reset.emit()
        self.scrub()

    def outgoing(self) -> ScrubResult | None:
        """The redaction to send, as reviewed; commits its placeholders to the vault."""
        if self.review is None:
            return None
        return self.review.redact_with(self.scrubber)

    def add_panel(self, title: str, panel: QWidget) -> None:
        """Add a panel (e.g. the conversation) under the review panes."""
        self.right_split.addWidget(_titled(title, panel))


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.clicked.connect(slot)
    return button


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(widget, 1)
    return box

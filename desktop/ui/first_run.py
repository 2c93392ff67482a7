"""First run: what stays on this device, which local model is installed, and the download offer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.engine.models.manager import ModelManager
from desktop.ui.i18n import tr

LOCAL_PROMISE = (
    "ScrubDesk finds personal data on this device. Your text, screenshots, the placeholder "
    "mapping and your API keys never leave it. Only when you press Send does the redacted text "
    "go to the cloud provider you chose, and the answer's placeholders are filled back in here."
)


class FirstRunDialog(QDialog):
    download_requested = Signal()

    def __init__(self, manager: ModelManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Welcome to ScrubDesk"))
        promise = QLabel(tr(LOCAL_PROMISE))
        promise.setWordWrap(True)
        installed = manager.installed()
        text_models = [m for m in installed if m.kind == "text"]
        if text_models:
            chosen = text_models[0].id
            model_text = tr("Local model found and selected:") + f" {chosen}"
        else:
            default = manager.catalog.get(manager.catalog.default_text_model)
            size = f" ({(default.size or 0) / 1024**3:.1f} GB)" if default and default.size else ""
            model_text = (
                tr(
                    "No local model is installed yet. The fast pattern layer works without one; "
                    "a local model finds more names and addresses."
                )
                + f" {manager.catalog.default_text_model}{size}"
            )
        self.chosen_model = text_models[0].id if text_models else None
        self.model_label = QLabel(model_text)
        self.model_label.setWordWrap(True)
        self.download_button = QPushButton(tr("Download the default model…"))
        self.download_button.setVisible(not text_models)
        self.download_button.clicked.connect(self._download)
        start = QPushButton(tr("Start"))
        start.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addStretch(1)
        buttons.addWidget(start)
        layout = QVBoxLayout(self)
        layout.addWidget(promise)
        layout.addWidget(self.model_label)
        layout.addLayout(buttons)

    def _download(self) -> None:
        self.download_requested.emit()
        self.accept()

"""Model manager: installed and available models; download (progress, cancel), import, remove."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.models.manager import InstalledModel, ModelManager
from desktop.ui.errors import show_error
from desktop.ui.i18n import tr
from desktop.ui.ops import CLOUD_EXECUTOR, Op

COLUMNS = ("Model", "Status", "Size", "RAM needed", "Runtime", "Device")


def _size(n: int | None) -> str:
    if not n:
        return "?"
    return f"{n / 1024**3:.2f} GB" if n >= 1024**3 else f"{n / 1024**2:.0f} MB"


class ModelsDialog(QDialog):
    changed = Signal()  # installed models changed

    def __init__(
        self,
        manager: ModelManager,
        device_of: Callable[[str], str] = lambda _runtime: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Local models"))
        self.resize(820, 360)
        self.manager = manager
        self._device_of = device_of
        self._cancel = threading.Event()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.state = QLabel("")
        self.download_button = QPushButton(tr("Download"))
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.setEnabled(False)
        self.import_button = QPushButton(tr("Import file…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (
            self.download_button,
            self.cancel_button,
            self.import_button,
            self.remove_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        installed = {m.id: m for m in self.manager.installed()}
        rows: list[tuple[str, str, str, str, str, str]] = []
        for entry in self.manager.catalog.entries:
            model = installed.pop(entry.id, None)
            status = tr("installed") + f" ({model.location})" if model else tr("available")
            rows.append(
                (
                    entry.id,
                    status,
                    _size(model.size if model else entry.size or entry.approx_size),
                    f"{entry.ram_gb:g} GB",
                    entry.runtime,
                    self._device_of(entry.runtime),
                )
            )
        for model in installed.values():  # imported files that match no catalog entry
            rows.append(
                (
                    model.id,
                    tr("installed") + f" ({model.location})",
                    _size(model.size),
                    "?",
                    model.runtime,
                    self._device_of(model.runtime),
                )
            )
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        for button in (self.download_button, self.import_button, self.remove_button):
            button.setEnabled(not busy)

    def download_selected(self, url_override: str | None = None) -> None:
        model_id = self.selected_id()
        if model_id is None:
            self.state.setText(tr("Select a model first."))
            return
        self._cancel.clear()
        self._busy(True)
        self.progress.setRange(0, 0)
        self.state.setText(tr("Downloading") + f" {model_id}…")
        manager, cancel = self.manager, self._cancel.is_set

        def fetch(report: Callable[[object], None]) -> InstalledModel:
            return manager.download(
                model_id,
                progress=lambda done, total: report((done, total)),
                cancel=cancel,
                url_override=url_override,
            )

        Op.reporting(self, fetch, CLOUD_EXECUTOR).on_progress(self._progress).success(
            self._installed
        ).failure(self._failed).run()

    def _progress(self, value: object) -> None:
        assert isinstance(value, tuple)
        done: int = value[0]
        total: int | None = value[1]
        if total:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))
        self.state.setText(tr("Downloading") + f" {_size(done)} / {_size(total)}")

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Import a GGUF model"), "", "GGUF (*.gguf)"
            )
            if not path:
                return
        self._cancel.clear()
        self._busy(True)
        self.progress.setRange(0, 0)
        self.state.setText(tr("Checking and importing…"))
        manager, cancel = self.manager, self._cancel.is_set
        Op(self, lambda: manager.import_file(Path(path), cancel=cancel), CLOUD_EXECUTOR).success(
            self._installed
        ).failure(self._failed).run()

    def remove_selected(self) -> None:
        model_id = self.selected_id()
        if model_id is None:
            self.state.setText(tr("Select a model first."))
            return
        try:
            self.manager.remove(model_id)
        except Exception as exc:
            self.state.setText(show_error(self, exc, modal=False))
            return
        self.state.setText(tr("Removed") + f" {model_id}.")
        self.refresh()
        self.changed.emit()

    def _installed(self, model: InstalledModel) -> None:
        self._busy(False)
        self.state.setText(tr("Installed") + f" {model.id}.")
        self.refresh()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.state.setText(show_error(self, error, modal=False))
        self.refresh()

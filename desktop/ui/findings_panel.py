"""The findings list with per-label toggles."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.review import Review
from desktop.engine.types import Label, Span
from desktop.ui.palette import colour_of


class FindingsPanel(QWidget):
    span_toggled = Signal(object)  # Span
    label_toggled = Signal(object, bool)  # Label, enabled

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.itemChanged.connect(self._item_changed)
        self.labels_row = QHBoxLayout()
        self.labels_row.addStretch(1)
        self.label_boxes: dict[Label, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.labels_row)
        layout.addWidget(self.list)
        self._updating = False

    def show_review(self, review: Review, placeholders: dict[tuple[int, int], str]) -> None:
        self._updating = True
        self.list.clear()
        for span in review.all_spans():
            value = span.text_in(review.text).replace("\n", " ")
            placeholder = placeholders.get((span.start, span.end), "")
            item = QListWidgetItem(f"{span.label}  {placeholder}  {value}")
            item.setData(Qt.ItemDataRole.UserRole, span)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            active = review.is_active(span)
            item.setCheckState(Qt.CheckState.Checked if active else Qt.CheckState.Unchecked)
            item.setBackground(QBrush(QColor(colour_of(span.label)).lighter(140)))
            self.list.addItem(item)
        self._sync_label_boxes(review)
        self._updating = False

    def _sync_label_boxes(self, review: Review) -> None:
        present = {span.label for span in review.all_spans()}
        for label in present - self.label_boxes.keys():
            box = QCheckBox(str(label))
            box.setChecked(True)
            box.toggled.connect(lambda on, lb=label: self._label_changed(lb, on))
            self.labels_row.insertWidget(self.labels_row.count() - 1, box)
            self.label_boxes[label] = box
        for label, box in self.label_boxes.items():
            box.blockSignals(True)
            box.setChecked(label not in review.disabled_labels)
            box.setVisible(label in present)
            box.blockSignals(False)

    def _label_changed(self, label: Label, enabled: bool) -> None:
        if not self._updating:
            self.label_toggled.emit(label, enabled)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        span = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(span, Span):
            self.span_toggled.emit(span)

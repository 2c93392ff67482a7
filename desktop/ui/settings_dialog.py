"""Settings: provider, endpoint, model, API key (keychain only), hotkey, labels, lists, language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.keystore import SecretStore
from desktop.engine.settings import Settings, format_always_lines, parse_always_lines
from desktop.engine.types import TEXT_LABELS, Label
from desktop.ui.errors import show_error
from desktop.ui.i18n import tr

PROVIDERS = ("openai", "anthropic", "gemini", "openai-compatible")
LANGUAGES = (("en", "English"), ("zh_TW", "繁體中文"))


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore,
        hotkey_status: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ScrubDesk settings"))
        self.secrets = secrets
        self.result_settings: Settings | None = None

        self.provider = QComboBox()
        self.provider.addItems(PROVIDERS)
        self.provider.setCurrentText(settings.provider)
        self.base_url = QLineEdit(settings.base_url or "")
        self.base_url.setPlaceholderText("default endpoint of the provider")
        self.cloud_model = QLineEdit(settings.cloud_model or "")
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_where = QLabel()
        self.key_where.setWordWrap(True)
        self.provider.currentTextChanged.connect(self._show_key_state)
        self.router = QCheckBox(
            tr("Answer locally when the local model says the cloud is not needed")
        )
        self.router.setChecked(settings.router_enabled)

        self.image_model = QCheckBox(
            tr("Look for faces, QR codes, signatures and ID cards with the image model")
        )
        self.image_model.setChecked(settings.use_image_model)

        self.hotkey = QLineEdit(settings.hotkey)
        self.hotkey_status = QLabel(hotkey_status)
        self.label_boxes: dict[Label, QCheckBox] = {}
        self.always = QPlainTextEdit(format_always_lines(list(settings.always_redact)))
        self.always.setPlaceholderText("one term a line; optional label: Project Falcon | SECRET")
        self.never = QPlainTextEdit("\n".join(settings.never_redact))
        self.never.setPlaceholderText("one term a line, never redacted")
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex([c for c, _ in LANGUAGES].index(settings.ui_language))
        self._settings = settings
        self._build(settings)
        self._show_key_state(settings.provider)

    def _build(self, settings: Settings) -> None:
        cloud = QFormLayout()
        cloud.addRow(tr("Provider"), self.provider)
        cloud.addRow(tr("Endpoint"), self.base_url)
        cloud.addRow(tr("Model"), self.cloud_model)
        cloud.addRow(tr("API key"), self.api_key)
        cloud.addRow("", self.key_where)
        cloud.addRow("", self.router)
        labels = QGridLayout()
        for index, label in enumerate(TEXT_LABELS):
            box = QCheckBox(str(label))
            box.setChecked(label not in settings.disabled_labels)
            labels.addWidget(box, index // 3, index % 3)
            self.label_boxes[label] = box
        scrub = QFormLayout()
        scrub.addRow(tr("Clipboard hotkey"), self.hotkey)
        scrub.addRow("", self.hotkey_status)
        scrub.addRow(tr("Always redact"), self.always)
        scrub.addRow(tr("Never redact"), self.never)
        scrub.addRow("", self.image_model)
        scrub.addRow(tr("Language"), self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(_group(tr("Cloud"), cloud))
        layout.addWidget(_group(tr("Labels to redact"), labels))
        layout.addWidget(_group(tr("Scrubbing"), scrub))
        layout.addWidget(buttons)

    def _show_key_state(self, provider: str) -> None:
        saved = self.secrets.get(provider) is not None
        if self.secrets.persistent:
            where = tr("Keys are stored only in the system keychain, never in settings files.")
        else:
            where = self.secrets.notice or tr("No keychain: the key is kept for this session only.")
        state = tr("A key is saved for this provider.") if saved else tr("No key saved yet.")
        self.key_where.setText(f"{state} {where}")
        self.api_key.clear()
        self.api_key.setPlaceholderText("leave empty to keep the saved key" if saved else "")

    def collect(self) -> Settings:
        """The settings as entered; raises ValueError with a plain message on bad input."""
        data = self._settings.model_dump()
        data.update(
            provider=self.provider.currentText(),
            base_url=self.base_url.text().strip() or None,
            cloud_model=self.cloud_model.text().strip() or None,
            router_enabled=self.router.isChecked(),
            use_image_model=self.image_model.isChecked(),
            hotkey=self.hotkey.text().strip(),
            disabled_labels=[lb for lb, box in self.label_boxes.items() if not box.isChecked()],
            always_redact=parse_always_lines(self.always.toPlainText()),
            never_redact=[t.strip() for t in self.never.toPlainText().splitlines() if t.strip()],
            ui_language=self.language.currentData(),
        )
        return Settings.model_validate(data)

    def save(self) -> None:
        from pydantic import ValidationError

        from desktop.engine.errors import InputError

        try:
            settings = self.collect()
            if self.api_key.text().strip():
                self.secrets.set(settings.provider, self.api_key.text())
        except ValidationError as exc:
            first = exc.errors()[0]
            show_error(self, InputError(f"{first['loc'][0]}: {first['msg']}"))
            return
        except ValueError as exc:
            show_error(self, InputError(str(exc)))
            return
        self.api_key.clear()
        self.result_settings = settings
        self.accept()


def _group(title: str, layout: QFormLayout | QGridLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    return box

"""The settings dialog writes typed settings, and the key only to the secret store."""

import keyring.backend

from desktop.engine.keystore import SecretStore
from desktop.engine.settings import Settings, save_settings
from desktop.engine.types import Label
from desktop.ui import errors
from desktop.ui.settings_dialog import SettingsDialog

KEY = "sk-test-DO-NOT-STORE-IN-FILES-1234567890"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend object (in memory) standing in for the OS keychain."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


def test_save_puts_the_key_in_the_keychain_and_not_in_settings(qtbot, tmp_path) -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend)
    dialog = SettingsDialog(Settings(), store)
    qtbot.addWidget(dialog)
    dialog.provider.setCurrentText("anthropic")
    dialog.api_key.setText(KEY)
    dialog.label_boxes[Label.IP_ADDRESS].setChecked(False)
    dialog.always.setPlainText("Project Falcon | SECRET")
    dialog.never.setPlainText("Acme\n")
    dialog.save()
    settings = dialog.result_settings
    assert settings is not None
    assert settings.provider == "anthropic"
    assert settings.disabled_labels == [Label.IP_ADDRESS]
    assert settings.always_redact[0].label == Label.SECRET
    assert settings.never_redact == ["Acme"]
    assert store.get("anthropic") == KEY
    path = tmp_path / "settings.json"
    save_settings(settings, path)
    assert KEY not in path.read_text()
    assert dialog.api_key.text() == ""


def test_dialog_says_where_the_key_lives(qtbot) -> None:
    persistent = SettingsDialog(Settings(), SecretStore(MemoryKeyring()))
    qtbot.addWidget(persistent)
    assert "system keychain" in persistent.key_where.text()
    session = SettingsDialog(Settings(), SecretStore(None, detect=False))
    qtbot.addWidget(session)
    assert "session" in session.key_where.text()


def test_bad_input_is_reported_and_nothing_saved(qtbot) -> None:
    dialog = SettingsDialog(Settings(), SecretStore(MemoryKeyring()))
    qtbot.addWidget(dialog)
    dialog.base_url.setText("ftp://example.com")
    dialog.save()
    assert dialog.result_settings is None
    assert errors.last_error is not None and "http" in errors.last_error
    dialog.base_url.setText("")
    dialog.always.setPlainText("x | NOPE")
    dialog.save()
    assert dialog.result_settings is None and "unknown label" in errors.last_error


def test_app_applies_saved_settings_to_the_next_scrub(qtbot) -> None:
    import uuid

    from PySide6.QtGui import QGuiApplication

    from desktop.engine.settings import AlwaysEntry, load_settings
    from desktop.ui.app import ScrubDeskApp

    app = ScrubDeskApp(QGuiApplication.instance(), f"scrubdesk-test-{uuid.uuid4().hex[:8]}")
    qtbot.addWidget(app.window)
    with qtbot.waitSignal(app.window.scrubbed, timeout=10_000):
        app.window.input.setPlainText("Project Falcon ships Friday")
    assert app.window.preview.toPlainText() == "Project Falcon ships Friday"
    new = app.settings.model_copy(
        update={"always_redact": [AlwaysEntry(term="Project Falcon", label=Label.SECRET)]}
    )
    with qtbot.waitSignal(app.window.scrubbed, timeout=10_000):
        app.apply_settings(new)
    assert app.window.preview.toPlainText() == "[SECRET_1] ships Friday"
    assert load_settings().always_redact == new.always_redact


def test_traditional_chinese_ui(qtbot) -> None:
    import uuid

    from PySide6.QtGui import QGuiApplication

    from desktop.ui.app import ScrubDeskApp
    from desktop.ui.i18n import set_language

    try:
        app = ScrubDeskApp(
            QGuiApplication.instance(),
            f"scrubdesk-test-{uuid.uuid4().hex[:8]}",
            Settings(ui_language="zh_TW"),
        )
        qtbot.addWidget(app.window)
        assert app.window.scrub_button.text() == "立即遮蔽"
        assert app.tray.scrub_action.text() == "遮蔽剪貼簿"
    finally:
        set_language("en")

"""Application start-up: the window, the tray, clipboard scrub and the single-instance server."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from desktop.engine.errors import InputError
from desktop.engine.keystore import SecretStore
from desktop.engine.pipeline import ModelLayer, Scrubber
from desktop.engine.settings import Settings, load_settings, save_settings
from desktop.engine.vision.scrub import VisualLayer
from desktop.ui.clipboard_scrub import ClipboardScrubber
from desktop.ui.conversation_panel import ConversationPanel
from desktop.ui.hotkey import HotkeyBackend, HotkeyError, parse_hotkey, start_hotkey
from desktop.ui.i18n import set_language, tr
from desktop.ui.instance import InstanceServer, send_command
from desktop.ui.lazy_model import LazyModel
from desktop.ui.main_window import MainWindow
from desktop.ui.tray import Tray, app_icon


class ScrubDeskApp:
    """Owns the long-lived parts of a running app."""

    def __init__(
        self,
        app: QApplication,
        server_name: str | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.app = app
        self.settings = settings or load_settings()
        self.hotkey: HotkeyBackend | None = None
        self.hotkey_status = "not started"
        set_language(self.settings.ui_language)
        self._text_model: LazyModel[ModelLayer] = LazyModel(self._open_text_model)
        self._image_model: LazyModel[VisualLayer] = LazyModel(self._open_image_model)
        self.secrets = SecretStore()
        self.window = MainWindow(self.make_scrubber, self.visual_layer)
        self.window.settings_requested.connect(self.open_settings)
        self.window.models_requested.connect(self.open_models)
        self.conversation = ConversationPanel(
            settings=lambda: self.settings,
            secrets=self.secrets,
            scrubber=lambda: self.window.scrubber,
            redaction=self.window.outgoing,
            images=self.outgoing_images,
        )
        self.window.add_panel(tr("Conversation"), self.conversation)
        self.window.conversation_reset.connect(self.conversation.reset)
        # A screenshot goes out with one turn only.
        self.conversation.answered.connect(lambda _reply: self.window.image_panel.clear())
        self.window.setWindowIcon(app_icon())
        self.clipboard = ClipboardScrubber(
            lambda: self.window.scrubber, self.window, visual_layer=self.visual_layer
        )
        self.tray = Tray(
            on_scrub=self.clipboard.scrub,
            on_undo=self.undo_clipboard,
            on_show=self.show_window,
            on_quit=app.quit,
        )
        self.clipboard.scrubbed.connect(self._clipboard_scrubbed)
        self.clipboard.failed.connect(self.tray.notify)
        self.server = InstanceServer(server_name)
        self.server.command.connect(self._command)
        # With a tray, closing the window keeps the app running (the hotkey still works).
        self.has_tray = QSystemTrayIcon.isSystemTrayAvailable()
        app.setQuitOnLastWindowClosed(not self.has_tray)

    def make_scrubber(self) -> Scrubber:
        """A Scrubber for a new conversation, with the user's lists, labels and local model."""
        return Scrubber(policy=self.settings.policy(), model=self.model_layer())

    def model_layer(self) -> ModelLayer | None:
        """The local text model layer, unless turned off in Settings."""
        return self._text_model.get() if self.settings.use_local_model else None

    def visual_layer(self) -> VisualLayer | None:
        """The image model (PaliGemma) when installed, unless turned off in Settings."""
        return self._image_model.get() if self.settings.use_image_model else None

    def _open_text_model(self) -> ModelLayer | None:
        from desktop.engine.runtimes import load_model_layer

        return load_model_layer(self.settings.local_model)

    def _open_image_model(self) -> VisualLayer | None:
        from desktop.engine.vision.paligemma import load_visual_layer

        return load_visual_layer(self.settings.image_model)

    def outgoing_images(self) -> list[bytes]:
        """The redacted screenshot to send with the next turn, once it is final."""
        panel = self.window.image_panel
        if panel.pending:
            raise InputError(
                tr(
                    "The screenshot is still being checked for faces and QR codes: "
                    "wait for it, or cancel the image model."
                )
            )
        return [panel.png] if panel.png else []

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.secrets, self.hotkey_status, self.window)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings))
        dialog.open()

    def show_first_run(self) -> None:
        from desktop.engine.models.manager import ModelManager
        from desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(ModelManager(), self.window)
        dialog.download_requested.connect(self.open_models)
        dialog.finished.connect(lambda _code: self._first_run_done(dialog.chosen_model))
        dialog.open()
        self.first_run = dialog

    def _first_run_done(self, chosen_model: str | None) -> None:
        update: dict[str, object] = {"first_run_done": True}
        if chosen_model and not self.settings.local_model:
            update["local_model"] = chosen_model
        self.settings = self.settings.model_copy(update=update)
        save_settings(self.settings)

    def open_models(self) -> None:
        from desktop.engine.models.manager import ModelManager
        from desktop.engine.runtimes.registry import expected_device
        from desktop.ui.models_dialog import ModelsDialog

        dialog = ModelsDialog(ModelManager(), expected_device, parent=self.window)
        dialog.open()

    def apply_settings(self, settings: Settings | None) -> None:
        if settings is None:
            return
        hotkey_changed = settings.hotkey != self.settings.hotkey
        model_changed = (settings.local_model, settings.use_local_model) != (
            self.settings.local_model,
            self.settings.use_local_model,
        )
        image_model_changed = (settings.image_model, settings.use_image_model) != (
            self.settings.image_model,
            self.settings.use_image_model,
        )
        if settings.ui_language != self.settings.ui_language:
            self.tray.notify(tr("Language changes take effect the next time ScrubDesk starts."))
        self.settings = settings
        save_settings(settings)
        self.conversation.reset()  # provider or model may have changed
        # The policy changes detection, not the vault: keep the conversation's placeholders.
        self.window.scrubber.policy = settings.policy()
        if model_changed:
            self._text_model.reset()
            self.window.scrubber.model = self.model_layer()
        if image_model_changed:
            self._image_model.reset()
        self.window.scrub()
        if hotkey_changed:
            self.start_hotkey()

    def start_hotkey(self) -> str:
        """(Re-)register the configured global hotkey; returns a status line for Settings."""
        if self.hotkey is not None:
            self.hotkey.unregister()
            self.hotkey = None
        try:
            self.hotkey, self.hotkey_status = start_hotkey(parse_hotkey(self.settings.hotkey))
        except HotkeyError as exc:
            self.hotkey_status = f"invalid hotkey: {exc}"
        if self.hotkey is not None:
            self.hotkey.activated.connect(self.clipboard.scrub)
        self.window.status.setText(f"Hotkey: {self.hotkey_status}")
        return self.hotkey_status

    def start(self) -> None:
        self.server.listen()
        self.start_hotkey()
        if self._text_model.error:
            self.window.model_badge.setText(tr("No local model") + f": {self._text_model.error}")
        if not self.settings.first_run_done:
            self.show_first_run()
        if self.has_tray:
            self.tray.show()
        self.window.show()

    def show_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def undo_clipboard(self) -> None:
        restored = self.clipboard.undo()
        self.tray.undo_action.setEnabled(False)
        self.tray.notify(tr("Clipboard restored.") if restored else tr("Nothing to undo."))

    def _clipboard_scrubbed(self, summary: str) -> None:
        self.tray.undo_action.setEnabled(True)
        self.tray.notify(f"Clipboard scrubbed: {summary}. Undo from the tray menu.")

    def _command(self, command: str) -> None:
        if command == "scrub-clipboard":
            self.clipboard.scrub()
        elif command == "show":
            self.show_window()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("ScrubDesk")
    try:  # a second start just brings the running instance forward
        send_command("show")
        return 0
    except ConnectionError:
        pass
    scrubdesk = ScrubDeskApp(app)
    scrubdesk.start()
    return app.exec()

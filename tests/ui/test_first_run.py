import uuid

from PySide6.QtGui import QGuiApplication

from desktop.engine.models.catalog import load_catalog
from desktop.engine.models.manager import ModelManager
from desktop.engine.settings import Settings, load_settings
from desktop.ui.app import ScrubDeskApp
from desktop.ui.first_run import FirstRunDialog
from tests.runtimes.tiny_models import write_tiny_gemma2_gguf


def test_without_a_model_the_download_is_offered(qtbot, tmp_path) -> None:
    manager = ModelManager(load_catalog(), bundle_dir=tmp_path / "b", user_dir=tmp_path / "u")
    dialog = FirstRunDialog(manager)
    qtbot.addWidget(dialog)
    assert not dialog.download_button.isHidden()
    assert "gemma-2-2b-it" in dialog.model_label.text()
    assert dialog.chosen_model is None


def test_an_installed_model_is_picked(qtbot, tmp_path) -> None:
    (tmp_path / "u").mkdir()
    write_tiny_gemma2_gguf(tmp_path / "u" / "my-model.gguf")
    manager = ModelManager(load_catalog(), bundle_dir=tmp_path / "b", user_dir=tmp_path / "u")
    dialog = FirstRunDialog(manager)
    qtbot.addWidget(dialog)
    assert dialog.download_button.isHidden()
    assert dialog.chosen_model == "my-model"


def test_first_run_shows_once(qtbot) -> None:
    # conftest points models and settings at empty temporary folders
    app = ScrubDeskApp(
        QGuiApplication.instance(), f"scrubdesk-test-{uuid.uuid4().hex[:8]}", Settings()
    )
    qtbot.addWidget(app.window)
    app.show_first_run()
    assert "never leave" in app.first_run.findChildren(type(app.window.status))[0].text()
    app.first_run.accept()
    assert load_settings().first_run_done is True

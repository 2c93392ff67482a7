"""The model manager dialog against a real local HTTP server and a real (tiny) GGUF file."""

import hashlib
import http.server
import threading
import time
from functools import partial

import pytest

from desktop.engine.models.catalog import Catalog, CatalogEntry, ModelFile
from desktop.engine.models.manager import ModelManager
from desktop.ui.models_dialog import ModelsDialog
from tests.runtimes.tiny_models import write_tiny_gemma2_gguf


class SlowHandler(http.server.SimpleHTTPRequestHandler):
    """Answers after a pause, so a test can cancel while the download is under way."""

    def do_GET(self) -> None:
        time.sleep(0.5)
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def served_model(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    path = write_tiny_gemma2_gguf(root / "tiny.gguf")
    handler = partial(SlowHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield path, f"http://127.0.0.1:{server.server_address[1]}/tiny.gguf"
    server.shutdown()
    server.server_close()


def make_manager(tmp_path, url: str, path) -> ModelManager:
    data = path.read_bytes()
    entry = CatalogEntry(
        id="tiny-gemma2",
        name="Tiny Gemma 2 (random weights)",
        kind="text",
        runtime="llama.cpp",
        format="gguf",
        repo="local/tiny",
        files=(ModelFile("tiny.gguf", url, len(data), hashlib.sha256(data).hexdigest()),),
        licence="test",
        licence_url="",
        source_url="",
        ram_gb=0.1,
    )
    catalog = Catalog((entry,), "tiny-gemma2")
    return ModelManager(catalog, bundle_dir=tmp_path / "bundle", user_dir=tmp_path / "user")


def test_download_with_progress_then_remove(qtbot, tmp_path, served_model) -> None:
    path, url = served_model
    manager = make_manager(tmp_path, url, path)
    dialog = ModelsDialog(manager, device_of=lambda runtime: "CPU")
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "available"
    assert dialog.table.item(0, 5).text() == "CPU"
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=30_000):
        dialog.download_selected()
    assert dialog.table.item(0, 1).text() == "installed (user)"
    assert (tmp_path / "user" / "tiny.gguf").read_bytes() == path.read_bytes()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.remove_selected()
    assert dialog.table.item(0, 1).text() == "available"


def test_import_checks_the_file(qtbot, tmp_path, served_model) -> None:
    path, url = served_model
    dialog = ModelsDialog(make_manager(tmp_path, url, path))
    qtbot.addWidget(dialog)
    not_a_model = tmp_path / "notes.gguf"
    not_a_model.write_bytes(b"this is not a GGUF file at all")
    dialog.import_file(str(not_a_model))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert "GGUF" in dialog.state.text() or "gguf" in dialog.state.text()
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.import_file(str(path))
    assert dialog.table.item(0, 1).text() == "installed (user)"


def test_cancelled_download_installs_nothing(qtbot, tmp_path, served_model) -> None:
    path, url = served_model
    dialog = ModelsDialog(make_manager(tmp_path, url, path))
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.download_selected()
    assert dialog.cancel_button.isEnabled()
    dialog.cancel_button.click()  # the server has not answered yet
    qtbot.waitUntil(lambda: dialog.download_button.isEnabled(), timeout=10_000)
    assert not (tmp_path / "user" / "tiny.gguf").exists()
    assert dialog.table.item(0, 1).text() == "available"

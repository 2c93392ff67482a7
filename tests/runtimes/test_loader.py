"""`load_model_layer`: from --model to the pipeline's layer, with clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.engine.errors import ModelError
from desktop.engine.llm.detector import LlmDetector
from desktop.engine.runtimes import load_model_layer, registry
from desktop.engine.runtimes.server import ServerTextModel
from desktop.engine.runtimes.worker_client import WorkerTextModel


def test_nothing_installed_means_no_layer(model_dirs: tuple[Path, Path]) -> None:
    assert load_model_layer(None) is None


def test_default_picks_the_installed_model(model_dirs: tuple[Path, Path], tiny_gguf: Path) -> None:
    pytest.importorskip("llama_cpp")
    _, user = model_dirs
    shutil.copy(tiny_gguf, user / "tiny-gemma2.gguf")
    layer = load_model_layer(None)
    assert isinstance(layer, LlmDetector) and layer.name == "model:tiny-gemma2"
    assert isinstance(layer.model, WorkerTextModel) and layer.model.worker_pid is None  # lazy
    layer.close()


def test_path_id_and_url_forms(model_dirs: tuple[Path, Path], tiny_gguf: Path) -> None:
    pytest.importorskip("llama_cpp")
    layer = load_model_layer(str(tiny_gguf))
    assert layer is not None and layer.name == "model:tiny-gemma2"
    server = load_model_layer("http://127.0.0.1:11434#gemma2:2b")
    assert server is not None and isinstance(server.model, ServerTextModel)
    assert server.model.model == "gemma2:2b"


def test_clear_errors(model_dirs: tuple[Path, Path], tiny_gguf: Path, tmp_path: Path) -> None:
    pytest.importorskip("llama_cpp")
    with pytest.raises(ModelError, match="not installed; run 'scrubdesk models download"):
        load_model_layer("gemma-2-2b-it-q4km")
    with pytest.raises(ModelError, match="unknown model"):
        load_model_layer("no-such-model")
    with pytest.raises(ModelError, match="does not exist"):
        load_model_layer(str(tmp_path / "missing.gguf"))
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(tiny_gguf.read_bytes()[:3000])
    with pytest.raises(ModelError, match="truncated"):
        load_model_layer(str(cut))  # refused before any worker starts
    with pytest.raises(ModelError, match="on this machine"):
        load_model_layer("http://10.0.0.5:8080")


def test_missing_runtime_is_explained(
    model_dirs: tuple[Path, Path], tiny_gguf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "is_available", lambda name: False)
    with pytest.raises(ModelError, match="llama-cpp-python"):
        load_model_layer(str(tiny_gguf))
    _, user = model_dirs
    shutil.copy(tiny_gguf, user / "tiny-gemma2.gguf")
    assert load_model_layer(None) is None  # installed but unusable: no layer, no error


def test_defaults_per_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "is_apple_silicon", lambda: True)
    monkeypatch.setattr(registry, "is_available", lambda name: True)
    assert registry.default_runtime() == "mlx"
    monkeypatch.setattr(registry, "is_available", lambda name: name != "mlx")
    assert registry.default_runtime() == "llama.cpp"
    monkeypatch.setattr(registry, "is_apple_silicon", lambda: False)
    monkeypatch.setattr(registry, "is_available", lambda name: True)
    assert registry.default_runtime() == "llama.cpp"
    assert list(registry.RUNTIMES) == ["llama.cpp", "mlx", "openai-compatible"]


def test_an_install_without_the_catalog_still_finds_gguf_files(
    model_dirs: tuple[Path, Path], tiny_gguf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("llama_cpp")
    monkeypatch.setenv("SCRUBDESK_CATALOG", str(model_dirs[0] / "missing.json"))
    assert load_model_layer(None) is None
    shutil.copy(tiny_gguf, model_dirs[1] / "tiny-gemma2.gguf")
    layer = load_model_layer(None)
    assert layer is not None and layer.name == "model:tiny-gemma2"

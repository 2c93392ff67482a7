"""`load_model_layer`: from `--model ID|PATH|URL` (or nothing) to the pipeline's model layer.

- None: the default installed text model whose runtime is available (MLX's on Apple Silicon when
  installed, else the catalog default, else any installed one), or None when there is none.
- An existing GGUF file, or an MLX model folder.
- A catalog id or the id of an imported model (see `scrubdesk models list`).
- `http://127.0.0.1:PORT[#model]`: a local OpenAI-compatible server.
A model that was asked for but is missing, corrupt or lacks its runtime is a `ModelError`, so
the command fails with one clear line instead of quietly scrubbing with the fast layer alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.engine.errors import ModelError
from desktop.engine.runtimes import registry
from desktop.engine.runtimes.registry import LLAMA_CPP, MLX, SERVER

if TYPE_CHECKING:
    from desktop.engine.llm.detector import LlmDetector
    from desktop.engine.models.manager import InstalledModel, ModelManager
    from desktop.engine.runtimes.base import TextModel


def _layer(text_model: TextModel, model_id: str) -> LlmDetector:
    from desktop.engine.llm.detector import LlmDetector

    return LlmDetector(text_model, name=f"model:{model_id}")


def _check_location(runtime: str, path: Path) -> None:
    if runtime == LLAMA_CPP:
        from desktop.engine.models.gguf_check import read_gguf_info

        read_gguf_info(path)
    elif runtime == MLX and not (path / "config.json").is_file():
        raise ModelError(f"'{path.name}' is not an MLX model folder (no config.json)")


def open_path(path: Path) -> tuple[TextModel, str]:
    if path.is_dir():
        runtime, model_id = MLX, path.name
    else:
        runtime, model_id = LLAMA_CPP, path.stem
    registry.require(runtime)
    _check_location(runtime, path)
    return registry.open_text_model(runtime, str(path), name=model_id), model_id


def open_installed(model: InstalledModel) -> TextModel:
    if model.kind != "text":
        raise ModelError(f"'{model.id}' is an image model, not a text model")
    registry.require(model.runtime)
    _check_location(model.runtime, model.path)
    return registry.open_text_model(model.runtime, str(model.path), name=model.id)


def _default_installed(manager: ModelManager) -> InstalledModel | None:
    candidates = [
        m for m in manager.installed() if m.kind == "text" and registry.is_available(m.runtime)
    ]
    if not candidates:
        return None
    preferred = [manager.catalog.default_text_model]
    if registry.is_apple_silicon() and manager.catalog.default_text_model_mlx:
        preferred.insert(0, manager.catalog.default_text_model_mlx)
    for model_id in preferred:
        for model in candidates:
            if model.id == model_id:
                return model
    return candidates[0]


def _default_manager() -> ModelManager:
    from desktop.engine.models.catalog import Catalog, load_catalog
    from desktop.engine.models.manager import ModelManager

    try:
        catalog = load_catalog()
    except ModelError:
        # An install without the catalog (a bare wheel) still finds GGUF files by name.
        catalog = Catalog(entries=(), default_text_model="")
    return ModelManager(catalog)


def open_text_model(model: str | None, manager: ModelManager | None = None) -> TextModel | None:
    """The `TextModel` that `model` names, or the default installed one (None if none)."""
    if model is not None and model.startswith(("http://", "https://")):
        return registry.open_text_model(SERVER, model, name=model)
    if model is not None:
        path = Path(model).expanduser()
        if path.exists():
            return open_path(path)[0]
    if manager is None:
        manager = _default_manager()
    if model is None:
        installed = _default_installed(manager)
        return open_installed(installed) if installed is not None else None
    found = manager.find(model)
    if found is not None:
        return open_installed(found)
    if manager.catalog.get(model) is not None:
        raise ModelError(
            f"model '{model}' is not installed; run 'scrubdesk models download {model}'"
        )
    if model.endswith((".gguf", "/")) or "/" in model or "\\" in model:
        raise ModelError(f"model file '{Path(model).name}' does not exist")
    raise ModelError(f"unknown model '{model}'; see 'scrubdesk models list'")


def load_model_layer(model: str | None) -> LlmDetector | None:
    """The pipeline's local model layer for `--model`, or None when nothing is installed."""
    text_model = open_text_model(model)
    if text_model is None:
        return None
    return _layer(text_model, text_model.name)

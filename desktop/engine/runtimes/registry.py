"""The explicit registry of local-model runtimes, with a cheap availability check for each.

Availability is a `find_spec` look-up, not an import: importing llama_cpp or mlx costs seconds
and loads native code into the app's process, which only a worker may do.
Default on Apple Silicon: MLX when installed, otherwise llama.cpp (with Metal). Elsewhere:
llama.cpp (CUDA when compiled in, else the CPU).
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from desktop.engine.errors import ModelError
from desktop.engine.runtimes.base import TextModel

LLAMA_CPP, MLX, SERVER = "llama.cpp", "mlx", "openai-compatible"


@dataclass(frozen=True)
class RuntimeSpec:
    name: str
    module: str  # the import whose presence makes the runtime usable
    formats: tuple[str, ...]
    install_hint: str


RUNTIMES: dict[str, RuntimeSpec] = {
    LLAMA_CPP: RuntimeSpec(
        LLAMA_CPP,
        "llama_cpp",
        ("gguf",),
        "install llama-cpp-python: pip install 'scrubdesk[llm]'",
    ),
    MLX: RuntimeSpec(MLX, "mlx_lm", ("mlx",), "install mlx-lm: pip install 'scrubdesk[mlx]'"),
    SERVER: RuntimeSpec(SERVER, "httpx", ("server",), "install httpx"),
}


def is_apple_silicon() -> bool:
    return sys.platform == "darwin" and platform.machine() == "arm64"


def is_available(name: str) -> bool:
    spec = RUNTIMES.get(name)
    if spec is None:
        return False
    try:
        return find_spec(spec.module) is not None
    except (ImportError, ValueError):
        return False


def require(name: str) -> RuntimeSpec:
    spec = RUNTIMES.get(name)
    if spec is None:
        raise ModelError(f"unknown runtime '{name}'; known: {', '.join(RUNTIMES)}")
    if not is_available(name):
        raise ModelError(f"the {name} runtime is not installed; {spec.install_hint}")
    return spec


# llama.cpp builds its GPU back ends as separate shared libraries: which ones are present tells,
# without loading anything, where a model will run.
_LLAMA_GPU_LIBS = (("cuda", "CUDA"), ("metal", "Metal"), ("vulkan", "Vulkan"), ("hip", "ROCm"))


def expected_device(runtime: str) -> str:
    """Where a model of this runtime would run, from a file look-up (no import, no loading)."""
    if runtime == MLX:
        return "Metal (MLX)" if is_apple_silicon() else "CPU (MLX)"
    if runtime == SERVER:
        return "server"
    if runtime != LLAMA_CPP or not is_available(LLAMA_CPP):
        return "not installed"
    spec = find_spec("llama_cpp")
    folders = list(spec.submodule_search_locations or []) if spec else []
    names = " ".join(p.name.lower() for f in folders for p in Path(f, "lib").glob("*ggml*"))
    gpus = [label for key, label in _LLAMA_GPU_LIBS if f"ggml-{key}" in names]
    if not gpus and is_apple_silicon():
        gpus = ["Metal"]  # macOS wheels link Metal into libggml itself
    return f"{' or '.join(gpus)}, else CPU" if gpus else "CPU"


def default_runtime() -> str:
    if is_apple_silicon() and is_available(MLX):
        return MLX
    return LLAMA_CPP


def open_text_model(
    runtime: str, location: str, *, name: str, options: dict[str, object] | None = None
) -> TextModel:
    """A lazily loaded model: nothing starts until its first request."""
    require(runtime)
    if runtime in (LLAMA_CPP, MLX):
        from desktop.engine.runtimes.worker_client import WorkerTextModel

        return WorkerTextModel(runtime, location, name=name, options=options)
    from desktop.engine.runtimes.server import ServerTextModel

    base_url, _, model = location.partition("#")
    return ServerTextModel(base_url, model or None)

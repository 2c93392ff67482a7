"""The runtime interface: what every local-model runtime offers the detector and the checks.

A `TextModel` takes one user turn (Gemma has no system role) and an optional JSON schema, and
returns the completion with the numbers the benchmark needs. Implementations: a worker process
per loaded model for llama.cpp and MLX (native code never runs in the app's process), and an
HTTP client for a local OpenAI-compatible server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Protocol

from desktop.engine.errors import ModelError

CancelFn = Callable[[], bool]


class ContextOverflow(ModelError):
    """The prompt and the answer budget do not fit the model's context: split the input."""


@dataclass(frozen=True)
class GenerationRequest:
    prompt: str  # the whole user turn; the runtime applies the model's chat template
    schema: dict[str, object] | None = None  # constrain the output to this JSON schema
    max_tokens: int = 512
    temperature: float = 0.0

    def to_wire(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_wire(cls, data: dict[str, object]) -> GenerationRequest:
        schema = data.get("schema")
        return cls(
            prompt=str(data["prompt"]),
            schema=schema if isinstance(schema, dict) else None,
            max_tokens=int(str(data.get("max_tokens", 512))),
            temperature=float(str(data.get("temperature", 0.0))),
        )


@dataclass(frozen=True)
class Generation:
    text: str
    prompt_tokens: int  # tokens in the whole templated prompt
    evaluated_tokens: int  # prompt tokens actually evaluated; the rest came from the KV cache
    generated_tokens: int
    wall_s: float
    finish_reason: str = "stop"  # "stop", "length" or "repetition" (a greedy loop was cut)
    prompt_s: float = 0.0  # of wall_s, the time spent evaluating the prompt (0: not measured)

    def to_wire(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_wire(cls, data: dict[str, object]) -> Generation:
        return cls(
            text=str(data["text"]),
            prompt_tokens=int(str(data["prompt_tokens"])),
            evaluated_tokens=int(str(data["evaluated_tokens"])),
            generated_tokens=int(str(data["generated_tokens"])),
            wall_s=float(str(data["wall_s"])),
            finish_reason=str(data.get("finish_reason", "stop")),
            prompt_s=float(str(data.get("prompt_s", 0.0))),
        )


@dataclass(frozen=True)
class DeviceInfo:
    """Where a loaded model really runs, as reported by the runtime after loading."""

    runtime: str  # "llama.cpp", "mlx", "openai-compatible"
    backend: str  # "cuda", "metal", "vulkan", "cpu", "mlx-gpu", "mlx-cpu", "server"
    layers_offloaded: int | None = None
    layers_total: int | None = None
    detail: str = ""

    def describe(self) -> str:
        text = f"{self.runtime} on {self.backend}"
        if self.layers_total is not None and self.layers_offloaded is not None:
            text += f" ({self.layers_offloaded}/{self.layers_total} layers offloaded)"
        return text

    def to_wire(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_wire(cls, data: dict[str, object]) -> DeviceInfo:
        def optional_int(key: str) -> int | None:
            value = data.get(key)
            return int(str(value)) if value is not None else None

        return cls(
            runtime=str(data["runtime"]),
            backend=str(data["backend"]),
            layers_offloaded=optional_int("layers_offloaded"),
            layers_total=optional_int("layers_total"),
            detail=str(data.get("detail", "")),
        )


class TextModel(Protocol):
    """A loaded (or lazily loading) local text model with a single owner."""

    name: str

    def generate(self, request: GenerationRequest, cancel: CancelFn | None = None) -> Generation:
        """Run one request; raise `Cancelled` if `cancel()` turns true, `ModelError` on failure."""
        ...

    def device(self) -> DeviceInfo:
        """Load if needed, then say where the model runs."""
        ...

    def close(self) -> None: ...


class Backend(Protocol):
    """The in-worker half of a process-isolated runtime (llama.cpp, MLX)."""

    def load(self) -> DeviceInfo: ...

    def generate(self, request: GenerationRequest) -> Generation: ...

"""Local model runtimes: llama.cpp and MLX in a worker process per model, or a local
OpenAI-compatible server. Importing this package is cheap; runtimes load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine.llm.detector import LlmDetector

__all__ = ["load_model_layer"]


def load_model_layer(model: str | None) -> LlmDetector | None:
    """The local model layer for `scrubdesk scrub --model ID|PATH`, or None when no model is
    installed (see `desktop.engine.runtimes.loader`)."""
    from desktop.engine.runtimes.loader import load_model_layer as _load

    return _load(model)

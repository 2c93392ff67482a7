"""The MLX runtime (mlx[cpu] on Linux) in its worker, on a tiny random-weight Gemma 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.errors import ModelError
from desktop.engine.runtimes.base import GenerationRequest
from desktop.engine.runtimes.worker_client import WorkerTextModel

pytest.importorskip("mlx_lm")


@pytest.mark.slow
def test_mlx_worker_loads_generates_and_reuses_the_prefix(tiny_mlx: Path) -> None:
    model = WorkerTextModel("mlx", str(tiny_mlx), name="tiny-mlx")
    try:
        device = model.device()
        assert device.runtime == "mlx" and device.backend in ("mlx-cpu", "mlx-gpu")
        assert device.layers_total == 2
        prefix = "Shared instructions for every request. " * 4
        first = model.generate(GenerationRequest(prompt=prefix + "one", max_tokens=5))
        second = model.generate(GenerationRequest(prompt=prefix + "two!", max_tokens=5))
        assert first.generated_tokens == 5 and first.evaluated_tokens == first.prompt_tokens
        assert second.evaluated_tokens < second.prompt_tokens // 4
        # No grammar on MLX: a schema request still returns (the parser and retry cope).
        third = model.generate(
            GenerationRequest(prompt="x", schema={"type": "object"}, max_tokens=4)
        )
        assert third.generated_tokens >= 4
    finally:
        model.close()


def test_a_folder_without_weights_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    model = WorkerTextModel("mlx", str(tmp_path), name="empty")
    with pytest.raises(ModelError, match="no weights"):
        model.device()
    model.close()

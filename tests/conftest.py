"""Fixtures shared by several test folders."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def taught_paligemma(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight PaliGemma taught two answers (see tests/vision/tiny_paligemma.py),
    in a models folder of its own; built once per run on the CPU."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tests.vision.tiny_paligemma import build_taught_paligemma

    return build_taught_paligemma(tmp_path_factory.mktemp("models") / "paligemma2-3b-mix-224")

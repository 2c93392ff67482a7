"""Fixtures shared by several test folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# In CI every property test draws the same examples, so a run can only fail on a change, and any
# failure is reproducible; locally each run explores new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def taught_paligemma(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random-weight PaliGemma taught two answers (see tests/vision/tiny_paligemma.py),
    in a models folder of its own; built once per run on the CPU."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from tests.vision.tiny_paligemma import build_taught_paligemma

    return build_taught_paligemma(tmp_path_factory.mktemp("models") / "paligemma2-3b-mix-224")

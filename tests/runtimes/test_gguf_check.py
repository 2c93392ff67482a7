from __future__ import annotations

import struct
from pathlib import Path

import pytest

from desktop.engine.errors import ModelError
from desktop.engine.models.gguf_check import GGML_BLOCK_SIZES, looks_like_gguf, read_gguf_info


def test_tiny_model_header_is_read(tiny_gguf: Path) -> None:
    info = read_gguf_info(tiny_gguf)
    assert info.architecture == "gemma2" and info.block_count == 2
    assert info.file_size == info.required_size == tiny_gguf.stat().st_size
    assert info.chat_template and "System role not supported" in info.chat_template
    assert looks_like_gguf(tiny_gguf)


def test_block_size_table_matches_the_gguf_package() -> None:
    gguf = pytest.importorskip("gguf")
    known = max(GGML_BLOCK_SIZES)  # types newer than the table only skip a size check
    for quant_type, sizes in gguf.GGML_QUANT_SIZES.items():
        if int(quant_type) <= known:
            assert GGML_BLOCK_SIZES.get(int(quant_type)) == sizes, quant_type.name


def test_truncated_file_is_a_clear_error(tiny_gguf: Path, tmp_path: Path) -> None:
    data = tiny_gguf.read_bytes()
    for keep in (len(data) - 1, len(data) // 2, 64, 10):
        cut = tmp_path / f"cut-{keep}.gguf"
        cut.write_bytes(data[:keep])
        with pytest.raises(ModelError, match="truncated"):
            read_gguf_info(cut)


def test_non_gguf_files_are_refused(tmp_path: Path) -> None:
    cases = {
        "notes.gguf": b"just some text that was renamed\n",
        "empty.gguf": b"",
        "model.safetensors": b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ModelError, match="not a GGUF"):
            read_gguf_info(path)
        assert not looks_like_gguf(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        read_gguf_info(tmp_path / "nope.gguf")
    with pytest.raises(ModelError, match="not a file"):
        read_gguf_info(tmp_path)


def test_corrupt_headers(tmp_path: Path) -> None:
    version = tmp_path / "v9.gguf"
    version.write_bytes(b"GGUF" + struct.pack("<IQQ", 9, 0, 0))
    with pytest.raises(ModelError, match="version 9"):
        read_gguf_info(version)
    counts = tmp_path / "counts.gguf"
    counts.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 2**40, 0))
    with pytest.raises(ModelError, match="impossible"):
        read_gguf_info(counts)
    string = tmp_path / "string.gguf"
    string.write_bytes(b"GGUF" + struct.pack("<IQQQ", 3, 0, 1, 2**40))
    with pytest.raises(ModelError, match="corrupt"):
        read_gguf_info(string)

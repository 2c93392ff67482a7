"""Checks that a file is a complete, well-formed GGUF model before any native code touches it.

llama.cpp reports a bad file with a log line and a NULL model at best, and crashes at worst, so
the engine reads the header itself: magic, version, every metadata entry and every tensor
record, then checks that the file is long enough to hold the tensor data the header promises.
A truncated download or a renamed non-GGUF file becomes a one-line `ModelError`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from desktop.engine.errors import ModelError

GGUF_MAGIC = b"GGUF"
_SUPPORTED_VERSIONS = (2, 3)
_DEFAULT_ALIGNMENT = 32
# Sanity bounds: a header claiming more than this is corrupt, not a real model.
_MAX_TENSORS = 1_000_000
_MAX_KV = 100_000
_MAX_STRING = 64 * 1024 * 1024
_MAX_DIMS = 8

# ggml tensor type -> (elements per block, bytes per block). The tests check it against the
# `gguf` package's table; a type added later skips only that tensor's size check.
GGML_BLOCK_SIZES: dict[int, tuple[int, int]] = {
    0: (1, 4),  # F32
    1: (1, 2),  # F16
    2: (32, 18),  # Q4_0
    3: (32, 20),  # Q4_1
    6: (32, 22),  # Q5_0
    7: (32, 24),  # Q5_1
    8: (32, 34),  # Q8_0
    9: (32, 40),  # Q8_1
    10: (256, 84),  # Q2_K
    11: (256, 110),  # Q3_K
    12: (256, 144),  # Q4_K
    13: (256, 176),  # Q5_K
    14: (256, 210),  # Q6_K
    15: (256, 292),  # Q8_K
    16: (256, 66),  # IQ2_XXS
    17: (256, 74),  # IQ2_XS
    18: (256, 98),  # IQ3_XXS
    19: (256, 50),  # IQ1_S
    20: (32, 18),  # IQ4_NL
    21: (256, 110),  # IQ3_S
    22: (256, 82),  # IQ2_S
    23: (256, 136),  # IQ4_XS
    24: (1, 1),  # I8
    25: (1, 2),  # I16
    26: (1, 4),  # I32
    27: (1, 8),  # I64
    28: (1, 8),  # F64
    29: (256, 56),  # IQ1_M
    30: (1, 2),  # BF16
    34: (256, 54),  # TQ1_0
    35: (256, 66),  # TQ2_0
    39: (32, 17),  # MXFP4
    40: (64, 36),  # NVFP4
    41: (128, 18),  # Q1_0
}

# GGUF metadata value types: fixed-size scalars as struct formats.
_SCALARS: dict[int, str] = {
    0: "<B",
    1: "<b",
    2: "<H",
    3: "<h",
    4: "<I",
    5: "<i",
    6: "<f",
    7: "<?",
    10: "<Q",
    11: "<q",
    12: "<d",
}
_STRING, _ARRAY = 8, 9


@dataclass(frozen=True)
class GgufInfo:
    """What the engine needs to know about a GGUF file, read without loading it."""

    path: Path
    version: int
    architecture: str
    name: str
    tensor_count: int
    block_count: int | None
    context_length: int | None
    file_size: int
    required_size: int
    chat_template: str | None = None
    metadata: dict[str, object] = field(default_factory=dict, repr=False)


class _Reader:
    def __init__(self, handle: BinaryIO, size: int, display: str) -> None:
        self.handle = handle
        self.size = size
        self.display = display

    def read(self, count: int) -> bytes:
        data = self.handle.read(count)
        if len(data) != count:
            raise ModelError(f"{self.display} is truncated: its GGUF header ends early")
        return data

    def scalar(self, fmt: str) -> object:
        value: object = struct.unpack(fmt, self.read(struct.calcsize(fmt)))[0]
        return value

    def u32(self) -> int:
        value: int = struct.unpack("<I", self.read(4))[0]
        return value

    def u64(self) -> int:
        value: int = struct.unpack("<Q", self.read(8))[0]
        return value

    def string(self) -> str:
        length = self.u64()
        if length > _MAX_STRING:
            raise ModelError(f"{self.display} is corrupt: a header string claims {length} bytes")
        return self.read(length).decode("utf-8", errors="replace")

    def skip(self, count: int) -> None:
        position = self.handle.tell() + count
        if position > self.size:
            raise ModelError(f"{self.display} is truncated: its GGUF header ends early")
        self.handle.seek(position)

    def value(self, value_type: int, keep: bool) -> object:
        if value_type in _SCALARS:
            return self.scalar(_SCALARS[value_type])
        if value_type == _STRING:
            return self.string()
        if value_type == _ARRAY:
            return self.array(keep)
        raise ModelError(f"{self.display} is corrupt: unknown GGUF value type {value_type}")

    def array(self, keep: bool) -> object:
        item_type = self.u32()
        count = self.u64()
        if item_type in _SCALARS and not keep:
            self.skip(count * struct.calcsize(_SCALARS[item_type]))
            return None
        if count > self.size:  # every item takes at least one byte
            raise ModelError(f"{self.display} is corrupt: an array claims {count} items")
        items = [self.value(item_type, keep=False) for _ in range(count)]
        return items if keep else None


def _display(path: Path) -> str:
    return f"model file '{path.name}'"


def read_gguf_info(path: Path) -> GgufInfo:
    """Parse and validate the header of `path`; raise `ModelError` with a clear reason."""
    display = _display(path)
    if not path.exists():
        raise ModelError(f"{display} does not exist")
    if not path.is_file():
        raise ModelError(f"{display} is not a file")
    size = path.stat().st_size
    try:
        with path.open("rb", buffering=1024 * 1024) as handle:
            return _parse(handle, path, size, display)
    except OSError as exc:
        raise ModelError(f"{display} cannot be read: {exc.strerror or type(exc).__name__}") from exc


def _parse(handle: BinaryIO, path: Path, size: int, display: str) -> GgufInfo:
    reader = _Reader(handle, size, display)
    magic = handle.read(4)
    if magic != GGUF_MAGIC:
        raise ModelError(f"{display} is not a GGUF model (wrong file type)")
    version = reader.u32()
    if version not in _SUPPORTED_VERSIONS:
        raise ModelError(f"{display} uses GGUF version {version}, which is not supported")
    tensor_count, kv_count = reader.u64(), reader.u64()
    if tensor_count > _MAX_TENSORS or kv_count > _MAX_KV:
        raise ModelError(f"{display} is corrupt: its header counts are impossible")
    metadata: dict[str, object] = {}
    for _ in range(kv_count):
        key = reader.string()
        value_type = reader.u32()
        # Keep small arrays only; tokenizer vocabularies are skipped, not stored.
        metadata[key] = reader.value(value_type, keep=not key.startswith("tokenizer.ggml."))
    required = _tensor_extent(reader, tensor_count, metadata, display)
    if size < required:
        raise ModelError(
            f"{display} is truncated: it has {size:,} bytes, its header needs {required:,}"
        )
    return _info(path, version, tensor_count, metadata, size, required)


def _tensor_extent(
    reader: _Reader, tensor_count: int, metadata: dict[str, object], display: str
) -> int:
    data_end = 0
    for _ in range(tensor_count):
        reader.string()  # tensor name
        n_dims = reader.u32()
        if not 0 < n_dims <= _MAX_DIMS:
            raise ModelError(f"{display} is corrupt: a tensor has {n_dims} dimensions")
        elements = 1
        for _ in range(n_dims):
            elements *= reader.u64()
        tensor_type, offset = reader.u32(), reader.u64()
        block = GGML_BLOCK_SIZES.get(tensor_type)
        nbytes = (elements // block[0]) * block[1] if block else 0
        data_end = max(data_end, offset + nbytes)
    alignment = metadata.get("general.alignment", _DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0:
        alignment = _DEFAULT_ALIGNMENT
    position = reader.handle.tell()
    data_start = (position + alignment - 1) // alignment * alignment
    return data_start + data_end


def _info(
    path: Path,
    version: int,
    tensor_count: int,
    metadata: dict[str, object],
    size: int,
    required: int,
) -> GgufInfo:
    arch = str(metadata.get("general.architecture", "unknown"))
    block_count = metadata.get(f"{arch}.block_count")
    context = metadata.get(f"{arch}.context_length")
    template = metadata.get("tokenizer.chat_template")
    return GgufInfo(
        path=path,
        version=version,
        architecture=arch,
        name=str(metadata.get("general.name", path.stem)),
        tensor_count=tensor_count,
        block_count=block_count if isinstance(block_count, int) else None,
        context_length=context if isinstance(context, int) else None,
        file_size=size,
        required_size=required,
        chat_template=template if isinstance(template, str) else None,
        metadata=metadata,
    )


def looks_like_gguf(path: Path) -> bool:
    """Cheap sniff of the magic bytes, for listing folders; `read_gguf_info` is the real check."""
    try:
        with path.open("rb") as handle:
            return handle.read(4) == GGUF_MAGIC
    except OSError:
        return False

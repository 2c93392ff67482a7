"""The worker pipe protocol: length-prefixed UTF-8 JSON frames.

Requests (parent -> worker):
    {"op": "load", "backend": "llama.cpp" | "mlx", "path": str, "options": {...}}
    {"op": "generate", "request": GenerationRequest.to_wire()}
    {"op": "shutdown"}
Responses (worker -> parent), one per request:
    {"ok": true, ...payload}            load: {"device": DeviceInfo}; generate: {"generation": ...}
    {"ok": false, "error": "one line", "kind": "ModelError" | "InputError"}

A frame is a 4-byte big-endian length and that many bytes of JSON. Texts travel only through
this private pipe; they are never written to logs or to the worker's stderr.
"""

from __future__ import annotations

import json
import struct
from typing import IO

_HEADER = struct.Struct(">I")
MAX_FRAME = 256 * 1024 * 1024


class ProtocolError(Exception):
    pass


def write_frame(stream: IO[bytes], message: dict[str, object]) -> None:
    payload = json.dumps(message, ensure_ascii=False).encode("utf-8")
    stream.write(_HEADER.pack(len(payload)) + payload)
    stream.flush()


def read_frame(stream: IO[bytes]) -> dict[str, object] | None:
    """Return the next message, or None at a clean end of stream."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    (length,) = _HEADER.unpack(header)
    if length > MAX_FRAME:
        raise ProtocolError(f"frame of {length} bytes is too large")
    payload = _read_exactly(stream, length)
    if payload is None:
        raise ProtocolError("stream ended inside a frame")
    message = json.loads(payload.decode("utf-8"))
    if not isinstance(message, dict):
        raise ProtocolError("frame is not a JSON object")
    return message


def _read_exactly(stream: IO[bytes], count: int) -> bytes | None:
    chunks: list[bytes] = []
    remaining = count
    while remaining:
        chunk = stream.read(remaining)
        if not chunk:
            if remaining == count and not chunks:
                return None
            raise ProtocolError("stream ended inside a frame")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)

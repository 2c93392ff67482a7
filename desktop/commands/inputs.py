"""Reading user input for the CLI: files or stdin, with clear errors for bad input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.engine.errors import InputError, InputTooLarge

# One scrub reads its whole input; refuse anything larger than this up front (before reading it
# into memory) instead of risking unbounded memory. JSONL input streams line by line instead.
MAX_INPUT_BYTES = 16 * 1024 * 1024
MAX_JSONL_LINE_BYTES = MAX_INPUT_BYTES


def _open_binary(path: str | None) -> BinaryIO:
    if path in (None, "-"):
        return sys.stdin.buffer
    file = Path(path)
    if not file.exists():
        raise InputError(f"no such file: {path}")
    if file.is_dir():
        raise InputError(f"is a directory, not a file: {path}")
    try:
        return file.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def decode_text(data: bytes, what: str = "input") -> str:
    """Decode UTF-8, refusing binary data with a one-line reason."""
    if b"\x00" in data:
        raise InputError(f"{what} looks like binary data (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} is not valid UTF-8 (bad byte at offset {exc.start})") from None


def read_text(path: str | None) -> str:
    """The whole input as text; refuses empty, binary, non-UTF-8 and oversized input."""
    stream = _open_binary(path)
    try:
        data = stream.read(MAX_INPUT_BYTES + 1)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(
            f"input is larger than the {MAX_INPUT_BYTES // (1024 * 1024)} MiB limit for one "
            "scrub; split it, or use --jsonl to stream it line by line"
        )
    if not data.strip():
        raise InputError("input is empty")
    return decode_text(data)


def iter_lines(path: str | None) -> Iterator[tuple[int, str]]:
    """(line number, decoded line) for JSONL input, in bounded memory."""
    stream = _open_binary(path)
    try:
        number = 0
        while True:
            raw = stream.readline(MAX_JSONL_LINE_BYTES + 1)
            if not raw:
                break
            number += 1
            if len(raw) > MAX_JSONL_LINE_BYTES:
                raise InputTooLarge(f"line {number} is longer than the per-line limit")
            if raw.strip():
                yield number, decode_text(raw, f"line {number}")
        if number == 0:
            raise InputError("input is empty")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()

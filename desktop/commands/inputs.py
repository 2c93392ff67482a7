"""Reading user input for the CLI: files or stdin, decoded by desktop.engine.textdecode, with
clear errors for bad input. stderr says which encoding was read; never what the text says."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, cast

from desktop.engine.errors import InputError, InputTooLarge
from desktop.engine.textdecode import (
    MAX_TEXT_BYTES,
    Decoded,
    TextEncoding,
    check_size,
    decode_text,
    detect_encoding,
)

# JSONL input streams line by line; each line is one document, as large as one scrub.
MAX_JSONL_LINE_CHARS = MAX_TEXT_BYTES
# How much of a JSONL stream decides its encoding: what is buffered already, so a producer
# writing one line at a time is never kept waiting.
JSONL_SNIFF_BYTES = 64 * 1024


def _name(path: str | None) -> str:
    return "stdin" if path in (None, "-") else str(path)


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


def report_read(path: str | None, encoding: TextEncoding, warnings: tuple[str, ...] = ()) -> None:
    """Said once the command succeeded, with the layers: an error stays the only line."""
    print(f"scrubdesk: read {_name(path)} as {encoding.label}", file=sys.stderr)
    for warning in warnings:
        print(f"scrubdesk: warning: {warning}", file=sys.stderr)


def read_text(path: str | None) -> Decoded:
    """The whole input, decoded; refuses empty, binary, undecodable and oversized input."""
    stream = _open_binary(path)
    try:
        data = stream.read(MAX_TEXT_BYTES + 1)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    check_size(data)
    if not data:
        raise InputError("input is empty")
    decoded = decode_text(data)
    if not decoded.text.strip():
        raise InputError("input is empty")
    return decoded


class JsonLinesInput:
    """JSONL input in bounded memory. Its encoding is decided from the buffered head of the
    stream (a BOM, else UTF-8, else Big5/GB18030); a later line that does not decode in it is a
    one-line error naming that line."""

    def __init__(self, path: str | None) -> None:
        self._binary = _open_binary(path)
        head = self._peek()
        if not head:
            self.close()
            raise InputError("input is empty")
        try:
            self.encoding = detect_encoding(head, complete=False)
        except InputError:
            self.close()
            raise
        self._binary.read(len(self.encoding.bom))
        # newline="\n": split only at LF, as JSONL does; a lone CR is JSON whitespace.
        self._text = io.TextIOWrapper(
            self._binary, encoding=self.encoding.codec, errors="strict", newline="\n"
        )

    def _peek(self) -> bytes:
        if not isinstance(self._binary, io.BufferedReader):
            self._binary = io.BufferedReader(cast(io.RawIOBase, self._binary))
        return self._binary.peek(JSONL_SNIFF_BYTES)[:JSONL_SNIFF_BYTES]

    def lines(self) -> Iterator[tuple[int, str]]:
        """(line number, decoded line), skipping blank lines."""
        number = 0
        while True:
            try:
                line = self._text.readline(MAX_JSONL_LINE_CHARS + 1)
            except UnicodeDecodeError:
                raise InputError(
                    f"line {number + 1} is not valid {self.encoding.label} (the encoding the "
                    "start of the input is in)"
                ) from None
            if not line:
                return
            number += 1
            if len(line) > MAX_JSONL_LINE_CHARS:
                raise InputTooLarge(f"line {number} is longer than the per-line limit")
            if line.strip():
                yield number, line

    def close(self) -> None:
        text = getattr(self, "_text", None)
        if self._binary is sys.stdin.buffer:
            if text is not None:
                text.detach()  # closing the wrapper would close stdin
        elif text is not None:
            text.close()
        else:
            self._binary.close()

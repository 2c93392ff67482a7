"""Writing results to stdout: UTF-8, or with --keep-encoding in the input's own encoding (a
BOM first when the input had one). A piece is encoded in full before any of it is written, so
an encoding error never leaves output that looks like success."""

from __future__ import annotations

import sys

from desktop.engine.textdecode import TextEncoding
from desktop.engine.textencode import encode_json, encode_text


class Output:
    def __init__(self, keep: TextEncoding | None = None) -> None:
        self.keep = keep
        self._started = False

    def render(self, text: str, *, is_json: bool = False) -> str | bytes:
        """What `write` takes: the text itself for UTF-8 stdout, else the encoded bytes (the
        BOM only on the first piece)."""
        if self.keep is None:
            return text
        with_bom = not self._started
        if is_json:
            return encode_json(text, self.keep, with_bom=with_bom)
        return encode_text(text, self.keep, with_bom=with_bom)

    def write(self, piece: str | bytes) -> None:
        self._started = True
        if isinstance(piece, str):
            sys.stdout.write(piece)  # desktop.cli made stdout UTF-8
            return
        sys.stdout.flush()
        sys.stdout.buffer.write(piece)
        sys.stdout.buffer.flush()

    def write_text(self, text: str, *, is_json: bool = False) -> None:
        self.write(self.render(text, is_json=is_json))

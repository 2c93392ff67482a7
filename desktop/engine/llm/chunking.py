"""Splitting long input into overlapping chunks for the model, never cutting anything off.

Every character lands in at least one chunk, and consecutive chunks overlap by at least
`overlap` characters, so any value up to `overlap` characters long lies whole inside some
chunk. Chunk ends prefer a line break, then a sentence end, then a space, so values are
rarely split at all.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_CHUNK_CHARS = 1500
DEFAULT_OVERLAP_CHARS = 160

_BREAKS = ("\n", "。", "！", "？", ". ", "! ", "? ", "；", "; ", "，", ", ", " ", "\t", "、")


@dataclass(frozen=True)
class Chunk:
    start: int  # offset of the chunk in the original text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def chunk_text(
    text: str, max_chars: int = DEFAULT_CHUNK_CHARS, overlap: int = DEFAULT_OVERLAP_CHARS
) -> list[Chunk]:
    if max_chars <= 0 or overlap < 0 or overlap * 2 >= max_chars:
        raise ValueError("need max_chars > 2 * overlap >= 0")
    if len(text) <= max_chars:
        return [Chunk(0, text)]
    chunks: list[Chunk] = []
    start = 0
    while True:
        hard_end = start + max_chars
        if hard_end >= len(text):
            chunks.append(Chunk(start, text[start:]))
            return chunks
        # Break no earlier than half-way, so the next chunk always moves forward.
        end = _break_before(text, start + max_chars // 2 + overlap, hard_end)
        chunks.append(Chunk(start, text[start:end]))
        start = end - overlap


def _break_before(text: str, lowest: int, highest: int) -> int:
    """The best break position in `(lowest, highest]`: just after a separator."""
    window = text[lowest:highest]
    for separator in _BREAKS:
        found = window.rfind(separator)
        if found >= 0:
            return lowest + found + len(separator)
    return highest

"""Expanding a template into text with exact gold offsets, and the full-width variants."""

from __future__ import annotations

import re

from bench.text.piece import GenContext, Mark, Piece
from bench.text.slots import SLOTS

# `((a|b))`, innermost first so that alternatives may nest.
_ALTERNATIVES = re.compile(r"\(\(((?:(?!\(\(|\)\)).)*)\)\)", re.DOTALL)
_SLOT = re.compile(r"\{\{([A-Z0-9_]+)(?:@(\w+))?\}\}")


def expand_alternatives(text: str, ctx: GenContext) -> str:
    while True:
        match = _ALTERNATIVES.search(text)
        if match is None:
            return text
        choice = ctx.rng.choice(match.group(1).split("|"))
        text = text[: match.start()] + choice + text[match.end() :]


def slot_names(text: str) -> list[str]:
    return [m.group(1) for m in _SLOT.finditer(text)]


def fill(template: str, ctx: GenContext) -> Piece:
    """The template's text with every slot replaced; marks are offsets into the result."""
    text = expand_alternatives(template, ctx)
    out: list[str] = []
    marks: list[Mark] = []
    reused: dict[tuple[str, str], Piece] = {}
    length = 0
    pos = 0
    for match in _SLOT.finditer(text):
        literal = text[pos : match.start()]
        out.append(literal)
        length += len(literal)
        name, tag = match.group(1), match.group(2)
        if name not in SLOTS:
            raise KeyError(f"unknown slot {name!r} in template")
        if tag is not None and (name, tag) in reused:
            piece = reused[(name, tag)]
        else:
            piece = SLOTS[name](ctx)
            if tag is not None:
                reused[(name, tag)] = piece
        out.append(piece.text)
        marks.extend(Mark(length + m.start, length + m.end, m.label, m.neg) for m in piece.marks)
        length += len(piece.text)
        pos = match.end()
    out.append(text[pos:])
    return Piece("".join(out), tuple(marks))


def to_fullwidth(char: str) -> str:
    """ASCII printable characters to their full-width forms (same length: offsets hold)."""
    code = ord(char)
    return chr(code + 0xFEE0) if 0x21 <= code <= 0x7E else char


def fullwidth_variant(piece: Piece, mode: str) -> Piece:
    """`all`: the whole text, as typed in full-width mode; `pii`: only inside marked values."""
    if mode == "all":
        return Piece("".join(map(to_fullwidth, piece.text)), piece.marks)
    chars = list(piece.text)
    for mark in piece.marks:
        for i in range(mark.start, mark.end):
            chars[i] = to_fullwidth(chars[i])
    return Piece("".join(chars), piece.marks)

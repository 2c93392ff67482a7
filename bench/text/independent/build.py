"""Assemble a document from template text and generated values, recording exact offsets.

A value generator returns segments: plain text (no label), a PII label, or a hard-negative kind
("~kind"). Offsets are counted while joining, so `text[start:end]` is exactly the value; nothing
is searched for afterwards (a value that happens to repeat elsewhere cannot be mislabelled).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bench.text.independent.checks import FULL_TO_ASCII

# ASCII -> full-width forms; the space becomes U+3000 (still whitespace, same length: 1 char).
TO_FULL = {v: k for k, v in FULL_TO_ASCII.items()}


def fullwidth(text: str) -> str:
    return text.translate(TO_FULL)


def full_digits(text: str) -> str:
    """Only digits and dashes full-width, as people type them in a Chinese IME."""
    return text.translate({ord(c): TO_FULL[ord(c)] for c in "0123456789-"})


@dataclass(frozen=True)
class Seg:
    text: str
    tag: str = ""  # "" plain, "PERSON" etc. a gold label, "~order" etc. a hard negative


@dataclass(frozen=True)
class Value:
    segs: tuple[Seg, ...]
    classes: tuple[str, ...] = ()  # value classes the tests require in every split


def pii(label: str, text: str, *classes: str, before: str = "", after: str = "") -> Value:
    segs = [Seg(before)] if before else []
    segs.append(Seg(text, label))
    if after:
        segs.append(Seg(after))
    return Value(tuple(segs), classes)


def neg(kind: str, text: str) -> Value:
    return Value((Seg(text, "~" + kind),), ("neg:" + kind,))


def plain(text: str) -> Value:
    return Value((Seg(text),))


@dataclass
class Piece:
    """Text plus (start, end, tag) marks, and the value classes used to build it."""

    text: str = ""
    marks: list[tuple[int, int, str]] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)

    def add(self, seg: Seg, fullwidth_pii: bool = False) -> None:
        text = seg.text
        if fullwidth_pii and seg.tag and not seg.tag.startswith("~"):
            text = fullwidth(text)
        if seg.tag and text:
            self.marks.append((len(self.text), len(self.text) + len(text), seg.tag))
        self.text += text

    def extend(self, other: Piece, sep: str = "") -> None:
        if self.text:
            self.text += sep
        offset = len(self.text)
        self.text += other.text
        self.marks += [(s + offset, e + offset, t) for s, e, t in other.marks]
        self.classes += other.classes

    def all_fullwidth(self) -> Piece:
        return Piece(fullwidth(self.text), list(self.marks), list(self.classes))


_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z0-9_]+)\}")


def parse(template: str) -> list[tuple[str, bool]]:
    """Template text -> [(literal, False) | (slot name, True)]; `{{` and `}}` are braces."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            out.append((template[pos : m.start()], False))
        tok = m.group(0)
        if m.group(1):
            out.append((m.group(1), True))
        else:
            out.append((tok[0], False))
        pos = m.end()
    if pos < len(template):
        out.append((template[pos:], False))
    return out

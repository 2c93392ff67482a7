"""From OCR lines to one text the text detectors can read, and back.

Lines on the same row are joined with a space, or with a tab across a wide gap: between a
sidebar and a chat pane, or between two cells of a table or spreadsheet row (the detector splits
a row at its cell gaps and grid lines, and a tab-separated row lets the text detectors read a
column under its header, see detectors/tables.py); rows are joined with newlines.
`soft_wrapped` also joins a row to the next one when the next looks like the same paragraph
wrapped (same left edge, same height, right below, not longer), without a newline:
"臺北市大安區和平東路二段" + "106號7樓" becomes one address again.
Both texts keep, for every character, the line and position it came from.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.vision.ocr_types import OcrLine

_ROW_OVERLAP = 0.5  # share of the smaller height two boxes must share to be on one row
_FAR_GAP = 3.0  # gaps wider than this many line heights are joined with a tab ...
# ... and so are ink gaps (last glyph to first glyph) wider than this many line heights: a line
# box is about 1.6-2 times the glyph height, so 0.4 is over half an em, a few word spaces.
_CELL_GAP = 0.4


@dataclass(frozen=True)
class LinePart:
    line: int  # index into OcrText.lines
    start: int  # character range inside that line's text
    end: int


@dataclass(frozen=True)
class OcrText:
    text: str
    lines: tuple[OcrLine, ...]
    starts: tuple[int, ...]  # offset of each line's text inside `text`
    soft_joins: frozenset[int] = frozenset()  # lines joined to the line before without "\n"

    def parts(self, start: int, end: int) -> list[LinePart]:
        """The pieces of lines that the text range [start, end) covers."""
        found = []
        for index, (line, offset) in enumerate(zip(self.lines, self.starts, strict=True)):
            a, b = max(start, offset), min(end, offset + len(line.text))
            if a < b:
                found.append(LinePart(index, a - offset, b - offset))
        return found

    def crosses_soft_join(self, start: int, end: int) -> bool:
        touched = {part.line for part in self.parts(start, end)}
        return any(line in self.soft_joins and line - 1 in touched for line in touched)


def rows_of(lines: tuple[OcrLine, ...]) -> list[list[int]]:
    """Indices of `lines` grouped into rows, top to bottom, each row left to right."""
    order = sorted(range(len(lines)), key=lambda i: (lines[i].box.y0 + lines[i].box.y1) / 2)
    rows: list[list[int]] = []
    for index in order:
        box = lines[index].box
        for row in rows:
            ref = lines[row[-1]].box
            shared = min(box.y1, ref.y1) - max(box.y0, ref.y0)
            if shared >= _ROW_OVERLAP * min(box.height, ref.height):
                row.append(index)
                break
        else:
            rows.append([index])
    for row in rows:
        row.sort(key=lambda i: lines[i].box.x0)
    return rows


def build_text(lines: tuple[OcrLine, ...], *, soft_wrapped: bool = False) -> OcrText:
    rows = rows_of(lines)
    ordered: list[OcrLine] = [lines[i] for row in rows for i in row]
    pieces: list[str] = []
    starts: list[int] = []
    joins: set[int] = set()
    length = 0
    position = 0
    for row_number, row in enumerate(rows):
        for column, index in enumerate(row):
            line = lines[index]
            if column:
                previous = lines[row[column - 1]]
                separator = "\t" if _cell_boundary(previous, line) else " "
            elif row_number:
                previous = lines[rows[row_number - 1][-1]]
                wrapped = soft_wrapped and len(rows[row_number - 1]) == 1 and len(row) == 1
                if wrapped and _continues(previous, line):
                    separator = _soft_separator(previous.text, line.text)
                    joins.add(position)
                else:
                    separator = "\n"
            else:
                separator = ""
            pieces.append(separator)
            length += len(separator)
            starts.append(length)
            pieces.append(line.text)
            length += len(line.text)
            position += 1
    return OcrText("".join(pieces), tuple(ordered), tuple(starts), frozenset(joins))


def _cell_boundary(previous: OcrLine, line: OcrLine) -> bool:
    """Two lines of one row are separate cells (or panes), not one run of words."""
    if line.box.x0 - previous.box.x1 > _FAR_GAP * line.box.height:
        return True
    height = min(line.box.height, previous.box.height)
    return _ink_start(line) - _ink_end(previous) > _CELL_GAP * height


def _ink_start(line: OcrLine) -> float:
    for char, (start, _) in zip(line.text, line.char_x, strict=True):
        if not char.isspace():
            return start
    return float(line.box.x0)


def _ink_end(line: OcrLine) -> float:
    for char, (_, end) in zip(reversed(line.text), reversed(line.char_x), strict=True):
        if not char.isspace():
            return end
    return float(line.box.x1)


def _continues(previous: OcrLine, line: OcrLine) -> bool:
    """`line` looks like the wrapped continuation of `previous`."""
    a, b = previous.box, line.box
    if not a.height or not b.height:
        return False
    height = max(a.height, b.height)
    similar = 0.75 <= a.height / b.height <= 1.33
    below = -0.2 * height <= b.y0 - a.y1 <= 0.8 * height
    aligned = abs(a.x0 - b.x0) <= 0.8 * height
    not_longer = b.x1 <= a.x1 + height
    return similar and below and aligned and not_longer


def _soft_separator(before: str, after: str) -> str:
    if not before or not after:
        return " "
    if _is_wide(before[-1]) or _is_wide(after[0]):
        return ""
    return "" if before.endswith(("-", "/", "@", "_")) else " "


def _is_wide(char: str) -> bool:
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFF60

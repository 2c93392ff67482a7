"""Columns of CSV-like text: the cells under a header that says what the column holds.

A header line splits on its most frequent separator (comma, tab, bar or semicolon); the rows after
it, up to a blank line, put their cell of the chosen column under that header. Detectors use a
cell as a cue of its own: a name under "name", a date under "dob".
"""

from __future__ import annotations

from functools import lru_cache

_SEPARATORS = "\t,|;"


def column_cells(text: str, headers: frozenset[str]) -> list[int]:
    """Start offsets (first non-space character) of the cells under any of `headers`
    (lower-case, compared with the header cell stripped and lower-cased)."""
    return [start for start, _ in column_cell_spans(text, headers)]


def column_cell_spans(text: str, headers: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of the cells under any of `headers`, without the spaces around them."""
    spans: list[tuple[int, int]] = []
    column: int | None = None
    width = 0  # the header's number of cells
    sep = ","
    for offset, line, line_sep, cells in _lines(text):
        if not cells:
            column = None
        elif column is None:
            if len(cells) < 2:
                continue  # a line of prose: no header row
            hits = [k for k, cell in enumerate(cells) if _is_header(cell, headers)]
            column = hits[0] if hits else None
            width, sep = len(cells), line_sep
        else:
            position = offset
            row = line.split(sep)
            # A spreadsheet's row number, read in front of a row but not of the header.
            shift = len(row) == width + 1 and _is_row_number(row[0])
            for k, cell in enumerate(row):
                if k == column + shift:
                    start = position + len(cell) - len(cell.lstrip())
                    spans.append((start, max(start, position + len(cell.rstrip()))))
                    break
                position += len(cell) + 1
    return spans


@lru_cache(maxsize=2)  # the document being scrubbed (its normalised and lower-case copies)
def _lines(text: str) -> tuple[tuple[int, str, str, tuple[str, ...]], ...]:
    """Each line with its offset, its most frequent separator and its cells (stripped, lower
    case; none for a blank line). Several detectors read the same text's columns, each under
    its own headers: the lines are split once. Only the last document is kept."""
    found = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            sep = max(_SEPARATORS, key=line.count)
            cells = tuple(cell.strip().lower() for cell in line.split(sep))
        else:
            sep, cells = ",", ()
        found.append((offset, line, sep, cells))
        offset += len(line) + 1
    return tuple(found)


def _is_row_number(cell: str) -> bool:
    cell = cell.strip()
    return cell.isdigit() and len(cell) <= 5


def _is_header(cell: str, headers: frozenset[str]) -> bool:
    """ "dob", or a header with a note after it: "name (last, first)", "phone #"."""
    if cell in headers:
        return True
    if ":" in cell:
        return False  # "Lessee(s): Inés Domínguez; ...": a labelled value, not a header
    head = cell.split("(", 1)[0].split("#", 1)[0].strip()
    return head in headers

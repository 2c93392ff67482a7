"""OCR's letters for digits, put back before the text detectors read a screenshot.

A recogniser trained on mixed text reads a zero at the edge of a number as the letter O, and a
one as l or I ("手機O912-345-678", "ID A12345678l"). Inside or beside a run of digits, with no
other letter touching, such a letter is a digit, unless it opens a valid Taiwan ID (whose first
letter may be I or O); the fold keeps every character's position, so
findings map back to the same boxes. Only the detectors' copy changes, never what is shown.
"""

from __future__ import annotations

import re

from desktop.engine.detectors.tw_id import is_valid_tw_id

_DIGIT_FOR = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# The letter is not touching another letter, and sits before two digits, after two digits, or
# between digits ("O912", "09l2", "5678O").
_LOOKALIKE_RE = re.compile(
    r"(?<![A-Za-z])[OolI](?=[0-9]{2})|(?<=[0-9]{2})[OolI](?![A-Za-z])|(?<=[0-9])[OolI](?=[0-9])"
)


# The other way round: a zero that opens a word ("0mar Nasser", "Mark 0campo") or ends a word of
# capitals ("INF0") is the letter O.
_ZERO_FOR_O_RE = re.compile(r"(?<![0-9A-Za-z])0(?=[a-z]{2})|(?<=[A-Z]{2})0(?![0-9A-Za-z])")


def fold_digit_lookalikes(text: str) -> str:
    """`text` with O/o/l/I read for a digit turned into that digit, and 0 read for an O turned
    into the letter; `len(result) == len(text)`.
    A capital that opens a checksum-valid Taiwan ID ("I140014330", "O975739534") stays."""

    def fold(match: re.Match[str]) -> str:
        start = match.start()
        if text[start] in "IO" and is_valid_tw_id(text[start : start + 10]):
            return match.group()
        return match.group().translate(_DIGIT_FOR)

    return _ZERO_FOR_O_RE.sub("O", _LOOKALIKE_RE.sub(fold, text))

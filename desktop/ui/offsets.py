"""Python code-point offsets <-> Qt UTF-16 offsets. The only place the two units meet."""

from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Converts between `str` indices and UTF-16 code-unit indices of one text."""

    def __init__(self, text: str) -> None:
        # Code-point indices of characters outside the BMP (two UTF-16 units each).
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        return index + bisect_right(self._astral, index - 1)

    def from_utf16(self, unit: int) -> int:
        low, high = 0, self._length
        while low < high:  # smallest index whose UTF-16 position is >= unit
            mid = (low + high) // 2
            if self.to_utf16(mid) < unit:
                low = mid + 1
            else:
                high = mid
        return low

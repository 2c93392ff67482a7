"""An incremental Server-Sent Events parser (the WHATWG event-stream format).

Bytes arrive in arbitrary pieces: a frame, a line, a CRLF pair or one UTF-8 character may be
split across network reads. `feed` keeps what it cannot finish yet and returns only complete
events, so the caller can act on each event as soon as its blank line arrives.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SSEEvent:
    event: str = "message"
    data: str = ""
    id: str | None = None
    retry_ms: int | None = None


class SSEParser:
    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""  # text not yet ended by a line break
        self._started = False  # a leading BOM is dropped once
        self._pending_cr = False  # a CR ended the last piece: a following LF belongs to it
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        return self._feed_text(self._decoder.decode(chunk))

    def close(self) -> list[SSEEvent]:
        """End of stream. An event that lacks its final blank line is still returned: some
        servers omit it; the provider decoder decides whether the answer is complete."""
        events = self._feed_text(self._decoder.decode(b"", final=True))
        if self._buffer:
            self._line(self._buffer, events)
            self._buffer = ""
        self._dispatch(events)
        return events

    def _feed_text(self, text: str) -> list[SSEEvent]:
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._pending_cr and text:
            text = text.removeprefix("\n")
            self._pending_cr = False
        events: list[SSEEvent] = []
        buffer = self._buffer + text
        start = 0
        length = len(buffer)
        while start < length:
            cr = buffer.find("\r", start)
            lf = buffer.find("\n", start)
            if cr == -1 and lf == -1:
                break
            end = lf if cr == -1 else cr if lf == -1 else min(cr, lf)
            self._line(buffer[start:end], events)
            if buffer[end] == "\r":
                if end + 1 == length:
                    self._pending_cr = True  # the LF of a CRLF may come in the next piece
                elif buffer[end + 1] == "\n":
                    end += 1
            start = end + 1
        self._buffer = buffer[start:]
        return events

    def _line(self, line: str, events: list[SSEEvent]) -> None:
        if not line:
            self._dispatch(events)
            return
        if line.startswith(":"):
            return  # a comment, used as a keep-alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\x00" not in value:
                self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)

    def _dispatch(self, events: list[SSEEvent]) -> None:
        data = "\n".join(self._data)
        if data:  # the spec drops events whose data is empty
            events.append(SSEEvent(self._event or "message", data, self._id, self._retry))
        self._event = ""
        self._data = []
        self._retry = None

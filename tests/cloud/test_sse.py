"""The incremental SSE parser: any split of the byte stream gives the same events."""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.cloud.sse import SSEEvent, SSEParser

STREAM = (
    "\ufeff: keep-alive comment\r\n"
    "event: content_block_delta\r\n"
    'data: {"text": "王小明 [PERSON_1]"}\r\n'
    "\r\n"
    "data: line one\n"
    "data: line two\n"
    "id: 7\n"
    "retry: 1500\n"
    "\n"
    "data:no-space\r"
    "\r"
    "data: [DONE]\n\n"
).encode()

EXPECTED = [
    SSEEvent("content_block_delta", '{"text": "王小明 [PERSON_1]"}'),
    SSEEvent("message", "line one\nline two", "7", 1500),
    SSEEvent("message", "no-space", "7"),
    SSEEvent("message", "[DONE]", "7"),
]


def parse_in_pieces(data: bytes, cuts: list[int]) -> list[SSEEvent]:
    parser = SSEParser()
    events: list[SSEEvent] = []
    start = 0
    for cut in [*sorted(cuts), len(data)]:
        events += parser.feed(data[start:cut])
        start = cut
    return events + parser.close()


def test_whole_stream() -> None:
    assert parse_in_pieces(STREAM, []) == EXPECTED


def test_byte_by_byte_splits_crlf_and_utf8() -> None:
    assert parse_in_pieces(STREAM, list(range(1, len(STREAM)))) == EXPECTED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=20))
def test_any_split_gives_the_same_events(cuts: list[int]) -> None:
    assert parse_in_pieces(STREAM, cuts) == EXPECTED


def test_events_arrive_as_soon_as_their_blank_line_does() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\n") == []
    assert parser.feed(b"\n") == [SSEEvent(data="a")]


def test_lone_cr_at_piece_end_then_empty_piece() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: a\r") == []
    assert parser.feed(b"") == []  # e.g. half a UTF-8 character decoded to nothing yet
    assert parser.feed(b"\r\n") == [SSEEvent(data="a")]  # CR, then a lone CRLF = blank line


def test_last_event_without_blank_line_is_returned_on_close() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: tail") == []
    assert parser.close() == [SSEEvent(data="tail")]


def test_empty_data_and_unknown_fields_are_ignored() -> None:
    assert parse_in_pieces(b"data:\n\nfoo: bar\nevent: x\n\n", []) == []

"""A real HTTP server on 127.0.0.1 that speaks the three wire formats, for the cloud tests.

It records every byte it receives (request line, headers, body) and answers from a queue of
scripted responses; with the queue empty it echoes the last user message back as a stream in
the wire format of the endpoint that was called, in small pieces so that placeholders are split
across events, and each SSE frame is split across several TCP writes.
"""

from __future__ import annotations

import json
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass
class Received:
    raw: bytes  # every byte read from the socket for this request
    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    def json(self) -> dict[str, object]:
        value = json.loads(self.body)
        assert isinstance(value, dict)
        return value


@dataclass
class Reply:
    """One scripted response. `pieces` are written one TCP write each, `delay` seconds apart."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    pieces: list[bytes] = field(default_factory=list)
    delay: float = 0.0
    drop_after: int | None = None  # close the socket after this many pieces, mid-response
    chunked: bool = True  # Transfer-Encoding: chunked; False: the body ends when we close


Responder = Callable[[Received], Reply]

# ---- wire formats -------------------------------------------------------------------------


def sse(events: Iterable[tuple[str | None, object]]) -> bytes:
    out = []
    for name, data in events:
        payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        head = f"event: {name}\n" if name else ""
        out.append(f"{head}data: {payload}\n\n")
    return "".join(out).encode("utf-8")


def openai_events(deltas: list[str], finish: str = "stop") -> list[tuple[str | None, object]]:
    events: list[tuple[str | None, object]] = [
        (None, {"choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]})
    ]
    events += [(None, {"choices": [{"index": 0, "delta": {"content": d}}]}) for d in deltas]
    events.append((None, {"choices": [{"index": 0, "delta": {}, "finish_reason": finish}]}))
    events.append((None, "[DONE]"))
    return events


def anthropic_events(deltas: list[str], stop: str = "end_turn") -> list[tuple[str | None, object]]:
    events: list[tuple[str | None, object]] = [
        ("message_start", {"type": "message_start", "message": {"id": "msg_1", "content": []}}),
        (
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        ),
        ("ping", {"type": "ping"}),
    ]
    events += [
        (
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": d}},
        )
        for d in deltas
    ]
    events += [
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta", "delta": {"stop_reason": stop}}),
        ("message_stop", {"type": "message_stop"}),
    ]
    return events


def gemini_events(deltas: list[str], finish: str = "STOP") -> list[tuple[str | None, object]]:
    events: list[tuple[str | None, object]] = []
    for index, delta in enumerate(deltas):
        candidate: dict[str, object] = {"content": {"role": "model", "parts": [{"text": delta}]}}
        if index == len(deltas) - 1:
            candidate["finishReason"] = finish
        events.append((None, {"candidates": [candidate]}))
    return events


def wire_of(path: str) -> str:
    if path.split("?")[0].endswith("/chat/completions"):
        return "openai"
    if path.endswith("/messages"):
        return "anthropic"
    if ":streamGenerateContent" in path:
        return "gemini"
    raise AssertionError(f"unexpected path {path}")


def events_for(wire: str, deltas: list[str]) -> list[tuple[str | None, object]]:
    return {"openai": openai_events, "anthropic": anthropic_events, "gemini": gemini_events}[wire](
        deltas
    )


def last_user_text(request: Received) -> str:
    body = request.json()
    wire = wire_of(request.path)
    if wire == "gemini":
        contents = body["contents"]
        assert isinstance(contents, list)
        parts = contents[-1]["parts"]
        return "".join(part.get("text", "") for part in parts)
    messages = body["messages"]
    assert isinstance(messages, list)
    content = messages[-1]["content"]
    if isinstance(content, str):
        return content
    return "".join(block.get("text", "") for block in content if block.get("type") == "text")


def split_bytes(data: bytes, size: int) -> list[bytes]:
    """Cut at fixed byte offsets: frames, lines, CRLFs and UTF-8 characters get split."""
    return [data[i : i + size] for i in range(0, len(data), size)]


def echo_responder(chunk_chars: int = 3, write_bytes: int = 7) -> Responder:
    def respond(request: Received) -> Reply:
        text = "Echo: " + last_user_text(request)
        deltas = [text[i : i + chunk_chars] for i in range(0, len(text), chunk_chars)]
        body = sse(events_for(wire_of(request.path), deltas))
        return Reply(
            headers={"content-type": "text/event-stream"}, pieces=split_bytes(body, write_bytes)
        )

    return respond


def stream_reply(wire: str, deltas: list[str], **kwargs: object) -> Reply:
    return Reply(
        headers={"content-type": "text/event-stream"},
        pieces=[sse([event]) for event in events_for(wire, deltas)],
        **kwargs,  # type: ignore[arg-type]
    )


def json_reply(status: int, payload: object, headers: dict[str, str] | None = None) -> Reply:
    return Reply(
        status=status,
        headers={"content-type": "application/json", **(headers or {})},
        pieces=[json.dumps(payload).encode()],
    )


# ---- the server ---------------------------------------------------------------------------

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    408: "Request Timeout",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
    529: "Overloaded",
}


class FakeProviderServer:
    def __init__(self) -> None:
        self.requests: list[Received] = []
        self.errors: list[str] = []  # exceptions inside the server: a test bug, checked at exit
        self.script: list[Reply | Responder] = []
        self.default: Responder = echo_responder()
        self._lock = threading.Lock()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                server._handle(self.request)

        class TCPServer(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

            def handle_error(self, request: object, client_address: object) -> None:
                import sys

                server.errors.append(repr(sys.exc_info()[1]))

        self._server = TCPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        )

    def __enter__(self) -> FakeProviderServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def all_bytes(self) -> bytes:
        with self._lock:
            return b"".join(request.raw for request in self.requests)

    def _handle(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        request = _read_request(sock)
        if request is None:
            return
        with self._lock:
            self.requests.append(request)
            scripted = self.script.pop(0) if self.script else self.default
        reply = scripted if isinstance(scripted, Reply) else scripted(request)
        _write_reply(sock, reply)


def _read_request(sock: socket.socket) -> Received | None:
    raw = b""
    while b"\r\n\r\n" not in raw:
        data = sock.recv(65536)
        if not data:
            return None
        raw += data
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        data = sock.recv(65536)
        if not data:
            break
        body += data
        raw += data
    return Received(raw, method, path, headers, body)


def _write_reply(sock: socket.socket, reply: Reply) -> None:
    reason = _REASONS.get(reply.status, "Status")
    head = [f"HTTP/1.1 {reply.status} {reason}", "connection: close"]
    head += [f"{name}: {value}" for name, value in reply.headers.items()]
    if reply.chunked:
        head.append("transfer-encoding: chunked")
    try:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        for index, piece in enumerate(reply.pieces):
            if reply.drop_after is not None and index >= reply.drop_after:
                _drop(sock)
                return
            if reply.delay and index:
                time.sleep(reply.delay)
            sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if reply.chunked else piece)
        if reply.chunked:
            sock.sendall(b"0\r\n\r\n")
        sock.shutdown(socket.SHUT_WR)
    except OSError:
        return  # the client went away (it had all it needed, or timed out): nothing to do


def _drop(sock: socket.socket) -> None:
    """Close abruptly, as a crashed proxy would."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()

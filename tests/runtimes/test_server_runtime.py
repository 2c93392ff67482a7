"""The OpenAI-compatible server runtime against a fake local server on 127.0.0.1."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.engine.errors import Cancelled, ModelError
from desktop.engine.llm.detector import LlmDetector
from desktop.engine.llm.schema import detector_schema
from desktop.engine.runtimes.base import GenerationRequest
from desktop.engine.runtimes.server import ServerTextModel, is_loopback_url, normalise_base_url


class FakeServer:
    def __init__(self, reply: str, *, reject_schema: bool = False, slow: bool = False) -> None:
        self.reply = reply
        self.reject_schema = reject_schema
        self.slow = slow
        self.bodies: list[dict[str, object]] = []


def _handler(fake: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            body = json.dumps({"data": [{"id": "gemma2:2b"}, {"id": "other"}]}).encode()
            self._send(200, body, "application/json")

        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            body = json.loads(self.rfile.read(length))
            fake.bodies.append(body)
            kind = body.get("response_format", {}).get("type")
            if fake.reject_schema and kind == "json_schema":
                self._send(400, b'{"error": "unsupported"}', "application/json")
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            pieces = [fake.reply[i : i + 7] for i in range(0, len(fake.reply), 7)]
            for piece in pieces:
                event = {"choices": [{"delta": {"content": piece}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                self.wfile.flush()
                if fake.slow:
                    time.sleep(0.05)
            done = {"choices": [{"delta": {}, "finish_reason": "stop"}]}
            usage = {
                "choices": [],
                "usage": {"prompt_tokens": 120, "completion_tokens": 9},
                "timings": {"prompt_n": 14},
            }
            for event in (done, usage):
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")

    return Handler


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[tuple[str, FakeServer]]:
    fake: FakeServer = request.param
    http = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    threading.Thread(target=http.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{http.server_address[1]}", fake
    http.shutdown()
    http.server_close()


ANSWER = json.dumps({"findings": [{"text": "Mary Chen", "label": "PERSON"}]})


@pytest.mark.parametrize("server", [FakeServer(ANSWER)], indirect=True)
def test_detector_through_a_local_server(server: tuple[str, FakeServer]) -> None:
    url, fake = server
    model = ServerTextModel(url)
    assert model.device().detail.startswith("gemma2:2b at 127.0.0.1:")
    spans = LlmDetector(model).detect_spans("Ask Mary Chen today.")
    assert [(s.start, s.end) for s in spans] == [(4, 13)]
    body = fake.bodies[0]
    assert body["model"] == "gemma2:2b" and body["stream"] is True
    assert [m["role"] for m in body["messages"]] == ["user"]  # type: ignore[union-attr]
    assert body["response_format"]["json_schema"]["schema"] == detector_schema()  # type: ignore[index]


@pytest.mark.parametrize(
    "server", [FakeServer('{"answer": "no"}', reject_schema=True)], indirect=True
)
def test_schema_refusal_falls_back_to_json_mode(server: tuple[str, FakeServer]) -> None:
    url, fake = server
    model = ServerTextModel(url + "/v1/", "gemma2:2b")
    result = model.generate(GenerationRequest("q", schema={"type": "object"}, max_tokens=8))
    assert result.text == '{"answer": "no"}'
    assert (result.prompt_tokens, result.evaluated_tokens, result.generated_tokens) == (120, 14, 9)
    kinds = [b["response_format"]["type"] for b in fake.bodies]  # type: ignore[index]
    assert kinds == ["json_schema", "json_object"]
    model.generate(GenerationRequest("q", schema={"type": "object"}, max_tokens=8))
    assert fake.bodies[-1]["response_format"] == {"type": "json_object"}  # remembered


@pytest.mark.parametrize("server", [FakeServer("x" * 400, slow=True)], indirect=True)
def test_cancel_between_stream_chunks(server: tuple[str, FakeServer]) -> None:
    url, _ = server
    deadline = time.monotonic() + 0.2
    started = time.monotonic()
    with pytest.raises(Cancelled):
        ServerTextModel(url, "m").generate(
            GenerationRequest("q", max_tokens=500), cancel=lambda: time.monotonic() > deadline
        )
    assert time.monotonic() - started < 2


def test_only_loopback_servers_are_accepted() -> None:
    assert is_loopback_url("http://127.0.0.1:11434") and is_loopback_url("http://localhost:1234")
    assert is_loopback_url("http://[::1]:8080")
    assert not is_loopback_url("http://192.168.1.20:11434")
    with pytest.raises(ModelError, match="on this machine"):
        ServerTextModel("https://api.example.com")
    assert normalise_base_url("http://127.0.0.1:8080/v1/") == "http://127.0.0.1:8080/v1"


def test_unreachable_server_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="not reachable"):
        ServerTextModel("http://127.0.0.1:9").device()
    with pytest.raises(ModelError, match="server failed"):
        ServerTextModel("http://127.0.0.1:9", "m").generate(GenerationRequest("q", max_tokens=1))

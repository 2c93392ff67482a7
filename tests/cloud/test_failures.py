"""Errors, retries and broken connections, against the real server on 127.0.0.1."""

from __future__ import annotations

import logging
import socket

import pytest

from desktop.engine.cloud.errors import (
    AuthError,
    NetworkError,
    OverloadedError,
    ProviderError,
    QuotaError,
    RateLimitError,
    RequestRejected,
    ServerError,
)
from desktop.engine.errors import Cancelled, CloudError
from tests.cloud.fake_server import (
    FakeProviderServer,
    Reply,
    events_for,
    json_reply,
    sse,
    stream_reply,
)
from tests.cloud.helpers import (
    API_KEY,
    PROVIDERS,
    WIRE_OF_PROVIDER,
    RecordedWaits,
    chat,
    collect,
    fast_options,
    make_provider,
)

ERROR_BODIES = {
    "openai": {"error": {"message": "bad key", "type": "invalid_request_error"}},
    "anthropic": {"type": "error", "error": {"type": "authentication_error", "message": "no"}},
    "gemini": {"error": {"code": 401, "message": "API key not valid", "status": "UNAUTHENTICATED"}},
}


@pytest.mark.parametrize("name", PROVIDERS)
def test_401_is_an_auth_error_without_the_key(
    server: FakeProviderServer,
    name: str,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore included
    body = dict(ERROR_BODIES[WIRE_OF_PROVIDER[name]])
    body["echo"] = f"Incorrect API key provided: {API_KEY}"  # some servers echo the key
    server.script.append(json_reply(401, body))
    with pytest.raises(AuthError) as caught:
        collect(make_provider(name, server.base_url), chat())
    error = caught.value
    assert isinstance(error, CloudError) and not error.retryable
    assert len(server.requests) == 1
    shown = [str(error), repr(error), *map(str, error.args), caplog.text]
    out = capsys.readouterr()
    shown += [out.out, out.err]
    assert all(API_KEY not in text for text in shown)
    assert error.__cause__ is None  # no chained httpx exception carrying the request
    assert error.__context__ is None or error.__suppress_context__


def test_key_echoed_in_an_error_message_is_removed(server: FakeProviderServer) -> None:
    body = {"error": {"message": f"model not found for key {API_KEY}", "type": "not_found"}}
    server.script.append(json_reply(404, body))
    with pytest.raises(RequestRejected) as caught:
        collect(make_provider("openai", server.base_url), chat())
    assert API_KEY not in str(caught.value) and "<key>" in str(caught.value)
    assert "model not found" in str(caught.value)


@pytest.mark.parametrize("name", PROVIDERS)
def test_429_with_retry_after_is_waited_out_then_succeeds(
    server: FakeProviderServer, name: str
) -> None:
    waits = RecordedWaits()
    server.script.append(json_reply(429, {}, {"retry-after": "2"}))
    server.script.append(json_reply(500, {}, {"retry-after": "1"}))
    text, _ = collect(make_provider(name, server.base_url), chat("x"), options=fast_options(waits))
    assert text == "Echo: x"
    assert waits.delays == [2.0, 1.0]
    assert len(server.requests) == 3
    assert server.requests[0].body == server.requests[2].body  # the same checked bytes


def test_retries_stop_after_max_attempts(server: FakeProviderServer) -> None:
    waits = RecordedWaits()
    server.script += [json_reply(500, {"error": {"message": "boom"}}) for _ in range(4)]
    with pytest.raises(ServerError, match=r"HTTP 500.*boom"):
        collect(make_provider("openai", server.base_url), chat(), options=fast_options(waits))
    assert len(server.requests) == 4 and len(waits.delays) == 3
    assert waits.delays == sorted(waits.delays)  # backoff grows


def test_overloaded_529_is_retried(server: FakeProviderServer) -> None:
    overloaded = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    server.script.append(json_reply(529, overloaded))
    text, _ = collect(make_provider("anthropic", server.base_url), chat("y"))
    assert text == "Echo: y" and len(server.requests) == 2


def test_retry_after_too_long_is_reported_not_waited(server: FakeProviderServer) -> None:
    waits = RecordedWaits()
    server.script.append(json_reply(429, {}, {"retry-after": "120"}))
    with pytest.raises(RateLimitError, match="try again in 120 s"):
        collect(make_provider("openai", server.base_url), chat(), options=fast_options(waits))
    assert waits.delays == [] and len(server.requests) == 1


def test_quota_is_not_retried(server: FakeProviderServer) -> None:
    body = {"error": {"message": "You exceeded your current quota", "code": "insufficient_quota"}}
    server.script.append(json_reply(429, body))
    with pytest.raises(QuotaError):
        collect(make_provider("openai", server.base_url), chat())
    assert len(server.requests) == 1


def test_gemini_retry_delay_in_the_body_is_honoured(server: FakeProviderServer) -> None:
    waits = RecordedWaits()
    body = {
        "error": {
            "code": 429,
            "status": "RESOURCE_EXHAUSTED",
            "message": "Resource has been exhausted",
            "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "3s"}],
        }
    }
    server.script.append(json_reply(429, body))
    collect(make_provider("gemini", server.base_url), chat(), options=fast_options(waits))
    assert waits.delays == [3.0]


MID_STREAM_ERRORS = {
    "openai": (None, {"error": {"message": "server overloaded", "type": "server_error"}}),
    "anthropic": (
        "error",
        {"type": "error", "error": {"type": "overloaded_error", "message": "x"}},
    ),
    "gemini": (None, {"error": {"code": 503, "status": "UNAVAILABLE", "message": "overloaded"}}),
}


# The events each stream sends before its first two tokens, without any terminal event.
TOKENS_THEN_NOTHING = {
    "openai": lambda: events_for("openai", ["Hel", "lo"])[:3],
    "anthropic": lambda: events_for("anthropic", ["Hel", "lo"])[:5],
    "gemini": lambda: events_for("gemini", ["Hel", "lo", "never"])[:2],
}


@pytest.mark.parametrize("name", PROVIDERS)
def test_mid_stream_error_after_tokens_is_raised_not_retried(
    server: FakeProviderServer, name: str
) -> None:
    wire = WIRE_OF_PROVIDER[name]
    events = [*TOKENS_THEN_NOTHING[wire](), MID_STREAM_ERRORS[wire]]
    server.script.append(
        Reply(headers={"content-type": "text/event-stream"}, pieces=[sse([e]) for e in events])
    )
    seen: list[str] = []
    with pytest.raises(ProviderError) as caught:
        collect(make_provider(name, server.base_url), chat(), deltas=seen)
    assert isinstance(caught.value, (ServerError, OverloadedError))
    assert "".join(seen) == "Hello"
    assert len(server.requests) == 1  # a token was shown: never retried


@pytest.mark.parametrize("name", PROVIDERS)
def test_error_event_before_any_token_is_retried(server: FakeProviderServer, name: str) -> None:
    wire = WIRE_OF_PROVIDER[name]
    server.script.append(
        Reply(
            headers={"content-type": "text/event-stream"}, pieces=[sse([MID_STREAM_ERRORS[wire]])]
        )
    )
    text, _ = collect(make_provider(name, server.base_url), chat("z"))
    assert text == "Echo: z" and len(server.requests) == 2


@pytest.mark.parametrize("name", PROVIDERS)
def test_dropped_connection_mid_stream(server: FakeProviderServer, name: str) -> None:
    reply = stream_reply(WIRE_OF_PROVIDER[name], ["a", "b", "c", "d"])
    reply.drop_after = len(reply.pieces) - 3  # after "c" at the latest, before the end
    server.script.append(reply)
    seen: list[str] = []
    with pytest.raises(NetworkError, match=r"lost|cut off"):
        collect(make_provider(name, server.base_url), chat(), deltas=seen)
    assert seen and len(server.requests) == 1


def test_connection_closed_without_the_terminal_event(server: FakeProviderServer) -> None:
    reply = stream_reply("anthropic", ["a", "b"], chunked=False)
    reply.pieces = reply.pieces[:-1]  # no message_stop, then a clean close
    server.script.append(reply)
    with pytest.raises(NetworkError, match="cut off"):
        collect(make_provider("anthropic", server.base_url), chat())


def test_dropped_before_any_token_is_retried(server: FakeProviderServer) -> None:
    server.script.append(stream_reply("openai", ["a"], drop_after=0))
    text, _ = collect(make_provider("openai", server.base_url), chat("q"))
    assert text == "Echo: q" and len(server.requests) == 2


def test_slow_chunks_within_the_read_timeout_arrive(server: FakeProviderServer) -> None:
    server.script.append(stream_reply("gemini", ["slow ", "but ", "fine"], delay=0.15))
    text, _ = collect(
        make_provider("gemini", server.base_url), chat(), options=fast_options(read=1)
    )
    assert text == "slow but fine"


def test_silence_longer_than_the_read_timeout_is_a_network_error(
    server: FakeProviderServer,
) -> None:
    # Timings leave room for a loaded 2-core machine: the first piece must come within 0.5 s.
    reply = stream_reply("openai", ["a", "b", "c"], delay=1.5)
    reply.pieces[:2] = [reply.pieces[0] + reply.pieces[1]]  # "a" comes at once, then silence
    server.script.append(reply)
    seen: list[str] = []
    with pytest.raises(NetworkError, match="timed out"):
        collect(
            make_provider("openai", server.base_url),
            chat(),
            options=fast_options(read=0.5),
            deltas=seen,
        )
    assert seen == ["a"] and len(server.requests) == 1  # a token was shown: no retry


def test_silence_before_the_first_token_is_retried(server: FakeProviderServer) -> None:
    server.script.append(stream_reply("openai", ["late"], delay=1.5))  # role chunk, silence
    text, _ = collect(
        make_provider("openai", server.base_url), chat("w"), options=fast_options(read=0.5)
    )
    assert text == "Echo: w" and len(server.requests) == 2


def test_connection_refused_is_retried_then_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the block ends: nothing listens
    waits = RecordedWaits()
    with pytest.raises(NetworkError, match="could not connect"):
        collect(
            make_provider("anthropic", f"http://127.0.0.1:{port}"),
            chat(),
            options=fast_options(waits),
        )
    assert len(waits.delays) == 3


def test_cancel_mid_stream_stops_reading(server: FakeProviderServer) -> None:
    server.script.append(stream_reply("openai", ["a", "b", "c", "d"], delay=0.05))
    seen: list[str] = []
    with pytest.raises(Cancelled):
        collect(
            make_provider("openai", server.base_url),
            chat(),
            cancel=lambda: len(seen) >= 1,
            deltas=seen,
        )
    assert seen == ["a"]


def test_cancel_while_waiting_to_retry(server: FakeProviderServer) -> None:
    server.script.append(json_reply(503, {}, {"retry-after": "5"}))
    options = fast_options()
    cancelled = {"now": False}

    def wait(seconds: float, cancel: object) -> bool:
        cancelled["now"] = True
        return True

    from dataclasses import replace

    with pytest.raises(Cancelled):
        collect(
            make_provider("openai", server.base_url),
            chat(),
            options=replace(options, wait=wait),
            cancel=lambda: cancelled["now"],
        )
    assert len(server.requests) == 1


def test_a_status_that_never_changes_is_not_retried(server: FakeProviderServer) -> None:
    server.script.append(json_reply(501, {"error": {"message": "not implemented"}}))
    with pytest.raises(ServerError, match="HTTP 501") as caught:
        collect(make_provider("openai", server.base_url), chat())
    assert not caught.value.retryable and len(server.requests) == 1

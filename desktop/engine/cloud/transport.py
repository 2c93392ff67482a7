"""Sending one checked request over httpx and streaming the answer's text back.

Retries happen here, and only before the first token was yielded. Every httpx failure becomes a
typed `ProviderError` with a plain message; the key and the text never reach a message or log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from desktop.engine.cloud.base import HttpRequest, Provider, StreamState
from desktop.engine.cloud.errors import BadResponseError, NetworkError, ProviderError
from desktop.engine.cloud.retry import RetryPolicy, cancellable_sleep
from desktop.engine.cloud.sse import SSEEvent, SSEParser
from desktop.engine.errors import Cancelled

if TYPE_CHECKING:
    import ssl

    import httpx

log = logging.getLogger(__name__)

CancelFn = Callable[[], bool]
WaitFn = Callable[[float, CancelFn | None], bool]  # returns True when cancelled

MAX_ERROR_BODY = 64 * 1024


@dataclass(frozen=True)
class Timeouts:
    """Seconds. `read` is the longest silence allowed between two pieces of the answer."""

    connect: float = 10.0
    read: float = 60.0
    write: float = 30.0
    pool: float = 10.0


@dataclass(frozen=True)
class TransportOptions:
    timeouts: Timeouts = field(default_factory=Timeouts)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    wait: WaitFn = cancellable_sleep


class CheckedRequest:
    """An `HttpRequest` that passed the leak check. Only `desktop.engine.send` creates these;
    `stream_answer` accepts nothing else, so an unchecked request cannot be sent."""

    __slots__ = ("provider", "request")

    def __init__(self, provider: Provider, request: HttpRequest, *, _checked_by: object) -> None:
        if _checked_by is not _SEND_PATH_TOKEN:
            raise TypeError("CheckedRequest is created only by the send path's leak check")
        self.provider = provider
        self.request = request

    def __repr__(self) -> str:
        return f"<CheckedRequest {self.provider.name} {self.request!r}>"


_SEND_PATH_TOKEN = object()


def checked_request_factory() -> Callable[[Provider, HttpRequest], CheckedRequest]:
    """For `desktop.engine.send` only: wraps a request after the leak check passed."""
    return lambda provider, request: CheckedRequest(provider, request, _checked_by=_SEND_PATH_TOKEN)


def stream_answer(
    checked: CheckedRequest,
    api_key: str,
    *,
    options: TransportOptions | None = None,
    cancel: CancelFn | None = None,
    state: StreamState | None = None,
) -> Iterator[str]:
    """Yield the answer's text deltas; raise a `ProviderError` or `Cancelled` on failure.

    `state`, when given, receives the finished attempt's finish reason and token count."""
    import httpx

    options = options or TransportOptions()
    provider, request = checked.provider, checked.request
    t = options.timeouts
    timeout = httpx.Timeout(connect=t.connect, read=t.read, write=t.write, pool=t.pool)
    attempt = 0
    # Redirects are not followed: the checked bytes, key included, go only to the checked URL.
    with httpx.Client(timeout=timeout, follow_redirects=False, verify=_tls()) as client:
        while True:
            attempt += 1
            if cancel is not None and cancel():
                raise Cancelled("cancelled before the request was sent")
            yielded = 0
            try:
                attempt_state = StreamState()
                for delta in _one_attempt(
                    client, provider, request, api_key, cancel, attempt_state
                ):
                    yielded += 1
                    yield delta
                if state is not None:
                    state.tokens = attempt_state.tokens
                    state.done = attempt_state.done
                    state.finish_reason = attempt_state.finish_reason
                return
            except ProviderError as error:
                if yielded or not error.retryable:
                    raise
                delay = options.retry.delay(attempt, error.retry_after)
                if delay is None:
                    raise
                log.info(
                    "%s: %s; retrying in %.1f s (attempt %d of %d)",
                    provider.name,
                    type(error).__name__,
                    delay,
                    attempt + 1,
                    options.retry.max_attempts,
                )
                if options.wait(delay, cancel):
                    raise Cancelled("cancelled while waiting to retry") from None


@cache
def _tls() -> ssl.SSLContext:
    """One TLS context per process: building one (certificate store) costs ~25 ms."""
    import httpx

    return httpx.create_ssl_context()


def _one_attempt(
    client: httpx.Client,
    provider: Provider,
    request: HttpRequest,
    api_key: str,
    cancel: CancelFn | None,
    state: StreamState,
) -> Iterator[str]:
    import httpx

    label = provider.label
    try:
        with client.stream(
            "POST", request.url, content=request.body, headers=dict(request.headers)
        ) as response:
            if not 200 <= response.status_code < 300:
                body = _read_capped(response)
                raise provider.error_for_status(
                    response.status_code, body, response.headers, api_key
                )
            yield from _decode_stream(response, provider, label, api_key, cancel, state)
    except httpx.TimeoutException as exc:
        what = "connecting to" if isinstance(exc, httpx.ConnectTimeout) else "waiting for"
        raise NetworkError(f"timed out {what} {label}") from None
    except httpx.ConnectError:
        raise NetworkError(f"could not connect to {label}; check the network and URL") from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError):
        raise NetworkError(f"the connection to {label} was lost") from None
    except httpx.HTTPError as exc:
        raise NetworkError(f"request to {label} failed ({type(exc).__name__})") from None


def _decode_stream(
    response: httpx.Response,
    provider: Provider,
    label: str,
    api_key: str,
    cancel: CancelFn | None,
    state: StreamState,
) -> Iterator[str]:
    decoder = provider.decoder(api_key)
    content_type = response.headers.get("content-type", "").lower()
    if content_type.startswith("text/html"):  # a captive portal or a wrong URL, not an API
        raise BadResponseError(
            f"{label} answered with a web page, not an API stream; check the URL"
        )
    if content_type.startswith("application/json"):
        # Some OpenAI-compatible servers ignore "stream": true and answer in one object.
        body = response.read().decode("utf-8", errors="replace")
        yield from decoder.feed(SSEEvent(data=body))
    else:
        parser = SSEParser()
        for chunk in response.iter_bytes():
            if cancel is not None and cancel():
                raise Cancelled("cancelled while the answer was streaming")
            for event in parser.feed(chunk):
                yield from decoder.feed(event)
            if decoder.state.done:
                break
        else:
            for event in parser.close():
                yield from decoder.feed(event)
    state.tokens, state.finish_reason = decoder.state.tokens, decoder.state.finish_reason
    state.done = decoder.state.done
    if not decoder.state.done:
        if decoder.state.tokens:
            raise NetworkError(f"the answer from {label} was cut off before it ended")
        raise NetworkError(f"{label} closed the connection before answering")


def _read_capped(response: httpx.Response) -> bytes:
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) >= MAX_ERROR_BODY:
            break
    return bytes(data[:MAX_ERROR_BODY])

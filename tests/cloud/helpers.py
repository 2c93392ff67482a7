"""Shared test helpers: providers pointed at the fake server, a recording wait function."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.engine.cloud.base import ChatMessage, ChatRequest, Provider, StreamState
from desktop.engine.cloud.registry import get_spec
from desktop.engine.cloud.retry import RetryPolicy
from desktop.engine.cloud.transport import (
    CancelFn,
    Timeouts,
    TransportOptions,
    checked_request_factory,
    stream_answer,
)

# A made-up key with a recognisable shape; tests assert it never shows up where it must not.
API_KEY = "sk-test-Zq8VvN3kP0tYw7LmR2xC9bHd"

WIRE_OF_PROVIDER = {
    "openai": "openai",
    "openai-compatible": "openai",
    "anthropic": "anthropic",
    "gemini": "gemini",
}
PROVIDERS = tuple(WIRE_OF_PROVIDER)


def make_provider(name: str, base_url: str) -> Provider:
    # OpenAI's default base includes /v1; point it at the fake server the same way.
    suffix = "/v1" if name.startswith("openai") else ""
    return get_spec(name).create(base_url + suffix)


@dataclass
class RecordedWaits:
    delays: list[float] = field(default_factory=list)

    def __call__(self, seconds: float, cancel: CancelFn | None) -> bool:
        self.delays.append(seconds)
        return False


def fast_options(waits: RecordedWaits | None = None, read: float = 5.0) -> TransportOptions:
    return TransportOptions(
        timeouts=Timeouts(connect=2.0, read=read, write=2.0, pool=2.0),
        retry=RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=30.0, jitter=lambda: 0.5),
        wait=waits or RecordedWaits(),
    )


def chat(text: str = "hello [PERSON_1]", model: str = "test-model") -> ChatRequest:
    return ChatRequest(model=model, messages=(ChatMessage("user", text),), system="sys prompt")


def collect(
    provider: Provider,
    request: ChatRequest,
    *,
    key: str = API_KEY,
    options: TransportOptions | None = None,
    cancel: CancelFn | None = None,
    deltas: list[str] | None = None,
) -> tuple[str, StreamState]:
    """Send without the send path's leak check (these tests cover the transport alone)."""
    checked = checked_request_factory()(provider, provider.build_request(request, key))
    state = StreamState()
    pieces = []
    for piece in stream_answer(
        checked, key, options=options or fast_options(), cancel=cancel, state=state
    ):
        pieces.append(piece)
        if deltas is not None:
            deltas.append(piece)
    return "".join(pieces), state

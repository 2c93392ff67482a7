"""Provider-neutral request and response types, and the protocol each wire format implements.

A provider turns a `ChatRequest` (redacted text only) into an `HttpRequest`: the exact URL,
headers and body bytes that will be sent. The send path leak-checks those bytes, then the
transport sends them unchanged, so what was checked is what goes out.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol
from urllib.parse import urlsplit, urlunsplit

from desktop.engine.cloud.errors import ProviderError
from desktop.engine.cloud.sse import SSEEvent

Role = Literal["user", "assistant"]

IMAGE_TYPES = frozenset({"image/png", "image/jpeg", "image/webp", "image/gif"})


@dataclass(frozen=True, slots=True)
class ImageAttachment:
    """An image to send with a message: only ever a scrubbed screenshot."""

    data: bytes = field(repr=False)
    media_type: str = "image/png"

    def __post_init__(self) -> None:
        if self.media_type not in IMAGE_TYPES:
            raise ValueError(f"unsupported image type {self.media_type!r}")
        if not self.data:
            raise ValueError("empty image")

    def base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")

    def data_uri(self) -> str:
        return f"data:{self.media_type};base64,{self.base64()}"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Role
    text: str = field(repr=False)
    images: tuple[ImageAttachment, ...] = ()


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """One call: the conversation so far (already redacted) and the model to ask."""

    model: str
    messages: tuple[ChatMessage, ...] = field(repr=False)
    system: str = field(default="", repr=False)
    max_tokens: int = 4096
    temperature: float | None = None


@dataclass(frozen=True, slots=True)
class HttpRequest:
    """The exact bytes of one POST. `credential_header` names the header holding the key."""

    url: str
    headers: Mapping[str, str]
    body: bytes
    credential_header: str | None = None

    def __repr__(self) -> str:  # never show the key or the body
        return f"<HttpRequest POST {self.url} ({len(self.body)} bytes)>"

    def headers_without_credential(self) -> dict[str, str]:
        """Headers to leak-check: the credential header is the user's own key for this
        provider, not conversation text, and a key pasted into the text is a vault value."""
        return {
            name: value
            for name, value in self.headers.items()
            if self.credential_header is None or name.lower() != self.credential_header.lower()
        }


@dataclass
class StreamState:
    """What a decoder learnt about one response."""

    tokens: int = 0  # text deltas yielded so far
    done: bool = False  # a terminal event arrived ([DONE], message_stop, finishReason)
    finish_reason: str | None = None  # the provider's stop reason, normalised to lower case

    def finish(self, reason: str) -> None:
        """A stop reason arrived (empty: none yet); it ends the response."""
        if reason:
            self.finish_reason = reason.lower()
            self.done = True


class StreamDecoder(Protocol):
    """Turns the SSE events of one response into text deltas; raises typed errors."""

    state: StreamState

    def feed(self, event: SSEEvent) -> list[str]: ...


class Provider(Protocol):
    """One wire format. Implementations are small and stateless apart from their config."""

    @property
    def name(self) -> str: ...  # registry name, e.g. "openai"

    @property
    def label(self) -> str: ...  # display name for messages, e.g. "OpenAI"

    def build_request(self, chat: ChatRequest, api_key: str) -> HttpRequest: ...

    def decoder(self, api_key: str) -> StreamDecoder: ...

    def error_for_status(
        self, status: int, body: bytes, headers: Mapping[str, str], api_key: str
    ) -> ProviderError: ...


# finish reasons that mean the answer was cut short, across providers
TRUNCATED_REASONS = frozenset({"length", "max_tokens", "max_output_tokens"})


def encode_json(payload: object) -> bytes:
    """Request bodies are UTF-8 JSON without \\u escapes, so the leak check sees the text as
    it is (an escaped value would slip past a byte search)."""
    import json

    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_event_json(data: str, provider: str) -> dict[str, object]:
    """One event's JSON object, or a BadResponseError."""
    import json

    from desktop.engine.cloud.errors import BadResponseError

    try:
        value = json.loads(data)
    except ValueError:
        raise BadResponseError(f"{provider} sent a stream event that is not JSON") from None
    if not isinstance(value, dict):
        raise BadResponseError(f"{provider} sent a stream event that is not a JSON object")
    return value


def get_dict(value: object, key: str) -> dict[str, object]:
    """`value[key]` when both are dicts, else an empty dict: provider JSON is untrusted."""
    if isinstance(value, dict):
        inner = value.get(key)
        if isinstance(inner, dict):
            return inner
    return {}


def get_str(value: object, key: str) -> str:
    if isinstance(value, dict):
        inner = value.get(key)
        if isinstance(inner, str):
            return inner
        if isinstance(inner, int) and not isinstance(inner, bool):
            return str(inner)
    return ""


def get_list(value: object, key: str) -> list[object]:
    if isinstance(value, dict):
        inner = value.get(key)
        if isinstance(inner, list):
            return inner
    return []


def endpoint_url(base_url: str, extend_path: Callable[[str], str], query: str | None = None) -> str:
    """`base_url` with its path (trailing `/` removed) passed through `extend_path`.

    Refuses anything but http(s) URLs; keeps the base's query unless `query` replaces it."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError("the base URL must start with http:// or https://")
    path = extend_path(parts.path.rstrip("/"))
    return urlunsplit(
        (parts.scheme, parts.netloc, path, parts.query if query is None else query, "")
    )

"""Anthropic Messages API, native: `POST /v1/messages` with `stream: true`.

The stream is typed events: message_start, content_block_start/delta/stop, message_delta (the
stop reason), message_stop (the end), ping, and error (e.g. overloaded_error mid-stream)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.engine.cloud.base import (
    ChatMessage,
    ChatRequest,
    HttpRequest,
    StreamState,
    decode_event_json,
    encode_json,
    endpoint_url,
    get_dict,
    get_str,
)
from desktop.engine.cloud.errors import ProviderError
from desktop.engine.cloud.sse import SSEEvent
from desktop.engine.cloud.status import (
    ErrorInfo,
    error_for_event,
    error_for_status,
    parse_json_object,
)

ANTHROPIC_BASE_URL = "https://api.anthropic.com"
API_VERSION = "2023-06-01"


def messages_url(base_url: str) -> str:
    def extend(path: str) -> str:
        if path.endswith("/messages"):
            return path
        return path + ("/messages" if path.endswith("/v1") else "/v1/messages")

    return endpoint_url(base_url, extend)


def error_info(payload: object) -> ErrorInfo:
    """`{"type": "error", "error": {"type": "overloaded_error", "message": ...}}`."""
    error = get_dict(payload, "error")
    return ErrorInfo(kind=get_str(error, "type"), message=get_str(error, "message"))


def _message_json(message: ChatMessage) -> dict[str, object]:
    content: list[dict[str, object]] = [
        {
            "type": "image",
            "source": {"type": "base64", "media_type": image.media_type, "data": image.base64()},
        }
        for image in message.images
    ]
    if message.text or not content:  # the API rejects empty text blocks
        content.append({"type": "text", "text": message.text})
    return {"role": message.role, "content": content}


@dataclass
class AnthropicDecoder:
    label: str
    api_key: str = field(repr=False)
    state: StreamState = field(default_factory=StreamState)

    def feed(self, event: SSEEvent) -> list[str]:
        payload = decode_event_json(event.data, self.label)
        kind = get_str(payload, "type") or event.event
        if kind == "error":
            raise error_for_event(error_info(payload), provider=self.label, api_key=self.api_key)
        if kind == "content_block_delta":
            delta = get_dict(payload, "delta")
            if get_str(delta, "type") == "text_delta":  # thinking and tool deltas are not text
                text = get_str(delta, "text")
                if text:
                    self.state.tokens += 1
                    return [text]
        elif kind == "content_block_start":
            block = get_dict(payload, "content_block")
            text = get_str(block, "text") if get_str(block, "type") == "text" else ""
            if text:
                self.state.tokens += 1
                return [text]
        elif kind == "message_delta":
            reason = get_str(get_dict(payload, "delta"), "stop_reason")
            if reason:
                self.state.finish_reason = reason.lower()
        elif kind == "message_stop":
            self.state.done = True
        return []


@dataclass(frozen=True)
class AnthropicMessages:
    base_url: str = ANTHROPIC_BASE_URL
    name: str = "anthropic"
    label: str = "Anthropic"

    def build_request(self, chat: ChatRequest, api_key: str) -> HttpRequest:
        payload: dict[str, object] = {
            "model": chat.model,
            "max_tokens": chat.max_tokens,
            "messages": [_message_json(message) for message in chat.messages],
            "stream": True,
        }
        if chat.system:
            payload["system"] = chat.system
        if chat.temperature is not None:
            payload["temperature"] = chat.temperature
        headers = {
            "content-type": "application/json",
            "accept": "text/event-stream",
            "anthropic-version": API_VERSION,
            "user-agent": "scrubdesk",
            "x-api-key": api_key,
        }
        return HttpRequest(messages_url(self.base_url), headers, encode_json(payload), "x-api-key")

    def decoder(self, api_key: str) -> AnthropicDecoder:
        return AnthropicDecoder(self.label, api_key)

    def error_for_status(
        self, status: int, body: bytes, headers: Mapping[str, str], api_key: str
    ) -> ProviderError:
        info = error_info(parse_json_object(body))
        return error_for_status(status, info, provider=self.label, api_key=api_key, headers=headers)

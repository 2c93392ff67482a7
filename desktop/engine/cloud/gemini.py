"""Gemini generateContent, native: `POST /v1beta/models/{model}:streamGenerateContent?alt=sse`.

The key goes in the `x-goog-api-key` header, never in the URL (URLs end up in logs). Each event
is a whole GenerateContentResponse; the last one carries `finishReason`."""

from __future__ import annotations

import re
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
    get_list,
    get_str,
)
from desktop.engine.cloud.errors import ProviderError, RequestRejected
from desktop.engine.cloud.retry import parse_duration
from desktop.engine.cloud.sse import SSEEvent
from desktop.engine.cloud.status import ErrorInfo, error_for_event, error_for_status

GEMINI_BASE_URL = "https://generativelanguage.googleapis.com"
_MODEL_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


def stream_url(base_url: str, model: str) -> str:
    model = model.removeprefix("models/")
    if not _MODEL_ID.fullmatch(model):
        raise ValueError("the Gemini model name may hold only letters, digits, '.', '_', '-'")

    def extend(path: str) -> str:
        if not re.search(r"/v1(alpha|beta)?\d*$", path):
            path += "/v1beta"
        return path + f"/models/{model}:streamGenerateContent"

    return endpoint_url(base_url, extend, query="alt=sse")


def error_info(payload: object) -> ErrorInfo:
    """`{"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "message", "details"}}`."""
    if isinstance(payload, list) and payload:
        payload = payload[0]  # some gateways wrap the error in a list
    error = get_dict(payload, "error")
    retry_after = None
    for detail in get_list(error, "details"):
        if get_str(detail, "@type").endswith("RetryInfo"):
            retry_after = parse_duration(get_str(detail, "retryDelay"))
    kind = get_str(error, "status") or get_str(error, "code")
    return ErrorInfo(kind=kind, message=get_str(error, "message"), retry_after=retry_after)


def _content_json(message: ChatMessage) -> dict[str, object]:
    parts: list[dict[str, object]] = []
    if message.text:
        parts.append({"text": message.text})
    parts.extend(
        {"inline_data": {"mime_type": image.media_type, "data": image.base64()}}
        for image in message.images
    )
    role = "model" if message.role == "assistant" else "user"
    return {"role": role, "parts": parts or [{"text": ""}]}


@dataclass
class GeminiDecoder:
    label: str
    api_key: str = field(repr=False)
    state: StreamState = field(default_factory=StreamState)

    def feed(self, event: SSEEvent) -> list[str]:
        payload = decode_event_json(event.data, self.label)
        if "error" in payload:
            raise error_for_event(error_info(payload), provider=self.label, api_key=self.api_key)
        blocked = get_str(get_dict(payload, "promptFeedback"), "blockReason")
        if blocked:
            raise RequestRejected(f"{self.label} blocked the request ({blocked.lower()})")
        out: list[str] = []
        for candidate in get_list(payload, "candidates")[:1]:
            for part in get_list(get_dict(candidate, "content"), "parts"):
                if isinstance(part, dict) and part.get("thought") is True:
                    continue  # thinking summaries are not the answer
                text = get_str(part, "text")
                if text:
                    out.append(text)
            self.state.finish(get_str(candidate, "finishReason"))
        self.state.tokens += len(out)
        return out


@dataclass(frozen=True)
class GeminiNative:
    base_url: str = GEMINI_BASE_URL
    name: str = "gemini"
    label: str = "Gemini"

    def build_request(self, chat: ChatRequest, api_key: str) -> HttpRequest:
        config: dict[str, object] = {"maxOutputTokens": chat.max_tokens}
        if chat.temperature is not None:
            config["temperature"] = chat.temperature
        payload: dict[str, object] = {
            "contents": [_content_json(message) for message in chat.messages],
            "generationConfig": config,
        }
        if chat.system:
            payload["systemInstruction"] = {"parts": [{"text": chat.system}]}
        headers = {
            "content-type": "application/json",
            "accept": "text/event-stream",
            "user-agent": "scrubdesk",
            "x-goog-api-key": api_key,
        }
        url = stream_url(self.base_url, chat.model)
        return HttpRequest(url, headers, encode_json(payload), "x-goog-api-key")

    def decoder(self, api_key: str) -> GeminiDecoder:
        return GeminiDecoder(self.label, api_key)

    def error_for_status(
        self, status: int, body: bytes, headers: Mapping[str, str], api_key: str
    ) -> ProviderError:
        import json

        try:
            payload: object = json.loads(body.decode("utf-8", errors="replace"))
        except ValueError:
            payload = None
        return error_for_status(
            status, error_info(payload), provider=self.label, api_key=api_key, headers=headers
        )

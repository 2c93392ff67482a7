"""OpenAI-compatible chat completions: OpenAI, Gemini's OpenAI endpoint, OpenRouter, Azure-style
base URLs, Ollama, LM Studio. Streams `data: {chunk}` events ending with `data: [DONE]`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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
from desktop.engine.cloud.errors import ProviderError
from desktop.engine.cloud.sse import SSEEvent
from desktop.engine.cloud.status import (
    ErrorInfo,
    error_for_event,
    error_for_status,
    parse_json_object,
)

OPENAI_BASE_URL = "https://api.openai.com/v1"
USER_AGENT = "scrubdesk"


def chat_completions_url(base_url: str) -> str:
    """`{base}/chat/completions`, keeping a query such as Azure's `?api-version=...`."""
    return endpoint_url(
        base_url,
        lambda path: path if path.endswith("/chat/completions") else path + "/chat/completions",
    )


def is_azure(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return host.endswith((".openai.azure.com", ".cognitiveservices.azure.com", ".azure.com"))


def error_info(payload: object) -> ErrorInfo:
    """OpenAI's `{"error": {"message", "type", "code"}}`; Ollama's `{"error": "text"}`."""
    if isinstance(payload, dict) and isinstance(payload.get("error"), str):
        return ErrorInfo(message=str(payload["error"]))
    error = get_dict(payload, "error")
    kind = " ".join(part for part in (get_str(error, "type"), get_str(error, "code")) if part)
    return ErrorInfo(kind=kind, message=get_str(error, "message"))


def _message_json(message: ChatMessage) -> dict[str, object]:
    if not message.images:
        return {"role": message.role, "content": message.text}
    content: list[dict[str, object]] = []
    if message.text:
        content.append({"type": "text", "text": message.text})
    content.extend(
        {"type": "image_url", "image_url": {"url": image.data_uri()}} for image in message.images
    )
    return {"role": message.role, "content": content}


@dataclass
class OpenAIDecoder:
    label: str
    api_key: str = field(repr=False)
    state: StreamState = field(default_factory=StreamState)

    def feed(self, event: SSEEvent) -> list[str]:
        data = event.data.strip()
        if data == "[DONE]":
            self.state.done = True
            return []
        chunk = decode_event_json(data, self.label)
        if "error" in chunk:
            raise error_for_event(error_info(chunk), provider=self.label, api_key=self.api_key)
        out: list[str] = []
        for choice in get_list(chunk, "choices")[:1]:  # we ask for one choice
            # `delta` in a stream; `message` when a server ignored "stream": true
            delta = get_dict(choice, "delta") or get_dict(choice, "message")
            text = get_str(delta, "content")
            if text:
                out.append(text)
            self.state.finish(get_str(choice, "finish_reason"))
        self.state.tokens += len(out)
        return out


@dataclass(frozen=True)
class OpenAICompatible:
    base_url: str = OPENAI_BASE_URL
    name: str = "openai"
    label: str = "OpenAI"
    # OpenAI's newer models accept only max_completion_tokens; local servers know max_tokens.
    max_tokens_field: str = "max_completion_tokens"
    extra_headers: Mapping[str, str] = field(default_factory=dict)

    def build_request(self, chat: ChatRequest, api_key: str) -> HttpRequest:
        url = chat_completions_url(self.base_url)
        messages: list[dict[str, object]] = []
        if chat.system:
            messages.append({"role": "system", "content": chat.system})
        messages.extend(_message_json(message) for message in chat.messages)
        payload: dict[str, object] = {
            "model": chat.model,
            "messages": messages,
            "stream": True,
            self.max_tokens_field: chat.max_tokens,
        }
        if chat.temperature is not None:
            payload["temperature"] = chat.temperature
        headers = {
            "content-type": "application/json",
            "accept": "text/event-stream",
            "user-agent": USER_AGENT,
            **self.extra_headers,
        }
        credential: str | None = None
        if api_key:  # local servers (Ollama, LM Studio) need no key
            if is_azure(url):
                credential, headers["api-key"] = "api-key", api_key
            else:
                credential, headers["authorization"] = "authorization", f"Bearer {api_key}"
        return HttpRequest(url, headers, encode_json(payload), credential)

    def decoder(self, api_key: str) -> OpenAIDecoder:
        return OpenAIDecoder(self.label, api_key)

    def error_for_status(
        self, status: int, body: bytes, headers: Mapping[str, str], api_key: str
    ) -> ProviderError:
        info = error_info(parse_json_object(body))
        return error_for_status(status, info, provider=self.label, api_key=api_key, headers=headers)

"""Each provider against a real HTTP server on 127.0.0.1 speaking its wire format."""

from __future__ import annotations

import base64
import json

import pytest

from desktop.engine.cloud.base import ChatMessage, ChatRequest, ImageAttachment
from desktop.engine.cloud.errors import BadResponseError, RequestRejected
from desktop.engine.cloud.registry import PROVIDERS as REGISTRY
from desktop.engine.cloud.registry import get_spec, provider_names
from desktop.engine.cloud.transport import CheckedRequest
from tests.cloud.fake_server import FakeProviderServer, Reply, echo_responder, json_reply, sse
from tests.cloud.helpers import API_KEY, PROVIDERS, chat, collect, make_provider

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


@pytest.mark.parametrize("name", PROVIDERS)
def test_streamed_echo_round_trip(server: FakeProviderServer, name: str) -> None:
    text, state = collect(make_provider(name, server.base_url), chat("電話 [PHONE_1]，謝謝"))
    assert text == "Echo: 電話 [PHONE_1]，謝謝"
    assert state.done and state.finish_reason in ("stop", "end_turn")
    assert len(server.requests) == 1


@pytest.mark.parametrize("name", PROVIDERS)
def test_frames_split_into_single_bytes(server: FakeProviderServer, name: str) -> None:
    server.default = echo_responder(chunk_chars=2, write_bytes=1)
    text, _ = collect(make_provider(name, server.base_url), chat("王小明 [PERSON_12]"))
    assert text == "Echo: 王小明 [PERSON_12]"


def test_openai_wire_format(server: FakeProviderServer) -> None:
    collect(make_provider("openai", server.base_url), chat("hi"))
    request = server.requests[0]
    assert request.method == "POST" and request.path == "/v1/chat/completions"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert request.headers["accept"] == "text/event-stream"
    body = request.json()
    assert body["stream"] is True and body["model"] == "test-model"
    assert body["messages"] == [
        {"role": "system", "content": "sys prompt"},
        {"role": "user", "content": "hi"},
    ]
    assert "max_completion_tokens" in body


def test_openai_compatible_local_server_without_key(server: FakeProviderServer) -> None:
    text, _ = collect(make_provider("openai-compatible", server.base_url), chat("hi"), key="")
    assert text == "Echo: hi"
    request = server.requests[0]
    assert "authorization" not in request.headers
    assert "max_tokens" in request.json()


def test_azure_style_base_url_keeps_the_query_and_uses_api_key_header() -> None:
    provider = get_spec("openai-compatible").create(
        "https://res.openai.azure.com/openai/deployments/gpt/?api-version=2024-10-21"
    )
    request = provider.build_request(chat(), API_KEY)
    assert request.url == (
        "https://res.openai.azure.com/openai/deployments/gpt/chat/completions"
        "?api-version=2024-10-21"
    )
    assert request.headers["api-key"] == API_KEY and "authorization" not in request.headers
    assert request.credential_header == "api-key"


def test_anthropic_wire_format(server: FakeProviderServer) -> None:
    collect(make_provider("anthropic", server.base_url), chat("hi"))
    request = server.requests[0]
    assert request.path == "/v1/messages"
    assert request.headers["x-api-key"] == API_KEY
    assert request.headers["anthropic-version"] == "2023-06-01"
    body = request.json()
    assert body["system"] == "sys prompt" and body["stream"] is True
    assert body["messages"] == [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]
    assert isinstance(body["max_tokens"], int)


def test_gemini_wire_format_keeps_the_key_out_of_the_url(server: FakeProviderServer) -> None:
    request_chat = ChatRequest(
        model="gemini-2.5-flash",
        messages=(
            ChatMessage("user", "a"),
            ChatMessage("assistant", "b"),
            ChatMessage("user", "c"),
        ),
        system="sys prompt",
    )
    collect(make_provider("gemini", server.base_url), request_chat)
    request = server.requests[0]
    assert request.path == "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    assert request.headers["x-goog-api-key"] == API_KEY
    assert API_KEY not in request.path
    body = request.json()
    assert body["systemInstruction"] == {"parts": [{"text": "sys prompt"}]}
    assert [c["role"] for c in body["contents"]] == ["user", "model", "user"]


def test_gemini_refuses_a_model_name_that_would_change_the_path() -> None:
    provider = get_spec("gemini").create(None)
    with pytest.raises(ValueError):
        provider.build_request(chat(model="../../files/x?key=1"), API_KEY)


def _image_request() -> ChatRequest:
    message = ChatMessage("user", "what is in [PERSON_1]'s screenshot?", (ImageAttachment(PNG),))
    return ChatRequest(model="m", messages=(message,))


def test_images_go_the_way_each_provider_expects(server: FakeProviderServer) -> None:
    encoded = base64.b64encode(PNG).decode()
    for name in ("openai", "anthropic", "gemini"):
        collect(make_provider(name, server.base_url), _image_request())
    openai, anthropic, gemini = (request.json() for request in server.requests)
    assert openai["messages"][0]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": f"data:image/png;base64,{encoded}"},
    }
    assert anthropic["messages"][0]["content"][0] == {
        "type": "image",
        "source": {"type": "base64", "media_type": "image/png", "data": encoded},
    }
    assert gemini["contents"][0]["parts"][1] == {
        "inline_data": {"mime_type": "image/png", "data": encoded}
    }


def test_image_types_are_checked() -> None:
    with pytest.raises(ValueError):
        ImageAttachment(PNG, "image/svg+xml")


def test_server_that_ignores_stream_true_still_works(server: FakeProviderServer) -> None:
    payload = {"choices": [{"message": {"content": "whole answer"}, "finish_reason": "stop"}]}
    server.script.append(json_reply(200, payload))
    text, _ = collect(make_provider("openai-compatible", server.base_url), chat())
    assert text == "whole answer"


def test_anthropic_thinking_deltas_are_not_answer_text(server: FakeProviderServer) -> None:
    events = [
        (
            "content_block_delta",
            {"type": "content_block_delta", "delta": {"type": "thinking_delta", "thinking": "hmm"}},
        ),
        (
            "content_block_delta",
            {"type": "content_block_delta", "delta": {"type": "text_delta", "text": "answer"}},
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    server.script.append(Reply(headers={"content-type": "text/event-stream"}, pieces=[sse(events)]))
    text, _ = collect(make_provider("anthropic", server.base_url), chat())
    assert text == "answer"


def test_gemini_blocked_prompt_is_a_plain_error(server: FakeProviderServer) -> None:
    blocked = [(None, {"promptFeedback": {"blockReason": "SAFETY"}})]
    server.script.append(
        Reply(headers={"content-type": "text/event-stream"}, pieces=[sse(blocked)])
    )
    with pytest.raises(RequestRejected, match="blocked the request"):
        collect(make_provider("gemini", server.base_url), chat())


def test_garbage_event_is_a_bad_response(server: FakeProviderServer) -> None:
    server.script.append(
        Reply(headers={"content-type": "text/event-stream"}, pieces=[b"data: {not json\n\n"])
    )
    with pytest.raises(BadResponseError):
        collect(make_provider("openai", server.base_url), chat())
    assert len(server.requests) == 1  # not retried: the same request would get the same answer


def test_a_web_page_instead_of_an_api_is_a_bad_response(server: FakeProviderServer) -> None:
    server.script.append(Reply(headers={"content-type": "text/html"}, pieces=[b"<html>login"]))
    with pytest.raises(BadResponseError, match="web page"):
        collect(make_provider("openai-compatible", server.base_url), chat())


def test_registry_lists_every_provider_explicitly() -> None:
    assert provider_names() == ("openai", "anthropic", "gemini", "openai-compatible")
    assert set(REGISTRY) == set(provider_names())
    with pytest.raises(ValueError, match="base URL"):
        get_spec("openai-compatible").create(None)


def test_only_the_send_path_can_make_a_checked_request() -> None:
    provider = get_spec("openai").create(None)
    with pytest.raises(TypeError):
        CheckedRequest(provider, provider.build_request(chat(), API_KEY), _checked_by=object())


def test_request_repr_hides_key_and_body() -> None:
    request = get_spec("anthropic").create(None).build_request(chat("secret text"), API_KEY)
    assert API_KEY not in repr(request) and "secret text" not in repr(request)
    assert json.loads(request.body)["messages"][0]["content"][0]["text"] == "secret text"

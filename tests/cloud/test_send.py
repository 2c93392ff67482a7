"""The fail-closed send path, end to end against the fake provider server."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterable

import pytest

from desktop.engine.cloud.base import ImageAttachment
from desktop.engine.cloud.transport import CheckedRequest
from desktop.engine.errors import Cancelled, InputError, LeakError
from desktop.engine.pipeline import Scrubber
from desktop.engine.router import Router
from desktop.engine.send import SYSTEM_PROMPT, Conversation, DetectionFailed
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Span
from tests.cloud.fake_server import FakeProviderServer, echo_responder, json_reply, stream_reply
from tests.cloud.helpers import API_KEY, PROVIDERS, fast_options, make_provider

TEXT = (
    "我是王小明，身分證 A123456789，手機 0912-345-678。"
    "Email wang.xm@example.com, card 4111 1111 1111 1111. 請幫我寫一封信給銀行。"
)


def conversation(
    server: FakeProviderServer, name: str = "openai", **kwargs: object
) -> Conversation:
    return Conversation(
        provider=make_provider(name, server.base_url),
        model="test-model",
        options=fast_options(),
        **kwargs,  # type: ignore[arg-type]
    )


def assert_no_vault_value_sent(server: FakeProviderServer, values: Iterable[str]) -> None:
    for request in server.requests:
        decoded = request.raw.decode("utf-8")
        for value in values:
            assert value not in decoded  # request line (URL), headers and body
            assert value not in request.body.decode("unicode_escape", errors="ignore")


@pytest.mark.parametrize("name", PROVIDERS)
def test_values_never_leave_and_the_split_echo_comes_back_restored(
    server: FakeProviderServer, name: str
) -> None:
    server.default = echo_responder(chunk_chars=2, write_bytes=3)  # placeholders split
    chat = conversation(server, name)
    reply = chat.ask(TEXT, API_KEY, use_model=False)
    pieces = list(reply)
    assert len(pieces) > 5 and reply.complete
    assert reply.text == "Echo: " + TEXT
    assert "[PERSON_1]" in reply.raw_text and "[TW_NATIONAL_ID_1]" in reply.raw_text
    assert reply.report.unknown == {}
    values = list(chat.vault.values())
    assert {"王小明", "A123456789", "wang.xm@example.com"} <= set(values)
    assert_no_vault_value_sent(server, values)


def test_the_system_prompt_asks_to_keep_placeholders(server: FakeProviderServer) -> None:
    conversation(server, "anthropic").ask(TEXT, API_KEY, use_model=False).read()
    assert server.requests[0].json()["system"] == SYSTEM_PROMPT
    assert "exactly as written" in SYSTEM_PROMPT and "[PERSON_1]" in SYSTEM_PROMPT


def test_placeholders_stay_stable_across_turns(server: FakeProviderServer) -> None:
    chat = conversation(server)
    chat.ask("請問王小明的手機 0912-345-678 是哪家電信？", API_KEY, use_model=False).read()
    second = chat.ask("再打一次 0912-345-678 給王小明", API_KEY, use_model=False)
    assert second.read() == "Echo: 再打一次 0912-345-678 給王小明"
    messages = server.requests[1].json()["messages"]
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[3]["content"] == "再打一次 [PHONE_1] 給[PERSON_1]"
    assert messages[2]["content"].startswith("Echo: ")  # the model's own, placeholder form
    assert_no_vault_value_sent(server, chat.vault.values())


class Boom:
    name = "boom"

    def detect(self, doc: Document) -> Iterable[Span]:
        raise RuntimeError("detector crashed on 王小明")


class BrokenModel:
    name = "model:broken"

    def detect_spans(self, text: str, cancel: object = None) -> list[Span]:
        raise RuntimeError("worker died")


def test_a_failing_detector_sends_zero_requests(server: FakeProviderServer) -> None:
    chat = conversation(server, scrubber=Scrubber(detectors=[Boom()]))
    with pytest.raises(DetectionFailed) as caught:
        chat.ask(TEXT, API_KEY)
    assert "王小明" not in str(caught.value) and "nothing was sent" in str(caught.value)
    assert server.requests == []


def test_a_failing_model_layer_sends_zero_requests(server: FakeProviderServer) -> None:
    chat = conversation(server, scrubber=Scrubber(model=BrokenModel()))
    with pytest.raises(DetectionFailed, match="did not run"):
        chat.ask(TEXT, API_KEY, use_model=True)
    assert server.requests == []
    # Asked for the fast layer only, the same scrubber may send.
    assert chat.ask(TEXT, API_KEY, use_model=False).read() == "Echo: " + TEXT
    assert len(server.requests) == 1


def test_cancel_during_detection_sends_zero_requests(server: FakeProviderServer) -> None:
    with pytest.raises(Cancelled):
        conversation(server).ask(TEXT, API_KEY, use_model=False, cancel=lambda: True)
    assert server.requests == []


def test_a_leak_in_the_request_refuses_the_send(server: FakeProviderServer) -> None:
    chat = conversation(server)
    chat.ask(TEXT, API_KEY, use_model=False).read()
    # Next turn, the user un-redacts everything in review: the vault's values would go out.
    kept_as_is = chat.scrubber.redact("Call 0912-345-678 please", [])
    with pytest.raises(LeakError) as caught:
        chat.prepare(kept_as_is, API_KEY)
    assert "0912" not in str(caught.value)
    assert len(server.requests) == 1  # only the first turn


def test_screenshots_are_sent_and_their_base64_is_not_mistaken_for_text(
    server: FakeProviderServer,
) -> None:
    chat = conversation(server, "anthropic")
    noisy = base64.b64decode("QUJD+Amy+QUJDQUJ")  # base64 that happens to hold "+Amy+"
    result = chat.scrubber.redact("Dear Amy, see the screenshot", [Span(5, 8, Label.PERSON)])
    turn = chat.prepare(result, API_KEY, images=[ImageAttachment(noisy)])
    assert chat.send(turn, API_KEY).read() == "Echo: Dear Amy, see the screenshot"
    block = server.requests[0].json()["messages"][0]["content"][0]
    assert block["source"]["data"] == "QUJD+Amy+QUJDQUJ"
    # The same text outside an image is still caught.
    leaked = chat.scrubber.redact("QUJD+Amy+QUJD", [])
    with pytest.raises(LeakError):
        chat.prepare(leaked, API_KEY)


def test_a_redaction_from_another_vault_is_refused(server: FakeProviderServer) -> None:
    chat = conversation(server)
    elsewhere = Scrubber().scrub("我是王小明", use_model=False)
    with pytest.raises(LeakError, match="vault"):
        chat.prepare(elsewhere, API_KEY)
    assert server.requests == []


def test_a_stale_turn_is_not_sent(server: FakeProviderServer) -> None:
    chat = conversation(server)
    stale = chat.prepare(chat.scrub("first", use_model=False), API_KEY)
    chat.ask("second", API_KEY, use_model=False).read()
    with pytest.raises(InputError, match="prepare again"):
        chat.send(stale, API_KEY)
    assert len(server.requests) == 1


def test_review_added_redaction_is_what_gets_sent(server: FakeProviderServer) -> None:
    chat = conversation(server)
    text = "Project Falcon launches Monday"
    reviewed = chat.scrubber.redact(text, [Span(8, 14, Label.PERSON)])
    turn = chat.prepare(reviewed, API_KEY)
    assert chat.send(turn, API_KEY).read() == "Echo: " + text
    assert "Falcon" not in server.requests[0].raw.decode()


def test_own_key_pasted_in_the_text_does_not_block_its_header(server: FakeProviderServer) -> None:
    chat = conversation(server)
    result = chat.scrubber.redact(
        f"my key is {API_KEY}", [Span(10, 10 + len(API_KEY), Label.SECRET)]
    )
    chat.send(chat.prepare(result, API_KEY), API_KEY).read()
    request = server.requests[0]
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in request.body.decode()


def test_unknown_placeholders_in_the_answer_are_reported(server: FakeProviderServer) -> None:
    server.script.append(stream_reply("openai", ["Dear [PER", "SON_1] and [PERSON_9]"]))
    reply = conversation(server).ask("我是王小明", API_KEY, use_model=False)
    assert reply.read() == "Dear 王小明 and [PERSON_9]"
    assert reply.report.unknown == {"[PERSON_9]": 1}


def test_a_failed_stream_does_not_join_the_history(server: FakeProviderServer) -> None:
    server.script.append(stream_reply("openai", ["a", "b", "c", "d"], drop_after=3))
    chat = conversation(server)
    with pytest.raises(Exception, match="lost"):
        chat.ask(TEXT, API_KEY, use_model=False).read()
    assert chat.history == []


def test_checked_requests_come_only_from_prepare(server: FakeProviderServer) -> None:
    chat = conversation(server)
    turn = chat.prepare(chat.scrub("hello", use_model=False), API_KEY)
    assert isinstance(turn.checked, CheckedRequest)
    assert API_KEY not in repr(turn) and "hello" not in repr(turn)


class LocalModel:
    def __init__(self, needs_cloud: bool | Exception) -> None:
        self.decision = needs_cloud
        self.asked: list[str] = []

    def needs_cloud(self, text: str) -> bool:
        if isinstance(self.decision, Exception):
            raise self.decision
        return self.decision

    def answer(self, text: str) -> str:
        self.asked.append(text)
        return "本機回答：王小明你好"


def test_router_off_by_default_always_uses_the_cloud(server: FakeProviderServer) -> None:
    local = LocalModel(needs_cloud=False)
    chat = conversation(server, router=Router(local))
    chat.ask("hi", API_KEY, use_model=False).read()
    assert len(server.requests) == 1 and local.asked == []


def test_router_answers_locally_and_sends_nothing(server: FakeProviderServer) -> None:
    local = LocalModel(needs_cloud=False)
    chat = conversation(server, router=Router(local, enabled=True))
    reply = chat.ask("我是王小明，請問今天幾號？", API_KEY, use_model=False)
    assert reply.read() == "本機回答：王小明你好" and reply.local
    assert server.requests == []
    # The history keeps only redacted text, so a later cloud turn cannot leak the local answer.
    assert all("王小明" not in message.text for message in chat.history)


@pytest.mark.parametrize("decision", [True, RuntimeError("local model crashed")])
def test_router_falls_back_to_the_scrubbed_cloud_path(
    server: FakeProviderServer, decision: bool | Exception
) -> None:
    chat = conversation(server, router=Router(LocalModel(decision), enabled=True))
    assert chat.ask("我是王小明", API_KEY, use_model=False).read() == "Echo: 我是王小明"
    assert "王小明" not in server.requests[0].raw.decode()


def test_the_key_never_reaches_logs_or_output(
    server: FakeProviderServer,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    server.script.append(json_reply(429, {}, {"retry-after": "0"}))
    chat = conversation(server)
    chat.ask(TEXT, API_KEY, use_model=False).read()
    assert len(server.requests) == 2 and "retrying" in caplog.text
    out = capsys.readouterr()
    for text in (caplog.text, out.out, out.err, repr(chat), repr(chat.provider)):
        assert API_KEY not in text
        assert "王小明" not in text

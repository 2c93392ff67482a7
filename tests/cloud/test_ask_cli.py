"""`scrubdesk ask` end to end: stdin in, the fake provider on 127.0.0.1, the answer out."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from desktop import cli
from desktop.commands import ask
from desktop.engine import keystore
from desktop.engine.cloud.registry import provider_names
from desktop.engine.pipeline import Scrubber
from tests.cloud.fake_server import FakeProviderServer, json_reply, stream_reply
from tests.cloud.helpers import API_KEY, PROVIDERS, make_provider

TEXT = (
    "您好，我是陳美玲，帳號 012-345-678901，電話 (02)2345-6789。Please draft a reply to John Smith."
)


@pytest.fixture(autouse=True)
def wired(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never a real keychain in tests; the key comes from the environment."""
    monkeypatch.setattr(keystore, "find_secure_backend", lambda: None)
    monkeypatch.setenv("SCRUBDESK_API_KEY", API_KEY)


def run_ask(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FakeProviderServer,
    *args: str,
    provider: str = "openai",
    stdin: str = TEXT,
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    base = make_provider(provider, server.base_url)
    argv = ["ask", "--provider", provider, "--base-url", base_url_of(base), "--no-llm", *args]
    if provider == "openai-compatible" and "--model" not in args:
        argv += ["--model", "llama3"]
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def base_url_of(provider: object) -> str:
    return str(provider.base_url)  # type: ignore[attr-defined]


def found_values(text: str) -> list[str]:
    scrubber = Scrubber()
    scrubber.scrub(text, use_model=False)
    return list(scrubber.vault.values())


@pytest.mark.parametrize("name", PROVIDERS)
def test_ask_prints_the_restored_answer_and_sends_no_found_value(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    server: FakeProviderServer,
    name: str,
) -> None:
    code, out, err = run_ask(monkeypatch, capsys, server, provider=name)
    assert code == 0, err
    assert out == f"Echo: {TEXT}\n"
    assert "layers ran: pattern" in err
    values = found_values(TEXT)
    assert len(values) >= 3
    raw = server.all_bytes().decode("utf-8")
    assert all(value not in raw for value in values)
    assert API_KEY not in out + err


def test_provider_choices_match_the_registry() -> None:
    assert provider_names() == ask.PROVIDER_CHOICES


def test_401_is_one_line_on_stderr_and_nothing_on_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    server.script.append(json_reply(401, {"error": {"message": f"bad key {API_KEY}"}}))
    code, out, err = run_ask(monkeypatch, capsys, server, provider="anthropic")
    assert code == 1 and out == ""
    lines = [line for line in err.splitlines() if "error" in line]
    assert lines == ["scrubdesk: error: Anthropic rejected the API key (HTTP 401); check the key"]
    assert "Traceback" not in err and API_KEY not in err


def test_an_answer_cut_off_mid_stream_prints_nothing_that_looks_like_success(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    server.script.append(stream_reply("openai", ["Dear ", "[PERSON_1]", ", ..."], drop_after=4))
    code, out, err = run_ask(monkeypatch, capsys, server)
    assert code == 1 and out == ""
    assert err.splitlines()[-1].startswith("scrubdesk: error: the connection to OpenAI was lost")


def test_a_failing_detector_sends_zero_requests(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    def crash(self: Scrubber, text: str) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(Scrubber, "fast_spans", crash)
    code, out, err = run_ask(monkeypatch, capsys, server)
    assert code == 1 and out == "" and "nothing was sent" in err
    assert server.requests == []


def test_no_key_anywhere_is_a_plain_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    monkeypatch.delenv("SCRUBDESK_API_KEY")
    code, _, err = run_ask(monkeypatch, capsys, server, provider="gemini")
    assert code == 1 and "no API key for gemini" in err and server.requests == []


def test_the_key_comes_from_the_keychain_entry_of_the_provider(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    from tests.cloud.test_keystore import FakeKeychain

    monkeypatch.delenv("SCRUBDESK_API_KEY")
    chain = FakeKeychain()
    chain.saved[("scrubdesk", "anthropic")] = "sk-ant-from-keychain"
    monkeypatch.setattr(keystore, "find_secure_backend", lambda: chain)
    code, _, err = run_ask(monkeypatch, capsys, server, provider="anthropic")
    assert code == 0, err
    assert server.requests[0].headers["x-api-key"] == "sk-ant-from-keychain"


def test_a_local_server_needs_no_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    monkeypatch.delenv("SCRUBDESK_API_KEY")
    code, out, err = run_ask(monkeypatch, capsys, server, provider="openai-compatible")
    assert code == 0, err
    assert out == f"Echo: {TEXT}\n" and "authorization" not in server.requests[0].headers
    assert server.requests[0].json()["model"] == "llama3"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--provider", "openai-compatible", "--base-url", "http://127.0.0.1:9"], "--model"),
        (["--provider", "openai-compatible", "--model", "m"], "--base-url"),
        (["--provider", "openai", "--max-tokens", "0"], "--max-tokens"),
        (["--provider", "openai", "--base-url", "ftp://x"], "http"),
    ],
)
def test_bad_arguments_are_one_line_errors(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"hello")))
    code = cli.main(["ask", "--no-llm", *argv])
    err = capsys.readouterr().err
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1


def test_empty_input_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    code, out, err = run_ask(monkeypatch, capsys, server, stdin="  \n")
    assert code != 0 and out == "" and "empty" in err and server.requests == []


def test_unrestorable_placeholders_are_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    server.script.append(stream_reply("openai", ["Ask [PERSON_7] about it."]))
    code, out, err = run_ask(monkeypatch, capsys, server)
    assert code == 0 and out == "Ask [PERSON_7] about it.\n"
    assert "1 placeholder(s) in the answer could not be restored: [PERSON_7]" in err


WRAPPER = "import sys, desktop.cli as c\nsys.exit(c.main())\n"


def test_real_process_start_to_finish(server: FakeProviderServer, tmp_path: object) -> None:
    """A fresh interpreter, as a script would run it (the key only in the environment)."""
    import os

    env = {
        **os.environ,
        "SCRUBDESK_API_KEY": API_KEY,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    argv = [sys.executable, "-c", WRAPPER, "ask", "-", "--provider", "gemini"]
    argv += ["--base-url", server.base_url, "--no-llm", "--model", "gemini-2.5-flash"]
    result = subprocess.run(argv, input=TEXT.encode(), capture_output=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode() == f"Echo: {TEXT}\n"
    assert API_KEY.encode() not in result.stdout + result.stderr


def test_on_a_terminal_the_answer_streams_and_a_cut_ends_its_line(
    capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    from desktop.engine.cloud.errors import NetworkError
    from desktop.engine.send import Conversation

    server.script.append(stream_reply("openai", ["Dear ", "[PERSON_1]", ", ..."], drop_after=4))
    chat = Conversation(make_provider("openai", server.base_url), "m")
    reply = chat.ask("我是王小明", API_KEY, use_model=False)
    with pytest.raises(NetworkError):
        ask._print_reply(reply, stream=True)
    assert capsys.readouterr().out == "Dear 王小明, ...\n"  # streamed, then the line ends


def test_a_retry_is_announced_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], server: FakeProviderServer
) -> None:
    server.script.append(json_reply(503, {}, {"retry-after": "0"}))
    code, out, err = run_ask(monkeypatch, capsys, server, provider="gemini")
    assert code == 0 and out == f"Echo: {TEXT}\n"
    assert "trying again in 0.0 s" in err and len(server.requests) == 2

"""`scrubdesk ask` on a Big5 file in a real process: decoded, answered, and with
--keep-encoding written back in Big5; an answer character Big5 lacks is a one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.cloud.fake_server import FakeProviderServer, stream_reply
from tests.cloud.helpers import API_KEY

TEXT = "您好，我是陳美玲，電話 0912-345-678。請幫我回信。"
ENV = {"SCRUBDESK_API_KEY": API_KEY, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def ask(server: FakeProviderServer, path: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    argv = [sys.executable, "-m", "desktop.cli", "ask", str(path), "--provider", "gemini"]
    argv += ["--base-url", server.base_url, "--no-llm", "--model", "gemini-2.5-flash", *extra]
    return subprocess.run(argv, capture_output=True, timeout=60, env={**os.environ, **ENV})


def test_a_big5_file_is_asked_about_and_kept_in_big5(server, tmp_path) -> None:
    path = tmp_path / "mail.txt"
    path.write_bytes(TEXT.encode("cp950"))
    result = ask(server, path, "--keep-encoding")
    assert result.returncode == 0, result.stderr.decode()
    assert f"scrubdesk: read {path} as big5 (cp950)".encode() in result.stderr
    assert result.stdout.decode("cp950") == f"Echo: {TEXT}\n"
    assert "0912-345-678" not in server.all_bytes().decode("utf-8")


def test_an_answer_big5_cannot_hold_is_a_one_line_error(server, tmp_path) -> None:
    server.script.append(stream_reply("gemini", ["好的 ", "😀"]))
    path = tmp_path / "mail.txt"
    path.write_bytes(TEXT.encode("cp950"))
    result = ask(server, path, "--keep-encoding")
    assert result.returncode != 0
    err = result.stderr.decode("utf-8").strip().splitlines()
    assert err[-1].startswith("scrubdesk: error: ") and "big5 (cp950) cannot encode" in err[-1]
    assert result.stdout == b""

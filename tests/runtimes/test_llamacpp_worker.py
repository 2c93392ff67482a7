"""The llama.cpp runtime in its worker process, on a tiny random-weight Gemma 2 GGUF."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from desktop.engine.errors import Cancelled, ModelError
from desktop.engine.llm.schema import yes_no_schema
from desktop.engine.runtimes.base import GenerationRequest
from desktop.engine.runtimes.worker_client import WorkerTextModel

pytest.importorskip("llama_cpp")


@pytest.fixture
def tiny_model(tiny_gguf: Path):
    model = WorkerTextModel("llama.cpp", str(tiny_gguf), name="tiny", options={"n_ctx": 2048})
    yield model
    model.close()


def test_load_reports_the_device_and_layers(tiny_model: WorkerTextModel) -> None:
    device = tiny_model.device()
    assert device.runtime == "llama.cpp"
    assert device.backend == "cpu"  # this machine's build has no GPU backend
    assert device.layers_total == 3  # two blocks and the output layer, as llama.cpp counts
    assert device.layers_offloaded == 0
    assert tiny_model.worker_pid is not None and tiny_model.worker_pid != os.getpid()


def test_schema_constrains_the_output_of_a_random_model(tiny_model: WorkerTextModel) -> None:
    for prompt in ("Is there personal data here?", "另一個問題：有沒有個資？"):
        result = tiny_model.generate(
            GenerationRequest(prompt=prompt, schema=yes_no_schema(), max_tokens=40)
        )
        assert json.loads(result.text)["answer"] in ("yes", "no")
        assert result.finish_reason == "stop" and result.generated_tokens > 0


def test_the_prompt_prefix_is_evaluated_once(tiny_model: WorkerTextModel) -> None:
    prefix = "Fixed instructions that every scrub shares. " * 8
    first = tiny_model.generate(GenerationRequest(prompt=prefix + "text one", max_tokens=2))
    second = tiny_model.generate(GenerationRequest(prompt=prefix + "text two!", max_tokens=2))
    assert first.evaluated_tokens == first.prompt_tokens
    assert second.evaluated_tokens < second.prompt_tokens // 4
    again = tiny_model.generate(GenerationRequest(prompt=prefix + "text two!", max_tokens=2))
    assert again.evaluated_tokens == 1  # only the last token is re-run for fresh logits


def test_gemma_chat_template_rejects_a_system_role(tiny_gguf: Path) -> None:
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    from desktop.engine.models.gguf_check import read_gguf_info

    template = read_gguf_info(tiny_gguf).chat_template
    assert template is not None
    formatter = Jinja2ChatFormatter(template, eos_token="<eos>", bos_token="<bos>")
    with pytest.raises(Exception, match="System role not supported"):
        formatter(messages=[{"role": "system", "content": "x"}, {"role": "user", "content": "y"}])
    rendered = formatter(messages=[{"role": "user", "content": "instructions then text"}]).prompt
    assert rendered == (
        "<bos><start_of_turn>user\ninstructions then text<end_of_turn>\n<start_of_turn>model\n"
    )


# A long answer for the tests below: at least 600 characters by schema, and sampled, so that
# neither an end-of-text token nor the greedy loop stop can end it early.
LONG_SCHEMA = {"type": "string", "minLength": 600}


def test_cancel_ends_the_worker_and_the_next_request_starts_a_new_one(
    tiny_model: WorkerTextModel,
) -> None:
    tiny_model.device()
    first_pid = tiny_model.worker_pid
    started = time.monotonic()
    deadline = started + 0.3
    with pytest.raises(Cancelled):
        tiny_model.generate(
            GenerationRequest(
                prompt="go on forever", max_tokens=1900, temperature=1.0, schema=LONG_SCHEMA
            ),
            cancel=lambda: time.monotonic() > deadline,
        )
    assert time.monotonic() - started < 5
    assert tiny_model.worker_pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(first_pid, 0)  # the worker is gone, its memory returned
    result = tiny_model.generate(GenerationRequest(prompt="hi", max_tokens=2))
    assert result.generated_tokens >= 0 and tiny_model.restarts == 1


def test_a_native_crash_becomes_a_model_error(tiny_model: WorkerTextModel) -> None:
    tiny_model.device()
    pid = tiny_model.worker_pid
    assert pid is not None
    threading.Timer(0.2, os.kill, (pid, signal.SIGSEGV)).start()
    with pytest.raises(ModelError, match=r"crashed \(SIGSEGV\)"):
        tiny_model.generate(
            GenerationRequest(
                prompt="long answer", max_tokens=1900, temperature=1.0, schema=LONG_SCHEMA
            )
        )
    assert tiny_model.generate(GenerationRequest(prompt="hi", max_tokens=1)).prompt_tokens > 0


def test_a_hung_model_times_out(tiny_gguf: Path) -> None:
    model = WorkerTextModel("llama.cpp", str(tiny_gguf), name="tiny", request_timeout_s=0.2)
    try:
        model.device()
        with pytest.raises(ModelError, match="did not answer within"):
            model.generate(
                GenerationRequest(
                    prompt="long answer", max_tokens=1900, temperature=1.0, schema=LONG_SCHEMA
                )
            )
        assert model.worker_pid is None
    finally:
        model.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "truncated"),
        (b"<html>404 Not Found</html>", "not a GGUF"),
        (b"", "not a GGUF"),
    ],
)
def test_bad_files_give_a_clear_model_error(
    tiny_gguf: Path, tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "bad.gguf"
    path.write_bytes(tiny_gguf.read_bytes()[:5000] if content is None else content)
    model = WorkerTextModel("llama.cpp", str(path), name="bad")
    with pytest.raises(ModelError, match=message):
        model.device()
    assert model.worker_pid is None
    model.close()


def test_close_stops_the_worker(tiny_gguf: Path) -> None:
    model = WorkerTextModel("llama.cpp", str(tiny_gguf), name="tiny")
    model.device()
    pid = model.worker_pid
    model.close()
    assert model.worker_pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)

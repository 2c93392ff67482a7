from __future__ import annotations

import json

import pytest

from desktop.engine.errors import Cancelled, ModelError
from desktop.engine.llm.detector import LlmDetector
from desktop.engine.llm.prompt import DETECTOR_PREFIX, DETECTOR_SUFFIX
from desktop.engine.pipeline import Scrubber
from desktop.engine.types import Label, Source


def _chunk_of(prompt: str) -> str:
    assert prompt.startswith(DETECTOR_PREFIX) and prompt.endswith(DETECTOR_SUFFIX)
    return prompt[len(DETECTOR_PREFIX) : -len(DETECTOR_SUFFIX)]


def _names_in(chunk: str, names: list[str]) -> str:
    found = [{"text": n, "label": "PERSON"} for n in names if n in chunk]
    return json.dumps({"findings": found}, ensure_ascii=False)


def test_long_text_is_chunked_with_overlap_and_merged_without_duplicates(scripted) -> None:
    names = ["王小明", "Mary Chen", "陳大文"]
    filler = "今天天氣很好，我們去公園散步。" * 12
    text = f"{filler}王小明{filler}Mary Chen{filler}陳大文。"
    model = scripted(lambda prompt: _names_in(_chunk_of(prompt), names))
    detector = LlmDetector(model, chunk_chars=300, overlap_chars=60)
    spans = detector.detect_spans(text)
    chunks = [_chunk_of(r.prompt) for r in model.requests]
    assert len(chunks) >= 3
    assert all(chunk in text for chunk in chunks)  # every chunk is a slice of the text
    assert sorted(text[s.start : s.end] for s in spans) == sorted(names)
    assert all(s.source is Source.MODEL and s.label is Label.PERSON for s in spans)
    stats = detector.last_stats
    assert stats.chunks == len(chunks) and stats.items >= len(names)


def test_a_chunk_too_big_for_the_context_is_split_not_cut(scripted) -> None:
    from desktop.engine.runtimes.base import ContextOverflow

    names = ["王小明", "Mary Chen"]
    text = "開頭" + "很長的句子，" * 60 + "王小明" + "還有更多內容。" * 40 + "Mary Chen"

    def answer(prompt: str) -> str:
        chunk = _chunk_of(prompt)
        if len(chunk) > 250:
            raise ContextOverflow("the request needs 5000 tokens; the context holds 4096")
        return _names_in(chunk, names)

    model = scripted(answer)
    detector = LlmDetector(model, chunk_chars=1000, overlap_chars=100)
    spans = detector.detect_spans(text)
    assert sorted(text[s.start : s.end] for s in spans) == sorted(names)
    answered = [_chunk_of(r.prompt) for r in model.requests if len(_chunk_of(r.prompt)) <= 250]
    covered = set()
    for chunk in answered:
        start = text.index(chunk)
        covered.update(range(start, start + len(chunk)))
    assert covered == set(range(len(text)))  # every character was shown to the model


def test_invented_and_invalid_items_are_dropped_and_counted(scripted) -> None:
    answer = json.dumps(
        {
            "findings": [
                {"text": "Bob", "label": "PERSON"},
                {"text": "Ann Lee", "label": "NAME"},
                {"text": "x", "label": "HOBBY"},
            ]
        }
    )
    detector = LlmDetector(scripted([answer]))
    spans = detector.detect_spans("Ann Lee says hi.")
    assert [(s.start, s.end) for s in spans] == [(0, 7)]
    assert detector.last_stats.not_found == 1 and detector.last_stats.dropped_items == 1


def test_cancel_between_chunks(scripted) -> None:
    model = scripted(lambda prompt: '{"findings": []}')
    detector = LlmDetector(model, chunk_chars=100, overlap_chars=10)
    calls = {"n": 0}

    def cancel() -> bool:
        calls["n"] += 1
        return len(model.requests) >= 2

    with pytest.raises(Cancelled):
        detector.detect_spans("a sentence here. " * 40, cancel)
    assert len(model.requests) == 2


def test_empty_text_asks_nothing(scripted) -> None:
    model = scripted([])
    assert LlmDetector(model).detect_spans("   \n") == []
    assert model.requests == []


def test_pipeline_merges_model_spans_with_the_fast_layer(scripted) -> None:
    text = "Please ask 林志玲 to call 0912-345-678."
    answer = json.dumps(
        {
            "findings": [
                {"text": "林志玲", "label": "PERSON"},
                {"text": "0912-345-678", "label": "PHONE"},
            ]
        },
        ensure_ascii=False,
    )
    result = Scrubber(model=LlmDetector(scripted([answer]), name="model:test")).scrub(text)
    assert "林志玲" not in result.text and "0912-345-678" not in result.text
    assert result.layers == ("pattern", "model:test")
    phone = next(f for f in result.findings if f.span.label is Label.PHONE)
    assert phone.span.source is Source.PATTERN  # the checksum-backed pattern wins the tie


def test_a_failing_model_leaves_the_fast_result_standing(scripted) -> None:
    class Broken:
        name = "broken"

        def generate(self, request, cancel=None):
            raise ModelError("the model worker stopped: it crashed (SIGSEGV)")

        def device(self):  # pragma: no cover - not called
            raise AssertionError

        def close(self) -> None:
            pass

    result = Scrubber(model=LlmDetector(Broken(), name="model:broken")).scrub("call 0912-345-678")
    assert "0912-345-678" not in result.text
    assert result.layers == ("pattern",)
    assert result.skipped and "SIGSEGV" in result.skipped[0]

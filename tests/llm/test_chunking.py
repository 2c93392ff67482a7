from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.llm.chunking import chunk_text


def test_short_text_is_one_chunk() -> None:
    assert [(c.start, c.text) for c in chunk_text("hello", 100, 10)] == [(0, "hello")]


def test_chunks_break_after_separators() -> None:
    text = "第一句話。" * 40 + "\n" + "second line. " * 40
    chunks = chunk_text(text, 200, 40)
    assert len(chunks) > 2
    for chunk in chunks[:-1]:
        assert chunk.text[-1] in "。\n. " or chunk.text.endswith(". ")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab 。\n王小明0123")), max_size=900),
    max_chars=st.integers(min_value=20, max_value=300),
    data=st.data(),
)
def test_nothing_is_cut_and_short_values_lie_whole_in_a_chunk(
    text: str, max_chars: int, data: st.DataObject
) -> None:
    overlap = data.draw(st.integers(min_value=0, max_value=(max_chars - 1) // 2))
    chunks = chunk_text(text, max_chars, overlap)
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    for chunk in chunks:
        assert text[chunk.start : chunk.end] == chunk.text
        assert len(chunk.text) <= max_chars
    for before, after in itertools.pairwise(chunks):
        assert after.start <= before.end - overlap  # overlapping, never a gap
        assert after.start > before.start
    if overlap and text:
        start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
        end = min(len(text), start + data.draw(st.integers(min_value=1, max_value=overlap)))
        assert any(c.start <= start and end <= c.end for c in chunks)


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        chunk_text("abc", 10, 5)

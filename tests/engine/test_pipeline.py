"""The pipeline's own behaviour: layers, failure of the model layer, limits, stable vault."""

import pytest

from desktop.engine.errors import InputTooLarge
from desktop.engine.pipeline import MAX_TEXT_CHARS, Scrubber
from desktop.engine.policy import Policy
from desktop.engine.types import Label, Source, Span


class FindsWord:
    """A model layer for pipeline tests: returns spans of a fixed word wherever it occurs."""

    name = "model:test-word"

    def __init__(self, word: str, fail: bool = False) -> None:
        self.word, self.fail = word, fail

    def detect_spans(self, text, cancel=None):
        if self.fail:
            raise RuntimeError("worker died")
        spans, start = [], text.find(self.word)
        while start != -1:
            spans.append(Span(start, start + len(self.word), Label.PERSON, Source.MODEL, 0.8))
            start = text.find(self.word, start + 1)
        return spans


def test_model_layer_spans_are_merged_with_the_fast_layer() -> None:
    scrubber = Scrubber(detectors=(), model=FindsWord("Alice"))
    result = scrubber.scrub("Alice met Alice")
    assert result.text == "[PERSON_1] met [PERSON_1]"
    assert result.layers == ("pattern", "model:test-word")


def test_failing_model_layer_keeps_fast_result_and_says_why() -> None:
    policy = Policy.from_lists(always=[("Bob", Label.PERSON)])
    scrubber = Scrubber(detectors=(), policy=policy, model=FindsWord("Alice", fail=True))
    result = scrubber.scrub("Alice and Bob")
    assert result.text == "Alice and [PERSON_1]"
    assert result.layers == ("pattern",)
    assert result.skipped and "worker died" in result.skipped[0]


def test_no_llm_skips_the_model_layer() -> None:
    result = Scrubber(detectors=(), model=FindsWord("Alice")).scrub("Alice", use_model=False)
    assert result.text == "Alice" and result.layers == ("pattern",)


def test_never_list_applies_to_model_findings_too() -> None:
    scrubber = Scrubber(detectors=(), model=FindsWord("Alice"), policy=Policy(never=("alice",)))
    assert scrubber.scrub("Alice").text == "Alice"


def test_placeholders_are_stable_across_texts_of_one_conversation() -> None:
    scrubber = Scrubber(detectors=(), model=FindsWord("Alice"))
    first = scrubber.scrub("Alice")
    second = scrubber.scrub("again Alice")
    assert first.text == "[PERSON_1]" and second.text == "again [PERSON_1]"


def test_input_over_the_limit_is_refused() -> None:
    with pytest.raises(InputTooLarge):
        Scrubber(detectors=()).detect("x" * (MAX_TEXT_CHARS + 1))


def test_json_output_matches_the_cli_contract() -> None:
    scrubber = Scrubber(detectors=(), model=FindsWord("Alice"))
    data = scrubber.scrub("Hi Alice").to_json()
    assert data == {
        "text": "Hi [PERSON_1]",
        "findings": [
            {
                "start": 3,
                "end": 8,
                "label": "PERSON",
                "placeholder": "[PERSON_1]",
                "source": "model",
                "score": 0.8,
            }
        ],
    }


def test_refine_adds_the_model_layer_to_a_fast_detection() -> None:
    scrubber = Scrubber(detectors=(), model=FindsWord("Alice"))
    fast = scrubber.detect_fast("Alice")
    assert fast.spans == () and fast.layers == ("pattern",)
    refined = scrubber.refine("Alice", fast)
    assert refined.layers == ("pattern", "model:test-word") and len(refined.spans) == 1


def test_a_cancelled_refinement_keeps_the_fast_result() -> None:
    from desktop.engine.errors import Cancelled

    class Cancellable(FindsWord):
        def detect_spans(self, text, cancel=None):
            if cancel is not None and cancel():
                raise Cancelled("the local model layer was cancelled")
            return super().detect_spans(text, cancel)

    policy = Policy.from_lists(always=[("Bob", Label.PERSON)])
    scrubber = Scrubber(detectors=(), policy=policy, model=Cancellable("Alice"))
    fast = scrubber.detect_fast("Alice and Bob")
    refined = scrubber.refine("Alice and Bob", fast, cancel=lambda: True)
    assert refined.spans == fast.spans and refined.layers == ("pattern",)
    assert "cancelled" in refined.skipped[0]

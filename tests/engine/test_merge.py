import pytest

from desktop.engine.merge import merge_spans
from desktop.engine.types import Label, Source, Span


def test_disjoint_spans_are_kept_in_order() -> None:
    a = Span(10, 12, Label.EMAIL)
    b = Span(0, 3, Label.PERSON)
    assert merge_spans([a, b]) == [b, a]


def test_overlap_becomes_union_labelled_by_strongest() -> None:
    weak = Span(0, 10, Label.BANK_ACCOUNT, score=0.5)
    strong = Span(2, 18, Label.CREDIT_CARD, score=0.95)
    [merged] = merge_spans([weak, strong])
    assert (merged.start, merged.end, merged.label) == (0, 18, Label.CREDIT_CARD)


def test_chain_of_overlaps_collapses_into_one() -> None:
    spans = [
        Span(0, 5, Label.ADDRESS),
        Span(4, 9, Label.ADDRESS),
        Span(8, 12, Label.PHONE, score=0.2),
    ]
    [merged] = merge_spans(spans)
    assert (merged.start, merged.end, merged.label) == (0, 12, Label.ADDRESS)


def test_touching_spans_stay_separate() -> None:
    assert len(merge_spans([Span(0, 3, Label.PERSON), Span(3, 6, Label.PHONE)])) == 2


def test_user_source_wins_a_tie() -> None:
    model = Span(0, 4, Label.ADDRESS, Source.MODEL, 1.0)
    user = Span(0, 4, Label.PERSON, Source.USER, 1.0)
    assert merge_spans([model, user])[0].label == Label.PERSON


def test_invalid_span_is_rejected() -> None:
    with pytest.raises(ValueError):
        Span(5, 5, Label.PERSON)

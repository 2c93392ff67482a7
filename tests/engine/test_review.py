from desktop.engine.pipeline import Scrubber
from desktop.engine.review import Review
from desktop.engine.types import Label, Span

TEXT = "Alice pays Bob 5 dollars"


def review() -> Review:
    return Review(TEXT, [Span(0, 5, Label.PERSON), Span(11, 14, Label.PERSON)])


def test_unredacting_a_finding_keeps_its_value_in_the_outgoing_text() -> None:
    r = review()
    assert r.toggle(r.detected[1]) is False
    result = r.redact_with(Scrubber(detectors=()))
    assert result.text == "[PERSON_1] pays Bob 5 dollars"
    assert r.toggle(r.detected[1]) is True
    assert r.redact_with(Scrubber(detectors=())).text == "[PERSON_1] pays [PERSON_2] 5 dollars"


def test_adding_a_selection_trims_whitespace_and_redacts_it() -> None:
    r = review()
    span = r.add(14, 17, Label.BANK_ACCOUNT)
    assert span is not None and (span.start, span.end) == (15, 16)
    assert r.redact_with(Scrubber(detectors=())).text.endswith("[BANK_ACCOUNT_1] dollars")
    assert r.add(5, 6) is None  # a lone space is not a redaction


def test_removing_an_added_span_by_toggling() -> None:
    r = review()
    span = r.add(15, 16)
    assert span is not None
    assert r.toggle(span) is False
    assert r.span_at(15) is None


def test_disabling_a_label_and_counts() -> None:
    r = review()
    assert r.counts() == {Label.PERSON: 2}
    r.set_label_enabled(Label.PERSON, False)
    assert r.active_spans() == [] and r.counts() == {}
    r.set_label_enabled(Label.PERSON, True)
    assert r.is_active(r.detected[0])


def test_placeholders_stay_stable_across_reviews_of_one_conversation() -> None:
    scrubber = Scrubber(detectors=())
    first = review().redact_with(scrubber)
    second = Review("Bob again", [Span(0, 3, Label.PERSON)]).redact_with(scrubber)
    assert first.text.startswith("[PERSON_1] pays [PERSON_2]")
    assert second.text == "[PERSON_2] again"


def test_preview_matches_the_redaction_and_commits_nothing() -> None:
    scrubber = Scrubber(detectors=())
    r = review()
    preview = r.preview_with(scrubber)
    assert len(scrubber.vault) == 0
    r.toggle(r.detected[1])  # the user keeps "Bob" after seeing the preview
    sent = r.redact_with(scrubber)
    assert sent.text == "[PERSON_1] pays Bob 5 dollars"
    assert list(scrubber.vault.values()) == ["Alice"]
    assert preview.text == "[PERSON_1] pays [PERSON_2] 5 dollars"

from desktop.engine.pipeline import Scrubber
from desktop.engine.policy import AlwaysRedact, Policy
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span


def test_always_list_matches_case_and_width_insensitively() -> None:
    policy = Policy(always=(AlwaysRedact("Project Falcon", Label.SECRET),))
    doc = Document("status of project falcon and ＰＲＯＪＥＣＴ　ＦＡＬＣＯＮ")
    spans = policy.apply(doc, [])
    assert [(s.start, s.end, s.source) for s in spans] == [
        (10, 24, Source.USER),
        (29, 43, Source.USER),
    ]


def test_never_list_drops_matching_findings() -> None:
    doc = Document("contact Acme Support now")
    found = [Span(8, 20, Label.PERSON)]
    assert Policy(never=("acme support",)).apply(doc, found) == []


def test_disabled_labels_are_dropped() -> None:
    doc = Document("x")
    policy = Policy(disabled_labels=frozenset({Label.PHONE}))
    assert policy.apply(doc, [Span(0, 1, Label.PHONE)]) == []


def test_scrubber_applies_always_list_without_any_detector() -> None:
    scrubber = Scrubber(detectors=(), policy=Policy.from_lists(always=[("小明", Label.PERSON)]))
    result = scrubber.scrub("小明說小明很好", use_model=False)
    assert result.text == "[PERSON_1]說[PERSON_1]很好"

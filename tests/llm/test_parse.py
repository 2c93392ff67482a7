from __future__ import annotations

import json

from desktop.engine.llm.parse import parse_findings, parse_yes_no
from desktop.engine.llm.schema import MAX_VALUE_CHARS
from desktop.engine.types import Label


def test_object_root_is_read_and_labels_validated() -> None:
    raw = json.dumps(
        {
            "findings": [
                {"text": "王小明", "label": "PERSON"},
                {"text": "0912-345-678", "label": "phone_number"},  # synonym, any case
                {"text": "Acme Inc", "label": "COMPANY"},  # not a label: dropped
                {"text": "", "label": "EMAIL"},  # empty: dropped
                {"text": "x" * (MAX_VALUE_CHARS + 1), "label": "SECRET"},  # too long: dropped
                {"label": "PERSON"},  # no text: dropped
                "not an object",
            ]
        },
        ensure_ascii=False,
    )
    parsed = parse_findings(raw)
    assert [(f.text, f.label) for f in parsed.findings] == [
        ("王小明", Label.PERSON),
        ("0912-345-678", Label.PHONE),
    ]
    assert parsed.dropped == 5
    assert parsed.complete


def test_bare_array_code_fence_and_duplicates() -> None:
    raw = (
        '```json\n[{"text": "a@b.co", "label": "EMAIL"}, {"text": "a@b.co", "label": "EMAIL"}]\n```'
    )
    parsed = parse_findings(raw)
    assert [(f.text, f.label) for f in parsed.findings] == [("a@b.co", Label.EMAIL)]


def test_truncated_answer_keeps_complete_items() -> None:
    raw = '{"findings": [{"text": "Mary Chen", "label": "PERSON"}, {"text": "mary@exa'
    parsed = parse_findings(raw)
    assert [f.text for f in parsed.findings] == ["Mary Chen"]
    assert not parsed.complete


def test_garbage_gives_nothing() -> None:
    for raw in ("", "I cannot help with that.", "{", "[1, 2, 3]", '{"findings": "none"}'):
        assert parse_findings(raw).findings == ()


def test_yes_no() -> None:
    assert parse_yes_no('{"answer": "yes"}').answer is True
    assert parse_yes_no('{"answer":"no"}').answer is False
    assert parse_yes_no('{"answer": "No"}').raw_valid
    sloppy = parse_yes_no('Sure! {"answer": "yes", "why": ')
    assert sloppy.answer is True and not sloppy.raw_valid
    assert parse_yes_no("no, nothing personal").answer is False
    assert parse_yes_no('{"answer": "maybe"}').answer is None
    assert parse_yes_no("").answer is None

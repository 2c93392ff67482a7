from __future__ import annotations

from desktop.engine.llm.locate import MODEL_SCORE, locate_findings
from desktop.engine.llm.parse import RawFinding
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def _locate(text: str, *values: tuple[str, Label]) -> tuple[list[tuple[str, Label]], int, int]:
    result = locate_findings(Document(text), [RawFinding(v, label) for v, label in values])
    return (
        [(text[s.start : s.end], s.label) for s in result.spans],
        result.not_found,
        result.rejected,
    )


def test_verbatim_values_become_model_spans() -> None:
    text = "請聯絡王小明，電話0912-345-678。"
    found, missing, rejected = _locate(
        text, ("王小明", Label.PERSON), ("0912-345-678", Label.PHONE)
    )
    assert found == [("王小明", Label.PERSON), ("0912-345-678", Label.PHONE)]
    assert (missing, rejected) == (0, 0)
    spans = locate_findings(Document(text), [RawFinding("王小明", Label.PERSON)]).spans
    assert spans[0].source is Source.MODEL and spans[0].score == MODEL_SCORE


def test_values_not_in_the_text_are_dropped() -> None:
    text = "Call Mary at 0912345678."
    found, missing, _ = _locate(
        text,
        ("Mary Chen", Label.PERSON),  # invented surname
        ("0912-345-678", Label.PHONE),  # reformatted
        ("瑪莉", Label.PERSON),  # translated
    )
    assert found == [] and missing == 3


def test_full_width_forms_are_matched_on_the_folded_view() -> None:
    text = "電話：０９１２３４５６７８"
    found, _, _ = _locate(text, ("0912345678", Label.PHONE))
    assert found == [("０９１２３４５６７８", Label.PHONE)]


def test_every_occurrence_is_masked() -> None:
    text = "John Smith wrote; later John Smith called."
    found, _, _ = _locate(text, ("John Smith", Label.PERSON))
    assert found == [("John Smith", Label.PERSON)] * 2


def test_latin_values_respect_word_boundaries_but_cjk_do_not_need_them() -> None:
    text = "Johnson met John; 陳大文在台北。"
    found, missing, _ = _locate(text, ("John", Label.PERSON), ("陳大文", Label.PERSON))
    assert found == [("John", Label.PERSON), ("陳大文", Label.PERSON)]
    assert text.index("John;") == text.find("John", 1)
    only_inside, missing, _ = _locate("Johnson", ("John", Label.PERSON))
    assert only_inside == [] and missing == 1


def test_too_short_or_generic_values_are_rejected() -> None:
    _, _, rejected = _locate(
        "王 is here, room 12, code 123", ("王", Label.PERSON), ("12", Label.PHONE)
    )
    assert rejected == 2

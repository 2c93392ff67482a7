"""The scorer computes what its docstring claims, on documents built by hand."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bench.text.report import update_results
from bench.text.schema import BenchDoc, GoldSpan, NegativeSpan
from bench.text.scorer import f_beta, percentile, score

TEXT = "Call 王小明 at 0912 345 678, order #12345."
#       0123456 7 8 9...
NAME = GoldSpan(5, 8, "PERSON")
PHONE = GoldSpan(12, 24, "PHONE")
ORDER = NegativeSpan(32, 38, "order_number")


def _doc(
    doc_id: str = "d1",
    text: str = TEXT,
    spans=(NAME, PHONE),
    negs=(ORDER,),
    lang="en",
    genre="chat",
) -> BenchDoc:
    return BenchDoc(doc_id, "dev", lang, genre, "t", "none", text, tuple(spans), tuple(negs))


def test_text_offsets_in_the_example() -> None:
    assert TEXT[NAME.start : NAME.end] == "王小明"
    assert TEXT[PHONE.start : PHONE.end] == "0912 345 678"
    assert TEXT[ORDER.start : ORDER.end] == "#12345"


def test_span_counts_as_masked_when_only_whitespace_is_left_out() -> None:
    pieces = [(5, 8, "PERSON"), (12, 16, "PHONE"), (17, 20, "PHONE"), (21, 24, "PHONE")]
    result = score([_doc()], {"d1": pieces})
    assert result["spans_masked"] == {"value": 1.0, "hits": 2, "total": 2}
    assert result["char"]["precision"] == 1.0 and result["char"]["recall"] == 1.0


def test_one_unmasked_character_fails_the_span_but_labels_do_not_matter() -> None:
    result = score([_doc()], {"d1": [(5, 8, "OTHER:anything"), (12, 23, "PHONE")]})
    assert result["spans_masked"]["hits"] == 1
    assert result["spans_masked_by_label"]["PERSON"]["value"] == 1.0
    assert result["spans_masked_by_label"]["PHONE"]["value"] == 0.0
    # gold non-whitespace chars: 3 + 10; predicted covers 3 + 9 of them
    assert result["char"]["tp"] == 12 and result["char"]["fn"] == 1 and result["char"]["fp"] == 0


def test_character_precision_counts_extra_non_whitespace() -> None:
    # "Call 王小明" masks 4 extra letters and one space (the space is not counted)
    result = score([_doc()], {"d1": [(0, 8, "PERSON"), (12, 24, "PHONE")]})
    char = result["char"]
    assert (char["tp"], char["fp"], char["fn"]) == (13, 4, 0)
    assert char["precision"] == pytest.approx(13 / 17)
    assert char["f2"] == pytest.approx(f_beta(13 / 17, 1.0))


def test_hard_negative_hit_when_touched_by_one_character() -> None:
    result = score([_doc()], {"d1": [(37, 40, "PHONE")]})
    assert result["hard_negatives_hit"] == {"value": 1.0, "hits": 1, "total": 1}
    assert result["hard_negatives_hit_by_kind"]["order_number"]["hits"] == 1
    assert score([_doc()], {"d1": [(38, 40, "PHONE")]})["hard_negatives_hit"]["hits"] == 0


def test_falsely_masked_characters_per_thousand_on_pii_free_documents() -> None:
    free_a = _doc("a", "x" * 300, spans=(), negs=())
    free_b = _doc("b", "y" * 200, spans=(), negs=())
    with_pii = _doc("c")
    preds = {"a": [(0, 5, "PERSON")], "b": [], "c": [(0, 30, "PERSON")]}
    result = score([free_a, free_b, with_pii], preds)
    assert result["pii_free"] == {"masked_chars": 5, "chars": 500, "per_1000": 10.0}


def test_breakdowns_by_language_and_missing_predictions() -> None:
    zh = _doc("zh1", lang="zh")
    result = score([_doc(), zh], {"d1": [(5, 8, "PERSON"), (12, 24, "PHONE")]})
    assert result["missing_predictions"] == 1
    assert result["spans_masked_by_lang"]["en"]["value"] == 1.0
    assert result["spans_masked_by_lang"]["zh"]["value"] == 0.0
    assert result["spans_masked"]["value"] == 0.5


def test_latency_and_throughput() -> None:
    long_doc = _doc("long1", "z" * 2000, spans=(), negs=(), genre="long")
    docs = [_doc("a"), _doc("b"), long_doc]
    seconds = {"a": 0.001, "b": 0.003, "long1": 0.010}
    lat = score(docs, {}, seconds)["latency"]
    assert lat["p50_ms"] == pytest.approx(3.0)
    assert lat["long_p95_ms"] == pytest.approx(10.0)
    assert lat["chars_per_s"] == pytest.approx((2 * len(TEXT) + 2000) / 0.014)
    assert lat["docs_per_s"] == pytest.approx(3 / 0.014)


def test_percentile_interpolates_like_numpy() -> None:
    assert percentile([1, 2, 3, 4], 0.5) == 2.5
    assert percentile([4, 1, 3, 2], 0.95) == pytest.approx(3.85)
    assert math.isnan(percentile([], 0.5))


def test_f2_weights_recall() -> None:
    assert f_beta(0.5, 1.0) == pytest.approx(2.5 / 3)
    assert f_beta(1.0, 0.5) == pytest.approx(2.5 / 4.5)  # (1+4)PR / (4P+R)


def test_results_section_is_replaced_not_duplicated(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text("# Results\n\nintro stays\n", encoding="utf-8")
    update_results(path, "dev", "first run")
    update_results(path, "test", "test run")
    update_results(path, "dev", "second run")
    text = path.read_text(encoding="utf-8")
    assert "intro stays" in text and "test run" in text and "second run" in text
    assert "first run" not in text
    assert text.count("<!-- text-bench:dev:begin -->") == 1


def test_report_marks_targets_only_for_scrubdesk_and_needs_the_reference_for_speed() -> None:
    from bench.text.report import render

    docs = [_doc("a"), _doc("long1", "z" * 2000, spans=(), negs=(), genre="long")]
    meta = {"peak_rss_mb": 30.0, "load_s": 0.1}
    good = score(docs, {"a": [(5, 8, "PERSON"), (12, 24, "PHONE")]}, {"a": 0.001, "long1": 0.002})
    slow = score(docs, {"a": []}, {"a": 0.1, "long1": 0.2})
    run = {"date": "d", "command": "c", "dataset": "x", "commit": "abc", "wall_s": 1.0,
           "versions": "v"}  # fmt: skip
    machine = {"cpu": "cpu", "cores": "2", "ram": "1 GiB", "os": "os", "python": "3.11"}
    alone = render("dev", {"scrubdesk": {"scores": good, "meta": meta}}, None, machine, run)
    assert "(n/a×) |" in alone  # no Presidio + spaCy run: throughput target not judged
    both = render(
        "dev",
        {
            "scrubdesk": {"scores": good, "meta": meta},
            "presidio-spacy": {"scores": slow, "meta": meta},
        },
        None,
        machine,
        run,
    )
    assert "(100.0×) ✅" in both
    rows = {line.split(" | ")[0]: line for line in both.splitlines() if line.startswith("| ")}
    assert "✅" in rows["| … en documents"] and "❌" in rows["| … zh documents"]  # no zh docs: fail
    assert rows["| Hard negatives hit"].endswith("| 0.0% ✅ | 0.0% |")

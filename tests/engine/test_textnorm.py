from hypothesis import given
from hypothesis import strategies as st

from desktop.engine.textnorm import FOLDING, Document, normalize


def test_fullwidth_digits_letters_and_punctuation_fold_to_ascii() -> None:
    assert normalize("０９１２－３４５－６７８") == "0912-345-678"
    assert normalize("Ａ１２３４５６７８９") == "A123456789"
    assert normalize("ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ") == "wang@example.com"
    assert normalize("（０２）２３４５") == "(02)2345"
    assert normalize("a\u3000b") == "a b"


def test_ideographic_full_stop_and_cjk_are_kept() -> None:
    assert normalize("電話0912345678。") == "電話0912345678。"


@given(st.text())
def test_normalize_preserves_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


@given(st.text())
def test_document_views_have_the_original_length(text: str) -> None:
    doc = Document(text)
    assert len(doc.norm) == len(text)
    assert len(doc.lower) == len(text)


def test_lower_view_keeps_length_for_characters_that_expand() -> None:
    doc = Document("İstanbul ID")
    assert len(doc.lower) == len(doc.text)
    assert doc.lower.endswith("id")


@given(st.text(st.characters(categories=("L", "N", "P", "S", "Z", "Cs"))))
def test_fast_path_equals_a_plain_translate(text: str) -> None:
    assert normalize(text) == text.translate(dict(FOLDING))

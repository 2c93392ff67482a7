"""The text benchmark generator: deterministic, honest gold, templates split by template."""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata

import pytest

from bench.text.checksums import iban_is_valid, luhn_is_valid, tw_id_is_valid, tw_tax_id_is_valid
from bench.text.fill import fill, fullwidth_variant, slot_names
from bench.text.generate import LONG_BYTES, generate, make_context
from bench.text.piece import Mark, Piece
from bench.text.slots import SLOTS
from bench.text.templates import (
    GENRES,
    LANGS,
    all_templates,
    core_templates,
    dev_only_templates,
    templates_for,
)


def _dump(docs: list) -> str:
    return "\n".join(json.dumps(d.to_json(), ensure_ascii=False) for d in docs)


@pytest.fixture(scope="module")
def dev_docs() -> list:
    return generate("dev", n_docs=600, n_long=6, seed=7)


@pytest.fixture(scope="module")
def test_docs() -> list:
    return generate("test", n_docs=600, n_long=6, seed=7)


def test_same_seed_gives_identical_documents() -> None:
    assert _dump(generate("dev", 80, 2, seed=3)) == _dump(generate("dev", 80, 2, seed=3))


def test_other_seed_or_split_gives_other_documents() -> None:
    base = _dump(generate("dev", 80, 2, seed=3))
    assert base != _dump(generate("dev", 80, 2, seed=4))
    assert base != _dump(generate("test", 80, 2, seed=3))


def test_every_language_and_genre_has_templates_in_both_splits() -> None:
    for split in ("dev", "test"):
        groups = {(t.lang, t.genre) for t in templates_for(split)}
        assert groups == {(lang, genre) for lang in LANGS for genre in GENRES}


def test_splits_share_no_template_text() -> None:
    dev = {t.text for t in templates_for("dev")}
    test = {t.text for t in templates_for("test")}
    assert not dev & test
    core_dev = [t for t in core_templates() if t.split == "dev"]
    assert 0.4 < len(core_dev) / len(core_templates()) < 0.6
    assert all(t.split == "dev" for t in dev_only_templates())


def test_documents_only_use_their_split_templates(dev_docs: list, test_docs: list) -> None:
    dev_ids = {t.id for t in templates_for("dev")}
    for doc in dev_docs:
        assert set(doc.template.split("+")) <= dev_ids
    for doc in test_docs:
        assert not set(doc.template.split("+")) & dev_ids


def test_templates_use_known_slots_and_leave_no_syntax_behind() -> None:
    ctx = make_context(1, "dev")
    for template in all_templates():
        assert set(slot_names(template.text)) <= set(SLOTS), template.id
        text = fill(template.text, ctx).text
        # Config files may hold braces of their own (`${{ secrets.X }}`, `{'a': {}}`): look for
        # what is left of the template syntax itself, a slot or a choice.
        assert not re.search(r"\{\{[A-Z0-9_@]+\}\}|\(\([^()]*\|[^()]*\)\)", text), template.id


def test_reused_slot_has_the_same_value_twice() -> None:
    piece = fill("{{NAME_ZH@a}} 和 {{NAME_ZH@a}} 與 {{NAME_ZH}}", make_context(5, "dev"))
    first, second, third = (piece.text[m.start : m.end] for m in piece.marks)
    assert first == second
    assert len(piece.marks) == 3 and third


def test_fullwidth_keeps_offsets() -> None:
    piece = Piece("tel 0912-345-678!", (Mark(4, 16, label="PHONE"),))
    all_wide = fullwidth_variant(piece, "all")
    only_pii = fullwidth_variant(piece, "pii")
    assert len(all_wide.text) == len(piece.text) == len(only_pii.text)
    assert all_wide.text == "ｔｅｌ ０９１２－３４５－６７８！"
    assert only_pii.text == "tel ０９１２－３４５－６７８!"
    assert unicodedata.normalize("NFKC", all_wide.text) == piece.text


def test_gold_spans_are_trimmed_and_never_overlap_negatives(dev_docs: list) -> None:
    for doc in dev_docs:
        for span in doc.spans:
            value = doc.text[span.start : span.end]
            assert value and value == value.strip(), doc.id
        for neg in doc.negatives:
            assert not any(s.start < neg.end and neg.start < s.end for s in doc.spans), doc.id


def _ascii(value: str) -> str:
    return unicodedata.normalize("NFKC", value)


def test_structured_gold_values_are_valid(dev_docs: list, test_docs: list) -> None:
    import phonenumbers

    seen = set()
    for doc in dev_docs + test_docs:
        for span in doc.spans:
            value = _ascii(doc.text[span.start : span.end])
            seen.add(span.label)
            if span.label == "TW_NATIONAL_ID":
                assert tw_id_is_valid(value), value
            elif span.label == "CREDIT_CARD":
                assert luhn_is_valid(value) and 13 <= sum(c.isdigit() for c in value) <= 19
            elif span.label == "IBAN":
                assert iban_is_valid(value), value
            elif span.label == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif span.label == "EMAIL":
                assert value.count("@") == 1
            elif span.label == "PHONE":
                core = value
                for ext in (" 分機", "分機", " #", "#", " ext", " 轉", " x"):
                    core = core.split(ext)[0]
                region = "US" if core[0] in "(2345678" and "(0" not in core else "TW"
                assert phonenumbers.is_valid_number(phonenumbers.parse(core, region)), value
    assert {"PERSON", "ADDRESS", "PASSPORT", "DATE_OF_BIRTH", "SECRET", "BANK_ACCOUNT"} <= seen


def test_hard_negatives_are_not_valid_pii(dev_docs: list, test_docs: list) -> None:
    for doc in dev_docs + test_docs:
        for neg in doc.negatives:
            value = _ascii(doc.text[neg.start : neg.end])
            if neg.kind == "bad_checksum_id":
                assert not tw_id_is_valid(value)
            if neg.kind == "company_tax_id":
                assert tw_tax_id_is_valid(value)
            digits = "".join(c for c in value if c.isdigit())
            if neg.kind in ("order_number", "tracking_number") and digits == value.replace("-", ""):
                assert not (13 <= len(digits) <= 19 and luhn_is_valid(digits)), value


def test_mix_of_documents(dev_docs: list) -> None:
    langs = {d.lang for d in dev_docs}
    assert langs == set(LANGS)
    assert any(d.pii_free for d in dev_docs)
    assert {d.fullwidth for d in dev_docs} == {"none", "pii", "all"}
    long_docs = [d for d in dev_docs if d.is_long]
    assert len(long_docs) == 6
    for doc in long_docs:
        assert LONG_BYTES[0] <= len(doc.text.encode("utf-8")) <= LONG_BYTES[1]


def test_invoice_numbers_never_pass_the_id_checksum(dev_docs: list) -> None:
    values = [
        _ascii(d.text[n.start : n.end]).replace("-", "").replace(" ", "")
        for d in dev_docs
        for n in d.negatives
        if n.kind == "invoice_number"
    ]
    assert values and not any(tw_id_is_valid(v) for v in values)


def _faker_zh_names() -> tuple[set[str], set[str]]:
    from faker.providers.person.zh_TW import Provider

    return set(Provider.last_names), set(Provider.first_names)


def test_only_the_test_split_has_names_outside_faker(dev_docs: list, test_docs: list) -> None:
    surnames, given = _faker_zh_names()

    def outside_faker(docs: list) -> int:
        count = 0
        for doc in docs:
            for span in doc.spans:
                name = doc.text[span.start : span.end]
                if span.label == "PERSON" and all("\u4e00" <= c <= "\u9fff" for c in name):
                    count += not any(name[k:] in given and name[:k] in surnames for k in (1, 2))
        return count

    # dev's core templates: compound surnames aside, every Chinese name is Faker's (the dev-only
    # material added later brings its own name sources on purpose)
    core_ids = {t.id for t in core_templates()}
    core_dev = [d for d in dev_docs if set(d.template.split("+")) <= core_ids]
    assert outside_faker(core_dev) <= 0.07 * sum(
        1 for d in core_dev for s in d.spans if s.label == "PERSON"
    )
    assert outside_faker(test_docs) > 2 * outside_faker(core_dev)

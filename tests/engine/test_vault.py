"""The vault: stable placeholders, look-alike reservation and look-alike escapes."""

import pytest

from desktop.engine.leakcheck import find_leaks
from desktop.engine.restore import restore
from desktop.engine.types import Label, Span
from desktop.engine.vault import (
    LOOKALIKE_DETECTOR,
    Vault,
    find_lookalike_cores,
    format_placeholder,
)


def spans_of(text: str, *words: str, label: Label = Label.PERSON) -> list[Span]:
    """Spans over the first occurrence of each word (the words must occur in the text)."""
    return [Span(text.index(w), text.index(w) + len(w), label) for w in words]


def test_same_value_same_placeholder_within_and_across_texts() -> None:
    vault = Vault()
    text = "Alice met Bob and Alice"
    spans = [Span(0, 5, Label.PERSON), Span(10, 13, Label.PERSON), Span(18, 23, Label.PERSON)]
    assert vault.redact(text, spans).text == "[PERSON_1] met [PERSON_2] and [PERSON_1]"
    later = vault.redact("Bob, then Carol", spans_of("Bob, then Carol", "Bob", "Carol"))
    assert later.text == "[PERSON_2], then [PERSON_3]"
    assert vault.value_of("[PERSON_3]") == "Carol"
    assert vault.label_of("[PERSON_3]") is Label.PERSON


def test_labels_are_numbered_independently() -> None:
    vault = Vault()
    assert vault.placeholder_for("a@b.example", Label.EMAIL) == "[EMAIL_1]"
    assert vault.placeholder_for("Alice", Label.PERSON) == "[PERSON_1]"
    assert vault.placeholder_for("A123456789", Label.TW_NATIONAL_ID) == "[TW_NATIONAL_ID_1]"


def test_a_value_keeps_its_first_placeholder_even_under_another_label() -> None:
    vault = Vault()
    first = vault.placeholder_for("0912345678", Label.PHONE)
    assert vault.placeholder_for("0912345678", Label.BANK_ACCOUNT) == first


def test_no_placeholder_is_a_prefix_of_another() -> None:
    vault = Vault()
    for i in range(120):
        vault.placeholder_for(f"name {i}", Label.PERSON)
    issued = list(vault.placeholders())
    assert len(set(issued)) == 120
    for a in issued:
        for b in issued:
            assert a == b or not b.startswith(a)
    # and restore never reads [PERSON_1] inside [PERSON_12] or PERSON_12
    assert restore("[PERSON_12] PERSON_12", vault).text == "name 11 name 11"


LOOKALIKE_FORMS = [
    "[PERSON_1]",
    "person_1",
    "Person_1",
    "[[PERSON_1]]",
    "[person_1",
    "PERSON_1]",
    "[ PERSON_1 ]",
    "[PERSON 1]",
    "PERSON\\_1",
    "\\[PERSON_1\\]",
    "\\u005bPERSON_1\\u005d",
    "&#91;PERSON_1&#93;",
    "&#x5B;person_1&#x5D;",
    "&lbrack;PERSON_1&rsqb;",
    "［ＰＥＲＳＯＮ＿１］",
    "ＰＥＲＳＯＮ＿１",
    "MY_PERSON_1X",
    "PERSON_1\u3000",
]


@pytest.mark.parametrize("form", LOOKALIKE_FORMS)
def test_lookalikes_in_the_input_are_never_issued(form: str) -> None:
    vault = Vault()
    text = f"Alice wrote {form} here"
    redaction = vault.redact(text, spans_of(text, "Alice"))
    assert redaction.findings[0].placeholder == "[PERSON_2]"
    assert vault.is_reserved("PERSON", 1)
    assert restore(redaction.text, vault).text == text


def test_lookalike_that_becomes_a_form_next_to_a_placeholder_is_reserved() -> None:
    vault = Vault()
    text = "AlicePERSON_1"  # not a form here; after redaction "]PERSON_1" is one
    redaction = vault.redact(text, [Span(0, 5, Label.PERSON)])
    assert redaction.text == "[PERSON_2]PERSON_1"
    result = restore(redaction.text, vault)
    assert result.text == text
    assert result.report.lookalikes == {"[PERSON_1]": 1}


def test_lookalikes_of_long_labels_with_any_separator_are_reserved() -> None:
    vault = Vault()
    text = "A123456789 vs [tw national id 1] and TW\\_NATIONAL\\_ID\\_2 and ip_address_3"
    redaction = vault.redact(text, [Span(0, 10, Label.TW_NATIONAL_ID)])
    assert redaction.findings[0].placeholder == "[TW_NATIONAL_ID_3]"
    assert vault.is_reserved("IP_ADDRESS", 3) and vault.is_reserved("ADDRESS", 3)
    assert restore(redaction.text, vault).text == text


def test_lookalike_cores_overlap_and_carry_offsets() -> None:
    cores = find_lookalike_cores("x IP_ADDRESS_12 y")
    assert [(c.start, c.end, c.label, c.number) for c in cores] == [
        (2, 15, "IP_ADDRESS", 12),
        (5, 15, "ADDRESS", 12),
    ]


def test_lookalike_of_an_already_issued_placeholder_is_escaped() -> None:
    vault = Vault()
    vault.redact("Alice", [Span(0, 5, Label.PERSON)])
    text = "Bob asked what [PERSON_1] and person_1 mean"
    redaction = vault.redact(text, spans_of(text, "Bob"))
    # the user's own "[PERSON_1]" must not reach the cloud meaning Alice
    assert "PERSON_1" not in redaction.text.replace("[PERSON_1]", "")
    assert "[PERSON_1]" not in redaction.text
    escapes = [f for f in redaction.findings if f.span.detector == LOOKALIKE_DETECTOR]
    assert len(escapes) == 2
    assert all(vault.is_lookalike_escape(f.placeholder) for f in escapes)
    assert restore(redaction.text, vault).text == text
    # escapes are not personal data: the leak check ignores them
    assert find_leaks(redaction.text, vault) == []


def test_escape_inside_brackets_keeps_the_brackets_literal() -> None:
    vault = Vault()
    vault.placeholder_for("Alice", Label.PERSON)
    text = "see [[person_1]] and PERSON_1's note"
    redaction = vault.redact(text, [])
    assert restore(redaction.text, vault).text == text
    assert restore(redaction.text, vault).report.restored_count == 2


def test_vault_repr_and_errors_never_show_values() -> None:
    vault = Vault()
    vault.placeholder_for("Secret Person", Label.PERSON)
    assert "Secret" not in repr(vault)
    with pytest.raises(ValueError) as overlap:
        vault.redact("Secret Person", [Span(0, 6, Label.PERSON), Span(3, 13, Label.PERSON)])
    assert "Secret" not in str(overlap.value)
    with pytest.raises(ValueError):
        vault.redact("short", [Span(0, 9, Label.PERSON)])
    with pytest.raises(ValueError):
        vault.placeholder_for("", Label.PERSON)


def test_sensitive_items_leave_out_escapes() -> None:
    vault = Vault()
    vault.placeholder_for("Alice", Label.PERSON)
    vault.redact("literal [PERSON_1]", [])
    assert len(vault) == 2
    assert [(p, str(label), v) for p, label, v in vault.sensitive_items()] == [
        ("[PERSON_1]", "PERSON", "Alice")
    ]


def test_format_placeholder() -> None:
    assert format_placeholder(Label.DATE_OF_BIRTH, 7) == "[DATE_OF_BIRTH_7]"

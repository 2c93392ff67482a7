"""restore(): exact and tolerant forms, boundaries, escaping, one pass, the report."""

import html
import json

import pytest

from desktop.engine.restore import restore
from desktop.engine.types import Label
from desktop.engine.vault import Vault


@pytest.fixture
def vault() -> Vault:
    vault = Vault()
    for name in ("Alice", "Bob", "Carol"):
        vault.placeholder_for(name, Label.PERSON)
    vault.placeholder_for("alice@example.com", Label.EMAIL)
    vault.placeholder_for("A123456789", Label.TW_NATIONAL_ID)
    return vault


TOLERANT_FORMS = [
    "[person_1]",
    "[Person_1]",
    "[pErSoN_1]",
    "[[person_1]]",
    "PERSON_1",
    "person_1",
    "[PERSON_1",
    "PERSON_1]",
    "[ PERSON_1 ]",
    "[  PERSON_1  ]",
    "[PERSON 1]",
    "[[ Person 1 ]]",
    "PERSON\\_1",
    "\\[PERSON_1\\]",
    "\\u005bPERSON_1\\u005d",
    "\\u005BPERSON_1\\u005D",
    "&#91;PERSON_1&#93;",
    "&#x5b;PERSON_1&#x5d;",
    "&lbrack;PERSON_1&rsqb;",
    "&lsqb;PERSON_1&rbrack;",
    "［PERSON_1］",
    "［ＰＥＲＳＯＮ＿１］",
]


@pytest.mark.parametrize("form", TOLERANT_FORMS)
def test_tolerant_forms_restore(vault: Vault, form: str) -> None:
    result = restore(f"Hi {form}, and 你好{form}。", vault)
    assert result.text == "Hi Alice, and 你好Alice。"
    assert result.report.restored == {"[PERSON_1]": 2}
    assert result.report.tolerant == {"[PERSON_1]": 2}
    assert result.report.complete


def test_exact_placeholders_and_long_labels(vault: Vault) -> None:
    text = "[PERSON_2] <[EMAIL_1]> ID [TW_NATIONAL_ID_1], [tw national id 1], TW_NATIONAL_ID_1."
    result = restore(text, vault)
    assert result.text == ("Bob <alice@example.com> ID A123456789, A123456789, A123456789.")
    assert result.report.restored == {"[PERSON_2]": 1, "[EMAIL_1]": 1, "[TW_NATIONAL_ID_1]": 3}
    assert result.report.tolerant == {"[TW_NATIONAL_ID_1]": 2}


@pytest.mark.parametrize(
    "text",
    [
        "PERSON_12",  # a longer number is another placeholder
        "MY_PERSON_1X",
        "MY_PERSON_1",
        "foo_PERSON_1",
        "PERSON_1x",
        "PERSON_1_name",
        "XPERSON_1",
        "[PERSON_01]",
        "[PERSON_0]",
        "PERSON-1",
        "person 1",  # a space is accepted only inside brackets
        "[PERSON]",
        "[FOO_1]",
    ],
)
def test_non_placeholders_are_left_alone(vault: Vault, text: str) -> None:
    result = restore(text, vault)
    assert result.text == text
    assert "[PERSON_1]" not in result.report.restored


def test_exact_wins_over_doubled_brackets(vault: Vault) -> None:
    # "[[PERSON_1]]" is what redact() makes of "[Alice]", so it restores to "[Alice]".
    assert restore("[[PERSON_1]]", vault).text == "[Alice]"
    assert restore("[[person_1]]", vault).text == "Alice"


def test_unknown_placeholders_are_reported_and_kept(vault: Vault) -> None:
    result = restore("[PERSON_9] and person_7 and [PERSON_1]", vault)
    assert result.text == "[PERSON_9] and person_7 and Alice"
    assert result.report.unknown == {"[PERSON_9]": 1, "[PERSON_7]": 1}
    assert not result.report.complete


def test_lookalikes_from_the_users_text_are_reported_apart(vault: Vault) -> None:
    vault.reserve_lookalikes("my variable person_8")
    result = restore("use person_8 here", vault)
    assert result.text == "use person_8 here"
    assert result.report.lookalikes == {"[PERSON_8]": 1}
    assert result.report.complete


def test_one_pass_never_rescans_restored_values() -> None:
    vault = Vault()
    vault.placeholder_for("see [PERSON_2] & PERSON_2", Label.PERSON)
    vault.placeholder_for("Bob", Label.PERSON)
    result = restore("[PERSON_1]", vault)
    assert result.text == "see [PERSON_2] & PERSON_2"
    assert result.report.restored == {"[PERSON_1]": 1}


def test_json_escaped_form_gets_a_json_escaped_value() -> None:
    vault = Vault()
    vault.placeholder_for('Ann "the \\ boss"\n王', Label.PERSON)
    answer = '{"name": "\\u005bPERSON_1\\u005d", "plain": "x"}'
    restored = restore(answer, vault).text
    assert json.loads(restored)["name"] == 'Ann "the \\ boss"\n王'


def test_html_escaped_form_gets_an_html_escaped_value() -> None:
    vault = Vault()
    vault.placeholder_for("<b>Tom & Jerry</b>", Label.PERSON)
    restored = restore("<p>&#91;PERSON_1&#93;</p>", vault).text
    assert restored == "<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>"
    assert html.unescape(restored) == "<p><b>Tom & Jerry</b></p>"


def test_plain_forms_get_the_raw_value() -> None:
    vault = Vault()
    vault.placeholder_for('<i>"x"</i>', Label.PERSON)
    assert restore("[PERSON_1] / [person_1]", vault).text == '<i>"x"</i> / <i>"x"</i>'


def test_boundaries_around_bare_forms(vault: Vault) -> None:
    text = "聯絡PERSON_1先生, (PERSON_2), PERSON_3's, \\nPERSON_1, @PERSON_2."
    assert restore(text, vault).text == "聯絡Alice先生, (Bob), Carol's, \\nAlice, @Bob."


def test_report_never_contains_values(vault: Vault) -> None:
    result = restore("[PERSON_1] [person_2] [PERSON_9] Carol", vault)
    shown = repr(result.report) + str(result.report)
    for value in ("Alice", "Bob", "Carol"):
        assert value not in shown


def test_empty_and_plain_texts(vault: Vault) -> None:
    assert restore("", vault).text == ""
    plain = "No placeholders here: 電話 0912-345-678 [link](http://x) & more"
    result = restore(plain, vault)
    assert result.text == plain and result.report.restored_count == 0

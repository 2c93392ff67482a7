"""StreamingRestorer: any chunking gives restore(full text); only a short tail waits."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.restore import StreamingRestorer, restore
from desktop.engine.restore_grammar import exact_patterns, tolerant_patterns
from desktop.engine.types import Label
from desktop.engine.vault import Vault


def make_vault() -> Vault:
    vault = Vault()
    for name in ("Alice", "Bob [PERSON_1]", "Carol"):
        vault.placeholder_for(name, Label.PERSON)
    vault.placeholder_for('a"b@example.com', Label.EMAIL)
    vault.placeholder_for("A123456789", Label.TW_NATIONAL_ID)
    vault.reserve_lookalikes("person_7")
    return vault


VAULT = make_vault()
MAX_TAIL = max(tolerant_patterns().max_len, exact_patterns().max_len)

# Pieces that build every form (and many near misses) when strung together at random.
PIECES = [
    "[", "]", "[[", "]]", "PERSON", "person", "Person", "_", "\\_", " ", "  ", "1", "2", "3",
    "7", "12", "0", "x", "X", "\\", "\\u005b", "\\u005d", "\\u005", "&#91;", "&#93;", "&#x5b;",
    "&lbrack;", "&rsqb;", "&", "#", ";", "TW", "NATIONAL", "ID", "_ID", "EMAIL", "email", "n",
    "\\n", "王", "。", "［", "］", "＿", "１", "[PERSON_1]", "PERSON_2", "[EMAIL_1]", "😀",
    "\ud800",
]  # fmt: skip


def texts() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=3))
    return st.lists(piece, max_size=25).map("".join)


def run_stream(text: str, cuts: list[int]) -> tuple[str, StreamingRestorer, list[int]]:
    restorer = StreamingRestorer(VAULT)
    out, held, previous = [], [], 0
    for cut in [*sorted(set(cuts)), len(text)]:
        out.append(restorer.feed(text[previous:cut]))
        held.append(restorer.held_back)
        previous = cut
    out.append(restorer.finish())
    return "".join(out), restorer, held


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_chunking_equals_restore_of_the_whole(data: st.DataObject) -> None:
    text = data.draw(texts())
    cuts = data.draw(st.lists(st.integers(0, len(text)), max_size=12))
    streamed, restorer, held = run_stream(text, cuts)
    whole = restore(text, VAULT)
    assert streamed == whole.text
    assert restorer.report == whole.report
    assert max(held, default=0) <= MAX_TAIL


@settings(max_examples=60, deadline=None)
@given(texts())
def test_one_character_at_a_time(text: str) -> None:
    streamed, _, _ = run_stream(text, list(range(len(text))))
    assert streamed == restore(text, VAULT).text


def test_never_emits_half_a_placeholder() -> None:
    restorer = StreamingRestorer(VAULT)
    assert restorer.feed("Dear [PERS") == "Dear "
    assert restorer.feed("ON_") == ""
    assert restorer.feed("3") == ""  # could still become [PERSON_31]
    assert restorer.feed("], hi") == "Carol, hi"
    assert restorer.finish() == ""
    assert restorer.report.restored == {"[PERSON_3]": 1}


def test_split_escaped_forms() -> None:
    restorer = StreamingRestorer(VAULT)
    pieces = ['{"to": "\\u00', "5bEMA", "IL_1\\u005", 'd"}']
    out = "".join(restorer.feed(p) for p in pieces) + restorer.finish()
    assert out == '{"to": "a\\"b@example.com"}'


def test_plain_text_is_not_held_back() -> None:
    restorer = StreamingRestorer(VAULT)
    assert restorer.feed("Hello world, 你好。") == "Hello world, 你好。"
    assert restorer.feed(" Say hi to p") == " Say hi to "  # "p" may start "person_1"
    assert restorer.feed("eople") == "people"
    assert restorer.feed(" 0912-345-678") == " 0912-345-678"
    assert restorer.feed(" wrap") == " wrap"  # "p" inside a word cannot start a bare form


def test_bare_form_waits_for_the_next_character() -> None:
    restorer = StreamingRestorer(VAULT)
    assert restorer.feed("PERSON_1") == ""  # PERSON_12 or PERSON_1x would be different
    assert restorer.feed(" ok") == "Alice ok"


def test_finish_flushes_an_unfinished_form_verbatim() -> None:
    restorer = StreamingRestorer(VAULT)
    assert restorer.feed("cut off [PERSON_") == "cut off "
    assert restorer.finish() == "[PERSON_"
    assert restorer.finish() == ""
    with pytest.raises(ValueError):
        restorer.feed("more")


def test_repr_shows_no_text() -> None:
    restorer = StreamingRestorer(VAULT)
    restorer.feed("secret [PERS")
    assert "secret" not in repr(restorer) and "PERS" not in repr(restorer)

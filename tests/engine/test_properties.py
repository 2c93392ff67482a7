"""Property tests: redaction is reversible and hides every value it replaced.

Texts include CJK, emoji and lone surrogates, plus fragments of placeholder forms so that
look-alikes (and look-alikes next to redacted spans) come up often.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.leakcheck import find_leaks
from desktop.engine.restore import restore
from desktop.engine.types import Label, Span
from desktop.engine.vault import Redaction, Vault

ANY_CHAR = st.characters(categories=("L", "M", "N", "P", "S", "Z", "Cs", "Cc"))
FRAGMENTS = st.sampled_from(
    ["[", "]", "[[", "PERSON", "person", "_", "\\_", " ", "1", "2", "12", "EMAIL", "TW_NATIONAL",
     "_ID", "\\u005b", "\\u005d", "&#91;", "&#93;", "［", "＿１", "[PERSON_1]", "PERSON_2]",
     "王小明", "😀", "\ud83d", "\udc00", "0912-345-678"]
)  # fmt: skip
TEXT = st.lists(st.one_of(st.text(ANY_CHAR, max_size=6), FRAGMENTS), max_size=16).map("".join)
LABELS = st.sampled_from(list(Label))


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """A text and arbitrary non-overlapping spans over it."""
    text = draw(TEXT)
    points = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=10))))
    spans = []
    for start, end in zip(points[::2], points[1::2], strict=False):
        if start < end and draw(st.booleans()):
            spans.append(Span(start, end, draw(LABELS)))
    return text, spans


def literal_parts(text: str, redaction: Redaction) -> list[str]:
    """The parts of `text` that redaction left as they were."""
    parts, cursor = [], 0
    for finding in redaction.findings:
        parts.append(text[cursor : finding.span.start])
        cursor = finding.span.end
    parts.append(text[cursor:])
    return parts


PLACEHOLDER_CHARS = frozenset("[]_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@settings(max_examples=300, deadline=None)
@given(st.lists(text_and_spans(), min_size=1, max_size=3))
def test_restore_undoes_redact_over_a_conversation(turns: list[tuple[str, list[Span]]]) -> None:
    vault = Vault()  # one vault for the whole conversation
    redacted = [vault.redact(text, spans) for text, spans in turns]
    for (text, _), redaction in zip(turns, redacted, strict=True):
        assert restore(redaction.text, vault).text == text


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_redacted_text_contains_no_replaced_value(case: tuple[str, list[Span]]) -> None:
    """A replaced value can only appear in the redacted text by coincidence: inside text left
    as it was, or overlapping a placeholder (then it shares a character with placeholders)."""
    text, spans = case
    redaction = Vault().redact(text, spans)
    kept = literal_parts(text, redaction)
    for span in spans:
        value = span.text_in(text)
        if any(value in part for part in kept) or set(value) & PLACEHOLDER_CHARS:
            continue
        assert value not in redaction.text


VALUE = st.text(
    st.one_of(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), st.sampled_from("😀🙂")),
    min_size=1,
    max_size=5,
)
OTHER_TEXT = st.text(
    st.characters(categories=("Lu", "Ll", "Nd", "P", "Zs", "Cs"), max_codepoint=0x3000),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(OTHER_TEXT, VALUE), min_size=1, max_size=6), OTHER_TEXT)
def test_leak_check_passes_redacted_text_and_catches_every_value(
    pairs: list[tuple[str, str]], tail: str
) -> None:
    text, spans = "", []
    for before, value in pairs:
        text += before
        spans.append(Span(len(text), len(text) + len(value), Label.PERSON))
        text += value
    text += tail
    vault = Vault()
    redaction = vault.redact(text, spans)
    assert find_leaks(redaction.text, vault) == []
    leaked = {leak.placeholder for leak in find_leaks(text, vault)}
    assert leaked == {p for p, _, _ in vault.sensitive_items()}
    assert restore(redaction.text, vault).text == text


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_every_form_restore_reads_in_a_text_is_reserved_by_it(text: str) -> None:
    vault = Vault()
    vault.reserve_lookalikes(text)
    report = restore(text, vault).report
    assert report.unknown == {}  # each form found is a reserved look-alike
    for placeholder in report.lookalikes:
        label = placeholder[1:-1].rsplit("_", 1)[0]
        assert vault.placeholder_for(f"value of {placeholder}", Label(label)) != placeholder

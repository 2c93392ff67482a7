"""Leak check: every form of a vault value is caught, nothing else is, and it fails closed."""

import json
import random
import time

import pytest

from desktop.engine.errors import LeakError
from desktop.engine.leakcheck import (
    LeakCheckFailed,
    LeakDetected,
    assert_no_leaks,
    assert_no_leaks_in_request,
    find_leaks,
    find_leaks_in_request,
)
from desktop.engine.types import Label
from desktop.engine.vault import Vault

VALUES = {
    "[PHONE_1]": ("0912-345-678", Label.PHONE),
    "[PERSON_1]": ("王小明", Label.PERSON),
    "[PERSON_2]": ("John Smith", Label.PERSON),
    "[PERSON_3]": ("Al", Label.PERSON),
    "[TW_NATIONAL_ID_1]": ("A123456789", Label.TW_NATIONAL_ID),
    "[CREDIT_CARD_1]": ("4111111111111111", Label.CREDIT_CARD),
}


@pytest.fixture
def vault() -> Vault:
    vault = Vault()
    for placeholder, (value, label) in VALUES.items():
        assert vault.placeholder_for(value, label) == placeholder
    return vault


def kinds(text: str, vault: Vault) -> set[tuple[str, str]]:
    return {(leak.placeholder, leak.kind) for leak in find_leaks(text, vault)}


@pytest.mark.parametrize(
    ("text", "placeholder", "kind"),
    [
        ("請打給 0912-345-678 謝謝", "[PHONE_1]", "exact"),
        ("call 0912345678 now", "[PHONE_1]", "separators"),
        ("call 0912 345 678", "[PHONE_1]", "separators"),
        ("call (0912) 345.678", "[PHONE_1]", "separators"),
        ("call +886 912 345 678", "[PHONE_1]", "separators"),
        ("電話０９１２－３４５－６７８。", "[PHONE_1]", "variant"),
        ("電話０９１２３４５６７８", "[PHONE_1]", "separators"),
        ("我是王小明", "[PERSON_1]", "exact"),
        ("JOHN SMITH wrote", "[PERSON_2]", "variant"),
        ("john\nsmith", "[PERSON_2]", "separators"),
        ("Ｊｏｈｎ Ｓｍｉｔｈ", "[PERSON_2]", "variant"),
        ("al said", "[PERSON_3]", "variant"),
        ("ID a 123 456 789", "[TW_NATIONAL_ID_1]", "separators"),
        ("card 4111-1111-1111-1111", "[CREDIT_CARD_1]", "separators"),
        ("\\u738b\\u5c0f\\u660e", "[PERSON_1]", "escaped"),
        ("&#29579;&#x5C0F;明", "[PERSON_1]", "escaped"),
        ("q=%E7%8E%8B%E5%B0%8F%E6%98%8E", "[PERSON_1]", "escaped"),
        ("q=John+Smith", "[PERSON_2]", "separators"),
        ("q=John%20Smith%21", "[PERSON_2]", "escaped"),
    ],
)
def test_every_form_of_a_value_is_caught(
    vault: Vault, text: str, placeholder: str, kind: str
) -> None:
    assert (placeholder, kind) in kinds(text, vault)
    with pytest.raises(LeakDetected):
        assert_no_leaks(text, vault)


@pytest.mark.parametrize(
    "text",
    [
        "Also, alphabets and Alberta",  # "Al" inside words
        "Johnsmithers",
        "order 10912345678",  # a longer number is another number
        "[PERSON_1] and [PERSON_3] called [PHONE_1]",  # placeholders themselves
        "電話號碼請見附件",
        "",
    ],
)
def test_no_false_alarms(vault: Vault, text: str) -> None:
    assert find_leaks(text, vault) == []
    assert_no_leaks(text, vault)


def test_leak_offsets_point_into_the_original_text(vault: Vault) -> None:
    text = "x 王小明, call 0912 345 678"
    leaks = find_leaks(text, vault)
    assert [(leak.placeholder, leak.start) for leak in leaks] == [
        ("[PERSON_1]", 2),
        ("[PHONE_1]", 12),
    ]


def test_messages_name_placeholders_never_values(vault: Vault) -> None:
    with pytest.raises(LeakDetected) as caught:
        assert_no_leaks("王小明 John Smith 0912345678", vault)
    message = str(caught.value)
    assert "[PERSON_1]" in message and "[PHONE_1]" in message and "PERSON" in message
    for value, _ in VALUES.values():
        assert value not in message and value not in repr(caught.value.leaks)
    assert isinstance(caught.value, LeakError)  # the send path refuses on LeakError


def test_fails_closed(vault: Vault) -> None:
    with pytest.raises(LeakCheckFailed):
        assert_no_leaks(b"bytes are not text", vault)  # type: ignore[arg-type]
    with pytest.raises(LeakCheckFailed):
        find_leaks_in_request("https://api.example", {}, "王小明".encode("big5"), vault)
    with pytest.raises(LeakDetected):  # LeakCheckFailed is a LeakDetected
        assert_no_leaks_in_request("https://api.example", {}, b"\xff\xfe", vault)


def test_request_check_covers_url_headers_and_json_body(vault: Vault) -> None:
    body = json.dumps({"messages": [{"role": "user", "content": "hi 王小明"}]}).encode()
    assert "王" not in body.decode()  # ensure_ascii: the value is only there escaped
    leaks = find_leaks_in_request(
        "https://api.example/v1?user=John%20Smith",
        {"Content-Type": "application/json", "X-Trace": "0912345678"},
        body,
        vault,
    )
    found = {(leak.placeholder, leak.where) for leak in leaks}
    assert found == {
        ("[PERSON_2]", "url"),
        ("[PHONE_1]", "header X-Trace"),
        ("[PERSON_1]", "body"),
    }


def test_clean_request_passes(vault: Vault) -> None:
    body = json.dumps({"messages": [{"content": "hi [PERSON_1], call [PHONE_1]"}]})
    assert find_leaks_in_request("https://api.example/v1", {"A": "b"}, body, vault) == []
    assert_no_leaks_in_request("https://api.example/v1", {"A": "b"}, body.encode(), vault)


def test_lookalike_escapes_are_not_checked() -> None:
    vault = Vault()
    vault.placeholder_for("Alice", Label.PERSON)
    redaction = vault.redact("the literal [PERSON_1] stays", [])
    assert "[PERSON_1]" not in redaction.text
    assert find_leaks("the literal [PERSON_1] stays", vault) == []


def test_fast_enough_for_a_2kb_text_with_100_values() -> None:
    rng = random.Random(7)
    vault = Vault()
    for i in range(100):
        value = [f"Name{i}son", f"09{rng.randrange(10**8):08d}", f"u{i}@example.com", f"王小{i}"]
        vault.placeholder_for(value[i % 4], Label.PERSON)
    words = ["the", "of", "and", "you", "2024", "12", "345", "at", "10:30", "我們", "開會，"]
    text = " ".join(rng.choice(words) for _ in range(800))[:2048]
    assert find_leaks(text, vault) == []
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        find_leaks(text, vault)
        timings.append(time.perf_counter() - started)
    # about 0.3 ms here; the bound leaves room for a busy shared machine
    assert sorted(timings)[len(timings) // 2] < 0.005

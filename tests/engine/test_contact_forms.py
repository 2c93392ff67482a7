"""Phone and IP forms users type that are not the textbook ones: dots, ports, brackets."""

from __future__ import annotations

import pytest

from desktop.engine.pipeline import Scrubber


def found(text: str) -> list[tuple[str, str]]:
    spans = Scrubber().detect(text, use_model=False).spans
    return [(text[s.start : s.end], str(s.label)) for s in spans]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("call me at 0970.180.987 tonight", "0970.180.987"),
        ("手機 0912.345.678。", "0912.345.678"),
        ("office 02.2345.6789", "02.2345.6789"),
    ],
)
def test_dotted_taiwan_numbers_are_phones(text: str, value: str) -> None:
    assert found(text) == [(value, "PHONE")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("host 192.168.1.20:8080 is up", "192.168.1.20"),
        ("proxy=10.0.0.5:3128", "10.0.0.5"),
        ("connect to [2001:db8::1]:8443 now", "2001:db8::1"),
        ("curl http://[fd00::5]/health", "fd00::5"),
        ("link fe80::1%eth0 down", "fe80::1%eth0"),
        ("v6 2001:db8:85a3::8a2e:370:7334 ok", "2001:db8:85a3::8a2e:370:7334"),
    ],
)
def test_addresses_with_ports_and_brackets(text: str, value: str) -> None:
    assert found(text) == [(value, "IP_ADDRESS")]


@pytest.mark.parametrize("text", ["ratio 0.123.456 is odd", "at 10:30:45 today", "v2.10.3.4:1"])
def test_other_dotted_numbers_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The order label names the order number, not the phone after it.
        ("反映訂單 PO4899165 未收到，請回電 07-978-9603", "07-978-9603"),
        ("new number is 07700 593447, text him", "07700 593447"),  # a UK mobile, national form
        ("siti,0412 345 678,1986-04-18", "0412 345 678"),  # an Australian mobile
        ("手機號碼是 886-912-345-678", "886-912-345-678"),  # 886 without a plus, after a cue
    ],
)
def test_phones_after_other_values_and_from_other_countries(text: str, value: str) -> None:
    assert (value, "PHONE") in found(text)


@pytest.mark.parametrize(
    "text", ["訂單 0912-345-678 已出貨", "ref 0912-345-6789", "SKU 012-3456-7890"]
)
def test_labelled_non_phones_stay(text: str) -> None:
    assert [v for v, label in found(text) if label == "PHONE"] == []

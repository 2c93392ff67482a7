"""Forms of values by class of writing: numbers split at a Taiwan area code, country codes
without a plus, IPv6 after a label's colon, labels that name another value, 民 for 民國,
passwords that start with "$" or hold "=", database clients' password flags."""

from __future__ import annotations

import pytest

from desktop.engine.pipeline import Scrubber


def found(text: str) -> list[tuple[str, str]]:
    spans = Scrubber().detect(text, use_model=False).spans
    return [(text[s.start : s.end], str(s.label)) for s in spans]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # split right after a Taiwan area code, with that code's subscriber length
        ("新的是 03 217 5590 嗎", "03 217 5590"),
        ("南投 later: 049 231 8845", "049 231 8845"),
        ("台東那支 089 31 2270", "089 31 2270"),
        ("苗栗 (037)46 1123 找我", "(037)46 1123"),
        ("總機（０７）３５１－２２８８，", "（０７）３５１－２２８８"),
        # a country code written with a plus, any length that country allows
        ("vet is on +63 917 555 0142, spare", "+63 917 555 0142"),
        ("new desk +886-6-274-5511 ok", "+886-6-274-5511"),
        # Taiwan's 886 without the plus but with a separator
        ("他留了 886-912334556，名字", "886-912334556"),
        # an area code in brackets is written only for a phone
        ("the clinic is on (02) 9264 7711, ask", "(02) 9264 7711"),
    ],
)
def test_phone_shapes_are_phones_without_a_cue(text: str, value: str) -> None:
    assert found(text) == [(value, "PHONE")]


@pytest.mark.parametrize(
    "text",
    [
        "訂單 03 2175 5901 已出貨",  # a negative cue right before
        "序號 089 31 2270 5",  # a list of numbers, not a phone
        "886912334556 是什麼",  # 886 glued to the number: only with a phone cue
        "page 03 12 2024",  # 03 takes 7 digits, not 6
    ],
)
def test_other_grouped_numbers_are_not_phones(text: str) -> None:
    assert [label for _, label in found(text)].count("PHONE") == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("主機：::ffff:152.10.44.9\n帳號：admin", "::ffff:152.10.44.9"),
        ("主機：fd12:3a4b:7c::19\n", "fd12:3a4b:7c::19"),
        (
            "src=C41A:0B22:9D03:77E1:5F60:AA10:3B2C:0E9D\n",
            "C41A:0B22:9D03:77E1:5F60:AA10:3B2C:0E9D",
        ),
        ("ipv6:2001:db8:4::7 up", "2001:db8:4::7"),
    ],
)
def test_ipv6_after_a_label_colon_and_outside_the_assigned_blocks(text: str, value: str) -> None:
    assert found(text) == [(value, "IP_ADDRESS")]


def test_loopback_and_short_hex_runs_stay() -> None:
    assert found("src=::1 and a::b and 12:30:45") == []


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # 訂單 names the order number after it, not the account after that
        ("退款失敗 訂單=PO1122334 帳號=108 2233445566 陽信", "108 2233445566", "BANK_ACCOUNT"),
        # a header of another column, on the line above
        ("編號\t金額\t帳號\n7\t1,200\t809 1234567890123", "809 1234567890123", "BANK_ACCOUNT"),
        # "$" names the amount, not the IBAN after it
        ("May 2025,Refund,$1,204.50,NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00", "IBAN"),
    ],
)
def test_a_label_names_the_first_value_after_it(text: str, value: str, label: str) -> None:
    assert (value, label) in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("出生日期民45年3月2日，", "民45年3月2日"),
        ("生日：民８１年１１月３０日", "民８１年１１月３０日"),
    ],
)
def test_min_is_short_for_minguo(text: str, value: str) -> None:
    assert found(text) == [(value, "DATE_OF_BIRTH")]


def test_min_before_a_western_year_is_no_roc_date() -> None:
    assert found("移民2019年3月5日生效") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('DB_PASSWORD="$Rk9vQ2xwTq"', "$Rk9vQ2xwTq"),
        ("smtp_password = q7Lw=Zp2Xs", "q7Lw=Zp2Xs"),
        ("redis-cli -h cache -a Tz8qLmN4vXw2 --no-auth-warning", "Tz8qLmN4vXw2"),
        ("mongosh mongodb://db -u ops -p Wq3rTy7uIo", "Wq3rTy7uIo"),
        ("mysqldump --password=Pq8wEr5tY db", "Pq8wEr5tY"),
    ],
)
def test_passwords_of_every_character_class(text: str, value: str) -> None:
    assert (value, "SECRET") in found(text)


@pytest.mark.parametrize(
    "text", ['DB_PASSWORD="$DB_PASS"', "'password' => $dbPassword,", 'pw="${SECRET}"']
)
def test_variables_are_not_passwords(text: str) -> None:
    assert [label for _, label in found(text)].count("SECRET") == 0

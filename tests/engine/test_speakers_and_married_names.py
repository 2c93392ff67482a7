"""Chat speakers on header lines and in exported chats, family names in capitals before a given
name, sign-offs after a blank line, Taiwanese married names (the husband's surname first), and a
phone that OCR glued to the next word."""

from __future__ import annotations

import pytest

from tests.engine.findings import found, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("R. Davis 12:45\nthe build is green again\n", "R. Davis"),
        ("Omar Haddad 8:00\nrunning late, start without me\n", "Omar Haddad"),
        ("Sato Misaki  9:14 AM\nok\n", "Sato Misaki"),
        ("#general\tPriya Raman 下午3:05\n好\n", "Priya Raman"),
    ],
)
def test_a_speaker_on_a_chat_header_line_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["Daily Sync 9:30\nagenda below\n", "Release Train 10:15\n"])
def test_a_meeting_title_before_one_space_and_a_time_is_not_a_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2025/5/16 01:31 - Kittipong Srisuk: see you at the gate\n", "Kittipong Srisuk"),
        ("16.05.25, 1:31 PM - Ana Ruiz: ok\n", "Ana Ruiz"),
        ("2:51 AM - Lucas Moreau: 我到了\n", "Lucas Moreau"),
    ],
)
def test_a_speaker_after_an_exported_chats_time_stamp_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Passenger: ARSLAN Elif, seat 14C\n", "ARSLAN Elif"),
        ("EL-SAYED Fatima checked in at 09:12\n", "EL-SAYED Fatima"),
    ],
)
def test_a_family_name_in_capitals_before_a_given_name_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["NOTE Maria will call back.", "CC Anna on the thread."])
def test_a_capitalised_word_or_acronym_before_a_given_name_is_not_part_of_it(text: str) -> None:
    assert all(not found.startswith(("NOTE", "CC")) for found in people(text))


def test_a_sign_off_may_stand_a_blank_line_above_the_name() -> None:
    text = "Thanks for the quick turnaround.\n\nBest regards,\n\nMarisol Quintero\n"
    assert "Marisol Quintero" in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("聯絡人：周彭靜宜，電話稍後補上", "周彭靜宜"),
        ("收件人 羅鍾麗華 小姐", "羅鍾麗華"),
    ],
)
def test_a_married_name_keeps_both_surnames(text: str, name: str) -> None:
    assert name in people(text)


def test_two_partners_surnames_before_a_firm_word_are_a_firm_not_a_married_name() -> None:
    assert "王陳聯合" not in "".join(people("委託王陳聯合會計師事務所辦理"))
    assert all(len(found) != 4 for found in people("委託王陳聯合會計師事務所辦理"))


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("手機0912-345-678Email: a@b.tw", "0912-345-678"),
        ("電話 (02) 2345-6789Fax", "(02) 2345-6789"),
    ],
)
def test_a_phone_glued_to_the_next_capitalised_word_is_still_a_phone(text: str, phone: str) -> None:
    assert (phone, "PHONE") in found(text)


@pytest.mark.parametrize("text", ["0912345678abc", "AB0912345678Xyz"])
def test_digits_inside_an_identifier_are_not_a_phone(text: str) -> None:
    assert found(text) == []

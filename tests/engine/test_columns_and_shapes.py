"""Values cued by a table column header, and ID/passport shapes as people type them."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.tables import column_cells
from desktop.engine.pipeline import Scrubber


def found(text: str) -> list[tuple[str, str]]:
    spans = Scrubber().detect(text, use_model=False).spans
    return [(text[s.start : s.end], str(s.label)) for s in spans]


def test_column_cells_follow_the_header_until_a_blank_line() -> None:
    text = "id\tdob\tnote\n1\t1990-01-02\tx\n2\t 3 May 1971\ty\n\n3\t2001-01-01\tz"
    starts = column_cells(text, frozenset({"dob"}))
    assert [text[s : s + 4] for s in starts] == ["1990", "3 Ma"]


def test_dates_under_a_birth_column_are_dates_of_birth() -> None:
    text = "name,email,dob,joined\nAmy Lee,a@b.co,25 March 1963,2020-01-01\n"
    values = dict(found(text))
    assert values["25 March 1963"] == "DATE_OF_BIRTH"
    assert "2020-01-01" not in values  # the other date column is not a birth date


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("身分證字號：nD48899178", "nD48899178", "TW_NATIONAL_ID"),  # lower-case first letter
        ("passport scan (no. CVM0GKRLT) attached", "CVM0GKRLT", "PASSPORT"),
        ("護照 CY5HTN0MY", "CY5HTN0MY", "PASSPORT"),
    ],
)
def test_shapes_people_type(text: str, value: str, label: str) -> None:
    assert (value, label) in found(text)


@pytest.mark.parametrize("text", ["hash nD48899178 in a log", "token aB12345678"])
def test_mixed_case_ids_need_a_label(text: str) -> None:
    assert found(text) == []


def test_a_table_header_is_no_name_and_a_header_above_is_no_negative_cue() -> None:
    text = "姓名\tIBAN\t電話\n王小明\tDE89 3704 0044 0532 0130 00\t0912-345-678"
    assert found(text) == [
        ("王小明", "PERSON"),
        ("DE89 3704 0044 0532 0130 00", "IBAN"),
        ("0912-345-678", "PHONE"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please send order #R920913027 to my new place", []),  # an order number in an ID's shape
        ("CTBC Bank\nReference  20241774264791", []),  # a payment reference under a bank name
        ("客戶：PO-83475", []),
        ("戶名：林義雄 發票號碼 PK 06466922", [("林義雄", "PERSON")]),
        ("報價單 客戶：麥當當資訊有限公司", []),
    ],
)
def test_labelled_numbers_and_codes_are_not_pii(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget NT 3000 for the party", []),  # New Taiwan dollars, not the Northern Territory
        (
            "40/45 Wattle Street, Darwin City NT 0832",
            [("40/45 Wattle Street, Darwin City NT 0832", "ADDRESS")],
        ),
        ("the build 03 1234 5678 ran", []),  # valid in Melbourne, but nothing says phone
        ("M: (03) 9570 7907", [("(03) 9570 7907", "PHONE")]),
    ],
)
def test_foreign_formats_need_their_own_structure_or_a_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected

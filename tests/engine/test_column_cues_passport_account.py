"""Passport and bank account numbers cued by the column header above them (tables read by OCR,
whose cells are tab-separated), and not without it."""

from __future__ import annotations

from desktop.engine.pipeline import Scrubber


def found(text: str) -> dict[str, str]:
    spans = Scrubber().detect(text, use_model=False).spans
    return {text[s.start : s.end]: str(s.label) for s in spans}


TABLE = (
    "生日\t護照\t帳號\t金額\n"
    "1962-05-15\tYY5534210\t807 198594603064\tNT$59,516\n"
    "5/22/1961\t537672324\t(009) 251222446267\tUSD 8,654\n"
)


def test_cells_under_passport_and_account_headers() -> None:
    values = found(TABLE)
    assert values["YY5534210"] == "PASSPORT"
    assert values["537672324"] == "PASSPORT"
    assert values["807 198594603064"] == "BANK_ACCOUNT"
    assert any(v == "BANK_ACCOUNT" and "251222446267" in k for k, v in values.items())


def test_english_headers() -> None:
    text = "Passport No\tStatus\tAccount number\nC01X00T47\tOK\t12345678901234\n"
    values = found(text)
    assert values["C01X00T47"] == "PASSPORT"
    assert values["12345678901234"] == "BANK_ACCOUNT"


def test_without_a_header_a_bare_number_is_not_a_passport() -> None:
    assert "537672324" not in found("訂單\t備註\n537672324\tok\n")

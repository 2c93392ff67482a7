"""Taiwan bank accounts written as a bank code and an account number, with no other cue."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.bank_codes import BankCodeAccountDetector, bank_codes
from desktop.engine.pipeline import Scrubber
from desktop.engine.textnorm import Document


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in BankCodeAccountDetector().detect(Document(text))]


def test_the_table_holds_the_big_banks_and_the_post_office() -> None:
    codes = bank_codes()
    assert {"004", "700", "808", "822", "812"} <= codes.keys()
    assert "中華郵政" in codes["700"]
    assert all(len(code) == 3 and code.isdigit() for code in codes)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("請匯到 808-1234567890123，謝謝", "808-1234567890123"),
        ("帳號給你：822 012345678901", "822 012345678901"),
        ("(812) 20100012345678", "(812) 20100012345678"),
        ("玉山 808 - 0123456789012 戶名我", "808 - 0123456789012"),
        ("郵局 700-00012340123456", "700-00012340123456"),
        ("the account is 013-1234-5678-9012 (Cathay)", "013-1234-5678-9012"),
        ("轉帳 ８０７－１２３４５６７８９０１２", "８０７－１２３４５６７８９０１２"),  # full-width
        ("0123456789012（中國信託 822-0123456789012）", "822-0123456789012"),
        ("匯款帳號：008-379-1032829500（華南）", "008-379-1032829500"),  # with the branch code
        ("聯邦銀行 803 588 8212145840", "803 588 8212145840"),
        ("帳號 007-3516296610871，89,292 元", "007-3516296610871"),  # a comma after it
        ("匯到 700 0001234 0123456 郵局", "700 0001234 0123456"),  # office number + account
        ("收款帳號：(700)0001234-0123456", "(700)0001234-0123456"),
    ],
)
def test_code_and_account_are_one_span(text: str, value: str) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "訂單 808-1234567890123",  # an order number in a bank-code shape
        "電話 822-1234567890",
        "999-1234567890123",  # no bank has code 999
        "808-123456789",  # too short for an account
        "808-123456789012345",  # too long
        "v1.808-1234567890",  # part of a longer token
        "+886 812 345 678",
    ],
)
def test_other_numbers_are_not_accounts(text: str) -> None:
    assert found(text) == []


def test_the_pipeline_masks_the_whole_account() -> None:
    text = "媽，學費匯到 004-038123456789 就好"
    spans = Scrubber().detect(text, use_model=False).spans
    assert [(text[s.start : s.end], str(s.label)) for s in spans] == [
        ("004-038123456789", "BANK_ACCOUNT")
    ]

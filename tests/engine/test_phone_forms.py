"""Phone numbers as people write them beyond the usual Taiwan forms: a slash in a mobile, 886
without its plus, France's pairs, local numbers without an area code after a phone cue, a
country code in brackets without its plus, and a number that an extension or 打 marks as a
phone. Each form without its cue, or in a code, stays unmasked."""

from __future__ import annotations

import pytest

from tests.engine.findings import found, values_of


def phones(text: str) -> list[str]:
    return values_of(text, "PHONE")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("手機：0919/960502\n", "0919/960502"),
        ("訂位電話 ０９１０／６２９９５６", "０９１０／６２９９５６"),
        ("Mobile: 886-905-965946", "886-905-965946"),
        ("電話 07.24.49.59.75 ｜ 預計 20 分鐘到", "07.24.49.59.75"),
        ("Contact: mail@example.fr / 06 64 12 98 22", "06 64 12 98 22"),
        ("ring me on 8714 0448 once you land", "8714 0448"),
        ("電話９８２９\u3000５４８５。", "９８２９\u3000５４８５"),
        ("I can be reached on 6516-9812.", "6516-9812"),
        ("ring me on (852) 5388 7210 later", "(852) 5388 7210"),
        ("有問題打082682648#710", "082682648#710"),
        ("快打銀行客服077698953 先停卡", "077698953"),
        ("Platform Engineering\n076885047 Ext 9835", "076885047 Ext 9835"),
        ("簡訊失敗 to=886921891394 err=timeout", "886921891394"),
    ],
)
def test_a_phone_in_its_written_form_is_found(text: str, phone: str) -> None:
    assert phone in phones(text)


@pytest.mark.parametrize(
    "text",
    [
        "訂單 2368 2615",  # a local-shaped number after an order cue
        "total 2023 1234",  # no phone cue
        "version 01 79 48 69 38",  # pairs without a phone cue
        "lot 12 34 56 78 90",
    ],
)
def test_shapes_without_a_phone_cue_or_in_a_code_are_not_phones(text: str) -> None:
    assert phones(text) == []


def test_two_mobiles_with_a_slash_between_stay_two() -> None:
    assert phones("0912345678/0922333444") == ["0912345678", "0922333444"]


def test_a_number_after_a_carriers_name_is_a_line() -> None:
    assert phones("- 中華電信 089286082 移機") == ["089286082"]


def test_a_number_written_with_a_plus_is_masked_even_after_an_account_word() -> None:
    text = "[WARN] 密碼錯誤 3 次 帳號+886 966 649 813\n"
    assert "+886 966 649 813" in [value for value, _ in found(text)]

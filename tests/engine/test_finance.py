"""Credit cards, IBANs and bank accounts (desktop/engine/detectors/finance.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.detectors import finance
from desktop.engine.detectors.cues import CueGroups
from desktop.engine.detectors.finance import (
    BankAccountDetector,
    CreditCardDetector,
    IbanDetector,
    aba_routing_valid,
    card_number_plausible,
    iban_valid,
    luhn_valid,
)
from desktop.engine.detectors.registry import fast_detectors
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def found(text: str) -> list[tuple[Label, str]]:
    """(label, original text) of every finance finding, checking each span's invariants."""
    doc = Document(text)
    result = []
    for detector in finance.DETECTORS:
        for span in detector.detect(doc):
            assert 0 <= span.start < span.end <= len(text)
            assert span.source is Source.PATTERN
            assert span.detector == detector.name
            result.append((span.label, text[span.start : span.end]))
    return sorted(result)


def labels_of(text: str, label: Label) -> list[str]:
    return [value for found_label, value in found(text) if found_label is label]


def with_luhn_digit(body: str) -> str:
    """Append the Luhn check digit (written independently of the module under test)."""
    digits = [int(d) for d in body]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 0:
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return body + str((10 - total % 10) % 10)


def test_module_exports_detectors_registered_in_the_fast_layer() -> None:
    assert len(finance.DETECTORS) == 3
    registered = fast_detectors()
    assert all(detector in registered for detector in finance.DETECTORS)


# --- checksums ------------------------------------------------------------------------------


def test_luhn_accepts_known_test_numbers_and_rejects_a_changed_digit() -> None:
    for number in ("4111111111111111", "5555555555554444", "378282246310005", "79927398713"):
        assert luhn_valid(number)
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("79927398710")


@given(st.text(alphabet="0123456789", min_size=12, max_size=18))
def test_luhn_agrees_with_an_independent_check_digit(body: str) -> None:
    number = with_luhn_digit(body)
    assert luhn_valid(number)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not luhn_valid(wrong)


def test_card_plausibility_needs_a_known_network_prefix_and_length() -> None:
    assert card_number_plausible("4111111111111111")
    assert card_number_plausible("378282246310005")  # Amex, 15 digits
    assert card_number_plausible("2223003122003222")  # Mastercard 2-series
    assert card_number_plausible("3530111333300000")  # JCB
    assert card_number_plausible(with_luhn_digit("621234567890123456"))  # UnionPay, 19
    assert not card_number_plausible(with_luhn_digit("123456789012345"))  # no network
    assert not card_number_plausible(with_luhn_digit("341234567890123"))  # Amex has 15, not 16
    assert not card_number_plausible(with_luhn_digit("4" * 13))  # Visa has no 14-digit cards
    assert not card_number_plausible("4111111111111112")


def test_aba_routing_checksum() -> None:
    assert aba_routing_valid("021000021")  # JPMorgan Chase
    assert aba_routing_valid("011000015")  # Federal Reserve Boston
    assert not aba_routing_valid("021000022")
    assert not aba_routing_valid("02100002")


@pytest.mark.parametrize(
    "iban",
    [
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "CH9300762011623852957",
        "BE68539007547034",
        "NO9386011117947",
        "IT60X0542811101000000123456",
        "ES9121000418450200051332",
    ],
)
def test_iban_checksum_accepts_registry_examples(iban: str) -> None:
    assert iban_valid(iban)
    assert iban_valid(iban.lower())


def test_iban_checksum_rejects_changed_digits_wrong_lengths_and_unknown_countries() -> None:
    assert not iban_valid("DE89370400440532013001")
    assert not iban_valid("DE8937040044053201300")  # one character short
    assert not iban_valid("DE893704004405320130000")
    assert not iban_valid("ZZ89370400440532013000")


# --- context cues ---------------------------------------------------------------------------


def test_cue_index_finds_the_nearest_cue_before_a_position() -> None:
    groups = CueGroups(good=("帳號", "account"), bad=("編號", "統一編號", "tel"))
    text = "帳號 1111 統一編號 2222 account 3333 hotel 4444"
    index = groups.index(Document(text))
    assert index.nearest_before(text.index("1111"), 30) == "good"
    assert index.nearest_before(text.index("2222"), 30) == "bad"
    assert index.nearest_before(text.index("3333"), 30) == "good"
    # "tel" inside "hotel" is no cue, so "account" is still the nearest one.
    assert index.nearest_before(text.index("4444"), 30) == "good"
    assert index.nearest_before(text.index("4444"), 10) is None  # outside the window
    assert index.groups_between(0, 3) == {"good"}
    assert index.groups_between(3, 11) == set()
    assert index.groups_between(3, 12) == {"bad"}


def test_cue_index_prefers_the_longer_overlapping_cue() -> None:
    groups = CueGroups(label=("帳戶",), other=("戶名", "編號"), tax=("統一編號",))
    assert groups.index(Document("統一編號")).nearest_before(4, 10) == "tax"
    assert groups.index(Document("帳戶名稱")).nearest_before(4, 10) == "label"


# --- credit cards ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("My card is 4111111111111111.", "4111111111111111"),
        ("Card 4111 1111 1111 1111 exp 12/26", "4111 1111 1111 1111"),
        ("Visa: 4111-1111-1111-1111", "4111-1111-1111-1111"),
        ("Amex 3782 822463 10005 please", "3782 822463 10005"),
        ("mastercard 2223 0031 2200 3222", "2223 0031 2200 3222"),
        ("JCB 3530-1113-3330-0000", "3530-1113-3330-0000"),
        ("Diners 3056 930902 5904", "3056 930902 5904"),
        ("卡號：5555555555554444，有效期限 12/26", "5555555555554444"),
        ("信用卡號碼4111111111111111謝謝", "4111111111111111"),
        ("卡號 ４１１１－１１１１－１１１１－１１１１。", "４１１１－１１１１－１１１１－１１１１"),
        ("請刷這張 4111 1111 1111 1111", "4111 1111 1111 1111"),
        ("visa 4222222222222 (13 digits)", "4222222222222"),
        ("Diners card 30569309025904", "30569309025904"),
    ],
)
def test_card_numbers_are_found_with_exact_extent(text: str, card: str) -> None:
    assert labels_of(text, Label.CREDIT_CARD) == [card]


def test_card_offsets_point_into_the_original_text() -> None:
    text = "訂購人王小明，信用卡 ４１１１ １１１１ １１１１ １１１１ ，謝謝"
    spans = list(CreditCardDetector().detect(Document(text)))
    assert len(spans) == 1
    start = text.index("４")
    assert (spans[0].start, spans[0].end) == (start, start + 19)


def test_card_cue_raises_the_score() -> None:
    with_cue = next(iter(CreditCardDetector().detect(Document("card 4111111111111111"))))
    without = next(iter(CreditCardDetector().detect(Document("see 4111111111111111"))))
    assert with_cue.score > without.score


def test_nineteen_digit_unionpay_card() -> None:
    card = with_luhn_digit("621234567890123456")
    assert labels_of(f"銀聯卡 {card}", Label.CREDIT_CARD) == [card]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111111111111112",  # bad Luhn
        "card 4111 1111 1111 1112",
        "ref 94111111111111111",  # glued inside a longer digit run
        "ref 41111111111111110",
        "id 4111 1111 1111 1111 1234",  # one group too many
        "id 1234 4111 1111 1111 1111",
        "code 4111-1111 1111-1111",  # mixed separators
        "serial A4111111111111111",
        "amount 4111111111111111.50",
        "訂單編號 2024061300123",
        "tracking number 4111111111111111",
        "訂單編號：5555555555554444",
        "Luhn-valid but no network: " + with_luhn_digit("123456789012345"),
        "1234-5678-9012-3456",
        "ref 4222222222222",  # rare lengths (13, 14, 17-19) need a card cue
        "id 30569309025904",
        "code " + with_luhn_digit("501234567890123"),  # Maestro needs a card cue
    ],
)
def test_card_hard_negatives(text: str) -> None:
    assert labels_of(text, Label.CREDIT_CARD) == []


# --- IBAN -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        ("IBAN: DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"),
        ("IBAN DE89370400440532013000.", "DE89370400440532013000"),
        ("Pay to GB82 WEST 1234 5698 7654 32 by Friday", "GB82 WEST 1234 5698 7654 32"),
        ("匯款至 FR14 2004 1010 0505 0001 3M02 606，謝謝", "FR14 2004 1010 0505 0001 3M02 606"),
        ("帳號NL91ABNA0417164300謝謝", "NL91ABNA0417164300"),
        (
            "ＩＢＡＮ：ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２。",
            "ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２",
        ),
        ("Norway NO93 8601 1117 947 ok", "NO93 8601 1117 947"),
    ],
)
def test_ibans_are_found_with_exact_extent(text: str, iban: str) -> None:
    assert labels_of(text, Label.IBAN) == [iban]


def test_iban_offsets_and_tracking_numbers_that_pass_mod_97() -> None:
    # EE + 18 digits passes mod-97 and has Estonia's length: a bank cue or none reports it,
    # a tracking cue right before it does not.
    iban = "EE843650442318515219"
    text = f"匯款至 ＩＢＡＮ {iban}。"
    spans = list(IbanDetector().detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [(9, 29)]
    assert list(IbanDetector().detect(Document(f"tracking {iban}"))) == []
    assert list(IbanDetector().detect(Document(f"物流單號：{iban}"))) == []


def test_a_printed_iban_is_not_also_reported_as_a_bank_account() -> None:
    assert found("IBAN: DE89 3704 0044 0532 0130 00") == [
        (Label.IBAN, "DE89 3704 0044 0532 0130 00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "IBAN DE89 3704 0044 0532 0130 01",  # bad check digits
        "IBAN DE89 3704 0044 0532 0130",  # too short
        "IBAN DE89370400440532013000X",  # glued to more characters
        "XDE89370400440532013000",
        "model AB12 3456 7890 1234",  # not a country
        "ticket GB12ABCD1234",
    ],
)
def test_iban_negatives(text: str) -> None:
    assert labels_of(text, Label.IBAN) == []


# --- bank accounts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("請匯款至中國信託(822) 帳號 0123-456-789012", "0123-456-789012"),
        ("戶名：王小明 台灣銀行 012-34-567890-1", "012-34-567890-1"),
        ("帳號：123456789012", "123456789012"),
        ("銀行帳號123456789012，謝謝", "123456789012"),
        ("請轉帳到 玉山銀行 0123456789012 謝謝", "0123456789012"),
        ("國泰世華 (013) 1234-5678-9012", "1234-5678-9012"),
        ("轉帳至 (808) 0123456789012", "0123456789012"),
        ("郵局帳號 0001234-1234567", "0001234-1234567"),
        ("存摺帳號：１２３４５６７８９０１２", "１２３４５６７８９０１２"),
        ("wire to account: 987654321012 at Chase", "987654321012"),
        ("Account number 12345678901", "12345678901"),
        ("acct #12345678", "12345678"),
        ("a/c 0123 4567 8901", "0123 4567 8901"),
        ("ABA routing number 021000021", "021000021"),
        ("匯款帳號 1234 5678 9012 3", "1234 5678 9012 3"),
        ("第一銀行(007) 06123804278", "06123804278"),
        ("合作金庫(006) 0561106272", "0561106272"),  # phone-shaped, but right after a bank code
        ("700 中華郵政 0379275456", "0379275456"),
        ("123456789012（玉山銀行）", "123456789012"),
    ],
)
def test_bank_accounts_with_context_are_found(text: str, account: str) -> None:
    assert account in labels_of(text, Label.BANK_ACCOUNT)


def test_post_office_accounts_print_office_and_account_separately() -> None:
    text = "郵局 局號 0001234 帳號 1234567"
    assert labels_of(text, Label.BANK_ACCOUNT) == ["0001234", "1234567"]


def test_bank_offsets_point_into_the_original_text() -> None:
    text = "麻煩匯款到玉山銀行，帳號：０１２３-４５６-７８９０１２ 戶名王小明"
    spans = list(BankAccountDetector().detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [(13, 28)]
    assert text[13:28] == "０１２３-４５６-７８９０１２"


def test_a_direct_account_label_scores_above_a_loose_bank_cue() -> None:
    detector = BankAccountDetector()
    strong = next(iter(detector.detect(Document("帳號 123456789012"))))
    weak = next(iter(detector.detect(Document("轉帳 123456789012"))))
    named = next(iter(detector.detect(Document("玉山銀行 123456789012"))))
    assert named.score == strong.score  # a bank name right before the number is a label
    assert strong.score > weak.score


@pytest.mark.parametrize(
    "text",
    [
        "123456789012",  # no context: a digit run is not an account
        "請參考 0123-456-789012",
        "訂單編號 2024061300123",
        "轉帳後請提供訂單編號 2024061300123",
        "匯款後請來電 02-2345-6789",
        "匯款後請來電 0912345678",
        "銀行: 玉山 電話: 0912345678",
        "統一編號 12345675",
        "銀行 統一編號：12345675",
        "匯款金額 NT$12,345",
        "轉帳 新台幣 1,200,000 元",
        "轉帳 1200000000 元",
        "bank transfer of $1234567890",
        "銀行 2024-06-13 12:30:45",
        "bank ticket 2024061300123",
        "匯款 發票號碼 AB-12345678",
        "bank routing 021000022",  # bad ABA checksum
        "帳號 1234567",  # too short without a post-office cue
        "轉帳 12345678",  # a loose cue needs 10+ digits
        "銀行 123456789012345678",  # too long
        "bank version 10.0.19045",
        "帳號 1996-06-24",  # a date
        "帳號 20300821",
        "銀行 ISBN 978-4-218-39589-2",
        "帳號 id 05613847-5975-d839-e268-82fe4346846a",  # part of a UUID
        "銀行 號 0927663348",  # a mobile number next to a loose bank cue
    ],
)
def test_bank_account_negatives(text: str) -> None:
    assert labels_of(text, Label.BANK_ACCOUNT) == []


@pytest.mark.parametrize(
    "text",
    [
        "信用卡 4111 1111 1111 1111 轉帳",
        "請用信用卡付款，卡號 4111111111111111，銀行會寄帳單",
        "bank card 5555-5555-5555-4444",
        "轉帳 4111111111111111 (visa)",
    ],
)
def test_card_numbers_near_card_cues_stay_credit_cards(text: str) -> None:
    result = found(text)
    assert [label for label, _ in result] == [Label.CREDIT_CARD]


def test_mixed_document_finds_each_value_once() -> None:
    text = (
        "Hi 王先生,\n"
        "請匯款 NT$12,345 至玉山銀行 (808) 帳號 0123-456-789012，戶名王小明。\n"
        "Or wire to IBAN GB82 WEST 1234 5698 7654 32.\n"
        "刷卡：4111-1111-1111-1111，訂單編號 2024061300123，統一編號 12345675。\n"
    )
    assert found(text) == sorted(
        [
            (Label.BANK_ACCOUNT, "0123-456-789012"),
            (Label.IBAN, "GB82 WEST 1234 5698 7654 32"),
            (Label.CREDIT_CARD, "4111-1111-1111-1111"),
        ]
    )


_NUMBERISH = st.text(alphabet="0123456789０９ -DEGBIBAN帳號匯款銀行card信用卡訂單$.,", max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), _NUMBERISH))
def test_detectors_never_fail_and_spans_stay_inside_the_text(text: str) -> None:
    found(text)

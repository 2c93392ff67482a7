"""Values in CSV cells and Markdown tables, card and account shapes, versions that look like IPv4
addresses, and names that belong to a company, a shop or a place."""

from __future__ import annotations

import pytest

from desktop.engine.pipeline import Scrubber


def found(text: str) -> list[tuple[str, str]]:
    spans = Scrubber().detect(text, use_model=False).spans
    return [(text[s.start : s.end], str(s.label)) for s in spans]


def labels_of(text: str) -> list[str]:
    return [label for _, label in found(text)]


def test_a_comma_between_csv_cells_does_not_glue_a_card_or_an_account_to_its_neighbour() -> None:
    text = (
        "id,name,card,bank\n"
        "7,Ana Ruiz,5412224538323640,808 01234567890123（E.SUN Bank）\n"
        "8,Li Wei,4539029313758584,０１２－１２３４５６７８９０１２\n"
    )
    values = found(text)
    assert ("5412224538323640", "CREDIT_CARD") in values
    assert ("4539029313758584", "CREDIT_CARD") in values
    assert ("808 01234567890123", "BANK_ACCOUNT") in values
    assert ("０１２－１２３４５６７８９０１２", "BANK_ACCOUNT") in values


@pytest.mark.parametrize("text", ["total 1,234,567,890,123 ok", "共 9,876,543,210,987 元"])
def test_numbers_written_with_thousands_commas_stay_numbers(text: str) -> None:
    assert labels_of(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # branch, account and a one-digit check group
        ("A/C Chang Hwa Bank 009-3296-246949646-0", "009-3296-246949646-0"),
        # an account printed in fours with a short last group
        ("薪轉帳戶：700 5125 1901 5263 81 (Chunghwa Post)", "700 5125 1901 5263 81"),
        ("以後改匯到012 3536 9690 8023 29，謝謝", "012 3536 9690 8023 29"),
    ],
)
def test_bank_code_accounts_with_a_short_last_group(text: str, value: str) -> None:
    assert (value, "BANK_ACCOUNT") in found(text)


def test_a_booking_code_after_its_label_is_no_bank_account() -> None:
    assert "BANK_ACCOUNT" not in labels_of("訂房代碼114-2356887-3681410，共兩晚")


def test_cards_under_a_card_column_and_after_another_rows_amount() -> None:
    text = (
        "| Customer | Card | Amount |\n|---|---|---|\n"
        "| Ana | 3612 421247 2019 | NT$109,259 |\n"  # a 14-digit card: rare, needs a cue
        "| Bo | 5301 2755 8282 3574 | $2,079.16 |\n"  # the nearest cue is the row above's NT$
    )
    values = found(text)
    assert ("3612 421247 2019", "CREDIT_CARD") in values
    assert ("5301 2755 8282 3574", "CREDIT_CARD") in values


def test_a_card_right_after_the_word_card_in_chinese() -> None:
    assert found("機票是用公司卡 36124212472019 刷的") == [("36124212472019", "CREDIT_CARD")]


@pytest.mark.parametrize(
    "text",
    [
        'version = "14.35.139.222"',
        '{"version": "15.8.83.165"}',
        "upgrade from anything newer than 2.36.227.252.",
        "升級到 14.17.166.203 之後",
    ],
)
def test_versions_of_four_parts_are_not_ip_addresses(text: str) -> None:
    assert labels_of(text) == []


@pytest.mark.parametrize("text", ["login from 14.35.139.222 ok", "server: 192.168.1.20"])
def test_addresses_after_an_ip_cue_stay_addresses(text: str) -> None:
    assert labels_of(text) == ["IP_ADDRESS"]


@pytest.mark.parametrize(
    "text",
    [
        "Invoice from Yılmaz İnşaat A.Ş. attached",
        "Vendor: Van der Meer Installatietechniek B.V.\n",
        "Purchased from Dela Cruz Law Office\n",
        "the office near Ho Chi Minh City is closed",
        "客戶：黃大目豆干\n",
        "欸 吳家鐵板燒 的 A3089 缺貨",
        "客戶：王陳聯合會計師事務所\n",
    ],
)
def test_names_of_firms_shops_and_places_are_not_people(text: str) -> None:
    assert "PERSON" not in labels_of(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("ask Maria Santos about it", "Maria Santos"), ("收件人：王大明律師", "王大明")],
)
def test_a_person_before_a_plain_word_or_a_title_stays_a_person(text: str, value: str) -> None:
    assert (value, "PERSON") in found(text)


def test_a_passport_list_that_names_each_holder() -> None:
    text = "Trip\n- passports: mine 312345678, João Pedro's K1234567, Ngozi's A7654321\n"
    values = [value for value, label in found(text) if label == "PASSPORT"]
    assert values == ["312345678", "K1234567", "A7654321"]


def test_secret_cells_under_a_password_or_key_header() -> None:
    text = (
        "user\tPassword\tAPI key\n"
        "ana\tSunny1104$\tAlzaWKrl-KEaPykO06_dzsEJSnjoC8SgOfawF3I\n"  # OCR read AIza as Alza
        "bo\tn/a\tsee vault\n"  # placeholders and prose stay text
    )
    values = [value for value, label in found(text) if label == "SECRET"]
    assert values == ["Sunny1104$", "AlzaWKrl-KEaPykO06_dzsEJSnjoC8SgOfawF3I"]


def test_a_spreadsheet_row_number_does_not_shift_the_columns() -> None:
    # OCR reads the row numbers in front of some rows only, never in front of the header;
    # under the header a cell of capitals is the number even where OCR read its 0 as O
    text = "狀態\tPassport\tDOB\nPaid\tGG8207290\t25 May 1997\n10\tPending\tHKTOPYMGX\t9/1/1944\n"
    values = found(text)
    assert ("HKTOPYMGX", "PASSPORT") in values
    assert ("9/1/1944", "DATE_OF_BIRTH") in values


@pytest.mark.parametrize(
    ("text", "card"),
    [
        (
            "付款 Payment: ３６４５－４６４８９５－３６２５\n訂單",
            "３６４５－４６４８９５－３６２５",
        ),
        ("付款 Payment: 6248715006578044648\n", "6248715006578044648"),
        ('{"holder": "K. Barakat", "pan": "6261 2299 2470 9499 899"}', "6261 2299 2470 9499 899"),
    ],
)
def test_a_rare_card_length_after_a_payment_or_pan_field_is_a_card(text: str, card: str) -> None:
    assert (card, "CREDIT_CARD") in found(text)


def test_pan_inside_a_word_is_no_card_cue() -> None:
    assert labels_of("Japan: 36095427838956") == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("訂房確認後請匯款至 700－197837805856", "700－197837805856"),
        ("booking confirmation: please wire to 808 2254 5528 132460", "808 2254 5528 132460"),
        ("付款到 472803852808", "472803852808"),
    ],
)
def test_a_transfer_word_nearer_than_a_booking_word_keeps_the_account(
    text: str, account: str
) -> None:
    assert (account, "BANK_ACCOUNT") in found(text)


def test_a_booking_number_with_a_bank_code_shape_stays_a_booking_number() -> None:
    assert labels_of("訂房代碼 700-197837805856") == []

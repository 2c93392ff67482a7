"""E-mail, phone and IP address detection (desktop/engine/detectors/contact.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.engine.detectors import contact
from desktop.engine.detectors.contact import (
    EmailDetector,
    IPAddressDetector,
    PhoneDetector,
    phone_validity,
)
from desktop.engine.detectors.registry import fast_detectors
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source


def found(text: str) -> list[tuple[Label, str]]:
    """(label, original text) of every contact finding, checking each span's invariants."""
    doc = Document(text)
    result = []
    for detector in contact.DETECTORS:
        for span in detector.detect(doc):
            assert 0 <= span.start < span.end <= len(text)
            assert span.source is Source.PATTERN
            assert span.detector == detector.name
            result.append((span.label, text[span.start : span.end]))
    return result


def labels_of(text: str, label: Label) -> list[str]:
    return [value for found_label, value in found(text) if found_label is label]


def test_module_exports_detectors_registered_in_the_fast_layer() -> None:
    assert len(contact.DETECTORS) == 3
    registered = fast_detectors()
    assert all(detector in registered for detector in contact.DETECTORS)


def test_importing_the_module_does_not_import_phonenumbers() -> None:
    code = (
        "import sys, desktop.engine.detectors.contact as c\n"
        "assert 'phonenumbers' not in sys.modules\n"
        "from desktop.engine.textnorm import Document\n"
        "list(c.PhoneDetector().detect(Document('電話 0912-345-678')))\n"
        "assert 'phonenumbers' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# --- e-mail ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Contact: jane.doe@example.com.", "jane.doe@example.com"),
        ("信箱：wang.xm@example.com。", "wang.xm@example.com"),
        ("請寄到wang.xm@example.com謝謝", "wang.xm@example.com"),
        ("電子郵件ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
        (
            "mail jane+newsletter@mail.corp.example.co.uk today",
            "jane+newsletter@mail.corp.example.co.uk",
        ),
        ("<chen_mei-ling@ntu.edu.tw>", "chen_mei-ling@ntu.edu.tw"),
        ("mailto:o'brien@example.ie", "o'brien@example.ie"),
        ("聯絡 a.b.c@sub-domain.example.org，", "a.b.c@sub-domain.example.org"),
        ("user@xn--fiqs8s.xn--j6w193g ok", "user@xn--fiqs8s.xn--j6w193g"),
        ("https://example.com/unsubscribe?email=jane@example.org", "jane@example.org"),
        ("https://example.com:8443/u?to=jane@example.org", "jane@example.org"),
    ],
)
def test_emails_are_found_with_exact_extent(text: str, email: str) -> None:
    assert labels_of(text, Label.EMAIL) == [email]


def test_email_offsets_point_into_the_original_text() -> None:
    text = "王小明的信箱是ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ，請回信。"
    spans = list(EmailDetector().detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [(7, 23)]


@pytest.mark.parametrize(
    "text",
    [
        "user@localhost",
        "ping @everyone",
        "a@b.c",
        "react@18.2.0 and numpy==1.26",
        "jane.doe@example",
        "foo@-bad.com",
        "just an @ sign and example.com",
        "postgres://app:hunter2@db.example.com:5432/prod",  # a password and a host
        "mongodb+srv://app:Pass@239@cluster0.x7k2p.mongodb.net/app",
        "redis://:l0J5tc!dypQFJOUk@cache.internal:6379/0",
    ],
)
def test_email_negatives(text: str) -> None:
    assert labels_of(text, Label.EMAIL) == []


# --- phone numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("電話0912345678", "0912345678"),
        ("手機：0912-345-678。", "0912-345-678"),
        ("手機 0912 345 678 謝謝", "0912 345 678"),
        ("公司(02)2345-6789", "(02)2345-6789"),
        ("Office 02-2345-6789.", "02-2345-6789"),
        ("市話 02 2345 6789", "02 2345 6789"),
        ("台中 (04)2234-5678", "(04)2234-5678"),
        ("苗栗 037-123456", "037-123456"),
        ("高雄 07-123-4567", "07-123-4567"),
        ("免付費 0800-000-123", "0800-000-123"),
        ("mobile +886 912 345 678", "+886 912 345 678"),
        ("Tel +886-2-2345-6789", "+886-2-2345-6789"),
        ("Tel: +886 (0)2 2345 6789", "+886 (0)2 2345 6789"),
        ("撥打+886912345678", "+886912345678"),
        ("國際 00886 912 345 678", "00886 912 345 678"),
        ("Tel 886912345678", "886912345678"),
        ("Call +1 415-555-2671 today", "+1 415-555-2671"),
        ("London +44 20 7946 0958", "+44 20 7946 0958"),
        ("東京 +81 3-1234-5678", "+81 3-1234-5678"),
        ("US office (415) 555-2671", "(415) 555-2671"),
        ("phone 415-555-2671", "415-555-2671"),
        ("ｔｅｌ：０９１２－３４５－６７８", "０９１２－３４５－６７８"),
        ("聯絡電話(+886) 964-226-761", "(+886) 964-226-761"),
        ("+1 (415) 555-2671", "+1 (415) 555-2671"),
        ("US 415.555.2671", "415.555.2671"),
        ("mail huimei.han@hotmail.com / +852 6345 4346。", "+852 6345 4346"),
        ("電話（０２）２３４５－６７８９", "（０２）２３４５－６７８９"),
    ],
)
def test_phone_numbers_are_found_with_exact_extent(text: str, phone: str) -> None:
    assert labels_of(text, Label.PHONE) == [phone]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("(02)2345-6789 分機 123", "(02)2345-6789 分機 123"),
        ("02-2345-6789#123。", "02-2345-6789#123"),
        ("02-2345-6789 #123", "02-2345-6789 #123"),
        ("Tel 02-2345-6789 ext. 123", "02-2345-6789 ext. 123"),
        ("Tel 02-2345-6789 x123", "02-2345-6789 x123"),
        ("總機02-2345-6789轉556", "02-2345-6789轉556"),
        ("US office (415) 555-2671 ext. 12", "(415) 555-2671 ext. 12"),
        ("電話 (02)2345-6789 分機：88", "(02)2345-6789 分機：88"),
    ],
)
def test_extensions_are_part_of_the_span(text: str, phone: str) -> None:
    assert labels_of(text, Label.PHONE) == [phone]


def test_an_unformatted_landline_is_a_phone_after_a_phone_cue() -> None:
    assert labels_of("電話 0223456789", Label.PHONE) == ["0223456789"]
    assert labels_of("Tel: 00886223456789", Label.PHONE) == ["00886223456789"]


def test_a_following_number_is_not_swallowed() -> None:
    assert labels_of("手機 0912345678 123456", Label.PHONE) == ["0912345678"]


def test_several_numbers_in_one_line() -> None:
    text = "電話 02-2345-6789/0912-345-678，0922333444 或 +1 415-555-2671"
    assert labels_of(text, Label.PHONE) == [
        "02-2345-6789",
        "0912-345-678",
        "0922333444",
        "+1 415-555-2671",
    ]


def test_phone_offsets_point_into_the_original_text() -> None:
    text = "聯絡人：王小明　手機：０９１２－３４５－６７８　謝謝"
    spans = list(PhoneDetector().detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [(11, 23)]


def test_phone_cue_raises_the_score() -> None:
    detector = PhoneDetector()
    with_cue = next(iter(detector.detect(Document("手機 0912345678"))))
    without = next(iter(detector.detect(Document("見 0912345678"))))
    assert with_cue.score > without.score


def test_a_possible_but_invalid_number_needs_a_phone_cue_and_scores_lower() -> None:
    detector = PhoneDetector()
    spans = list(detector.detect(Document("Tel 0912-345-6789")))  # a typo: one digit too many
    assert [(s.start, s.end) for s in spans] == [(4, 17)]
    assert spans[0].score < next(iter(detector.detect(Document("Tel 0912-345-678")))).score
    assert list(detector.detect(Document("ref 0912-345-6789"))) == []


def test_phone_validity_is_cached_and_distinguishes_valid_from_impossible() -> None:
    assert phone_validity("0912345678", "TW") == "valid"
    assert phone_validity("0912345678", "TW") == "valid"
    assert phone_validity_cache_hits() >= 1
    assert phone_validity("0123", "TW") is None


def phone_validity_cache_hits() -> int:
    return phone_validity.cache_info().hits


@pytest.mark.parametrize(
    "text",
    [
        "訂單編號 2024061300123",
        "訂單編號 0912345678",  # an order number that looks like a mobile
        "tracking 0912 345 678",
        "NT$12,345",
        "新台幣 1,200,000 元",
        "金額 0912345678 元",
        "version v1.2.3, build 10.0.19045",
        "at 12:30:45",
        "2024-06-13 and 2024/06/13 and 13.06.2024",
        "統一編號 12345675",
        "發票號碼 AB-12345678",
        "SKU 012-3456-7890",
        "ISBN 978-0-306-40615-7",
        "營業時間 09:00-18:00",
        "IP 10.0.0.12",
        "ref 0912345678123",  # glued inside a longer digit run
        "id A0912345678",
        "ref 0912-345-6789",  # one digit too many, no phone cue
        "886912345678",  # a bare 886 prefix without a phone cue
        "page 123-4567",
        "卡號 4111111111111111",
        "發票號碼 DJ-04306584",
        "序號 0944859735",
        "值 23 0497 530 673 851",  # a list of numbers
        "號 0059333893623",  # "00" + digits without a phone cue
        "見 052540299",  # an unformatted landline shape needs a phone cue
        "02.02.2025",
    ],
)
def test_phone_hard_negatives(text: str) -> None:
    assert labels_of(text, Label.PHONE) == []


# --- IP addresses ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Server 192.168.1.10 is down", "192.168.1.10"),
        ("IP位址：203.0.113.45，請封鎖", "203.0.113.45"),
        ("來源 61.220.5.33:53", "61.220.5.33"),  # the port is no personal data
        ("http://10.20.30.40:8080/admin", "10.20.30.40"),
        ("subnet 172.16.5.0/24", "172.16.5.0"),
        ("IP １９２．１６８．１．１０。", "１９２．１６８．１．１０"),
        ("ip 1.2.3.4", "1.2.3.4"),
        ("登入來源 1.2.3.4", "1.2.3.4"),
        ("login from 1.34.56.78", "1.34.56.78"),
        ("HiNet 1.160.23.45 ok", "1.160.23.45"),
        ("v6 2001:db8::1, ok", "2001:db8::1"),
        ("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        ("link fe80::1%eth0 up", "fe80::1%eth0"),
        ("位址 2001:db8:abcd:12::7。", "2001:db8:abcd:12::7"),
        ("[2001:db8::42]:443", "2001:db8::42"),
    ],
)
def test_ip_addresses_are_found_with_exact_extent(text: str, address: str) -> None:
    assert labels_of(text, Label.IP_ADDRESS) == [address]


def test_ipv4_mapped_ipv6_is_found_with_its_embedded_ipv4() -> None:
    values = labels_of("mapped ::ffff:192.0.2.128 here", Label.IP_ADDRESS)
    assert "::ffff:192.0.2.128" in values


def test_ip_offsets_point_into_the_original_text() -> None:
    text = "伺服器ＩＰ：１９２．１６８．１．１０，管理員"
    spans = list(IPAddressDetector().detect(Document(text)))
    assert [(s.start, s.end) for s in spans] == [(6, 18)]


@pytest.mark.parametrize(
    "text",
    [
        "localhost 127.0.0.1",  # loopback: the same on every machine
        "bind 0.0.0.0:80",  # unspecified
        "::1 and ::",
        "multicast 224.0.0.251",
        "netmask 255.255.255.0",
        "broadcast 255.255.255.255",
        "version 1.2.3.4.5",
        "release 10.0.19045.1234",
        "Chrome 120.0.6099.109",
        "v1.2.3.4",
        "version 2.4.1.10",
        "see section 1.2.3.4",
        "steps 1.2.3.4 apply",  # all-small octets need an IP cue
        "999.1.1.1",
        "at 12:30:45 on 2024-06-13",
        "MAC 00:1a:2b:3c:4d:5e",
        "std::vector<int> and a::b",
        "ratio 1:2:3",
        "IP 192.168.01.1",  # leading zeros are not an address
        "App 4.8.13.91 登入後白屏",  # four-part versions with small leading parts
        "APP_VERSION=1.6.22.88",
        "image registry.local/app:3.5.16.84",
        "firmware 2.8.0.74.",
        "韌體 4.8.3.57，預計",
        "build 120.5.6.7",
    ],
)
def test_ip_negatives(text: str) -> None:
    assert labels_of(text, Label.IP_ADDRESS) == []


# --- mixed documents ------------------------------------------------------------------------


def test_mixed_document() -> None:
    text = (
        "客戶：王小明\n"
        "手機：0912-345-678，公司 (02)2345-6789 分機 123\n"
        "Email: wang.xm+shop@example.com.tw\n"
        "登入 IP 203.0.113.45, build 10.0.19045, 訂單編號 2024061300123, NT$12,345\n"
    )
    assert sorted(found(text)) == sorted(
        [
            (Label.PHONE, "0912-345-678"),
            (Label.PHONE, "(02)2345-6789 分機 123"),
            (Label.EMAIL, "wang.xm+shop@example.com.tw"),
            (Label.IP_ADDRESS, "203.0.113.45"),
        ]
    )


_NUMBERISH = st.text(
    alphabet="0123456789０９+-()（）.:：@＠ #xX分機轉abcdefEF%電話手機 \n", max_size=80
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), _NUMBERISH))
def test_detectors_never_fail_and_spans_stay_inside_the_text(text: str) -> None:
    found(text)


@pytest.mark.parametrize(
    "address", ["2404:6800:497f::2b6f", "2001:0db8:a7ea:5766:8507:80f2:4e23:27a7", "fe80::1%eth0"]
)
def test_an_ipv6_address_before_a_colon_of_punctuation(address: str) -> None:
    assert (Label.IP_ADDRESS, address) in found(f"webhook from {address}: Bearer denied")


@pytest.mark.parametrize(
    "text", ["13:40:40 +0800 deploy 8.27.21.79 完成", "- deploy 15.6.240.160\n", "ssh 0.13.180.221"]
)
def test_a_deployed_version_and_this_networks_block_are_no_addresses(text: str) -> None:
    assert [label for label, _ in found(text)] == []


@pytest.mark.parametrize("text", ["deploy to 10.0.0.5 now", "deployed on 192.168.1.20"])
def test_a_host_deployed_to_is_an_address(text: str) -> None:
    assert Label.IP_ADDRESS in [label for label, _ in found(text)]

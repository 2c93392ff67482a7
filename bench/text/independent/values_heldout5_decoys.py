"""Hard negatives of the `heldout5` split (session 9), written from scratch: values that look like
PII but are not. Order numbers as long as bank accounts, invoice numbers shaped like resident
certificates, parcel numbers grouped like phones, support-case numbers with a dash after the
first digit, Windows build numbers with four dotted parts, Unix timestamps of phone length,
dates that are not birthdays (民國 years included), ID and card lookalikes with a wrong check
digit, company tax IDs (統一編號, valid), commit hashes, UUIDs, digests and npm integrity strings,
EAN / ISBN / ASIN product codes, place and company names, and phrases that start like a name.

Every generator returns one hard-negative span (kind as in __init__.py); a label written in
front of it (sha256:, Build) stays outside.
"""

from __future__ import annotations

import random
import string
import uuid

from bench.text.independent.build import Seg, Value, neg
from bench.text.independent.checks import luhn_complete, luhn_valid, tw_id_bad, tw_id_valid, ubn

_HEX = "0123456789abcdef"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _ymd(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((2025, 2026, 2026, 2027)), rng.randint(1, 12), rng.randint(1, 28)


def order(rng: random.Random, lang: str) -> Value:
    y, m, d = _ymd(rng)
    forms = (
        lambda: f"{y % 100:02d}{m:02d}{d:02d}{_d(rng, 7)}",  # 13 digits, a marketplace order
        lambda: (
            f"{y % 100:02d}{m:02d}{d:02d}"
            + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
        ),
        lambda: f"{rng.randint(100, 999)}-{_d(rng, 7)}-{_d(rng, 7)}",
        lambda: f"ORD-{y}-{_d(rng, 6)}",
        lambda: f"#TW{y}{m:02d}{d:02d}-{_d(rng, 5)}",
        lambda: f"PO-{rng.randint(10000, 99999)}",
        lambda: f"{y}{m:02d}{d:02d}{_d(rng, 6)}",
        lambda: f"#{rng.randint(100000, 9999999)}",
    )
    return neg("order", rng.choice(forms)())


def invoice(rng: random.Random, lang: str) -> Value:
    y, m, _day = _ymd(rng)
    pick = rng.random()
    if pick < 0.5 and lang != "en":  # 統一發票: two letters + eight digits
        while True:
            text = _up(rng, 2) + _d(rng, 8)
            if not tw_id_valid(text):
                break
        if rng.random() < 0.5:
            text = text[:2] + "-" + text[2:]
        return neg("invoice", text)
    forms = (
        f"INV-{y}-{_d(rng, 5)}",
        f"INV/{y}/{m:02d}/{_d(rng, 4)}",
        f"{y}{_d(rng, 6)}",
        f"AR-{_d(rng, 8)}",
        f"F{y % 100}-{_d(rng, 6)}",
    )
    return neg("invoice", rng.choice(forms))


def _s10(rng: random.Random) -> str:
    body = _d(rng, 8)
    total = sum(int(c) * w for c, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return f"{rng.choice(('EE', 'RR', 'CP', 'LX', 'EA'))}{body}{check}TW"


def tracking(rng: random.Random, lang: str) -> Value:
    forms = (
        lambda: _s10(rng),
        lambda: (
            "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
        ),
        lambda: f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
        lambda: f"{rng.choice('2345678')}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
        lambda: rng.choice("345678") + _d(rng, 9),
        lambda: "SF" + _d(rng, 13),
        lambda: "F" + _d(rng, 11),
        lambda: "TW" + _d(rng, 10) + "X",
    )
    return neg("tracking", rng.choice(forms)())


def ticket(rng: random.Random, lang: str) -> Value:
    forms = (
        lambda: f"INC{_d(rng, 7)}",
        lambda: f"{rng.choice(('PAY', 'OPS', 'CRM', 'APP', 'SEC', 'HR'))}-{rng.randint(10, 9999)}",
        lambda: f"#{rng.randint(1000, 99999)}",
        lambda: f"T-{_ymd(rng)[0]}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{_d(rng, 4)}",
        lambda: f"CASE-{_d(rng, 8)}",
        lambda: f"SR {rng.randint(1, 3)}-{_d(rng, 10)}",
        lambda: f"RITM{_d(rng, 7)}",
        lambda: f"Q{rng.randint(10, 99)}-{_d(rng, 5)}",
    )
    return neg("ticket", rng.choice(forms)())


def amount(rng: random.Random, lang: str) -> Value:
    big = rng.randint(120, 2_500_000)
    small = rng.randint(1, 9999)
    forms = (
        f"NT${big:,}",
        f"NT$ {small:,}",
        f"US${small:,}.{rng.randint(0, 99):02d}",
        f"{big:,}元",
        f"€{small},{rng.randint(0, 99):02d}",
        f"¥{big:,}",
        f"{big:,}.{rng.randint(0, 99):02d} TWD",
        f"HK$ {small}",
        f"£{small}.{rng.randint(0, 99):02d}",
        f"A${small:,}.00",
        f"${big:,}",
        f"新台幣{big:,}元",
        f"{small} USD",
    )
    return neg("amount", rng.choice(forms))


def version(rng: random.Random, lang: str) -> Value:
    a, b, c = rng.randint(0, 24), rng.randint(0, 40), rng.randint(0, 60)
    forms = (
        f"v{a}.{b}.{c}",
        f"{a}.{b}.{c}-rc.{rng.randint(1, 5)}",
        f"10.0.{rng.randint(19041, 26100)}.{rng.randint(300, 4900)}",
        f"{rng.randint(14, 18)}.{rng.randint(0, 7)}.{rng.randint(1, 3)}",
        f"UP1A.{_d(rng, 6)}.{_d(rng, 3)}",
        f"{rng.randint(4, 6)}.{rng.randint(1, 19)}.0-{rng.randint(10, 40)}-amd64",
        f"v{a}.{b}.{c}-beta+sha.{''.join(rng.choice(_HEX) for _ in range(7))}",
        f"{rng.randint(2020, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}",
        f"{a}.{b}",
        f"{_ymd(rng)[0]}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.{rng.randint(1, 9)}",
    )
    return neg("version", rng.choice(forms))


def timestamp(rng: random.Random, lang: str) -> Value:
    y, m, d = _ymd(rng)
    hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
        m - 1
    ]
    epoch = rng.randint(1_735_000_000, 1_830_000_000)
    forms = (
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+08:00",
        f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{ss:02d}.{_d(rng, 3)}",
        str(epoch),
        f"{epoch}{_d(rng, 3)}",
        f"{d:02d}/{mon}/{y}:{hh:02d}:{mm:02d}:{ss:02d} +0800",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{_d(rng, 6)}Z",
        f"{y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}",
    )
    return neg("timestamp", rng.choice(forms))


def chat_time(rng: random.Random, lang: str) -> Value:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    if lang == "en":
        h12 = hh % 12 or 12
        forms = (
            f"{hh:02d}:{mm:02d}",
            f"{h12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}",
            f"{h12}:{mm:02d}{'pm' if hh >= 12 else 'am'}",
        )
    else:
        h12 = hh % 12 or 12
        forms = (
            f"{hh:02d}:{mm:02d}",
            f"{'下午' if hh >= 12 else '上午'}{h12}:{mm:02d}",
            f"{'晚上' if hh >= 18 else '早上'} {h12}:{mm:02d}",
        )
    return neg("timestamp", rng.choice(forms))


def date(rng: random.Random, lang: str) -> Value:
    """A date that is not a birthday: a meeting, a due date, a delivery day."""
    y, m, d = _ymd(rng)
    mon = (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    )[m - 1]
    if lang == "en":
        forms = (
            f"{mon} {d}",
            f"{d} {mon[:3]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{m}/{d}",
            f"{mon[:3]} {d}, {y}",
        )
    else:
        forms = (
            f"{y}年{m}月{d}日",
            f"{y - 1911}年{m}月{d}日",
            f"{y - 1911}/{m:02d}/{d:02d}",
            f"{m}/{d}",
            f"{m}月{d}日",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m:02d}.{d:02d}",
        )
    return neg("date", rng.choice(forms))


def bad_id(rng: random.Random, lang: str) -> Value:
    """A national-ID lookalike whose check digit is wrong (a typo a form rejected)."""
    return neg("bad_checksum", tw_id_bad(rng))


def bad_card(rng: random.Random, lang: str) -> Value:
    """A card number whose Luhn digit is wrong, grouped like a real one."""
    good = luhn_complete(rng.choice(("4", "5", "35")), 16, rng)
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_valid(bad)
    sep = rng.choice((" ", "-", ""))
    return neg("bad_checksum", sep.join(bad[i : i + 4] for i in range(0, 16, 4)))


def tax_id(rng: random.Random, lang: str) -> Value:
    return neg("tax_id", ubn(rng))


def commit_sha(rng: random.Random, lang: str) -> Value:
    n = rng.choice((7, 7, 8, 10, 12, 40))
    return neg("commit_sha", "".join(rng.choice(_HEX) for _ in range(n)))


def uuid_value(rng: random.Random, lang: str) -> Value:
    value = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return neg("uuid", value.upper() if rng.random() < 0.15 else value)


def digest(rng: random.Random, lang: str) -> Value:
    pick = rng.random()
    if pick < 0.3:
        return neg("hash", "".join(rng.choice(_HEX) for _ in range(32)))
    if pick < 0.65:
        body = "".join(rng.choice(_HEX) for _ in range(64))
        if rng.random() < 0.5:
            return Value((Seg("sha256:"), Seg(body, "~hash")), ("neg:hash",))
        return neg("hash", body)
    if pick < 0.85:
        body = (
            "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(86))
            + "=="
        )
        return Value((Seg("sha512-"), Seg(body, "~hash")), ("neg:hash",))
    return neg("hash", "".join(rng.choice(_HEX) for _ in range(40)))


def _ean13(rng: random.Random, prefix: str) -> str:
    body = prefix + _d(rng, 12 - len(prefix))
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def product(rng: random.Random, lang: str) -> Value:
    forms = (
        lambda: f"SKU-{_d(rng, 5)}-{rng.choice(('BLK', 'WHT', 'RED', 'NAV'))}-{rng.choice('SML')}",
        lambda: _ean13(rng, "471"),
        lambda: (lambda s: f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:12]}-{s[12]}")(_ean13(rng, "978986")),
        lambda: (
            "B0" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
        ),
        lambda: f"{_up(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}",
        lambda: f"{_up(rng, 2)}{_d(rng, 4)}{_up(rng, 2)}",
        lambda: f"A{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}",
        lambda: (
            f"{rng.choice(('MBP', 'RTX', 'XPS', 'WH'))}-{_d(rng, 4)}{rng.choice(('', 'XM5', 'Ti'))}"
        ),
    )
    return neg("product_code", rng.choice(forms)())


_PLACES_ZH = (
    "台北101",
    "信義商圈",
    "松山機場",
    "桃園機場第二航廈",
    "西門町",
    "逢甲夜市",
    "駁二藝術特區",
    "墾丁大街",
    "九份老街",
    "日月潭",
    "高鐵台中站",
    "南港展覽館",
    "華山文創園區",
    "新光三越A11",
)
_PLACES_EN = (
    "Shibuya",
    "Kuala Lumpur",
    "King's Cross",
    "Bondi Beach",
    "Gare du Nord",
    "Pike Place Market",
    "Changi Airport T3",
    "Canary Wharf",
    "Orchard Road",
    "Union Square",
    "Ximending",
    "Taipei Main Station",
)


def place(rng: random.Random, lang: str) -> Value:
    pool = _PLACES_EN if lang == "en" or (lang == "mixed" and rng.random() < 0.4) else _PLACES_ZH
    return neg("place", rng.choice(pool))


_COMPANIES_ZH = (
    "台積電",
    "鴻海精密工業股份有限公司",
    "統一超商",
    "全家便利商店",
    "中華電信",
    "蝦皮購物",
    "momo購物網",
    "長榮航空",
    "玉山金控",
    "大同股份有限公司",
    "新東陽",
    "誠品書店",
)
_COMPANIES_EN = (
    "Acme Pty Ltd",
    "Lumen Logistics Co., Ltd.",
    "Foxconn",
    "PChome",
    "Grab",
    "Gojek",
    "Jollibee",
    "Nordhaven Ltd",
    "Meridian HR Inc.",
    "Sunriver K.K.",
    "Kowalski & Sons",
    "Banerjee Textiles Pvt. Ltd.",
)


def company(rng: random.Random, lang: str) -> Value:
    pool = (
        _COMPANIES_EN if lang == "en" or (lang == "mixed" and rng.random() < 0.5) else _COMPANIES_ZH
    )
    return neg("company", rng.choice(pool))


_PHRASES_EN = (
    "Grace Period",
    "Rose Gold",
    "Black Friday",
    "Mother's Day",
    "Summer Sale",
    "Customer Success",
    "Apple Pay",
    "Google Meet",
    "Happy Hour",
    "Victoria Day",
    "Will Call",
    "Max Load",
    "Amber Alert",
    "Grand Total",
    "Frank Talk",
    "Early Bird",
)
_PHRASES_ZH = (
    "周年慶",
    "黃金週",
    "王牌業務",
    "林蔭大道",
    "陳皮梅",
    "許願池",
    "吳郭魚",
    "江湖救急",
    "高富帥",
    "洪水警報",
    "葉黃素",
    "石斑魚",
    "文青風",
    "馬上辦",
    "白飯",
    "方便麵",
    "金門高粱",
)


def phrase(rng: random.Random, lang: str) -> Value:
    pool = _PHRASES_EN if lang == "en" or (lang == "mixed" and rng.random() < 0.4) else _PHRASES_ZH
    return neg("phrase", rng.choice(pool))

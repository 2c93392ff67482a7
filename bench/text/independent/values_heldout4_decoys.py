"""Hard negatives of the `heldout4` split (session 7): values that look like PII and are not.
Order numbers of sixteen digits that fail Luhn, e-invoice numbers shaped like resident
certificates (but failing the check), postal tracking numbers (S10 `EE123456789TW`, 22-digit
ones), build numbers shaped like IPv4 addresses, event dates in 民國 and Western forms, epoch
timestamps, IDs with a wrong check digit, company names made of surnames, place names, and
Chinese words that begin with a surname character.

Every generator returns one hard-negative segment (`neg`); its kind is one of the corpus's.
"""

from __future__ import annotations

import random
import string

from bench.text.independent.build import Value, neg
from bench.text.independent.checks import luhn_valid, tw_id, tw_id_bad, tw_id_valid, ubn


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _not_luhn(rng: random.Random, n: int, prefix: str = "") -> str:
    while True:
        value = prefix + _d(rng, n - len(prefix))
        if not luhn_valid(value):
            return value


# fmt: off
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# fmt: on


def order(rng: random.Random, lang: str) -> Value:
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return neg(
        "order",
        rng.choice(
            (
                f"ORD-{y % 100}{m:02d}{d:02d}-{_d(rng, 4)}",
                f"TW{y % 100}{m:02d}{d:02d}{_d(rng, 4)}",
                f"{y % 100}{m:02d}{d:02d}{_up(rng, 2)}{_d(rng, 2)}{_up(rng, 4)}",
                _not_luhn(rng, 16, f"{y}{m:02d}{d:02d}"),
                f"#{_d(rng, 9)}",
                f"{_d(rng, 3)}-{_d(rng, 7)}-{_d(rng, 7)}",
            )
        ),
    )


def invoice(rng: random.Random, lang: str) -> Value:
    while True:  # a Taiwanese e-invoice number must not pass as a resident certificate
        letters = _up(rng, 2)
        einv = f"{letters}{_d(rng, 8)}"
        if not tw_id_valid(einv):
            break
    # fmt: off
    return neg("invoice", rng.choice((
        einv, f"{einv[:2]}-{einv[2:]}", f"INV-{rng.randint(2023, 2026)}-{_d(rng, 5)}",
        f"INV{_d(rng, 7)}", f"{_up(rng, 3)}/{rng.randint(2023, 2026)}/{_d(rng, 4)}",
    )))
    # fmt: on


def tracking(rng: random.Random, lang: str) -> Value:
    return neg(
        "tracking",
        rng.choice(
            (
                f"1Z{_up(rng, 1)}{_d(rng, 2)}{_up(rng, 3)}{_d(rng, 10)}",
                f"E{rng.choice('ECR')}{_d(rng, 9)}TW",
                f"{_up(rng, 2)}{_d(rng, 9)}GB",
                f"9400 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"JD{_d(rng, 16)}",
                f"SF{_d(rng, 13)}",
            )
        ),
    )


def ticket(rng: random.Random, lang: str) -> Value:
    # fmt: off
    return neg("ticket", rng.choice((
        f"OPS-{rng.randint(100, 9999)}", f"INC{_d(rng, 7)}", f"#{rng.randint(10000, 99999)}",
        f"CS-{rng.randint(2024, 2026)}-{_d(rng, 4)}-{_d(rng, 2)}", f"SR{_d(rng, 8)}",
        f"T{_d(rng, 8)}-{_d(rng, 3)}",
    )))
    # fmt: on


def amount(rng: random.Random, lang: str) -> Value:
    n = rng.randint(30, 250000)
    # fmt: off
    return neg("amount", rng.choice((
        f"NT${n:,}", f"NT$ {n:,}元", f"{n:,} 元", f"${n / 100:,.2f}", f"USD {n:,}.00",
        f"€{n:,}".replace(",", ".") + ",00", f"¥{n:,}", f"£{n / 10:,.2f}", f"{n:,}元整",
        f"RM {n / 10:,.2f}", f"₱{n:,}",
    )))
    # fmt: on


def version(rng: random.Random, lang: str) -> Value:
    a, b, c = rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 250)
    # fmt: off
    return neg("version", rng.choice((
        f"{a}.{b}.{c}", f"v{a}.{b}.{c}-rc.{rng.randint(1, 5)}",
        f"10.0.{rng.randint(19041, 26100)}.{c}",
        f"{a}.{b}.{c}.{rng.randint(1, 254)}",  # four parts, IPv4-shaped build number
        f"1.8.0_{rng.randint(100, 420)}",
        f"{rng.randint(110, 130)}.0.{_d(rng, 4)}.{rng.randint(10, 200)}",
        f"{rng.randint(2023, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 3)}",
    )))
    # fmt: on


def timestamp(rng: random.Random, lang: str) -> Value:
    y, m, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = _MONTHS[m - 1][:3]
    # fmt: off
    return neg("timestamp", rng.choice((
        f"{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
        f"{y}/{m:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d}",
        f"{d:02d}/{m:02d}/{y}, {h:02d}:{mi:02d}", f"{d} {mon} {y} {h:02d}:{mi:02d}:{s:02d} +0800",
        f"{y}-{m:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{_d(rng, 3)}",
        str(rng.randint(1_690_000_000, 1_790_000_000)),
        f"{m}/{d}/{y % 100} {h % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}",
    )))
    # fmt: on


def chat_time(rng: random.Random, lang: str) -> Value:
    """Short chat-export stamps: 14:03, 下午2:03, 2:03 PM, 2024/6/11(二) 14:03."""
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    half = "上午" if h < 12 else "下午"
    # fmt: off
    return neg("timestamp", rng.choice((
        f"{h:02d}:{mi:02d}", f"{half}{h % 12 or 12}:{mi:02d}",
        f"{h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
        f"{rng.randint(2024, 2026)}/{rng.randint(1, 12)}/{rng.randint(1, 28)} {h:02d}:{mi:02d}",
        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2024, 2026)}, "
        f"{h:02d}:{mi:02d}",
    )))
    # fmt: on


def date(rng: random.Random, lang: str) -> Value:
    """A date that is not a birth date: a deadline, a visit, an event (some decades old)."""
    y = rng.choice((rng.randint(2022, 2027), rng.randint(2022, 2027), rng.randint(1990, 2021)))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    r = y - 1911
    # fmt: off
    return neg("date", rng.choice((
        f"{r}/{m:02d}/{d:02d}", f"民國{r}年{m}月{d}日", f"{r}年{m}月{d}日", f"{y}年{m}月{d}日",
        f"{_MONTHS[m - 1]} {d}, {y}", f"{d} {_MONTHS[m - 1][:3]} {y}", f"{d:02d}.{m:02d}.{y}",
        f"{y}-{m:02d}-{d:02d}", f"{m}/{d}", f"{m}月{d}日", f"{d:02d}/{m:02d}/{y}",
    )))
    # fmt: on


def bad_checksum(rng: random.Random, lang: str) -> Value:
    kind = rng.random()
    if kind < 0.45:
        return neg("bad_checksum", tw_id_bad(rng))
    if kind < 0.65:  # resident-certificate shapes, last digit off by one or more
        good = tw_id(rng, rng.choice(("resident_new", "resident_old")))
        return neg("bad_checksum", good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10))
    number = _not_luhn(rng, 16, rng.choice(("4", "5", "35")))
    sep = rng.choice((" ", "-", ""))
    return neg("bad_checksum", sep.join(number[i : i + 4] for i in range(0, 16, 4)))


def tax_id(rng: random.Random, lang: str) -> Value:
    return neg("tax_id", ubn(rng))


def commit_sha(rng: random.Random, lang: str) -> Value:
    return neg(
        "commit_sha",
        "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((7, 8, 12, 40)))),
    )


def uuid_value(rng: random.Random, lang: str) -> Value:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    text = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    return neg("uuid", text.upper() if rng.random() < 0.2 else text)


def digest(rng: random.Random, lang: str) -> Value:
    n = rng.choice((32, 40, 64))
    return neg("hash", "".join(rng.choice("0123456789abcdef") for _ in range(n)))


def product(rng: random.Random, lang: str) -> Value:
    # fmt: off
    return neg("product_code", rng.choice((
        f"SKU-TW-{_d(rng, 5)}", f"A{rng.randint(2000, 3300)}", f"RT-AX{rng.randint(50, 99)}U",
        f"471{_d(rng, 10)}", f"{_up(rng, 2)}-{_d(rng, 4)}{_up(rng, 1)}",
        f"MQ{_d(rng, 2)}{_up(rng, 2)}/A",
        f"KB-{_d(rng, 3)}-{_up(rng, 3)}",
    )))
    # fmt: on


# fmt: off
_PLACES_EN = ("Kensington", "Bondi Beach", "Jurong East", "Ximending", "Shibuya", "Lekki",
              "Tamsui", "Raffles Place", "Collins Street", "Indiranagar", "Camden Market",
              "Taipei Main Station", "Songshan Airport", "Jiufen", "Kowloon Tong")
_PLACES_ZH = ("信義區", "中山站", "士林夜市", "松山機場", "忠孝復興", "逢甲夜市", "駁二",
              "淡水老街", "板橋車站", "敦化南路", "新竹科學園區", "墾丁", "七期", "台北車站",
              "鹽埕區")
# fmt: on


def place(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("place", rng.choice(_PLACES_ZH if zh else _PLACES_EN))


# fmt: off
_COMPANIES_EN = ("Hargreaves & Boyd LLP", "Okafor Logistics Ltd", "Kowalczyk Bros. Plumbing",
                 "Van der Meer Installatietechniek B.V.", "Nguyen Brothers Bakery",
                 "Srisawat Trading Co., Ltd.", "Patil & Menon Associates", "Dela Cruz Law Office",
                 "Yılmaz İnşaat A.Ş.", "Santos & Filhos Ltda.", "Pemberton Whitlock plc",
                 "Kamau Fresh Produce", "Lin & Chen Partners")
_COMPANIES_ZH = ("王陳聯合會計師事務所", "林記豆花", "陳家牛肉麵", "張氏企業有限公司",
                 "黃大目豆干", "吳家鐵板燒", "郭元益", "李記燒臘", "周氏蝦捲", "蔡林法律事務所",
                 "許家古早味")
# fmt: on


def company(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("company", rng.choice(_COMPANIES_ZH if zh else _COMPANIES_EN))


# fmt: off
_PHRASES_EN = ("Grace period", "Will call", "Happy Hour", "Frank feedback", "Rose Garden",
               "Mark as done", "Bill Pay", "Earl Grey", "Victoria sponge", "Art Deco",
               "Sandy Lane", "Patty melt", "Jack of all trades", "Amber alert")
_PHRASES_ZH = ("林蔭大道", "黃金週", "曾經", "陳年普洱", "許願池", "游泳課", "何時", "施工公告",
               "方便", "高鐵票", "張貼公告", "周年慶", "江湖", "王牌", "白金卡", "金門高粱",
               "洪水警報", "余額不足", "常溫配送")
# fmt: on


def phrase(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("phrase", rng.choice(_PHRASES_ZH if zh else _PHRASES_EN))

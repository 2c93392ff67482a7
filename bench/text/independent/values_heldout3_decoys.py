"""Hard negatives of the `heldout3` split (session 6): numbers and words that look like personal
data to a pattern matcher but are not, in shapes the other decoy modules do not produce: Amazon and
Shopee order numbers, 統一發票 numbers, EMS / 黑貓 / DHL tracking numbers, ITSM ticket ids, amounts
in a dozen currencies and in 大寫 numerals, four-part versions that look like IPs, epoch seconds,
ROC-year dates of meetings and deliveries, bad-checksum IDs and cards, 統一編號, UUIDs, digests,
barcodes and model numbers, and capitalised phrases that contain given names.
"""

from __future__ import annotations

import base64
import random
import string
import uuid

from bench.text.independent import checks
from bench.text.independent.build import Value, neg

_UP = string.ascii_uppercase
_UPD = _UP + string.digits


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _a(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def order(rng: random.Random, lang: str) -> Value:
    yymmdd = f"{rng.randint(24, 26)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return neg(
        "order",
        rng.choice(
            (
                f"{rng.randint(111, 114)}-{_d(rng, 7)}-{_d(rng, 7)}",
                yymmdd + _a(rng, _UPD, 8),
                f"#SO-{_d(rng, 5)}",
                f"ORD/{rng.randint(2024, 2026)}/{_d(rng, 6)}",
                f"#{rng.randint(1001, 9999)}",
                f"TW{yymmdd}{_d(rng, 5)}",
            )
        ),
    )


def invoice(rng: random.Random, lang: str) -> Value:
    uni = _a(rng, _UP, 2) + rng.choice(("-", "", " ")) + _d(rng, 8)
    return neg(
        "invoice",
        rng.choice(
            (
                uni,
                uni,
                f"INV/{rng.randint(2024, 2026)}/{_d(rng, 4)}",
                f"{rng.randint(2024, 2026)}-{_d(rng, 6)}",
            )
        ),
    )


def tracking(rng: random.Random, lang: str) -> Value:
    return neg(
        "tracking",
        rng.choice(
            (
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"E{rng.choice('EGLR')}{_d(rng, 9)}TW",
                f"R{rng.choice('ABR')}{_d(rng, 9)}{rng.choice(('JP', 'SG', 'MY'))}",
                "JD" + _d(rng, 18),
                f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                "SF" + _d(rng, 13),
                _d(rng, 10),
            )
        ),
    )


def ticket(rng: random.Random, lang: str) -> Value:
    return neg(
        "ticket",
        rng.choice(
            (
                f"ZD#{_d(rng, 5)}",
                f"INC{_d(rng, 7)}",
                f"SR-{rng.randint(2024, 2026)}-{_d(rng, 5)}",
                f"C{rng.randint(24, 26)}{_d(rng, 8)}",
                f"HELP-{rng.randint(100, 9999)}",
                f"Case {_d(rng, 8)}",
                f"OPS-{rng.randint(10, 999)}",
            )
        ),
    )


_CAPITAL = "零壹貳參肆伍陸柒捌玖"


def _capital(n: int) -> str:
    """A whole-thousands amount in 大寫 numerals: 12000 -> 壹萬貳仟元整."""
    wan, qian = divmod(n // 1000, 10)
    out = (_CAPITAL[wan] + "萬" if wan else "") + (_CAPITAL[qian] + "仟" if qian else "")
    return "新臺幣" + out + "元整"


def amount(rng: random.Random, lang: str) -> Value:
    n = rng.randint(120, 98000)
    cents = rng.randint(0, 99)
    return neg(
        "amount",
        rng.choice(
            (
                f"US${n:,}.{cents:02d}",
                f"€ {n:,}".replace(",", ".") + f",{cents:02d}",
                f"¥{n * 10:,}",
                f"JPY {n * 10:,}",
                f"RM {n:,}.{cents:02d}",
                f"S$ {n / 10:,.2f}",
                f"Rp {n * 1000:,}".replace(",", "."),
                f"₱{n:,}",
                f"₩{n * 100:,}",
                f"THB {n:,}",
                f"HK$ {n:,}",
                f"NT$ {n:,}",
                f"{n // 1000 + 1}萬{rng.randint(1, 9)}千元",
                _capital(rng.randint(1, 99) * 1000),
                f"{n:,}元",
            )
        ),
    )


def version(rng: random.Random, lang: str) -> Value:
    a, b, c = rng.randint(1, 24), rng.randint(0, 30), rng.randint(0, 200)
    return neg(
        "version",
        rng.choice(
            (
                f"v{a}.{b}.{c}",
                f"{a}.{b}.{c}-beta.{rng.randint(1, 9)}+build.{rng.randint(1, 999)}",
                f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                f"10.0.{rng.randint(19041, 26100)}.{rng.randint(100, 5000)}",
                f"{rng.randint(110, 135)}.0.{rng.randint(5000, 6999)}.{rng.randint(10, 250)}",
                f"firmware {rng.randint(1, 5)}.{b % 10}.{c % 10}.{rng.randint(1000, 9999)}",
                f"node v{rng.randint(16, 22)}.{b}.{rng.randint(0, 9)}",
            )
        ),
    )


def timestamp(rng: random.Random, lang: str) -> Value:
    y, mo, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s, ms = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)
    mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[
        mo - 1
    ]
    return neg(
        "timestamp",
        rng.choice(
            (
                str(rng.randint(1_700_000_000, 1_790_000_000)),
                str(rng.randint(1_700_000_000_000, 1_790_000_000_000)),
                f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{ms:03d}+08:00",
                f"{mon} {d:2d} {h:02d}:{mi:02d}:{s:02d}",
                f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{ms:03d}",
                f"{'上午' if h < 12 else '下午'} {h % 12 or 12}:{mi:02d}",
                f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}",
            )
        ),
    )


def date(rng: random.Random, lang: str) -> Value:
    """A meeting, delivery or due date (never a birth date), ROC years included."""
    y, mo, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    wk = "一二三四五六日"[rng.randint(0, 6)]
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    if zh:
        forms = (f"{y - 1911}年{mo}月{d}日", f"{y - 1911}/{mo:02d}/{d:02d}", f"{mo}/{d}（{wk}）",
                 f"{y}年{mo}月{d}日", f"{y - 1911}.{mo:02d}.{d:02d}")  # fmt: skip
    else:
        month = ("January", "March", "April", "June", "September", "November")[mo % 6]
        forms = (f"{d} {month} {y}", f"{month} {d}, {y}", f"{d:02d}.{mo:02d}.{y}",
                 f"{y}-{mo:02d}-{d:02d}", f"Fri {d} {month[:3]}")  # fmt: skip
    return neg("date", rng.choice(forms))


def bad_checksum(rng: random.Random, lang: str) -> Value:
    roll = rng.random()
    if roll < 0.55:
        good = checks.tw_id(rng, rng.choice(("national", "national", "resident_new")))
        return neg("bad_checksum", good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10))
    good = checks.luhn_complete(rng.choice(("4", "5", "35")), 16, rng)
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    sep = rng.choice((" ", "-", ""))
    return neg("bad_checksum", sep.join(bad[i : i + 4] for i in range(0, 16, 4)))


def tax_id(rng: random.Random, lang: str) -> Value:
    return neg("tax_id", checks.ubn(rng))


def commit_sha(rng: random.Random, lang: str) -> Value:
    return neg("commit_sha", _hex(rng, rng.choice((7, 9, 10, 40))))


def uuid_value(rng: random.Random, lang: str) -> Value:
    value = str(uuid.UUID(int=rng.getrandbits(128), version=rng.choice((1, 4))))
    return neg("uuid", value.upper() if rng.random() < 0.25 else value)


def digest(rng: random.Random, lang: str) -> Value:
    roll = rng.random()
    if roll < 0.2:
        raw = bytes(rng.getrandbits(8) for _ in range(64))
        return neg("hash", "sha512-" + base64.b64encode(raw).decode())
    return neg(
        "hash", rng.choice(("", "md5:", "sha1:", "sha256:")) + _hex(rng, rng.choice((32, 40, 64)))
    )


def product(rng: random.Random, lang: str) -> Value:
    return neg(
        "product_code",
        rng.choice(
            (
                "471" + _d(rng, 10),
                f"978-986-{_d(rng, 3)}-{_d(rng, 3)}-{rng.randint(0, 9)}",
                f"SM-S{rng.randint(900, 938)}{rng.choice('0BNU')}",
                f"M{_a(rng, _UP, 3)}{rng.randint(2, 3)}TA/A",
                "B0" + _a(rng, _UPD, 8),
                f"RTX{rng.choice(('4060', '4070', '5080'))}-O{rng.choice((8, 12, 16))}G",
                f"A{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}",
            )
        ),
    )


_PHRASES = ("Lunar New Year Sale", "Out Of Office", "Terms And Conditions",
            "Employee Of The Month", "Grand Opening", "Customer Appreciation Day",
            "Mid-Autumn Festival", "Black Friday", "Dragon Boat Festival", "Year End Party",
            "Town Hall", "Dear Valued Customer", "Grace Period", "Will Call", "Rose Garden Suite",
            "Summer Rain Blend", "Victoria Harbour View", "Iris Scanner", "Happy Hour",
            "Early Bird Discount")  # fmt: skip


def phrase(rng: random.Random, lang: str) -> Value:
    return neg("phrase", rng.choice(_PHRASES))

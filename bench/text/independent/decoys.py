"""Hard negatives: values that look like PII to a pattern matcher but are not personal data.

Each is one `NegativeSpan` of its kind. The bad-checksum IDs are national-ID and card lookalikes
whose check digit is wrong; 統一編號 are valid company tax IDs (a company is not a person).
"""

from __future__ import annotations

import random
import string
import uuid

from bench.text.independent import checks
from bench.text.independent.build import Value, neg

_UP = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def order(rng: random.Random, lang: str) -> Value:
    return neg(
        "order",
        rng.choice(
            (
                f"ORD-{rng.randint(2023, 2026)}-{_d(rng, 6)}",
                f"#{rng.choice(_UP)}{_d(rng, 9)}",
                f"{rng.randint(2024, 2026)}{_d(rng, 10)}",
                f"PO{_d(rng, 7)}",
            )
        ),
    )


def invoice(rng: random.Random, lang: str) -> Value:
    # 統一發票 numbers are two letters and eight digits, the shape of an old resident certificate
    uni = rng.choice(_UP) + rng.choice(_UP) + rng.choice(("-", "")) + _d(rng, 8)
    return neg("invoice", rng.choice((uni, f"INV-{rng.randint(2024, 2026)}-{_d(rng, 5)}")))


def tracking(rng: random.Random, lang: str) -> Value:
    ups = "1Z" + "".join(rng.choice(_UP + string.digits) for _ in range(16))
    return neg(
        "tracking",
        rng.choice(
            (
                ups,
                _d(rng, 12),
                f"9400 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
                f"TW{_d(rng, 9)}",
            )
        ),
    )


def amount(rng: random.Random, lang: str) -> Value:
    n = rng.randint(50, 250000)
    return neg(
        "amount",
        rng.choice(
            (
                f"NT${n:,}",
                f"NT$ {n:,}",
                f"新台幣{n:,}元",
                f"${n / 100:,.2f}",
                f"NTD {n}",
                f"{n:,} 元",
            )
        ),
    )


def version(rng: random.Random, lang: str) -> Value:
    a, b, c = rng.randint(0, 19), rng.randint(0, 40), rng.randint(0, 120)
    return neg(
        "version",
        rng.choice(
            (
                f"v{a}.{b}.{c}",
                f"{a}.{b}.{c}-rc.{rng.randint(1, 5)}",
                f"build {rng.randint(2024, 2026)}{_d(rng, 4)}.{rng.randint(1, 9)}",
                f"{a}.{b}.{c}.{rng.randint(1000, 9999)}",
            )
        ),
    )


def timestamp(rng: random.Random, lang: str) -> Value:
    y, mo, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return neg(
        "timestamp",
        rng.choice(
            (
                f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z",
                f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{s:02d}",
                f"{d:02d}/Mar/{y}:{h:02d}:{mi:02d}:{s:02d} +0800",
                f"{h:02d}:{mi:02d}",
            )
        ),
    )


def date(rng: random.Random, lang: str) -> Value:
    """An ordinary date (a meeting, a delivery), never a birth date."""
    y, mo, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "zh" or (lang == "mixed" and rng.random() < 0.5):
        text = rng.choice((f"{mo}月{d}日", f"{y}/{mo:02d}/{d:02d}", f"{y - 1911}年{mo}月{d}日"))
    else:
        text = rng.choice((f"{y}-{mo:02d}-{d:02d}", f"{d} June {y}", f"March {d}", f"{mo}/{d}"))
    return neg("date", text)


def bad_checksum(rng: random.Random, lang: str) -> Value:
    if rng.random() < 0.6:
        return neg("bad_checksum", checks.tw_id_bad(rng))
    good = checks.luhn_complete("4" + _d(rng, 1), 16, rng)
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    return neg("bad_checksum", " ".join(bad[i : i + 4] for i in range(0, 16, 4)))


def tax_id(rng: random.Random, lang: str) -> Value:
    return neg("tax_id", checks.ubn(rng))


def sha(rng: random.Random, lang: str) -> Value:
    return neg("commit_sha", _hex(rng, rng.choice((7, 8, 12, 40))))


def uuid_value(rng: random.Random, lang: str) -> Value:
    return neg("uuid", str(uuid.UUID(int=rng.getrandbits(128), version=4)))


def digest(rng: random.Random, lang: str) -> Value:
    return neg("hash", rng.choice(("sha256:", "", "")) + _hex(rng, rng.choice((32, 64))))


def product(rng: random.Random, lang: str) -> Value:
    return neg(
        "product_code",
        rng.choice(
            (
                f"SKU-{rng.choice(_UP)}{rng.choice(_UP)}-{_d(rng, 4)}-BLK",
                f"KD-{rng.randint(43, 85)}X{rng.randint(70, 99)}L",
                f"UX{_d(rng, 4)}MA",
                f"A{_d(rng, 4)}-{rng.choice(_UP)}{_d(rng, 2)}",
            )
        ),
    )


_PHRASES = (
    "Project Phoenix",
    "Quarterly Review",
    "Customer Success",
    "Blue Ocean Strategy",
    "Annual General Meeting",
    "Operation Lighthouse",
    "Golden Week",
    "Design Sprint",
    "North Star Metric",
    "Team Falcon",
    "Release Train",
    "Spring Festival Sale",
)


def phrase(rng: random.Random, lang: str) -> Value:
    return neg("phrase", rng.choice(_PHRASES))


def ticket(rng: random.Random, lang: str) -> Value:
    return neg(
        "ticket",
        rng.choice(
            (f"TCK-{_d(rng, 5)}", f"#{_d(rng, 5)}", f"JIRA-{_d(rng, 4)}", f"CS{_d(rng, 8)}")
        ),
    )

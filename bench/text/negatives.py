"""Hard negatives: values that look like PII to a careless detector but are not personal data.

Where a negative could by chance be a valid PII value (a 16-digit number passing Luhn, a
10-character ID passing the Taiwan checksum) it is drawn again, so the gold stays honest.
"""

from __future__ import annotations

import datetime as dt
import string

from bench.text.checksums import (
    luhn_is_valid,
    tw_id_check_digit,
    tw_id_is_valid,
    tw_tax_id_is_valid,
)
from bench.text.piece import GenContext
from bench.text.values_numbers import format_date_en, format_date_zh

_UPPER = string.ascii_uppercase


def _not_card(ctx: GenContext, prefix: str, length: int) -> str:
    """`prefix` plus random digits up to `length`, never a Luhn-valid 13-19 digit number."""
    while True:
        value = prefix + ctx.digits(length - len(prefix))
        if not (13 <= length <= 19 and luhn_is_valid(value)):
            return value


def order_number(ctx: GenContext) -> str:
    rng = ctx.rng
    day = ordinary_day(ctx)
    style = rng.randrange(6)
    if style == 0:
        return f"{day:%y%m%d}{ctx.chars(_UPPER + string.digits, 8)}"  # marketplace style
    if style == 1:
        return f"#{rng.randint(10000, 9999999)}"
    if style == 2:
        return f"ORD-{day:%Y%m%d}-{ctx.digits(4)}"
    if style == 3:
        return _not_card(ctx, f"{day:%Y%m%d}", 16)
    if style == 4:
        return f"TW{day:%y%m%d}{ctx.digits(6)}"
    return f"PO-{ctx.digits(5)}"


def amount(ctx: GenContext) -> str:
    rng = ctx.rng
    value = rng.choice(
        (rng.randint(30, 999), rng.randint(1000, 99999), rng.randint(100000, 9999999))
    )
    money = f"{value:,}"
    latin = (
        f"NT${money}",
        f"NT$ {money}",
        f"NT$ {value}",
        f"TWD {money}",
        f"${money}",
        f"US${money}.{ctx.digits(2)}",
        f"USD {money}.00",
    )
    chinese = (f"新台幣 {money} 元", f"{money}元", f"{money} 元整", f"台幣{money}", f"NT${money}")
    return rng.choice(
        latin if ctx.lang == "en" else chinese if ctx.lang == "zh" else latin + chinese
    )


def tracking_number(ctx: GenContext) -> str:
    rng = ctx.rng
    style = rng.randrange(6)
    if style == 0:  # 黑貓宅急便 12 digits, printed in groups
        digits = rng.choice("2345678") + ctx.digits(11)
        return rng.choice((digits, f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"))
    if style == 1:  # postal S10 (international registered)
        return f"{rng.choice(('EE', 'RR', 'CP', 'LZ'))}{ctx.digits(9)}TW"
    if style == 2:  # UPS
        return f"1Z{ctx.chars(_UPPER + string.digits, 6)}{ctx.digits(10)}"
    if style == 3:  # 中華郵政 domestic 20 digits
        return _not_card(ctx, ctx.rng.choice("123456789"), 20)
    if style == 4:  # convenience-store pickup codes
        return f"{rng.choice(('F', 'K', 'T'))}{ctx.digits(11)}"
    return f"{rng.choice('123456789')}{ctx.digits(11)}"  # FedEx 12 digits


def version(ctx: GenContext) -> str:
    rng = ctx.rng
    style = rng.randrange(6)
    if style == 0:
        return f"v{rng.randint(0, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"
    if style == 1:
        return f"{rng.randint(1, 4)}.{rng.randint(0, 14)}.{rng.randint(0, 12)}"
    if style == 2:  # browser builds: four parts, the third above 255
        return f"{rng.randint(100, 131)}.0.{rng.randint(4000, 6900)}.{rng.randint(10, 250)}"
    if style == 3:  # Windows build
        return f"10.0.{rng.choice((19045, 22621, 22631, 26100))}.{rng.randint(1000, 5000)}"
    if style == 4:  # assembly-style four-part versions (these look like IPv4)
        return f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}"
    return f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc{rng.randint(1, 5)}"


def time_of_day(ctx: GenContext) -> str:
    rng = ctx.rng
    h, m = rng.randint(0, 23), rng.choice((0, 0, 15, 30, 45, rng.randint(0, 59)))
    h12 = h % 12 or 12
    common = (
        f"{h:02d}:{m:02d}",
        f"{h}:{m:02d}",
        f"{h:02d}:{m:02d}:{rng.randint(0, 59):02d}",
        f"{h:02d}:{m:02d}-{(h + 1) % 24:02d}:{m:02d}",
    )
    latin = (f"{h12}:{m:02d} {'AM' if h < 12 else 'PM'}", f"{h12}{'am' if h < 12 else 'pm'}")
    chinese = (f"{'上午' if h < 12 else '下午'}{h12}:{m:02d}", f"{h12}點{m}分" if m else f"{h12}點")
    if ctx.lang == "en":
        return rng.choice(common + latin)
    return rng.choice(common + chinese + (latin if ctx.lang == "mixed" else ()))


def clock_time(ctx: GenContext) -> str:
    """A time as logs print it."""
    rng = ctx.rng
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def bad_checksum_id(ctx: GenContext) -> str:
    """A Taiwan-ID-shaped value whose check digit is wrong (a typo, or a made-up sample)."""
    first = ctx.rng.choice(_UPPER)
    head = first + ctx.rng.choice("1289") + ctx.digits(7)
    good = tw_id_check_digit(head)
    value = head + ctx.rng.choice([d for d in "0123456789" if d != good])
    assert not tw_id_is_valid(value)
    return value


def company_tax_id(ctx: GenContext) -> str:
    """統一編號: 8 digits, drawn until the real checksum holds (companies have valid ones)."""
    while True:
        value = ctx.rng.choice("0123456789") + ctx.digits(7)
        if tw_tax_id_is_valid(value):
            return value


def invoice_number(ctx: GenContext) -> str:
    """Uniform invoice number: two letters and eight digits (never an old-format ARC by chance)."""
    while True:
        letters, digits = ctx.chars(_UPPER, 2), ctx.digits(8)
        if not tw_id_is_valid(letters + digits):
            break
    return ctx.rng.choice((f"{letters}-{digits}", f"{letters}{digits}", f"{letters} {digits}"))


def commit_sha(ctx: GenContext) -> str:
    return ctx.chars("0123456789abcdef", ctx.rng.choice((7, 7, 8, 12, 40)))


def sha256_digest(ctx: GenContext) -> str:
    return ctx.chars("0123456789abcdef", 64)


def uuid(ctx: GenContext) -> str:
    h = ctx.chars("0123456789abcdef", 32)
    value = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ctx.rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    return value.upper() if ctx.chance(0.1) else value


def ordinary_day(ctx: GenContext) -> dt.date:
    """A recent or upcoming day: meetings, deliveries, deadlines (never a birthday)."""
    start = dt.date(2022, 1, 1).toordinal()
    return dt.date.fromordinal(start + ctx.rng.randint(0, 1500))


def date_zh(ctx: GenContext) -> str:
    day = ordinary_day(ctx)
    return ctx.rng.choice(
        (format_date_zh(ctx, day), f"{day.month}/{day.day}", f"{day.month}月{day.day}日")
    )


def date_en(ctx: GenContext) -> str:
    day = ordinary_day(ctx)
    return ctx.rng.choice(
        (format_date_en(ctx, day), f"{day:%b} {day.day}", f"{day.month}/{day.day}")
    )


def ticket_number(ctx: GenContext) -> str:
    rng = ctx.rng
    choices = [
        f"#{rng.randint(1000, 999999)}",
        f"INC{ctx.digits(7)}",
        f"CS-{ctx.digits(6)}",
        f"JIRA-{rng.randint(100, 9999)}",
        f"SR{ctx.digits(8)}",
    ]
    if ctx.lang != "en":
        choices.append(f"Q{ctx.digits(6)}")
    return rng.choice(choices)


_PLACES_ZH = (
    "台北", "臺北市", "新北", "高雄", "台中市", "台南", "新竹", "竹科", "信義區", "內湖", "板橋",
    "桃園機場", "墾丁", "花蓮", "宜蘭", "九份", "淡水", "西門町", "南港展覽館", "台東",
)  # fmt: skip
_PLACES_EN = (
    "Taipei", "Kaohsiung", "Taichung", "Hsinchu", "Tainan", "Xinyi District", "Neihu",
    "Taoyuan Airport", "Tokyo", "Singapore", "San Francisco", "Seattle", "London", "Hong Kong",
)  # fmt: skip


def place_zh(ctx: GenContext) -> str:
    return ctx.rng.choice(_PLACES_ZH)


def place_en(ctx: GenContext) -> str:
    return ctx.rng.choice(_PLACES_EN)


def company_zh(ctx: GenContext) -> str:
    return str(ctx.fake_zh.company())


def company_en(ctx: GenContext) -> str:
    return str(ctx.fake_en.company())

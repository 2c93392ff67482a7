"""Structured PII values with valid check digits, in the formats people actually type."""

from __future__ import annotations

import datetime as dt

from bench.text.checksums import (
    TW_LETTER_CODES,
    iban_with_check_digits,
    luhn_check_digit,
    tw_id_check_digit,
)
from bench.text.piece import GenContext

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_COMMON_ID_LETTERS = "AAAFFFHHBBEEDDGJKLMNPQRSTUVWXYZCIO"


def tw_national_id(ctx: GenContext) -> str:
    first = ctx.rng.choice(_COMMON_ID_LETTERS)
    head = first + ctx.rng.choice("12") + ctx.digits(7)
    return head + tw_id_check_digit(head)


def tw_resident_certificate(ctx: GenContext) -> str:
    """Resident certificate (居留證): new format (2nd digit 8/9) or old (2nd letter A-D)."""
    first = ctx.rng.choice(tuple(TW_LETTER_CODES))
    second = ctx.rng.choice("89") if ctx.chance(0.65) else ctx.rng.choice("ABCD")
    head = first + second + ctx.digits(7)
    return head + tw_id_check_digit(head)


def _group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    return sep.join(out)


# (prefixes, length, grouping)
_CARD_BRANDS = (
    (("4",), 16, (4, 4, 4, 4)),
    (("51", "52", "53", "54", "55", "2221", "2720"), 16, (4, 4, 4, 4)),
    (("34", "37"), 15, (4, 6, 5)),
    (("3528", "3530", "3566", "3589"), 16, (4, 4, 4, 4)),
    (("62",), 16, (4, 4, 4, 4)),
    (("62",), 19, (4, 4, 4, 4, 3)),
    (("36",), 14, (4, 6, 4)),
)


def credit_card(ctx: GenContext) -> str:
    prefixes, length, grouping = ctx.rng.choice(_CARD_BRANDS)
    partial = ctx.rng.choice(prefixes)
    partial += ctx.digits(length - len(partial) - 1)
    number = partial + luhn_check_digit(partial)
    sep = ctx.rng.choice((" ", " ", "-", "", " "))
    return number if not sep else _group(number, grouping, sep)


# Country, BBAN builder (digits "9", letters "A", alphanumerics "X"), grouping in print.
_IBAN_FORMATS = (
    ("DE", "999999999999999999"),
    ("GB", "AAAA99999999999999"),
    ("FR", "9999999999XXXXXXXXXXX99"),
    ("NL", "AAAA9999999999"),
    ("ES", "99999999999999999999"),
    ("IT", "A9999999999XXXXXXXXXXXX"),
    ("CH", "99999XXXXXXXXXXXX"),
    ("BE", "999999999999"),
    ("AT", "9999999999999999"),
)


def iban(ctx: GenContext) -> str:
    country, shape = ctx.rng.choice(_IBAN_FORMATS)
    alnum = "0123456789" + _UPPER
    bban = "".join(
        ctx.rng.choice("0123456789" if c == "9" else _UPPER if c == "A" else alnum) for c in shape
    )
    value = iban_with_check_digits(country, bban)
    if ctx.chance(0.6):
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


# Taiwan bank account shapes: (total digits, groupings seen on passbooks and transfer slips).
_BANK_SHAPES = (
    (14, ((7, 7), (3, 3, 8), (14,))),  # 中華郵政 局號+帳號, many others 14 digits
    (12, ((3, 3, 6), (4, 4, 4), (12,), (3, 2, 6, 1))),
    (13, ((4, 3, 6), (13,), (3, 4, 6))),
    (16, ((4, 4, 4, 4), (16,))),
    (10, ((3, 7), (10,))),
    (11, ((3, 2, 6), (11,))),
)


def bank_account(ctx: GenContext) -> str:
    length, groupings = ctx.rng.choice(_BANK_SHAPES)
    digits = ctx.rng.choice("0123456789") + ctx.digits(length - 1)
    grouping = ctx.rng.choice(groupings)
    sep = ctx.rng.choice(("-", "-", " "))
    return _group(digits, grouping, sep)


_TW_BANKS = (
    ("004", "臺灣銀行"), ("005", "土地銀行"), ("006", "合作金庫"), ("007", "第一銀行"),
    ("008", "華南銀行"), ("012", "台北富邦"), ("013", "國泰世華"), ("017", "兆豐銀行"),
    ("700", "中華郵政"), ("808", "玉山銀行"), ("812", "台新銀行"), ("822", "中國信託"),
    ("103", "新光銀行"), ("807", "永豐銀行"), ("824", "連線銀行"),
)  # fmt: skip


def bank_name(ctx: GenContext) -> str:
    """A bank as people write it next to an account: name, code, or both (not PII)."""
    code, name = ctx.rng.choice(_TW_BANKS)
    return ctx.rng.choice((name, f"{name}({code})", f"({code}){name}", f"{code} {name}", name))


def passport(ctx: GenContext) -> str:
    kind = ctx.rng.randrange(5)
    if kind <= 1:  # Taiwan: 9 digits
        return ctx.rng.choice("123") + ctx.digits(8)
    if kind == 2:  # US: 9 digits, or a letter and 8 digits since 2021
        return (
            ctx.rng.choice(("A", "B", "C", "E")) + ctx.digits(8)
            if ctx.chance(0.5)
            else (ctx.rng.choice("123456789") + ctx.digits(8))
        )
    if kind == 3:  # Japan: two letters, seven digits
        return ctx.rng.choice(("TK", "TR", "TZ", "MU", "RE")) + ctx.digits(7)
    return ctx.rng.choice("123456789") + ctx.digits(8)  # UK


def ipv4(ctx: GenContext) -> str:
    rng = ctx.rng
    kind = rng.randrange(4)
    if kind == 0:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if kind == 1:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice(
        (1, 27, 36, 42, 59, 61, 101, 111, 114, 118, 122, 140, 163, 180, 203, 211, 220)
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(ctx: GenContext) -> str:
    groups = [f"{ctx.rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = ctx.rng.choice(("2001", "2400", "2402", "2404", "2406", "fe80", "fd12"))
    style = ctx.rng.randrange(3)
    if style == 0:
        return ":".join(g.zfill(4) for g in groups)
    if style == 1:
        cut = ctx.rng.randint(2, 4)
        return ":".join(groups[:cut]) + "::" + ":".join(groups[cut + 2 :])
    return ":".join(groups)


def birth_date(ctx: GenContext) -> dt.date:
    start = dt.date(1945, 1, 1).toordinal()
    end = dt.date(2009, 12, 31).toordinal()
    return dt.date.fromordinal(ctx.rng.randint(start, end))


def format_date_zh(ctx: GenContext, day: dt.date) -> str:
    """The ways dates are written in Taiwan, with 民國 (ROC) years as often as AD years."""
    roc = day.year - 1911
    y, m, d = day.year, day.month, day.day
    return ctx.rng.choice(
        (
            f"民國{roc}年{m}月{d}日",
            f"{roc}年{m}月{d}日",
            f"{roc:03d}/{m:02d}/{d:02d}",
            f"{roc}.{m}.{d}",
            f"{roc}/{m}/{d}",
            f"{y}/{m}/{d}",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}年{m}月{d}日",
            f"{y}-{m:02d}-{d:02d}",
            f"{y}.{m:02d}.{d:02d}",
            f"民國 {roc} 年 {m} 月 {d} 日",
        )
    )


_MONTHS = (
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
)


def format_date_en(ctx: GenContext, day: dt.date) -> str:
    y, m, d = day.year, day.month, day.day
    month = _MONTHS[m - 1]
    abbr = month[:3] + ("" if month == "May" else ".")
    return ctx.rng.choice(
        (
            f"{d} {month[:3]} {y}",
            f"{month} {d}, {y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
            f"{abbr} {d}, {y}",
            f"{d} {month} {y}",
            f"{m}/{d}/{y}",
        )
    )

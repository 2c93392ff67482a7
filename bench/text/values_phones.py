"""Phone numbers: Taiwan mobiles and landlines in every common format, and foreign numbers."""

from __future__ import annotations

from collections.abc import Callable

from bench.text.piece import GenContext


def _is_real(number: str, region: str) -> bool:
    """Whether the numbering plan has such a number (phonenumbers metadata)."""
    import phonenumbers

    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(number, region)))
    except phonenumbers.NumberParseException:
        return False


def _real(ctx: GenContext, make: Callable[[GenContext], str], region: str) -> str:
    """Draw until the number exists in the numbering plan: nobody has an impossible number."""
    for _ in range(200):
        number = make(ctx)
        if _is_real(number, region):
            return number
    raise RuntimeError("no valid phone number drawn")


# Taiwan area codes and the length of the local number.
_TW_AREAS = (
    ("2", 8), ("2", 8), ("2", 8), ("3", 7), ("37", 6), ("4", 8), ("4", 7), ("49", 7),
    ("5", 7), ("6", 7), ("7", 7), ("8", 7), ("89", 6), ("82", 6),
)  # fmt: skip


def tw_mobile(ctx: GenContext) -> str:
    return _real(ctx, _tw_mobile, "TW")


def _tw_mobile(ctx: GenContext) -> str:
    rng = ctx.rng
    body = "9" + rng.choice("12345678") + rng.choice("0123456789") + ctx.digits(6)
    a, b, c = body[:3], body[3:6], body[6:]
    national = "0" + body
    return rng.choice(
        (
            f"0{a}-{b}-{c}",
            f"0{a}-{b}-{c}",
            national,
            national,
            f"0{a} {b} {c}",
            f"0{a}-{b}{c}",
            f"+886 {a} {b} {c}",
            f"+886-{a}-{b}-{c}",
            f"+886{body}",
            f"(+886) {a}-{b}-{c}",
            f"+886-{body}",
        )
    )


def _local(ctx: GenContext, length: int) -> str:
    return ctx.rng.choice("2345678") + ctx.digits(length - 1)


def _split_local(local: str) -> tuple[str, str]:
    cut = 4 if len(local) == 8 else 3
    return local[:cut], local[cut:]


def _tw_landline_core(ctx: GenContext) -> str:
    rng = ctx.rng
    area, length = rng.choice(_TW_AREAS)
    local = _local(ctx, length)
    head, tail = _split_local(local)
    return rng.choice(
        (
            f"(0{area}){head}-{tail}",
            f"(0{area}) {head}-{tail}",
            f"0{area}-{head}-{tail}",
            f"0{area}-{local}",
            f"0{area}{local}",
            f"0{area} {head} {tail}",
            f"+886-{area}-{head}-{tail}",
            f"+886 {area} {head} {tail}",
            f"(0{area}){local}",
        )
    )


def tw_landline(ctx: GenContext) -> str:
    rng = ctx.rng
    number = _real(ctx, _tw_landline_core, "TW")
    if ctx.chance(0.3):
        ext = ctx.digits(rng.choice((2, 3, 3, 4)))
        number += rng.choice(
            (
                f" 分機 {ext}",
                f"分機{ext}",
                f" #{ext}",
                f"#{ext}",
                f" ext. {ext}",
                f" 轉{ext}",
                f" x{ext}",
                f" ext {ext}",
            )
        )
    return number


# Real area codes and valid exchanges (never 555, never starting 0/1).
_US_AREAS = ("212", "415", "646", "206", "312", "617", "737", "303", "408", "650", "213", "718")


def us_phone(ctx: GenContext) -> str:
    return _real(ctx, _us_phone, "US")


def _us_phone(ctx: GenContext) -> str:
    rng = ctx.rng
    area = rng.choice(_US_AREAS)
    exchange = rng.choice("2346789") + ctx.digits(2)
    line = ctx.digits(4)
    return rng.choice(
        (
            f"({area}) {exchange}-{line}",
            f"{area}-{exchange}-{line}",
            f"+1 {area} {exchange} {line}",
            f"+1-{area}-{exchange}-{line}",
            f"{area}.{exchange}.{line}",
            f"+1 ({area}) {exchange}-{line}",
        )
    )


def intl_phone(ctx: GenContext) -> str:
    return _real(ctx, _intl_phone, "US")


def _intl_phone(ctx: GenContext) -> str:
    rng = ctx.rng
    kind = rng.randrange(6)
    if kind == 0:  # UK London
        return f"+44 20 {rng.choice('378')}{ctx.digits(3)} {ctx.digits(4)}"
    if kind == 1:  # Japan Tokyo landline or mobile
        if ctx.chance(0.5):
            return f"+81 3-{rng.choice('3456')}{ctx.digits(3)}-{ctx.digits(4)}"
        prefix = rng.choice(("90", "80", "70"))
        return f"+81 {prefix}-{rng.choice('1234')}{ctx.digits(3)}-{ctx.digits(4)}"
    if kind == 2:  # Hong Kong mobile
        return f"+852 {rng.choice('569')}{ctx.digits(3)} {ctx.digits(4)}"
    if kind == 3:  # Singapore mobile
        return f"+65 {rng.choice('89')}{ctx.digits(3)} {ctx.digits(4)}"
    if kind == 4:  # China mobile
        return f"+86 1{rng.choice('3589')}{ctx.digits(1)} {ctx.digits(4)} {ctx.digits(4)}"
    return _us_phone(ctx)

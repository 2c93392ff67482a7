"""Template slots: `{{NAME}}` in a template expands to the Piece its generator returns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bench.text import names_heldout as nh
from bench.text import negatives as ng
from bench.text import values_numbers as vn
from bench.text import values_people as vp
from bench.text import values_phones as vph
from bench.text import values_secrets as vs
from bench.text.piece import GenContext, Piece, credential_url, neg, pii

SlotFn = Callable[[GenContext], Piece]


def _p(label: str, make: Callable[[GenContext], str]) -> SlotFn:
    return lambda ctx: pii(make(ctx), label)


def _n(kind: str, make: Callable[[GenContext], str]) -> SlotFn:
    return lambda ctx: neg(make(ctx), kind)


def _either(*choices: SlotFn) -> SlotFn:
    return lambda ctx: ctx.rng.choice(choices)(ctx)


def _url_with_credentials(ctx: GenContext) -> Piece:
    """A connection string or clone URL; only the password/token inside it is the secret."""
    rng = ctx.rng
    style = rng.randrange(5)
    if style == 4:
        token = vs.github_token(ctx)
        user = rng.choice(("x-access-token", "oauth2", "git"))
        repo = f"{ctx.fake_en.domain_word()}/{ctx.fake_en.word()}"
        return credential_url(f"https://{user}:", token, f"@github.com/{repo}.git")
    scheme, port = [("postgres", 5432), ("mysql", 3306), ("mongodb+srv", 0), ("redis", 6379)][style]
    host = rng.choice(
        (
            "db.internal",
            "prod-db-1",
            f"{ctx.fake_en.domain_word()}.rds.amazonaws.com",
            "cluster0.x7k2p.mongodb.net",
            "localhost",
        )
    )
    user = "" if scheme == "redis" and ctx.chance(0.5) else vs.db_user(ctx)
    where = f"{host}:{port}" if port else host
    db = rng.choice(("/app", "/prod", "/0", "/orders", "", "?retryWrites=true"))
    return credential_url(f"{scheme}://{user}:", vs.password(ctx), f"@{where}{db}")


def _dob(fmt: Callable[[GenContext, dt.date], str]) -> Callable[[GenContext], str]:
    return lambda ctx: fmt(ctx, vn.birth_date(ctx))


def _name(faker_name: Callable[[GenContext], str], heldout: Callable[[GenContext], str]) -> SlotFn:
    """A person's name: from Faker, or (test split) sometimes from a held-out source."""

    def make(ctx: GenContext) -> Piece:
        source = heldout if ctx.heldout_names and ctx.chance(ctx.heldout_names) else faker_name
        return pii(source(ctx), "PERSON")

    return make


SLOTS: dict[str, SlotFn] = {
    # people
    "NAME_ZH": _name(vp.name_zh, nh.name_zh),
    "NAME_EN": _name(vp.name_en, nh.name_en),
    "NAME_ROM": _name(vp.name_romanized, nh.name_romanized),
    "ADDR_ZH": _p("ADDRESS", vp.address_zh),
    "ADDR_TWEN": _p("ADDRESS", vp.address_tw_en),
    "ADDR_US": _p("ADDRESS", vp.address_us),
    "EMAIL": _p("EMAIL", vp.email),
    # phones
    "MOBILE": _p("PHONE", vph.tw_mobile),
    "TEL": _p("PHONE", vph.tw_landline),
    "PHONE_US": _p("PHONE", vph.us_phone),
    "PHONE_INTL": _p("PHONE", vph.intl_phone),
    # identifiers and money
    "TWID": _p("TW_NATIONAL_ID", vn.tw_national_id),
    "ARC": _p("TW_NATIONAL_ID", vn.tw_resident_certificate),
    "CARD": _p("CREDIT_CARD", vn.credit_card),
    "BANK_ACCT": _p("BANK_ACCOUNT", vn.bank_account),
    "IBAN": _p("IBAN", vn.iban),
    "PASSPORT": _p("PASSPORT", vn.passport),
    "DOB_ZH": _p("DATE_OF_BIRTH", _dob(vn.format_date_zh)),
    "DOB_EN": _p("DATE_OF_BIRTH", _dob(vn.format_date_en)),
    "IPV4": _p("IP_ADDRESS", vn.ipv4),
    "IPV6": _p("IP_ADDRESS", vn.ipv6),
    # secrets
    "AWS_KEY_ID": _p("SECRET", vs.aws_access_key_id),
    "AWS_SECRET": _p("SECRET", vs.aws_secret_key),
    "GH_TOKEN": _p("SECRET", vs.github_token),
    "SLACK_TOKEN": _p("SECRET", vs.slack_token),
    "STRIPE_KEY": _p("SECRET", vs.stripe_key),
    "OPENAI_KEY": _p("SECRET", vs.openai_key),
    "ANTHROPIC_KEY": _p("SECRET", vs.anthropic_key),
    "GOOGLE_KEY": _p("SECRET", vs.google_api_key),
    "API_KEY": _p("SECRET", vs.provider_key),
    "HEX_SECRET": _p("SECRET", vs.hex_secret),
    "JWT": _p("SECRET", vs.jwt),
    "PRIVATE_KEY": _p("SECRET", vs.private_key),
    "PASSWORD": _p("SECRET", vs.password),
    "CRED_URL": _url_with_credentials,
    # context that is neither PII nor a hard negative
    "BANK": lambda ctx: Piece(vn.bank_name(ctx)),
    "DB_USER": lambda ctx: Piece(vs.db_user(ctx)),
    # hard negatives
    "ORDER_NO": _n("order_number", ng.order_number),
    "AMOUNT": _n("amount", ng.amount),
    "TRACKING": _n("tracking_number", ng.tracking_number),
    "VERSION": _n("version", ng.version),
    "TIME": _n("time", ng.time_of_day),
    "CLOCK": _n("time", ng.clock_time),
    "BAD_ID": _n("bad_checksum_id", ng.bad_checksum_id),
    "TAX_ID": _n("company_tax_id", ng.company_tax_id),
    "INVOICE_NO": _n("invoice_number", ng.invoice_number),
    "COMMIT": _n("commit_sha", ng.commit_sha),
    "SHA256": _n("sha256", ng.sha256_digest),
    "UUID": _n("uuid", ng.uuid),
    "DATE_ZH": _n("ordinary_date", ng.date_zh),
    "DATE_EN": _n("ordinary_date", ng.date_en),
    "TICKET_NO": _n("ticket_number", ng.ticket_number),
    "PLACE_ZH": _n("place", ng.place_zh),
    "PLACE_EN": _n("place", ng.place_en),
    "COMPANY_ZH": _n("company", ng.company_zh),
    "COMPANY_EN": _n("company", ng.company_en),
}

# Convenience unions used by templates.
SLOTS["IP"] = _either(SLOTS["IPV4"], SLOTS["IPV4"], SLOTS["IPV6"])
SLOTS["TWID_ANY"] = _either(SLOTS["TWID"], SLOTS["TWID"], SLOTS["ARC"])
SLOTS["PHONE_TW"] = _either(SLOTS["MOBILE"], SLOTS["MOBILE"], SLOTS["TEL"])
SLOTS["ADDR_TW"] = _either(SLOTS["ADDR_ZH"], SLOTS["ADDR_ZH"], SLOTS["ADDR_TWEN"])
SLOTS["NAME_TW_EN"] = _either(SLOTS["NAME_ROM"], SLOTS["NAME_EN"])

# ruff: noqa: E501  (tables of scene text read better one row per line)
"""What the benchmark screenshots say: pieces of text, each with its label (None: not personal
data), built from the text benchmark's value generators (read-only reuse of bench/text)."""

from __future__ import annotations

import random
from functools import cache

from bench.text import values_numbers as num
from bench.text import values_people as people
from bench.text import values_phones as phones
from bench.text import values_secrets as secrets
from bench.text.piece import GenContext

Piece = tuple[str, str | None]


@cache
def _context() -> GenContext:
    from bench.text.generate import make_context

    return make_context(2026, "test")


def _values(rng: random.Random) -> dict[str, str]:
    ctx = _context()
    ctx.rng = rng  # the scene's own seeded stream; Faker keeps its seeded state
    return {
        "name_zh": people.name_zh(ctx), "name_en": people.name_en(ctx),
        "mobile": phones.tw_mobile(ctx), "us_phone": phones.us_phone(ctx),
        "email": people.email(ctx), "tw_id": num.tw_national_id(ctx),
        "addr_zh": people.address_zh(ctx), "addr_en": people.address_tw_en(ctx),
        "card": num.credit_card(ctx), "account": num.bank_account(ctx), "ip": num.ipv4(ctx),
        "token": secrets.github_token(ctx), "aws": secrets.aws_access_key_id(ctx),
        "dob_zh": num.format_date_zh(ctx, num.birth_date(ctx)),
        "dob_en": num.format_date_en(ctx, num.birth_date(ctx)),
        "order": f"{rng.randint(10**9, 10**10 - 1)}", "amount": f"{rng.randint(100, 99999):,}",
        "time": f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
    }  # fmt: skip


def scene_content(scene: str, lang: str, rng: random.Random, index: int) -> list[list[Piece]]:
    v = _values(rng)
    zh = lang == "zh"
    if scene == "chat":
        rows = _chat_zh(v) if zh else _chat_en(v)
    elif scene == "form":
        rows = _form_zh(v) if zh else _form_en(v)
    elif scene == "email":
        rows = _email_zh(v) if zh else _email_en(v)
    else:
        rows = _terminal(v)
    return rows


def _chat_zh(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("嗨，我是", None), (v["name_zh"], "PERSON"), ("，訂單", None), (v["order"], None),
         ("的貨到了嗎？", None)],
        [("還沒喔，可以留一下手機嗎？", None)],
        [("我的手機是", None), (v["mobile"], "PHONE"), ("，請寄到", None),
         (v["addr_zh"], "ADDRESS"), ("，謝謝！這次金額是", None), (v["amount"], None), ("元", None)],
        [("好的，麻煩提供身分證字號核對", None)],
        [(v["tw_id"], "TW_NATIONAL_ID"), (" 生日 ", None), (v["dob_zh"], "DATE_OF_BIRTH")],
        [("收到，退款會匯到帳號 ", None), (v["account"], "BANK_ACCOUNT"), (" 嗎？", None)],
        [("對，另外有問題可寄信到 ", None), (v["email"], "EMAIL"), (" 晚上", None),
         (v["time"], None), ("前都在", None)],
    ]  # fmt: skip


def _chat_en(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("Hi, this is ", None), (v["name_en"], "PERSON"), (". Any news on order #", None),
         (v["order"], None), ("?", None)],
        [("Not yet. Can I get a phone number to reach you?", None)],
        [("Sure, call me at ", None), (v["us_phone"], "PHONE"), (" or ship it to ", None),
         (v["addr_en"], "ADDRESS"), (". The total was $", None), (v["amount"], None)],
        [("Thanks. Which card did you pay with?", None)],
        [("The one ending... actually it is ", None), (v["card"], "CREDIT_CARD"),
         (", and my email is ", None), (v["email"], "EMAIL")],
        [("Got it, we will reply before ", None), (v["time"], None), (" today.", None)],
    ]  # fmt: skip


def _form_zh(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("姓名", None), (v["name_zh"], "PERSON")], [("身分證字號", None), (v["tw_id"], "TW_NATIONAL_ID")],
        [("出生日期", None), (v["dob_zh"], "DATE_OF_BIRTH")], [("手機", None), (v["mobile"], "PHONE")],
        [("電子郵件", None), (v["email"], "EMAIL")], [("通訊地址", None), (v["addr_zh"], "ADDRESS")],
        [("訂單編號", None), (v["order"], None)], [("金額", None), ("NT$" + v["amount"], None)],
        [("信用卡", None), (v["card"], "CREDIT_CARD")], [("備註", None), ("請於平日送達", None)],
    ]  # fmt: skip


def _form_en(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("Name", None), (v["name_en"], "PERSON")], [("Date of birth", None), (v["dob_en"], "DATE_OF_BIRTH")],
        [("Phone", None), (v["us_phone"], "PHONE")], [("Email", None), (v["email"], "EMAIL")],
        [("Address", None), (v["addr_en"], "ADDRESS")], [("Order", None), (v["order"], None)],
        [("Card", None), (v["card"], "CREDIT_CARD")], [("Amount", None), ("$" + v["amount"], None)],
        [("Notes", None), ("Leave at the front desk", None)],
    ]  # fmt: skip


def _email_zh(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("寄件者：", None), (v["name_zh"], "PERSON"), (" <", None), (v["email"], "EMAIL"), (">", None)],
        [("主旨：訂單 ", None), (v["order"], None), (" 退款申請", None)],
        [("您好，我想申請退款，請匯款至帳號 ", None), (v["account"], "BANK_ACCOUNT"),
         ("。如需聯絡請撥 ", None), (v["mobile"], "PHONE"), ("，或寄到 ", None),
         (v["addr_zh"], "ADDRESS"), ("。謝謝您的協助，祝 順心", None)],
        [(v["name_zh"], "PERSON"), (" 敬上", None)],
    ]  # fmt: skip


def _email_en(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("From: ", None), (v["name_en"], "PERSON"), (" <", None), (v["email"], "EMAIL"), (">", None)],
        [("Subject: refund for order ", None), (v["order"], None)],
        [("Hello, please refund the $", None), (v["amount"], None),
         (" to my card ", None), (v["card"], "CREDIT_CARD"), (". You can reach me at ", None),
         (v["us_phone"], "PHONE"), (" or write to ", None), (v["addr_en"], "ADDRESS"),
         (". Thank you for your help with this order, it is much appreciated.", None)],
        [("Best regards,", None)], [(v["name_en"], "PERSON")],
    ]  # fmt: skip


def _terminal(v: dict[str, str]) -> list[list[Piece]]:
    return [
        [("$ export GITHUB_TOKEN=", None), (v["token"], "SECRET")],
        [("$ export AWS_ACCESS_KEY_ID=", None), (v["aws"], "SECRET")],
        [("$ ssh deploy@", None), (v["ip"], "IP_ADDRESS")],
        [("Last login: Mon Jun 3 ", None), (v["time"], None), (" from ", None),
         (v["ip"], "IP_ADDRESS")],
        [("$ git log -1 --format=%an", None)], [(v["name_en"], "PERSON")],
        [("$ git config user.email", None)], [(v["email"], "EMAIL")],
        [("$ make deploy  # build ", None), (v["order"], None), (" done", None)],
    ]  # fmt: skip

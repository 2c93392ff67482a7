"""Identity and money numbers: Taiwan IDs, cards, Taiwan bank accounts, IBANs, passports, and
dates of birth.

Gold spans: the number with its own separators; a bank account is bank code + separator +
account digits (the bank's name beside it stays outside); a date of birth is the date alone.
"""

from __future__ import annotations

import random
import string

from bench.text.independent import checks
from bench.text.independent.build import Value, full_digits, pii

_BANKS = (
    ("004", "臺灣銀行"),
    ("005", "土地銀行"),
    ("006", "合作金庫"),
    ("007", "第一銀行"),
    ("008", "華南銀行"),
    ("009", "彰化銀行"),
    ("012", "台北富邦"),
    ("013", "國泰世華"),
    ("017", "兆豐銀行"),
    ("700", "中華郵政"),
    ("803", "聯邦銀行"),
    ("807", "永豐銀行"),
    ("808", "玉山銀行"),
    ("812", "台新銀行"),
    ("822", "中國信託"),
    ("824", "連線銀行"),
)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def tw_id(rng: random.Random, lang: str) -> Value:
    kind = rng.choices(("national", "resident_new", "resident_old"), weights=(6, 2, 2))[0]
    value = checks.tw_id(rng, kind)
    if rng.random() < 0.08:
        value = value[0].lower() + value[1:]  # typed in a hurry
    return pii("TW_NATIONAL_ID", value, f"twid_{kind}")


def card(rng: random.Random, lang: str) -> Value:
    brand = rng.choice(("visa", "mc", "amex", "jcb", "unionpay"))
    prefix, length = {
        "visa": ("4" + _d(rng, 1), 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "amex": (rng.choice(("34", "37")), 15),
        "jcb": (str(rng.randint(3528, 3589)), 16),
        "unionpay": ("62" + _d(rng, 2), 16),
    }[brand]
    number = checks.luhn_complete(prefix, length, rng)
    sep = rng.choice((" ", "-", ""))
    groups = (4, 6, 5) if length == 15 else (4, 4, 4, 4)
    parts, pos = [], 0
    for g in groups:
        parts.append(number[pos : pos + g])
        pos += g
    style = {" ": "spaces", "-": "dashes", "": "plain"}[sep]
    return pii("CREDIT_CARD", sep.join(parts), f"card_{style}", f"card_{brand}")


def bank(rng: random.Random, lang: str) -> Value:
    """Bank code, dash or space, 10-14 digits; the bank's name before, after or missing."""
    code, name = rng.choice(_BANKS)
    sep = rng.choice(("-", " ", "－"))
    digits = _d(rng, rng.randint(10, 14))
    if rng.random() < 0.3:  # some people group the account digits
        digits = digits[:3] + sep + digits[3:]
    text = f"{code}{sep}{digits}"
    classes = ["bank_dash" if sep != " " else "bank_space"]
    if sep == "－" or rng.random() < 0.15:
        text = full_digits(text)
        classes.append("bank_fullwidth")
    where = rng.choice(("before", "after", "none"))
    if lang == "en" and where != "none":
        name = rng.choice(("E.SUN Bank", "Cathay United Bank", "CTBC Bank", "Taishin Bank"))
    if where == "before":
        return pii("BANK_ACCOUNT", text, *classes, "bank_name_before", before=name + " ")
    if where == "after":
        return pii("BANK_ACCOUNT", text, *classes, "bank_name_after", after=f"（{name}）")
    return pii("BANK_ACCOUNT", text, *classes)


_IBAN = {  # country -> BBAN builder (national check digits inside the BBAN are not modelled)
    "GB": lambda r: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + _d(r, 14),
    "DE": lambda r: _d(r, 18),
    "FR": lambda r: _d(r, 23),
    "NL": lambda r: r.choice(("ABNA", "INGB", "RABO", "TRIO")) + _d(r, 10),
    "ES": lambda r: _d(r, 20),
    "IT": lambda r: r.choice(string.ascii_uppercase) + _d(r, 22),
    "BE": lambda r: _d(r, 12),
    "CH": lambda r: _d(r, 17),
}


def iban(rng: random.Random, lang: str) -> Value:
    country = rng.choice(sorted(_IBAN))
    value = checks.iban_make(country, _IBAN[country](rng))
    if rng.random() < 0.6:  # the paper form: groups of four
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return pii("IBAN", value, f"iban_{country}")


def passport(rng: random.Random, lang: str) -> Value:
    country = rng.choice(("tw", "tw", "us", "uk", "de", "fr", "in", "jp", "ph", "au"))
    up = string.ascii_uppercase
    value = {
        "tw": rng.choice(("3", "3", "1")) + _d(rng, 8),
        "us": rng.choice(("", rng.choice(up))) + _d(rng, 8),
        "uk": "1" + _d(rng, 8),
        "de": "C" + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "fr": _d(rng, 2) + rng.choice(up) + rng.choice(up) + _d(rng, 5),
        "in": rng.choice("JKLMNPRSTUVZ") + _d(rng, 7),
        "jp": rng.choice(("TK", "TR", "MU")) + _d(rng, 7),
        "ph": "P" + _d(rng, 7) + rng.choice("ABC"),
        "au": rng.choice(("PA", "PB", "N")) + _d(rng, 7),
    }[country]
    if country == "us" and len(value) == 8:
        value = _d(rng, 1) + value
    return pii("PASSPORT", value, f"passport_{'tw' if country == 'tw' else 'other'}")


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


def dob(rng: random.Random, lang: str) -> Value:
    y, m, d = rng.randint(1941, 2008), rng.randint(1, 12), rng.randint(1, 28)
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    if zh:
        style = rng.choice(("zh_western", "zh_minguo", "zh_minguo_slash", "iso"))
        roc = y - 1911
        text = {
            "zh_western": f"{y}年{m}月{d}日",
            "zh_minguo": f"民國{roc}年{m}月{d}日",
            "zh_minguo_slash": f"{roc}/{m:02d}/{d:02d}",
            "iso": f"{y}-{m:02d}-{d:02d}",
        }[style]
        cls = "dob_minguo" if "minguo" in style else "dob_zh"
        if rng.random() < 0.2:
            text = full_digits(text)
    else:
        style = rng.choice(("long_us", "long_uk", "slash_uk", "slash_us", "iso", "short"))
        mon = _MONTHS[m - 1]
        text = {
            "long_us": f"{mon} {d}, {y}",
            "long_uk": f"{d} {mon} {y}",
            "slash_uk": f"{d:02d}/{m:02d}/{y}",
            "slash_us": f"{m}/{d}/{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "short": f"{d} {mon[:3]} {y}",
        }[style]
        cls = "dob_en"
    return pii("DATE_OF_BIRTH", text, cls)

"""Identity, payment and date-of-birth values of the `heldout4` split (session 7): Taiwan IDs and
resident certificates (old and new shapes), credit cards of seven brands in their own groupings,
Taiwan bank accounts with bank codes, IBANs of fourteen countries, passports of twelve countries,
dates of birth in Western, ISO, written-out and 民國 forms (Chinese numerals included).

Check digits come from checks.py. Gold: the value alone; a bank's name and a "DOB"/"生日" cue
stay outside; a card keeps its spaces or dashes; a grouped IBAN is one span.
"""

from __future__ import annotations

import random
import string

from bench.text.independent.build import Value, full_digits, pii
from bench.text.independent.checks import iban_make, luhn_complete, tw_id


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- Taiwan IDs ---
TWID_KINDS = ("national", "resident_new", "resident_old")
TWID_WRITINGS = ("plain", "lower", "fullwidth")


def twid(rng: random.Random, lang: str) -> Value:
    kind = rng.choices(TWID_KINDS, (6, 2, 2))[0]
    text = tw_id(rng, kind)
    writing = rng.choices(TWID_WRITINGS, (8, 1, 1 if lang != "en" else 0))[0]
    if writing == "lower":
        text = text[0].lower() + text[1:]
    elif writing == "fullwidth":
        text = text.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})
    return pii("TW_NATIONAL_ID", text, f"twid_{kind}", f"h4_twid_{kind}", f"h4_twid_{writing}")


# --- credit cards ---
CARD_BRANDS = ("visa", "mastercard", "mc2", "amex", "jcb", "unionpay", "diners", "discover")
CARD_GROUPS = ("spaces", "dashes", "compact", "fullwidth")


def _card_number(rng: random.Random, brand: str) -> str:
    if brand == "visa":
        return luhn_complete("4" + _d(rng, 5), 16, rng)
    if brand == "mastercard":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng)
    if brand == "mc2":
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    if brand == "amex":
        return luhn_complete(rng.choice(("34", "37")), 15, rng)
    if brand == "jcb":
        return luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
    if brand == "unionpay":
        return luhn_complete("62" + rng.choice(("12", "22", "58", "17")), rng.choice((16, 19)), rng)
    if brand == "diners":
        return luhn_complete("36", 14, rng)
    return luhn_complete("6011", 16, rng)


def _group(number: str) -> list[str]:
    if len(number) == 15:
        return [number[:4], number[4:10], number[10:]]
    if len(number) == 14:
        return [number[:4], number[4:10], number[10:]]
    return [number[i : i + 4] for i in range(0, len(number), 4)]


def card(rng: random.Random, lang: str) -> Value:
    brand = rng.choice(CARD_BRANDS)
    number = _card_number(rng, brand)
    grouping = rng.choices(CARD_GROUPS, (6, 3, 2, 1 if lang != "en" else 0))[0]
    if grouping == "compact":
        text = number
    elif grouping == "dashes":
        text = "-".join(_group(number))
    else:
        text = " ".join(_group(number))
        if grouping == "fullwidth":
            text = full_digits(text)
    shared = {"spaces": "card_spaces", "dashes": "card_dashes"}.get(grouping, "h4_card")
    return pii("CREDIT_CARD", text, shared, f"h4_card_{brand}", f"h4_card_{grouping}")


# --- Taiwan bank accounts: (code, Chinese name, English name, account length) ---
# fmt: off
_BANKS = (("004", "臺灣銀行", "Bank of Taiwan", 12), ("005", "土地銀行", "Land Bank", 12),
          ("006", "合作金庫", "TCB Bank", 13), ("007", "第一銀行", "First Bank", 11),
          ("008", "華南銀行", "Hua Nan Bank", 12), ("009", "彰化銀行", "Chang Hwa Bank", 14),
          ("012", "台北富邦", "Taipei Fubon", 14), ("013", "國泰世華", "Cathay United", 12),
          ("017", "兆豐銀行", "Mega Bank", 11), ("700", "中華郵政", "Chunghwa Post", 14),
          ("808", "玉山銀行", "E.SUN Bank", 13), ("812", "台新銀行", "Taishin Bank", 14),
          ("822", "中國信託", "CTBC Bank", 12), ("807", "永豐銀行", "SinoPac", 14),
          ("824", "連線銀行", "LINE Bank", 12), ("823", "將來銀行", "NEXT Bank", 14),
          ("803", "聯邦銀行", "Union Bank", 12))
# fmt: on
BANK_WRITINGS = ("dash", "space", "grouped", "fullwidth", "dash_inner")
BANK_NAMES = ("none", "before", "after")


def bank(rng: random.Random, lang: str) -> Value:
    code, zh_name, en_name, length = rng.choice(_BANKS)
    account = _d(rng, length)
    writing = rng.choices(BANK_WRITINGS, (4, 2, 2, 2 if lang != "en" else 0, 2))[0]
    if writing == "dash":
        text = f"{code}-{account}"
    elif writing == "space":
        text = f"{code} {account}"
    elif writing == "grouped":
        text = f"{code} " + " ".join(account[i : i + 4] for i in range(0, length, 4))
    elif writing == "dash_inner":  # as printed in a passbook: branch-account-check
        text = f"{code}-{account[:4]}-{account[4:-1]}-{account[-1]}"
    else:
        text = full_digits(f"{code}-{account}")
    # fmt: off
    shared = {"dash": "bank_dash", "space": "bank_space", "grouped": "bank_space",
              "fullwidth": "bank_fullwidth", "dash_inner": "bank_dash"}[writing]
    # fmt: on
    name = en_name if lang == "en" or (lang == "mixed" and rng.random() < 0.4) else zh_name
    where = rng.choice(BANK_NAMES)
    classes = (shared, f"h4_bank_{writing}", f"h4_bank_name_{where}")
    if where == "before":
        sep = rng.choice((" ", "：", " ", "")) if name == zh_name else rng.choice((" ", ": "))
        return pii("BANK_ACCOUNT", text, *classes, "bank_name_before", before=name + sep)
    if where == "after":
        after = rng.choice((f" ({name})", f"（{name}）", f" {name}", f", {name}"))
        return pii("BANK_ACCOUNT", text, *classes, "bank_name_after", after=after)
    return pii("BANK_ACCOUNT", text, *classes)


# --- IBANs ---
_UP = string.ascii_uppercase


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_UP) for _ in range(n))


_BBAN = {
    "GB": lambda r: r.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL")) + _d(r, 14),
    "DE": lambda r: _d(r, 18),
    "FR": lambda r: _d(r, 10) + _d(r, 11) + _d(r, 2),
    "NL": lambda r: r.choice(("ABNA", "RABO", "INGB", "TRIO", "BUNQ")) + _d(r, 10),
    "ES": lambda r: _d(r, 20),
    "IT": lambda r: r.choice(_UP) + _d(r, 10) + _d(r, 12),
    "BE": lambda r: _d(r, 12),
    "CH": lambda r: _d(r, 17),
    "AE": lambda r: _d(r, 19),
    "TR": lambda r: _d(r, 5) + "0" + _d(r, 16),
    "PL": lambda r: _d(r, 24),
    "IE": lambda r: r.choice(("AIBK", "BOFI")) + _d(r, 14),
    "AT": lambda r: _d(r, 16),
    "SA": lambda r: _d(r, 2) + _d(r, 18),
}
IBAN_COUNTRIES = tuple(_BBAN)


def iban(rng: random.Random, lang: str) -> Value:
    country = rng.choices(IBAN_COUNTRIES, [3, 3, 3] + [1] * (len(IBAN_COUNTRIES) - 3))[0]
    compact = iban_make(country, _BBAN[country](rng))
    grouped = rng.random() < 0.6
    text = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)) if grouped else compact
    style = "grouped" if grouped else "compact"
    return pii("IBAN", text, f"iban_{country}", f"h4_iban_{country}", f"h4_iban_{style}")


# --- passports ---
_DE = "CFGHJKLMNPRTVWXYZ0123456789"
_PASSPORTS = {
    "tw": lambda r: r.choice("3") + _d(r, 8),
    "us": lambda r: r.choice((_d(r, 9), r.choice("ABC") + _d(r, 8))),
    "uk": lambda r: r.choice("1256") + _d(r, 8),
    "de": lambda r: r.choice("CFGHJK") + "".join(r.choice(_DE) for _ in range(8)),
    "fr": lambda r: _d(r, 2) + _letters(r, 2) + _d(r, 5),
    "jp": lambda r: "T" + r.choice("KRZ") + _d(r, 7),
    "kr": lambda r: "M" + _d(r, 8),
    "in": lambda r: r.choice("JKLMNPRSTUVWZ") + _d(r, 7),
    "ph": lambda r: "P" + _d(r, 7) + r.choice("AB"),
    "ng": lambda r: "A" + _d(r, 8),
    "au": lambda r: "P" + r.choice("ABE") + _d(r, 7),
    "th": lambda r: r.choice(("AA", "AB", "AC")) + _d(r, 7),
}
PASSPORT_COUNTRIES = tuple(_PASSPORTS)


def passport(rng: random.Random, lang: str) -> Value:
    country = "tw" if rng.random() < 0.35 else rng.choice(PASSPORT_COUNTRIES[1:])
    shared = "passport_tw" if country == "tw" else "passport_other"
    return pii("PASSPORT", _PASSPORTS[country](rng), shared, f"h4_pass_{country}")


# --- dates of birth ---
# fmt: off
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
# fmt: on
_CN = "〇一二三四五六七八九"
# fmt: off
DOB_EN = ("dmy_long", "mdy_long", "dmy_slash", "mdy_slash", "iso", "d_mon_y", "dotted",
          "ordinal_of", "mon_ordinal", "short_us", "ymd_slash")
# fmt: on
DOB_ZH = ("year_words", "western_slash", "western_fullwidth", "iso_zh")
# fmt: off
DOB_MINGUO = ("minguo_words", "minguo_dot", "minguo_slash3", "minguo_short", "minguo_cn",
              "minguo_spaced", "minguo_dash")
# fmt: on


def _cn_number(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "一百" + ("" if not rest else ("零" + _CN[rest] if rest < 10 else _cn_number(rest)))
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN[tens] + "十")
    return head + (_CN[ones] if ones else "")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def dob_value(rng: random.Random, lang: str) -> tuple[str, str, str]:
    """(text, family, style): family is en, zh or minguo."""
    y, m, d = rng.randint(1941, 2011), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en" or (lang == "mixed" and rng.random() < 0.4):
        style = rng.choice(DOB_EN)
        mon = _MONTHS[m - 1]
        text = {
            "dmy_long": f"{d} {mon} {y}",
            "mdy_long": f"{mon} {d}, {y}",
            "dmy_slash": f"{d:02d}/{m:02d}/{y}",
            "mdy_slash": f"{m:02d}/{d:02d}/{y}",
            "iso": f"{y}-{m:02d}-{d:02d}",
            "d_mon_y": f"{d:02d}-{mon[:3]}-{y}",
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "ordinal_of": f"{_ordinal(d)} of {mon} {y}",
            "mon_ordinal": f"{mon[:3]}. {_ordinal(d)}, {y}",
            "short_us": f"{m}/{d}/{y % 100:02d}",
            "ymd_slash": f"{y}/{m:02d}/{d:02d}",
        }[style]
        return text, "en", style
    r = y - 1911
    if rng.random() < 0.55:
        style = rng.choice(DOB_MINGUO)
        text = {
            "minguo_words": f"民國{r}年{m}月{d}日",
            "minguo_dot": f"{r}.{m:02d}.{d:02d}",
            "minguo_slash3": f"{r:03d}/{m:02d}/{d:02d}",
            "minguo_short": f"{r}年{m}月{d}日",
            "minguo_cn": f"民國{_cn_number(r)}年{_cn_number(m)}月{_cn_number(d)}日",
            "minguo_spaced": f"民國 {r} 年 {m} 月 {d} 日",
            "minguo_dash": f"{r}-{m:02d}-{d:02d}",
        }[style]
        return text, "minguo", style
    style = rng.choice(DOB_ZH)
    text = {
        "year_words": f"{y}年{m}月{d}日",
        "western_slash": f"{y}/{m}/{d}",
        "western_fullwidth": full_digits(f"{y}-{m:02d}-{d:02d}"),
        "iso_zh": f"{y}-{m:02d}-{d:02d}",
    }[style]
    return text, "zh", style


def dob(rng: random.Random, lang: str) -> Value:
    text, family, style = dob_value(rng, lang)
    return pii("DATE_OF_BIRTH", text, f"dob_{family}", f"h4_dob_{style}")


CLASSES = frozenset(
    {f"h4_twid_{k}" for k in TWID_KINDS + TWID_WRITINGS}
    | {f"h4_card_{b}" for b in CARD_BRANDS + CARD_GROUPS}
    | {f"h4_bank_{w}" for w in BANK_WRITINGS}
    | {f"h4_bank_name_{w}" for w in BANK_NAMES}
    | {f"h4_iban_{c}" for c in (*IBAN_COUNTRIES, "grouped", "compact")}
    | {f"h4_pass_{c}" for c in PASSPORT_COUNTRIES}
    | {f"h4_dob_{s}" for s in DOB_EN + DOB_ZH + DOB_MINGUO}
    | {"h4_card"}
)

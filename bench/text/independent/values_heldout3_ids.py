"""Identity and money numbers of the `heldout3` split (session 6): Taiwan IDs and resident
certificates, passports of fourteen countries, cards of seven brands, IBANs of fifteen countries,
Taiwan bank accounts as customers write them, and dates of birth in twenty-odd written forms.

Gold conventions beyond __init__.py's: a bank account is the bank code, a separator and the
branch and account digits (the bank's and branch's names stay outside); a date of birth written
with 民國 or 民 keeps it inside, and a weekday after it stays outside.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from bench.text.independent import checks
from bench.text.independent.build import Value, full_digits, fullwidth, pii

_UP = string.ascii_uppercase


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


TWID_KINDS = ("national", "resident_new", "resident_old")


def tw_id(rng: random.Random, lang: str) -> Value:
    kind = rng.choices(TWID_KINDS, weights=(6, 3, 2))[0]
    value = checks.tw_id(rng, kind)
    classes = [f"h3_twid_{kind}"]
    roll = rng.random()
    if roll < 0.07:
        value = value[0].lower() + value[1:]
        classes.append("h3_twid_lower")
    elif roll < 0.2 and lang != "en":
        value = fullwidth(value)
        classes.append("h3_twid_fw")
    return pii("TW_NATIONAL_ID", value, *classes)


Make = Callable[[random.Random], str]
_PASSPORTS: dict[str, Make] = {
    "tw": lambda r: r.choice("31") + _d(r, 8),
    "us": lambda r: r.choice(("A", "B", "C", "")) + _d(r, 8),
    "uk": lambda r: _d(r, 9),
    "jp": lambda r: r.choice(("TR", "TZ", "MZ", "RE")) + _d(r, 7),
    "kr": lambda r: "M" + r.choice((_d(r, 8), _d(r, 3) + r.choice("ABCD") + _d(r, 4))),
    "in": lambda r: r.choice("KLMNPRSTUVWZ") + _d(r, 7),
    "id": lambda r: r.choice("ABCEX") + _d(r, 7),
    "ph": lambda r: "P" + _d(r, 7) + r.choice("ABC"),
    "vn": lambda r: r.choice("BCN") + _d(r, 7),
    "th": lambda r: _a(r, "ABJKSU", 2) + _d(r, 7),
    "my": lambda r: r.choice("AHK") + _d(r, 8),
    "de": lambda r: r.choice("CFGHJK") + _a(r, "CFGHJKLMNPRTVWXYZ0123456789", 8),
    "fr": lambda r: _d(r, 2) + _a(r, _UP, 2) + _d(r, 5),
    "cn": lambda r: "E" + _d(r, 8),
}


def passport(rng: random.Random, lang: str) -> Value:
    country = rng.choice(sorted(_PASSPORTS))
    if lang != "en" and rng.random() < 0.3:
        country = "tw"
    value = _PASSPORTS[country](rng)
    if country == "us" and len(value) == 8:
        value += _d(rng, 1)
    return pii("PASSPORT", value, f"h3_passport_{country}")


# brand -> (prefix chooser, length, grouping)
_BRANDS: dict[str, tuple[Make, int, tuple[int, ...]]] = {
    "visa": (lambda r: "4" + _d(r, 5), 16, (4, 4, 4, 4)),
    "mc2": (lambda r: str(r.randint(2221, 2720)), 16, (4, 4, 4, 4)),
    "mc5": (lambda r: str(r.randint(51, 55)), 16, (4, 4, 4, 4)),
    "amex": (lambda r: r.choice(("34", "37")), 15, (4, 6, 5)),
    "jcb": (lambda r: str(r.randint(3528, 3589)), 16, (4, 4, 4, 4)),
    "unionpay": (lambda r: "62" + _d(r, 4), 19, (4, 4, 4, 4, 3)),
    "diners": (lambda r: "36", 14, (4, 6, 4)),
}
CARD_STYLES = ("space", "dash", "plain", "fw")


def card(rng: random.Random, lang: str) -> Value:
    brand = rng.choice(sorted(_BRANDS))
    make, length, groups = _BRANDS[brand]
    number = checks.luhn_complete(make(rng), length, rng)
    style = rng.choice(CARD_STYLES[:3] if lang == "en" else CARD_STYLES)
    sep = {"space": " ", "dash": "-", "plain": "", "fw": "-"}[style]
    parts, pos = [], 0
    for g in groups:
        parts.append(number[pos : pos + g])
        pos += g
    text = sep.join(parts)
    if style == "fw":
        text = full_digits(text)
    return pii("CREDIT_CARD", text, f"h3_card_{brand}", f"h3_card_{style}")


_AN = _UP + string.digits
# country -> BBAN of the right length (national check digits inside it are not modelled)
_IBAN: dict[str, Make] = {
    "GB": lambda r: _a(r, _UP, 4) + _d(r, 14),
    "DE": lambda r: _d(r, 18),
    "FR": lambda r: _d(r, 10) + _a(r, _AN, 11) + _d(r, 2),
    "NL": lambda r: r.choice(("KNAB", "ASNB", "BUNQ", "SNSB")) + _d(r, 10),
    "AT": lambda r: _d(r, 16),
    "PL": lambda r: _d(r, 24),
    "PT": lambda r: _d(r, 21),
    "IE": lambda r: r.choice(("AIBK", "BOFI", "IPBS")) + _d(r, 14),
    "SE": lambda r: _d(r, 20),
    "NO": lambda r: _d(r, 11),
    "LU": lambda r: _d(r, 3) + _a(r, _AN, 13),
    "SA": lambda r: _d(r, 2) + _a(r, _AN, 18),
    "AE": lambda r: _d(r, 19),
    "TR": lambda r: _d(r, 5) + "0" + _a(r, _AN, 16),
    "CH": lambda r: _d(r, 5) + _a(r, _AN, 12),
}
_IBAN_GROUPS = {"GB": "uk", "IE": "uk", "NO": "nordic", "SE": "nordic", "SA": "gulf", "AE": "gulf"}


def iban(rng: random.Random, lang: str) -> Value:
    country = rng.choice(sorted(_IBAN))
    value = checks.iban_make(country, _IBAN[country](rng))
    grouped = rng.random() < 0.6
    if grouped:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    region = _IBAN_GROUPS.get(country, "eu")
    form = "grouped" if grouped else "compact"
    return pii("IBAN", value, f"h3_iban_{region}", f"h3_iban_{form}")


# Taiwan banks: code, Chinese name, English name
_BANKS = (("004", "臺灣銀行", "Bank of Taiwan"), ("005", "土地銀行", "Land Bank of Taiwan"),
          ("006", "合作金庫", "Taiwan Cooperative Bank"), ("007", "第一銀行", "First Bank"),
          ("011", "上海商銀", "Shanghai Commercial & Savings Bank"),
          ("012", "台北富邦", "Taipei Fubon Bank"), ("013", "國泰世華", "Cathay United Bank"),
          ("017", "兆豐銀行", "Mega Bank"), ("048", "王道銀行", "O-Bank"),
          ("050", "臺灣企銀", "Taiwan Business Bank"), ("052", "渣打銀行", "Standard Chartered"),
          ("103", "新光銀行", "Shin Kong Bank"), ("700", "中華郵政", "Chunghwa Post"),
          ("806", "元大銀行", "Yuanta Bank"), ("807", "永豐銀行", "Bank SinoPac"),
          ("808", "玉山銀行", "E.SUN Bank"), ("810", "星展銀行", "DBS Taiwan"),
          ("812", "台新銀行", "Taishin Bank"), ("822", "中國信託", "CTBC Bank"),
          ("823", "將來銀行", "NEXT Bank"), ("824", "連線銀行", "LINE Bank"))  # fmt: skip
_BRANCHES = ("敦南分行", "中壢分行", "府城分行", "文心分行", "營業部", "南港分行", "左營分行")
BANK_STYLES = ("dash", "space", "grouped", "branch", "postal", "fw", "dash_fwsep")
BANK_NAMES = ("before", "after", "none")


def bank(rng: random.Random, lang: str) -> Value:
    code, zh_name, en_name = rng.choice(_BANKS)
    style = rng.choice(BANK_STYLES if lang != "en" else BANK_STYLES[:5])
    if code == "700" or style == "postal":
        code, zh_name, en_name, style = "700", "中華郵政", "Chunghwa Post", "postal"
    digits = _d(rng, rng.randint(10, 14))
    text = {
        "dash": f"{code}-{digits}",
        "space": f"{code} {digits}",
        "grouped": f"{code}-{digits[:4]}-{digits[4:8]}-{digits[8:]}",
        "branch": f"{code}-{_d(rng, 4)}-{digits[:10]}",
        "postal": f"700-{_d(rng, 7)}-{_d(rng, 7)}",
        "fw": full_digits(f"{code}-{digits}"),
        "dash_fwsep": f"{code}－{digits}",
    }[style]
    where = rng.choice(BANK_NAMES)
    classes = (f"h3_bank_{style}", f"h3_bank_name_{where}")
    name = en_name if lang == "en" else zh_name
    if where == "before":
        sep = rng.choice((" ", ": ")) if lang == "en" else rng.choice((" ", "：", ""))
        return pii("BANK_ACCOUNT", text, *classes, before=name + sep)
    if where == "after":
        if lang == "en":
            after = f" ({name}, {rng.choice(('Taipei', 'Hsinchu', 'Tainan'))} branch)"
        else:
            after = rng.choice((f"（{name}{rng.choice(_BRANCHES)}）", f" {name}"))
        return pii("BANK_ACCOUNT", text, *classes, after=after)
    return pii("BANK_ACCOUNT", text, *classes)


_MON = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December")  # fmt: skip
_ZH_DIGITS = "〇一二三四五六七八九"
DOB_EN = ("iso", "dmy_slash", "mdy_slash", "ordinal", "mdy_ordinal", "dd_mon_yy", "dmy_dot",
          "mon_d_y", "d_month_y", "ymd_slash", "compact", "d_mon_y_dash")  # fmt: skip
DOB_ZH = ("minguo_words", "minguo_slash", "minguo_dot", "minguo_compact", "min_short",
          "western_words", "western_slash", "numerals", "fw_words", "fw_minguo")  # fmt: skip


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def zh_number(n: int) -> str:
    """1-99 in Chinese numerals as dates write them: 七十七, 十二, 三十一, 五."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + (_ZH_DIGITS[units] if units else "") if n >= 10 else _ZH_DIGITS[n]


def dob(rng: random.Random, lang: str) -> Value:
    y, m, d = rng.randint(1940, 2009), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.15:
        d = rng.choice((29, 30, 31)) if m in (1, 3, 5, 7, 8, 10, 12) else d
    roc = y - 1911
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    if zh:
        style = rng.choice(DOB_ZH)
        text = {
            "minguo_words": f"民國{roc}年{m}月{d}日",
            "minguo_slash": f"{roc}/{m:02d}/{d:02d}",
            "minguo_dot": f"{roc}.{m}.{d}",
            "minguo_compact": f"{roc:03d}{m:02d}{d:02d}",
            "min_short": f"民{roc}.{m:02d}.{d:02d}",
            "western_words": f"{y}年{m:02d}月{d:02d}日",
            "western_slash": f"{y}/{m}/{d}",
            "numerals": f"民國{zh_number(roc)}年{zh_number(m)}月{zh_number(d)}日",
            "fw_words": full_digits(f"{y}年{m}月{d}日"),
            "fw_minguo": full_digits(f"民國{roc}年{m:02d}月{d:02d}日"),
        }[style]
    else:
        style = rng.choice(DOB_EN)
        mon = _MON[m - 1]
        text = {
            "iso": f"{y}-{m:02d}-{d:02d}",
            "dmy_slash": f"{d:02d}/{m:02d}/{y}",
            "mdy_slash": f"{m:02d}/{d:02d}/{y}",
            "ordinal": f"{_ordinal(d)} {mon} {y}",
            "mdy_ordinal": f"{mon} {_ordinal(d)}, {y}",
            "dd_mon_yy": f"{d:02d}-{mon[:3]}-{y % 100:02d}",
            "dmy_dot": f"{d:02d}.{m:02d}.{y}",
            "mon_d_y": f"{mon[:3]} {d}, {y}",
            "d_month_y": f"{d} {mon} {y}",
            "ymd_slash": f"{y}/{m:02d}/{d:02d}",
            "compact": f"{y}{m:02d}{d:02d}",
            "d_mon_y_dash": f"{d}-{mon[:3].upper()}-{y}",
        }[style]
    return pii("DATE_OF_BIRTH", text, f"h3_dob_{style}")


CLASSES = frozenset(
    {f"h3_twid_{k}" for k in (*TWID_KINDS, "lower", "fw")}
    | {f"h3_passport_{c}" for c in _PASSPORTS}
    | {f"h3_card_{b}" for b in _BRANDS}
    | {f"h3_card_{s}" for s in CARD_STYLES}
    | {f"h3_iban_{g}" for g in ("uk", "nordic", "gulf", "eu", "grouped", "compact")}
    | {f"h3_bank_{s}" for s in BANK_STYLES}
    | {f"h3_bank_name_{w}" for w in BANK_NAMES}
    | {f"h3_dob_{s}" for s in DOB_EN + DOB_ZH}
)

"""Identity and payment values of the `heldout5` split (session 9), written from scratch.

Taiwan national IDs and resident certificates (old AB12345678 and new A812345678 shapes, valid
check digits; some typed in lower case or full-width), credit cards of seven networks in their
usual groupings (Luhn-valid), Taiwan bank accounts (3-digit bank code, a dash or a space, 10-14
account digits, sometimes grouped; the bank's name before or after stays outside; IME full-width
digits and dashes), IBANs of seventeen countries (mod-97 valid, compact or in fours), passports
of twenty-odd countries, dates of birth in English, Chinese and 民國 forms.
"""

from __future__ import annotations

import random
import string

from bench.text.independent.build import Seg, Value, full_digits, fullwidth
from bench.text.independent.checks import iban_make, luhn_complete, tw_id


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _one(label: str, text: str, *classes: str) -> Value:
    return Value((Seg(text, label),), classes)


# --- Taiwan IDs -----------------------------------------------------------------------------
def _id_value(rng: random.Random, lang: str, kind: str, tag: str) -> Value:
    value = tw_id(rng, kind)
    classes = [tag]
    pick = rng.random()
    if pick < 0.08:
        value = value.lower()
        classes.append("h5_twid_lower")
    elif pick < 0.18 and lang != "en":
        value = fullwidth(value)
        classes.append("h5_twid_fullwidth")
    return _one("TW_NATIONAL_ID", value, *classes)


def twid(rng: random.Random, lang: str) -> Value:
    """A national ID (most) or a resident certificate."""
    pick = rng.random()
    if pick < 0.75:
        return _id_value(rng, lang, "national", "twid_national")
    if pick < 0.87:
        return _id_value(rng, lang, "resident_new", "twid_resident_new")
    return _id_value(rng, lang, "resident_old", "twid_resident_old")


def arc(rng: random.Random, lang: str) -> Value:
    """A resident certificate (居留證 / ARC), new shape mostly, old shape still in circulation."""
    if rng.random() < 0.6:
        return _id_value(rng, lang, "resident_new", "twid_resident_new")
    return _id_value(rng, lang, "resident_old", "twid_resident_old")


# --- cards ----------------------------------------------------------------------------------
_NETWORKS = (
    ("visa", ("4",), 16),
    ("visa", ("4",), 16),
    ("mastercard", ("51", "52", "53", "54", "55", "2221", "2487", "2720"), 16),
    ("mastercard", ("51", "52", "53", "54", "55"), 16),
    ("amex", ("34", "37"), 15),
    ("jcb", ("3528", "3541", "3566", "3589"), 16),
    ("unionpay", ("62",), 16),
    ("unionpay", ("62",), 19),
    ("discover", ("6011", "65"), 16),
    ("diners", ("36",), 14),
)


def _group(number: str, sizes: tuple[int, ...], sep: str) -> str:
    out, pos = [], 0
    for size in sizes:
        out.append(number[pos : pos + size])
        pos += size
    return sep.join(out)


def card(rng: random.Random, lang: str) -> Value:
    network, prefixes, length = rng.choice(_NETWORKS)
    number = luhn_complete(rng.choice(prefixes), length, rng)
    if length == 15:
        sizes = (4, 6, 5)
    elif length == 14:
        sizes = (4, 6, 4)
    elif length == 19:
        sizes = (4, 4, 4, 4, 3) if rng.random() < 0.6 else (6, 13)
    else:
        sizes = (4, 4, 4, 4)
    pick = rng.random()
    classes = [f"h5_card_{network}"]
    if pick < 0.5:
        text = _group(number, sizes, " ")
        classes.append("card_spaces")
    elif pick < 0.8:
        text = _group(number, sizes, "-")
        classes.append("card_dashes")
    else:
        text = number
        classes.append("h5_card_compact")
    if lang != "en" and rng.random() < 0.08:
        text = full_digits(text)
        classes.append("h5_card_fullwidth")
    return _one("CREDIT_CARD", text, *classes)


# --- Taiwan bank accounts -------------------------------------------------------------------
# (code, Chinese name, English name, account digits)
BANKS = (
    ("004", "臺灣銀行", "Bank of Taiwan", 12),
    ("005", "土地銀行", "Land Bank of Taiwan", 12),
    ("006", "合作金庫", "Taiwan Cooperative Bank", 13),
    ("007", "第一銀行", "First Bank", 11),
    ("008", "華南銀行", "Hua Nan Bank", 12),
    ("009", "彰化銀行", "Chang Hwa Bank", 14),
    ("011", "上海商銀", "Shanghai Commercial & Savings Bank", 14),
    ("012", "台北富邦", "Taipei Fubon Bank", 14),
    ("013", "國泰世華", "Cathay United Bank", 12),
    ("017", "兆豐銀行", "Mega Bank", 11),
    ("050", "台灣企銀", "Taiwan Business Bank", 11),
    ("052", "渣打銀行", "Standard Chartered", 14),
    ("103", "新光銀行", "Shin Kong Bank", 13),
    ("700", "中華郵政", "Chunghwa Post", 14),
    ("803", "聯邦銀行", "Union Bank", 12),
    ("805", "遠東商銀", "Far Eastern Bank", 14),
    ("806", "元大銀行", "Yuanta Bank", 14),
    ("807", "永豐銀行", "Bank SinoPac", 14),
    ("808", "玉山銀行", "E.SUN Bank", 13),
    ("810", "星展銀行", "DBS Taiwan", 12),
    ("812", "台新銀行", "Taishin Bank", 14),
    ("822", "中國信託", "CTBC Bank", 12),
    ("823", "將來銀行", "NEXT Bank", 14),
    ("824", "連線銀行", "LINE Bank", 12),
    ("826", "樂天銀行", "Rakuten Bank", 14),
)


def _account_digits(rng: random.Random, code: str, n: int) -> tuple[str, str]:
    """(account as written after the code, grouping tag)."""
    digits = _d(rng, n) if code != "700" else _d(rng, 7) + _d(rng, 7)
    pick = rng.random()
    if code == "700" and pick < 0.5:
        return f"{digits[:7]}-{digits[7:]}", "h5_bank_grouped"
    if pick < 0.2 and n >= 12:
        cut = 3 if n == 12 else 4
        return f"{digits[:cut]}-{digits[cut : cut + 3]}-{digits[cut + 3 :]}", "h5_bank_grouped"
    if pick < 0.28:
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}", "h5_bank_grouped"
    return digits, "h5_bank_plain"


def bank(rng: random.Random, lang: str) -> Value:
    code, zh_name, en_name, n = rng.choice(BANKS)
    account, group_tag = _account_digits(rng, code, n)
    sep = "-" if rng.random() < 0.6 else " "
    text = f"{code}{sep}{account}"
    classes = ["bank_dash" if sep == "-" else "bank_space", group_tag]
    if lang != "en" and rng.random() < 0.2:
        text = full_digits(text)
        classes.append("bank_fullwidth")
    name = en_name if lang == "en" or (lang == "mixed" and rng.random() < 0.4) else zh_name
    pick = rng.random()
    if pick < 0.4:
        glue = rng.choice((" ", "：", "", "　")) if name == zh_name else rng.choice((" ", ": "))
        segs = [Seg(name + glue), Seg(text, "BANK_ACCOUNT")]
        classes.append("bank_name_before")
    elif pick < 0.75:
        after = rng.choice((f"（{name}）", f" {name}", f" ({name})", f"，{name}"))
        if name == en_name:
            after = rng.choice((f" ({name})", f" - {name}", f", {name}"))
        segs = [Seg(text, "BANK_ACCOUNT"), Seg(after)]
        classes.append("bank_name_after")
    else:
        segs = [Seg(text, "BANK_ACCOUNT")]
        classes.append("h5_bank_bare")
    return Value(tuple(segs), tuple(classes))


# --- IBAN -----------------------------------------------------------------------------------
def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def _up(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _bban(rng: random.Random, cc: str) -> str:
    d = lambda n: _d(rng, n)  # noqa: E731
    return {
        "GB": lambda: rng.choice(("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB")) + d(6) + d(8),
        "IE": lambda: rng.choice(("AIBK", "BOFI", "IPBS")) + d(6) + d(8),
        "DE": lambda: d(8) + d(10),
        "FR": lambda: d(5) + d(5) + _alnum(rng, 11) + d(2),
        "NL": lambda: rng.choice(("ABNA", "INGB", "RABO", "TRIO")) + d(10),
        "ES": lambda: d(4) + d(4) + d(2) + d(10),
        "IT": lambda: _up(rng, 1) + d(5) + d(5) + _alnum(rng, 12),
        "BE": lambda: d(12),
        "CH": lambda: d(5) + _alnum(rng, 12),
        "AT": lambda: d(16),
        "PL": lambda: d(24),
        "TR": lambda: d(5) + "0" + _alnum(rng, 16),
        "AE": lambda: d(3) + d(16),
        "SA": lambda: d(2) + _alnum(rng, 18),
        "SE": lambda: d(20),
        "PT": lambda: d(21),
        "NO": lambda: d(11),
    }[cc]()


IBAN_COUNTRIES = (
    "GB",
    "DE",
    "FR",
    "GB",
    "DE",
    "FR",
    "NL",
    "ES",
    "IT",
    "BE",
    "CH",
    "AT",
    "PL",
    "TR",
    "AE",
    "SA",
    "SE",
    "PT",
    "NO",
    "IE",
)


def iban(rng: random.Random, lang: str) -> Value:
    cc = rng.choice(IBAN_COUNTRIES)
    compact = iban_make(cc, _bban(rng, cc))
    if rng.random() < 0.55:
        text = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        shape = "h5_iban_grouped"
    else:
        text, shape = compact, "h5_iban_compact"
    tags = [f"iban_{cc}", shape] if cc in ("GB", "DE", "FR") else ["h5_iban_other", shape]
    return _one("IBAN", text, *tags)


# --- passports ------------------------------------------------------------------------------
def _passport_other(rng: random.Random) -> str:
    d = lambda n: _d(rng, n)  # noqa: E731
    up = lambda n: _up(rng, n)  # noqa: E731
    forms = (
        lambda: d(9),  # US (older), UK
        lambda: up(1) + d(8),  # US (new), KR, MY, NG, TR, CN (E...)
        lambda: up(2) + d(6),  # CA, BR
        lambda: up(1) + d(7),  # IN, ID, VN, AU (N...)
        lambda: up(2) + d(7),  # AU, TH, JP, PL, IT, KE
        lambda: "P" + d(7) + up(1),  # PH
        lambda: "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)),  # DE
        lambda: d(2) + up(2) + d(5),  # FR
        lambda: up(3) + d(6),  # ES
        lambda: "K" + d(7) + up(1),  # SG
    )
    return rng.choice(forms)()


def passport(rng: random.Random, lang: str) -> Value:
    if (lang != "en" and rng.random() < 0.55) or (lang == "en" and rng.random() < 0.2):
        return passport_tw(rng, lang)
    return _one("PASSPORT", _passport_other(rng), "passport_other")


def passport_tw(rng: random.Random, lang: str) -> Value:
    """Taiwan passports: nine digits (first digit 1-3)."""
    return _one("PASSPORT", rng.choice("123") + _d(rng, 8), "passport_tw")


# --- dates of birth -------------------------------------------------------------------------
MONTHS = (
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
ZH_NUM = "〇一二三四五六七八九"


def _zh_number(n: int) -> str:
    if n >= 100:  # 民國一百零一年
        rest = n - 100
        return "一百" + (
            ""
            if not rest
            else "零" + ZH_NUM[rest]
            if rest < 10
            else "一" + _zh_number(rest)
            if rest < 20
            else _zh_number(rest)
        )
    if n < 10:
        return ZH_NUM[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else ZH_NUM[tens]
    return head + "十" + (ZH_NUM[units] if units else "")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _birthday(rng: random.Random) -> tuple[int, int, int]:
    year = rng.randint(1938, 2012)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)
    return year, month, day


def dob_en_text(rng: random.Random) -> tuple[str, str]:
    y, m, d = _birthday(rng)
    mon = MONTHS[m - 1]
    forms = (
        (f"{mon} {d}, {y}", "mdy_long"),
        (f"{d} {mon} {y}", "dmy_long"),
        (f"{d:02d}/{m:02d}/{y}", "dmy_slash"),
        (f"{m}/{d}/{y % 100:02d}", "mdy_short"),
        (f"{y}-{m:02d}-{d:02d}", "iso"),
        (f"{d:02d}-{mon[:3]}-{y}", "dd_mon_yyyy"),
        (f"{_ordinal(d)} {mon} {y}", "ordinal"),
        (f"{mon[:3]}. {d}, {y}", "mon_abbr"),
        (f"{d:02d}.{m:02d}.{y}", "dotted"),
        (f"{d} {mon[:3].upper()} {y}", "caps_mon"),
        (f"{y}/{m}/{d}", "ymd_slash"),
    )
    return rng.choice(forms)


def dob_zh_text(rng: random.Random) -> tuple[str, str, bool]:
    """(text, form, is_minguo)."""
    y, m, d = _birthday(rng)
    roc = y - 1911
    forms = (
        (f"{y}年{m}月{d}日", "zh_ymd", False),
        (f"{y}/{m:02d}/{d:02d}", "zh_slash", False),
        (f"{y}.{m}.{d}", "zh_dot", False),
        (f"民國{roc}年{m}月{d}日", "minguo_words", True),
        (f"{roc}年{m}月{d}日", "minguo_bare", True),
        (f"民國{_zh_number(roc)}年{_zh_number(m)}月{_zh_number(d)}日", "minguo_hanzi", True),
        (f"{roc:03d}/{m:02d}/{d:02d}", "minguo_slash", True),
        (f"{roc}.{m:02d}.{d:02d}", "minguo_dot", True),
        (f"民{roc}.{m}.{d}", "minguo_min", True),
        (f"{roc:03d}{m:02d}{d:02d}", "minguo_compact", True),
        (f"{y}年{m:02d}月{d:02d}日", "zh_padded", False),
    )
    return rng.choice(forms)


def dob(rng: random.Random, lang: str) -> Value:
    if lang == "en" or (lang == "mixed" and rng.random() < 0.45):
        text, form = dob_en_text(rng)
        return _one("DATE_OF_BIRTH", text, "dob_en", f"h5_dob_{form}")
    text, form, minguo = dob_zh_text(rng)
    classes = ["dob_zh", f"h5_dob_{form}"] + (["dob_minguo"] if minguo else [])
    if rng.random() < 0.15 and any(c.isdigit() for c in text):
        text = full_digits(text)
        classes.append("h5_dob_fullwidth")
    return _one("DATE_OF_BIRTH", text, *classes)


def dob_en(rng: random.Random, lang: str) -> Value:
    text, form = dob_en_text(rng)
    return _one("DATE_OF_BIRTH", text, "dob_en", f"h5_dob_{form}")


_DOB_FORMS = (
    "mdy_long",
    "dmy_long",
    "dmy_slash",
    "mdy_short",
    "iso",
    "dd_mon_yyyy",
    "ordinal",
    "mon_abbr",
    "dotted",
    "caps_mon",
    "ymd_slash",
    "zh_ymd",
    "zh_slash",
    "zh_dot",
    "minguo_words",
    "minguo_bare",
    "minguo_hanzi",
    "minguo_slash",
    "minguo_dot",
    "minguo_min",
    "minguo_compact",
    "zh_padded",
)

CLASSES = frozenset(
    {
        "h5_twid_lower",
        "h5_twid_fullwidth",
        *(
            f"h5_card_{n}"
            for n in ("visa", "mastercard", "amex", "jcb", "unionpay", "discover", "diners")
        ),
        "h5_card_compact",
        "h5_card_fullwidth",
        "h5_bank_grouped",
        "h5_bank_plain",
        "h5_bank_bare",
        "h5_iban_grouped",
        "h5_iban_compact",
        "h5_iban_other",
        *(f"h5_dob_{f}" for f in _DOB_FORMS),
        "h5_dob_fullwidth",
    }
)

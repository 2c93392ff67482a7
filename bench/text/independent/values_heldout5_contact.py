"""Phones, e-mail addresses and IP addresses of the `heldout5` split (session 9), from scratch.

Phones: Taiwan mobiles and landlines with dashes, dots, spaces, parentheses, +886 (with and
without the trunk 0 in brackets), IME full-width digits; twenty foreign numbering plans in their
local and international forms; extensions outside the span. The separator tags (phone_dots,
phone_spaces, phone_dashes, phone_parens) are read off the written number itself.
E-mail: the address alone (angle brackets and mailto: outside). IPs: IPv4 alone or with a
:port (outside), IPv6 full, compressed, upper case, IPv4-mapped, with a zone (inside) or in
brackets with a port (outside).
"""

from __future__ import annotations

import ipaddress
import random
import unicodedata

from bench.text.independent.build import Seg, Value, full_digits


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _sep_tags(text: str) -> list[str]:
    tags = []
    if "." in text:
        tags.append("phone_dots")
    if " " in text:
        tags.append("phone_spaces")
    if "-" in text:
        tags.append("phone_dashes")
    if "(" in text:
        tags.append("phone_parens")
    if text.startswith("+886") or text.startswith("(+886"):
        tags.append("phone_plus886")
    return tags


def _phone(text: str, *tags: str, after: str = "") -> Value:
    segs = [Seg(text, "PHONE")]
    if after:
        segs.append(Seg(after))
    return Value(tuple(segs), (*_sep_tags(text), *tags))


# --- Taiwan ---------------------------------------------------------------------------------
def _mobile_text(rng: random.Random) -> str:
    body = rng.choice("0123456789") + _digits(rng, 7)  # 09 + 8 digits
    a, b, c = "9" + body[:2], body[2:5], body[5:]
    shape = rng.randrange(11)
    if shape == 0:
        return f"0{a}-{b}-{c}"
    if shape == 1:
        return f"0{a}-{b}{c}"
    if shape == 2:
        return f"0{a} {b} {c}"
    if shape == 3:
        return f"0{a}.{b}.{c}"
    if shape == 4:
        return f"0{a}{b}{c}"
    if shape == 5:
        return f"+886 {a} {b} {c}"
    if shape == 6:
        return f"+886-{a}-{b}-{c}"
    if shape == 7:
        return f"+886{a}{b}{c}"
    if shape == 8:
        return f"(+886) {a}-{b}-{c}"
    if shape == 9:
        return f"+886 (0){a} {b}{c}"
    return f"0{a} {b}-{c}"


# (area code without 0, digits of the local number)
_AREAS = (
    ("2", 8),
    ("2", 8),
    ("2", 8),
    ("3", 7),
    ("37", 6),
    ("4", 8),
    ("4", 7),
    ("49", 7),
    ("5", 7),
    ("6", 7),
    ("7", 7),
    ("7", 7),
    ("8", 7),
    ("89", 6),
    ("82", 6),
    ("3", 7),
)


def _landline_text(rng: random.Random) -> str:
    area, n = rng.choice(_AREAS)
    first = rng.choice("23456789")
    local = first + _digits(rng, n - 1)
    split = 4 if n == 8 else 3
    x, y = local[:split], local[split:]
    shape = rng.randrange(9)
    if shape == 0:
        return f"(0{area}) {x}-{y}"
    if shape == 1:
        return f"(0{area}){x}-{y}"
    if shape == 2:
        return f"0{area}-{x}-{y}"
    if shape == 3:
        return f"0{area}-{local}"
    if shape == 4:
        return f"0{area} {x} {y}"
    if shape == 5:
        return f"0{area}.{x}.{y}"
    if shape == 6:
        return f"+886-{area}-{x}-{y}"
    if shape == 7:
        return f"+886 {area} {x} {y}"
    return f"+886 ({area}) {x}-{y}"


def mobile(rng: random.Random, lang: str) -> Value:
    text = _mobile_text(rng)
    if lang != "en" and rng.random() < 0.18 and not text.startswith("("):
        return _phone(full_digits(text), "phone_fullwidth", "h5_phone_mobile")
    return _phone(text, "h5_phone_mobile")


def landline(rng: random.Random, lang: str) -> Value:
    text = _landline_text(rng)
    if lang != "en" and rng.random() < 0.15:
        return _phone(full_digits(text), "phone_fullwidth", "h5_phone_landline")
    return _phone(text, "h5_phone_landline")


def phone_tw(rng: random.Random, lang: str) -> Value:
    return mobile(rng, lang) if rng.random() < 0.6 else landline(rng, lang)


# --- abroad ---------------------------------------------------------------------------------
def _uk(rng: random.Random) -> str:
    shape = rng.randrange(5)
    if shape == 0:
        return f"+44 20 {rng.choice('378')}{_digits(rng, 3)} {_digits(rng, 4)}"
    if shape == 1:
        return f"+44 7{rng.choice('3456789')}{_digits(rng, 2)} {_digits(rng, 6)}"
    if shape == 2:
        return f"07{rng.choice('3456789')}{_digits(rng, 2)} {_digits(rng, 6)}"
    if shape == 3:
        area = rng.choice(("113", "121", "131", "161", "117"))
        return f"(0{area}) {_digits(rng, 3)} {_digits(rng, 4)}"
    return f"+44 (0){rng.choice(('161', '131', '29', '114'))} {_digits(rng, 3)} {_digits(rng, 4)}"


def _nanp(rng: random.Random, areas: tuple[str, ...]) -> str:
    area = rng.choice(areas)
    ex = rng.choice("23456789") + _digits(rng, 2)
    line = _digits(rng, 4)
    shape = rng.randrange(6)
    if shape == 0:
        return f"({area}) {ex}-{line}"
    if shape == 1:
        return f"{area}-{ex}-{line}"
    if shape == 2:
        return f"{area}.{ex}.{line}"
    if shape == 3:
        return f"+1 ({area}) {ex}-{line}"
    if shape == 4:
        return f"+1 {area} {ex} {line}"
    return f"1-{area}-{ex}-{line}"


_US_AREAS = ("212", "312", "415", "646", "206", "512", "617", "702", "919", "305", "408", "718")
_CA_AREAS = ("416", "604", "514", "403", "613", "778", "905")


def _au(rng: random.Random) -> str:
    shape = rng.randrange(5)
    if shape == 0:
        return f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if shape == 1:
        return f"04{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if shape == 2:
        return f"(0{rng.choice('2378')}) {rng.choice('3456789')}{_digits(rng, 3)} {_digits(rng, 4)}"
    if shape == 3:
        return (
            f"+61 {rng.choice('2378')} {rng.choice('3456789')}{_digits(rng, 3)} {_digits(rng, 4)}"
        )
    return f"04 {_digits(rng, 4)} {_digits(rng, 4)}"


def _other(rng: random.Random) -> tuple[str, str]:
    cc = rng.choice(
        (
            "sg",
            "hk",
            "jp",
            "vn",
            "ph",
            "id",
            "in",
            "fr",
            "de",
            "ng",
            "ke",
            "tr",
            "pl",
            "br",
            "th",
            "my",
            "kr",
            "cn",
            "ae",
        )
    )
    d = lambda n: _digits(rng, n)  # noqa: E731
    forms = {
        "sg": (f"+65 {rng.choice('89')}{d(3)} {d(4)}", f"{rng.choice('689')}{d(3)} {d(4)}"),
        "hk": (f"+852 {rng.choice('569')}{d(3)} {d(4)}", f"(852) {rng.choice('569')}{d(3)}-{d(4)}"),
        "jp": (f"+81 90-{d(4)}-{d(4)}", f"080-{d(4)}-{d(4)}", f"+81 3-{d(4)}-{d(4)}"),
        "vn": (f"+84 9{d(1)} {d(3)} {d(4)}", f"+84-{rng.choice('389')}{d(2)}-{d(3)}-{d(3)}"),
        "ph": (f"+63 917 {d(3)} {d(4)}", f"0917-{d(3)}-{d(4)}", f"(02) 8{d(3)}-{d(4)}"),
        "id": (f"+62 812-{d(4)}-{d(4)}", f"0813 {d(4)} {d(4)}", f"+62 21 {d(4)} {d(4)}"),
        "in": (
            f"+91 98{d(3)} {d(5)}",
            f"+91-{rng.choice('6789')}{d(4)}-{d(5)}",
            f"0{d(2)}-{d(4)} {d(4)}",
        ),
        "fr": (
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"06 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}",
        ),
        "de": (f"+49 151 {d(8)}", f"+49 (0)30 {d(8)}", f"0176 {d(4)} {d(4)}"),
        "ng": (f"+234 803 {d(3)} {d(4)}", f"0806 {d(3)} {d(4)}"),
        "ke": (f"+254 7{d(2)} {d(3)} {d(3)}", f"07{d(2)} {d(6)}"),
        "tr": (f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}", f"0 (53{d(1)}) {d(3)} {d(2)} {d(2)}"),
        "pl": (f"+48 5{d(2)} {d(3)} {d(3)}", f"+48 22 {d(3)} {d(2)} {d(2)}"),
        "br": (f"+55 11 9{d(4)}-{d(4)}", f"(21) 9{d(4)}-{d(4)}"),
        "th": (f"+66 8{d(1)} {d(3)} {d(4)}", f"08{d(1)}-{d(3)}-{d(4)}"),
        "my": (f"+60 12-{d(3)} {d(4)}", f"012-{d(3)} {d(4)}"),
        "kr": (f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"),
        "cn": (f"+86 139 {d(4)} {d(4)}", f"+86-10-{d(4)}-{d(4)}"),
        "ae": (f"+971 50 {d(3)} {d(4)}", f"+971-4-{d(3)}-{d(4)}"),
    }
    return rng.choice(forms[cc]), cc


def phone_intl(rng: random.Random, lang: str) -> Value:
    pick = rng.random()
    if pick < 0.2:
        return _phone(_uk(rng), "phone_uk")
    if pick < 0.4:
        return _phone(_nanp(rng, _US_AREAS), "phone_us")
    if pick < 0.55:
        return _phone(_au(rng), "phone_au")
    if pick < 0.62:
        return _phone(_nanp(rng, _CA_AREAS), "h5_phone_ca")
    text, _cc = _other(rng)
    return _phone(text, "h5_phone_other")


_EXT_EN = (" ext. {n}", " x{n}", " ext {n}", " (ext. {n})", " #{n}")
_EXT_ZH = (" 分機 {n}", " 轉{n}", "#{n}", " 分機{n}", "（分機{n}）", " ext.{n}")


def phone_ext(rng: random.Random, lang: str) -> Value:
    """A phone with an extension; the extension stays outside the span."""
    if lang == "en" or (lang == "mixed" and rng.random() < 0.4):
        value = phone_intl(rng, lang) if rng.random() < 0.6 else landline(rng, "en")
        ext = rng.choice(_EXT_EN)
    else:
        value = landline(rng, lang)
        ext = rng.choice(_EXT_ZH)
    n = str(rng.randint(10, 8999))
    if any(ord(c) > 0xFF00 for c in value.segs[0].text):
        n = full_digits(n)
    return Value((*value.segs, Seg(ext.format(n=n))), (*value.classes, "h5_phone_ext"))


def phone_any(rng: random.Random, lang: str) -> Value:
    if lang == "en":
        return phone_intl(rng, lang) if rng.random() < 0.65 else phone_tw(rng, lang)
    if lang == "zh":
        return phone_tw(rng, lang) if rng.random() < 0.85 else phone_intl(rng, lang)
    return phone_tw(rng, lang) if rng.random() < 0.6 else phone_intl(rng, lang)


# --- e-mail ---------------------------------------------------------------------------------
_LOCAL_WORDS = (
    "amy",
    "jchen",
    "lin.yt",
    "kevin.w",
    "peggy",
    "hsu_ming",
    "chiahao",
    "ivy.tsai",
    "ray",
    "yuting.lin",
    "wenpin",
    "tiffany.ho",
    "sandy.kuo",
    "weilun",
    "cindy.liu",
    "priya.s",
    "rohan.iyer",
    "bsantoso",
    "ngozi",
    "emre.k",
    "lucia.romero",
    "jp.lefevre",
    "okafor",
    "wanjiru",
    "m.nguyen",
    "ayu",
    "kittisak",
    "fatima.h",
)
_FREE = (
    "gmail.com",
    "yahoo.com.tw",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "proton.me",
    "msa.hinet.net",
    "ms45.hinet.net",
    "pchome.com.tw",
    "livemail.tw",
    "seed.net.tw",
    "yahoo.co.jp",
    "naver.com",
    "qq.com",
    "163.com",
    "web.de",
    "orange.fr",
    "libero.it",
    "rediffmail.com",
    "btinternet.com",
    "bigpond.com",
    "shaw.ca",
    "yandex.ru",
    "gmx.net",
)
_WORK = (
    "lumen-logistics.com.tw",
    "ntu.edu.tw",
    "mail.ncku.edu.tw",
    "g.ncu.edu.tw",
    "hanbridge.co",
    "taipeidental.org.tw",
    "kaohsiung-metals.com",
    "meridianhr.io",
    "studio-ferro.it",
    "cloudpeak.dev",
    "mail.tainan.gov.tw",
    "nordhaven.co.uk",
    "greenleaf.com.au",
    "abcbank.com.tw",
    "ops.fluxtel.net",
    "hq.sunriver.jp",
)


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    text = text.replace("ı", "i").replace("ß", "ss").replace("'", "")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def email_text(rng: random.Random, first: str = "", last: str = "") -> tuple[str, str]:
    """(address, shape tag); first/last, when given, build the local part."""
    if first and last:
        f, last_ = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "")
        local = rng.choice(
            (
                f"{f}.{last_}",
                f"{f[0]}{last_}",
                f"{f}{last_[0]}",
                f"{f}_{last_}",
                f"{last_}.{f}",
                f"{f}.{last_}{rng.randint(1, 99)}",
            )
        )
    else:
        local = rng.choice(_LOCAL_WORDS)
        if rng.random() < 0.35:
            local += str(rng.choice((rng.randint(1, 99), rng.randint(1975, 2008))))
    pick = rng.random()
    if pick < 0.12:
        local += "+" + rng.choice(("shop", "invoices", "news", "tw", "bank"))
        tag = "h5_email_plus"
    elif pick < 0.22:
        local = ".".join(p[:1].upper() + p[1:] for p in local.split("."))
        tag = "h5_email_caps"
    else:
        tag = "h5_email_plain"
    domain = rng.choice(_FREE) if rng.random() < 0.6 else rng.choice(_WORK)
    return f"{local}@{domain}", tag


def email(rng: random.Random, lang: str) -> Value:
    """The address alone (templates that wrap it in <> or mailto: write those themselves)."""
    address, tag = email_text(rng)
    return Value((Seg(address, "EMAIL"),), ("email", tag))


def email_fmt(rng: random.Random, lang: str) -> Value:
    """The address, sometimes in angle brackets or after mailto: (both outside the span)."""
    address, tag = email_text(rng)
    pick = rng.random()
    if pick < 0.35:
        return Value((Seg("<"), Seg(address, "EMAIL"), Seg(">")), ("email", tag, "h5_email_angle"))
    if pick < 0.6:
        return Value((Seg("mailto:"), Seg(address, "EMAIL")), ("email", tag, "h5_email_mailto"))
    return Value((Seg(address, "EMAIL"),), ("email", tag))


# --- IP addresses ---------------------------------------------------------------------------
def _v4(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.2:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if pick < 0.35:
        return f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if pick < 0.45:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    first = rng.choice(
        (
            1,
            8,
            27,
            34,
            36,
            42,
            49,
            52,
            59,
            60,
            61,
            101,
            103,
            110,
            111,
            114,
            118,
            122,
            123,
            125,
            140,
            150,
            163,
            175,
            180,
            182,
            203,
            210,
            211,
            218,
            220,
        )
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


_V6_PREFIX = (
    (0x2001, 0xB011),
    (0x2001, 0xB400),
    (0x2402, 0x7500),
    (0x2600, 0x1F18),
    (0x2A00, 0x1450),
    (0x2001, 0x4860),
    (0x2404, 0x6800),
    (0x2001, 0x0DB8),
    (0x2406, 0xDA14),
    (0x2001, 0x0288),
)


def _v6_groups(rng: random.Random) -> list[int]:
    a, b = rng.choice(_V6_PREFIX)
    groups = [a, b, rng.randint(0, 0xFFFF), rng.choice((0, rng.randint(1, 0xFFF)))]
    shape = rng.randrange(3)
    if shape == 0:  # zero run then an interface id
        groups += [0, 0, rng.randint(0, 0xFFFF), rng.randint(1, 0xFFFF)]
    elif shape == 1:  # EUI-64 style
        groups += [
            rng.randint(0, 0xFFFF),
            rng.randint(0, 0xFF) << 8 | 0xFF,
            0xFE00 | rng.randint(0, 0xFF),
            rng.randint(0, 0xFFFF),
        ]
    else:
        groups += [0, 0, 0, rng.randint(1, 0xFF)]
    return groups


def _v6_full(groups: list[int]) -> str:
    return ":".join(f"{g:04x}" for g in groups)


def _v6_compressed(groups: list[int]) -> str:
    return ipaddress.IPv6Address(_v6_full(groups)).compressed


def _link_local(rng: random.Random) -> str:
    groups = [
        0xFE80,
        0,
        0,
        0,
        rng.randint(0, 0xFFFF),
        rng.randint(0, 0xFF) << 8 | 0xFF,
        0xFE00 | rng.randint(0, 0xFF),
        rng.randint(1, 0xFFFF),
    ]
    return _v6_compressed(groups)


def _ip(text: str, *tags: str, before: str = "", after: str = "") -> Value:
    segs = []
    if before:
        segs.append(Seg(before))
    segs.append(Seg(text, "IP_ADDRESS"))
    if after:
        segs.append(Seg(after))
    return Value(tuple(segs), tags)


def ip4(rng: random.Random, lang: str) -> Value:
    return _ip(_v4(rng), "ip_v4")


def ip6(rng: random.Random, lang: str) -> Value:
    pick = rng.random()
    if pick < 0.25:
        return _ip(_v6_full(_v6_groups(rng)), "ip_v6_full")
    if pick < 0.6:
        return _ip(_v6_compressed(_v6_groups(rng)), "ip_v6_compressed")
    if pick < 0.7:
        return _ip(_v6_compressed(_v6_groups(rng)).upper(), "ip_v6_compressed", "h5_ip_v6_upper")
    if pick < 0.8:
        return _ip(f"::ffff:{_v4(rng)}", "h5_ip_v6_mapped")
    zone = rng.choice(("eth0", "en0", "wlan0", "enp3s0", "12", "7", "ens160", "wlp2s0"))
    return _ip(f"{_link_local(rng)}%{zone}", "ip_v6_zone")


_PORTS = (22, 80, 443, 3000, 3306, 5432, 6379, 8000, 8080, 8443, 9000, 9200, 27017, 51820)


def ip_port(rng: random.Random, lang: str) -> Value:
    """IPv4:port or [IPv6]:port; the port (and the brackets) stay outside the span."""
    port = rng.choice(_PORTS)
    if rng.random() < 0.6:
        return _ip(_v4(rng), "ip_v4_port", after=f":{port}")
    text = _v6_compressed(_v6_groups(rng))
    return _ip(text, "ip_v6_bracket", before="[", after=f"]:{port}")


def ip(rng: random.Random, lang: str) -> Value:
    pick = rng.random()
    if pick < 0.45:
        return ip4(rng, lang)
    if pick < 0.8:
        return ip6(rng, lang)
    return ip_port(rng, lang)


CLASSES = frozenset(
    {
        "h5_phone_mobile",
        "h5_phone_landline",
        "h5_phone_ext",
        "h5_phone_ca",
        "h5_phone_other",
        "h5_email_plain",
        "h5_email_plus",
        "h5_email_caps",
        "h5_email_angle",
        "h5_email_mailto",
        "h5_ip_v6_upper",
        "h5_ip_v6_mapped",
    }
)

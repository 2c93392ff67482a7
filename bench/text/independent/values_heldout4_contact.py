"""Phones, e-mail addresses and IP addresses of the `heldout4` split (session 7).

Gold conventions are the corpus's: a PHONE runs from its first character ("(", "+" or digit) to
its last digit, a "(0)" trunk inside; an extension (ext. 12, 分機 12, #12, 轉 12, x12) outside.
An EMAIL is the address alone (mailto: and <> outside). An IP_ADDRESS is the address alone: a
:port, brackets, a /prefix and a URL's scheme or path outside; an IPv6 zone (%eth0) inside.
"""

from __future__ import annotations

import random
import string
import unicodedata

from bench.text.independent.build import Seg, Value, full_digits, pii
from bench.text.independent.values_heldout4_people import LOCALES, latin_parts


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- Taiwan mobiles and landlines ---
# fmt: off
_PREFIX = ("0910", "0911", "0918", "0921", "0925", "0928", "0932", "0937", "0955", "0963", "0968",
           "0975", "0983", "0988", "0908", "0919")
MOBILE_STYLES = ("dash433", "dash46", "space433", "compact", "dots", "plus_space", "plus_dash",
                 "plus_trunk", "paren_plus", "bare886", "fullwidth", "space244", "slash")
# fmt: on
# (area code, local digits as groups): Taipei 8, Taichung 8, Kaohsiung 7, Miaoli 6, Taitung 6
# fmt: off
_AREAS = (("02", (4, 4)), ("04", (4, 4)), ("07", (3, 4)), ("06", (3, 4)), ("03", (3, 4)),
          ("037", (3, 3)), ("049", (3, 4)), ("089", (3, 3)), ("082", (3, 3)), ("05", (3, 4)))
# fmt: on
LAND_STYLES = ("paren", "paren_space", "dash", "space", "plus", "compact", "fullwidth", "dots")


def _mobile(rng: random.Random, lang: str) -> tuple[str, str]:
    pre, a, b = rng.choice(_PREFIX), _d(rng, 3), _d(rng, 3)
    style = rng.choice(MOBILE_STYLES if lang != "en" else MOBILE_STYLES[:-3] + MOBILE_STYLES[-2:])
    rest = pre[1:]
    text = {
        "dash433": f"{pre}-{a}-{b}",
        "dash46": f"{pre}-{a}{b}",
        "space433": f"{pre} {a} {b}",
        "compact": f"{pre}{a}{b}",
        "dots": f"{pre}.{a}.{b}",
        "plus_space": f"+886 {rest} {a} {b}",
        "plus_dash": f"+886-{rest}-{a}{b}",
        "plus_trunk": f"+886 (0){rest} {a} {b}",
        "paren_plus": f"(+886) {rest}-{a}-{b}",
        "bare886": f"886{rest}{a}{b}",
        "fullwidth": full_digits(f"{pre}-{a}-{b}"),
        "space244": f"{pre[:2]} {pre[2:]}{a[:2]} {a[2]}{b}",
        "slash": f"{pre}/{a}{b}",
    }[style]
    return text, style


def _landline(rng: random.Random, lang: str) -> tuple[str, str]:
    area, (g1, g2) = rng.choice(_AREAS)
    x, y = _d(rng, g1), _d(rng, g2)
    if area == "02":
        x = rng.choice("2345678") + x[1:]
    style = rng.choice(LAND_STYLES if lang != "en" else LAND_STYLES[:6] + LAND_STYLES[7:])
    text = {
        "paren": f"({area}){x}-{y}",
        "paren_space": f"({area}) {x} {y}",
        "dash": f"{area}-{x}-{y}",
        "space": f"{area} {x} {y}",
        "plus": f"+886-{area[1:]}-{x}-{y}",
        "compact": f"{area}{x}{y}",
        "fullwidth": full_digits(f"{area}-{x}{y}"),
        "dots": f"{area}.{x}.{y}",
    }[style]
    return text, style


# fmt: off
_SHARED = {"dots": "phone_dots", "dash433": "phone_dashes", "space433": "phone_spaces",
           "plus_space": "phone_plus886", "plus_dash": "phone_plus886", "fullwidth":
           "phone_fullwidth", "paren": "phone_parens", "paren_space": "phone_parens",
           "dash": "phone_dashes", "space": "phone_spaces"}
# fmt: on


def mobile(rng: random.Random, lang: str) -> Value:
    text, style = _mobile(rng, lang)
    return pii("PHONE", text, f"h4_mobile_{style}", _SHARED.get(style, "h4_phone"))


def landline(rng: random.Random, lang: str) -> Value:
    text, style = _landline(rng, lang)
    return pii("PHONE", text, f"h4_land_{style}", _SHARED.get(style, "h4_phone"))


def phone_tw(rng: random.Random, lang: str) -> Value:
    return mobile(rng, lang) if rng.random() < 0.65 else landline(rng, lang)


# --- international ---
def _uk(r: random.Random) -> str:
    # fmt: off
    return r.choice((f"+44 20 7{_d(r, 3)} {_d(r, 4)}", f"07{_d(r, 3)} {_d(r, 6)}",
                     f"+44 (0)161 {_d(r, 3)} {_d(r, 4)}", f"0113 {_d(r, 3)} {_d(r, 4)}",
                     f"+447{_d(r, 9)}"))
    # fmt: on


def _us(r: random.Random) -> str:
    a = r.choice(("415", "212", "617", "503", "512", "312", "206", "720"))
    # fmt: off
    return r.choice((f"({a}) {_d(r, 3)}-{_d(r, 4)}", f"+1 {a}-{_d(r, 3)}-{_d(r, 4)}",
                     f"{a}.{_d(r, 3)}.{_d(r, 4)}", f"1 ({a}) {_d(r, 3)} {_d(r, 4)}",
                     f"+1{a}{_d(r, 7)}"))
    # fmt: on


def _au(r: random.Random) -> str:
    # fmt: off
    return r.choice((f"+61 4{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
                     f"04{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}", f"(02) 9{_d(r, 3)} {_d(r, 4)}",
                     f"+61 3 {_d(r, 4)} {_d(r, 4)}"))
    # fmt: on


_OTHER = {
    "sg": lambda r: f"+65 {r.choice('89')}{_d(r, 3)} {_d(r, 4)}",
    "jp": lambda r: f"+81 {r.choice(('90', '80', '70'))}-{_d(r, 4)}-{_d(r, 4)}",
    "kr": lambda r: f"+82 10-{_d(r, 4)}-{_d(r, 4)}",
    "ke": lambda r: f"+254 7{_d(r, 2)} {_d(r, 6)}",
    "ng": lambda r: f"+234 80{r.choice('3678')} {_d(r, 3)} {_d(r, 4)}",
    "in": lambda r: f"+91 9{_d(r, 4)} {_d(r, 5)}",
    "ph": lambda r: f"+63 9{_d(r, 2)} {_d(r, 3)} {_d(r, 4)}",
    "vn": lambda r: f"+84 9{_d(r, 1)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
    "de": lambda r: f"+49 (0)30 {_d(r, 8)}",
    "nl": lambda r: f"+31 6 {_d(r, 8)}",
    "br": lambda r: f"+55 11 9{_d(r, 4)}-{_d(r, 4)}",
    "ae": lambda r: f"+971 5{r.choice('0256')} {_d(r, 3)} {_d(r, 4)}",
    "ru": lambda r: f"+7 9{_d(r, 2)} {_d(r, 3)}-{_d(r, 2)}-{_d(r, 2)}",
    "tr": lambda r: f"+90 5{_d(r, 2)} {_d(r, 3)} {_d(r, 2)} {_d(r, 2)}",
    "pl": lambda r: f"+48 {r.choice('5678')}{_d(r, 2)} {_d(r, 3)} {_d(r, 3)}",
    "th": lambda r: f"+66 8{_d(r, 1)} {_d(r, 3)} {_d(r, 4)}",
    "id": lambda r: f"+62 812-{_d(r, 4)}-{_d(r, 4)}",
    "hk": lambda r: f"+852 {r.choice('569')}{_d(r, 3)} {_d(r, 4)}",
    "cn": lambda r: f"+86 13{_d(r, 1)} {_d(r, 4)} {_d(r, 4)}",
}
INTL = ("uk", "us", "au", *_OTHER)


def phone_intl(rng: random.Random, lang: str) -> Value:
    country = rng.choice(INTL)
    if country == "uk":
        text = _uk(rng)
    elif country == "us":
        text = _us(rng)
    elif country == "au":
        text = _au(rng)
    else:
        text = _OTHER[country](rng)
    shared = f"phone_{country}" if country in ("uk", "us", "au") else "h4_phone"
    return pii("PHONE", text, f"h4_intl_{country}", shared)


def phone_any(rng: random.Random, lang: str) -> Value:
    if lang == "en" and rng.random() < 0.5:
        return phone_intl(rng, lang)
    return phone_tw(rng, lang)


EXT_STYLES = ("ext", "x", "hash", "fenji", "zhuan", "paren_ext")


def phone_ext(rng: random.Random, lang: str) -> Value:
    """A phone plus an extension that stays outside the span."""
    value = landline(rng, lang) if rng.random() < 0.7 else phone_intl(rng, lang)
    ext = str(rng.randint(10, 8999))
    style = rng.choice(EXT_STYLES)
    # fmt: off
    after = {"ext": f" ext. {ext}", "x": f" x{ext}", "hash": f"#{ext}", "fenji": f" 分機 {ext}",
             "zhuan": f"轉{ext}", "paren_ext": f" (ext {ext})"}[style]
    # fmt: on
    return Value((*value.segs, Seg(after)), (*value.classes, f"h4_ext_{style}"))


# --- e-mail ---
# fmt: off
_DOMAINS = ("gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "icloud.com",
            "msa.hinet.net", "mail.ntu.edu.tw", "proton.me", "gmx.de", "yahoo.co.uk",
            "company.com.tw", "fastmail.fm", "ms45.hinet.net", "student.unimelb.edu.au",
            "naver.com", "web.de", "seed.net.tw", "bigpond.com", "rediffmail.com", "qq.com")
# fmt: on
EMAIL_STYLES = ("dot", "under", "initial", "plus", "digits", "caps", "hyphen", "zh_pinyin")


def _ascii(text: str) -> str:
    bare = unicodedata.normalize("NFD", text.replace("ł", "l").replace("ı", "i").replace("đ", "d"))
    return "".join(c for c in bare if c.isascii() and (c.isalnum() or c in ".-")).lower()


def email(rng: random.Random, lang: str) -> Value:
    locale = rng.choice(LOCALES)
    first, last = latin_parts(rng, locale)
    given, family = _ascii(first.split()[0]), _ascii(last.split()[-1])
    domain = rng.choice(_DOMAINS)
    style = rng.choice(EMAIL_STYLES)
    local = {
        "dot": f"{given}.{family}",
        "under": f"{given}_{family}{rng.randint(1, 99)}",
        "initial": f"{given[0]}{family}",
        "plus": f"{given}+{rng.choice(('shop', 'bank', 'news', 'tw'))}",
        "digits": f"{family}{rng.randint(1960, 2009)}",
        "caps": f"{given.capitalize()}.{family.capitalize()}",
        "hyphen": f"{given}-{family}",
        "zh_pinyin": rng.choice(("yuting", "chiahao", "weilun", "peishan", "tsunghan"))
        + rng.choice(("", "0912", "520", "1314", "_tw", "88")),
    }[style]
    return pii("EMAIL", local + "@" + domain, "email", f"h4_email_{style}")


# --- IP addresses ---
# fmt: off
IP_STYLES = ("v4_private", "v4_public", "v4_port", "v4_cidr", "v6_full", "v6_compressed",
             "v6_zone", "v6_bracket", "v6_upper", "v6_mapped")
_IP_SHARED = {"v4_private": "ip_v4", "v4_public": "ip_v4", "v4_port": "ip_v4_port",
              "v4_cidr": "ip_v4", "v6_full": "ip_v6_full", "v6_compressed": "ip_v6_compressed",
              "v6_zone": "ip_v6_zone", "v6_bracket": "ip_v6_bracket", "v6_upper":
              "ip_v6_compressed", "v6_mapped": "ip_v6_compressed"}
# fmt: on


def _v4(rng: random.Random, public: bool) -> str:
    if public:
        first = rng.choice((61, 114, 118, 122, 140, 163, 203, 210, 211, 220, 36, 59, 101, 1))
        return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    # fmt: off
    return rng.choice((f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                       f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"))
    # fmt: on


def _hex4(rng: random.Random) -> str:
    return f"{rng.randint(0, 0xFFFF):x}"


def ip(rng: random.Random, lang: str) -> Value:
    style = rng.choice(IP_STYLES)
    before = after = ""
    if style.startswith("v4"):
        text = _v4(rng, style != "v4_private" or rng.random() < 0.3)
        if style == "v4_port":
            after = f":{rng.choice((22, 443, 3389, 5432, 8080, 8443, 6443))}"
        elif style == "v4_cidr":
            text = ".".join(text.split(".")[:3]) + ".0"
            after = f"/{rng.choice((24, 16, 28))}"
    else:
        prefix = rng.choice(("2001:b011", "2001:db8", "2404:0:8f01", "2001:288"))
        if style == "v6_full":
            text = ":".join(f"{rng.randint(0, 0xFFFF):04x}" for _ in range(8))
        elif style == "v6_zone":
            tail = ":".join(_hex4(rng) for _ in range(4))
            text = f"fe80::{tail}%{rng.choice(('eth0', 'en0', 'wlan0', '12'))}"
        elif style == "v6_mapped":
            text = f"::ffff:{_v4(rng, True)}"
        else:
            text = f"{prefix}::{_hex4(rng)}:{_hex4(rng)}"
            if style == "v6_upper":
                text = text.upper()
            elif style == "v6_bracket":
                before, after = "[", f"]:{rng.choice((443, 8080, 22))}"
    return pii("IP_ADDRESS", text, f"h4_ip_{style}", _IP_SHARED[style], before=before, after=after)


CLASSES = frozenset(
    {f"h4_mobile_{s}" for s in MOBILE_STYLES}
    | {f"h4_land_{s}" for s in LAND_STYLES}
    | {f"h4_intl_{c}" for c in INTL}
    | {f"h4_ext_{s}" for s in EXT_STYLES}
    | {f"h4_email_{s}" for s in EMAIL_STYLES}
    | {f"h4_ip_{s}" for s in IP_STYLES}
    | {"h4_phone"}
)

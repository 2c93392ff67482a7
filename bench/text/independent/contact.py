"""Phone numbers (Taiwan in every way people punctuate them, and foreign ones), e-mail addresses
and IP addresses (IPv4 with and without port, IPv6 full, compressed, with zone and with port).

Gold spans: the phone number from its first character ("(", "+" or digit) to its last digit;
the e-mail address alone; the IP address alone (a zone such as %eth0 is part of it; brackets and
ports are not).
"""

from __future__ import annotations

import random

from bench.text.independent.build import Seg, Value, full_digits, pii
from bench.text.independent.people import LATIN, LATIN_LOCALES

_TW_MOBILE = (
    "0910",
    "0912",
    "0919",
    "0921",
    "0928",
    "0932",
    "0937",
    "0955",
    "0963",
    "0970",
    "0975",
    "0988",
)
_TW_AREA = (("02", 8), ("03", 7), ("04", 7), ("05", 7), ("06", 7), ("07", 7), ("049", 7))


def _d(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone_tw(rng: random.Random, lang: str) -> Value:
    if rng.random() < 0.65:
        prefix, rest = rng.choice(_TW_MOBILE), _d(rng, 6)
        a, b, c = prefix, rest[:3], rest[3:]
        style = rng.choice(("dashes", "dots", "spaces", "plain", "plus886", "plus886_dash"))
        text = {
            "dashes": f"{a}-{b}-{c}",
            "dots": f"{a}.{b}.{c}",
            "spaces": f"{a} {b} {c}",
            "plain": f"{a}{b}{c}",
            "plus886": f"+886 {a[1:]} {b} {c}",
            "plus886_dash": f"+886-{a[1:]}-{b}-{c}",
        }[style]
    else:
        area, n = rng.choice(_TW_AREA)
        local = _d(rng, n)
        head, tail = local[: n - 4], local[n - 4 :]
        style = rng.choice(("parens", "dashes", "plus886", "parens_nospace"))
        text = {
            "parens": f"({area}) {head}-{tail}",
            "parens_nospace": f"({area}){head}-{tail}",
            "dashes": f"{area}-{head}-{tail}",
            "plus886": f"+886 {area[1:]} {head} {tail}",
        }[style]
        style = "parens" if style.startswith("parens") else style
    classes = [f"phone_{style.split('_')[0]}"]
    if style in ("dashes", "plain") and rng.random() < 0.25:
        text = full_digits(text)
        classes = ["phone_fullwidth"]
    return pii("PHONE", text, *classes)


def phone_intl(rng: random.Random, lang: str) -> Value:
    country = rng.choice(("uk", "us", "au", "jp", "sg", "vn", "ph", "id", "de"))
    text = {
        "uk": rng.choice(
            (f"+44 20 7946 {_d(rng, 4)}", f"07700 {_d(rng, 6)}", f"+44 7{_d(rng, 3)} {_d(rng, 6)}")
        ),
        "us": rng.choice(
            (
                f"({rng.randint(201, 989)}) 555-{_d(rng, 4)}",
                f"+1 {rng.randint(201, 989)}-{_d(rng, 3)}-{_d(rng, 4)}",
                f"{rng.randint(201, 989)}.{_d(rng, 3)}.{_d(rng, 4)}",
            )
        ),
        "au": rng.choice(
            (
                f"+61 4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                f"04{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
                f"(03) 9{_d(rng, 3)} {_d(rng, 4)}",
            )
        ),
        "jp": f"+81 90-{_d(rng, 4)}-{_d(rng, 4)}",
        "sg": f"+65 {rng.choice('89')}{_d(rng, 3)} {_d(rng, 4)}",
        "vn": f"+84 9{_d(rng, 1)} {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        "ph": f"+63 9{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}",
        "id": f"+62 812-{_d(rng, 4)}-{_d(rng, 4)}",
        "de": f"+49 30 {_d(rng, 8)}",
    }[country]
    return pii("PHONE", text, f"phone_{country}")


def phone(rng: random.Random, lang: str) -> Value:
    return phone_tw(rng, lang) if lang != "en" or rng.random() < 0.3 else phone_intl(rng, lang)


_DOMAINS = (
    "gmail.com",
    "yahoo.com.tw",
    "outlook.com",
    "hotmail.com",
    "msa.hinet.net",
    "ntu.edu.tw",
    "proton.me",
    "icloud.com",
    "company.com.tw",
    "example.co.uk",
    "bigpond.com.au",
    "mail.ru",
    "web.de",
    "orange.fr",
)
_ASCII = str.maketrans("éèëêáàíïóöúüñçÉ", "eeeeaaiioouuncE")


def email(rng: random.Random, lang: str) -> Value:
    given, family, _ = LATIN[rng.choice(LATIN_LOCALES)]
    g = rng.choice(given).split()[0].lower().translate(_ASCII)
    f = rng.choice(family).split()[-1].lower().replace("-", "").translate(_ASCII)
    local = rng.choice(
        (
            f"{g}.{f}",
            f"{g}{f}{rng.randint(1, 99)}",
            f"{g[0]}{f}",
            f"{f}_{g}",
            f"{g}{rng.randint(1970, 2005)}",
            f"{g}+{rng.choice(('shop', 'tw', 'x'))}",
        )
    )
    return pii("EMAIL", f"{local}@{rng.choice(_DOMAINS)}", "email")


def _ipv4(rng: random.Random) -> str:
    first = rng.choice((192, 10, 172, 203, 61, 114, 140, 36, 118, 220))
    if first == 192:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _groups(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(0, 0xFFFF):x}" for _ in range(n)]


def ip(rng: random.Random, lang: str) -> Value:
    style = rng.choice(("v4", "v4_port", "v6_full", "v6_compressed", "v6_zone", "v6_bracket"))
    port = str(rng.choice((22, 443, 3306, 5432, 8080, 8443, 9200, 51820)))
    if style.startswith("v4"):
        addr = _ipv4(rng)
        after = f":{port}" if style == "v4_port" else ""
        return pii("IP_ADDRESS", addr, f"ip_{style}", after=after)
    if style == "v6_full":
        g = [f"{int(x, 16):04x}" for x in ["2001", "db8", *_groups(rng, 6)]]
        return pii("IP_ADDRESS", ":".join(g), "ip_v6_full")
    if style == "v6_zone":
        addr = "fe80::" + ":".join(_groups(rng, rng.randint(1, 4)))
        zone = rng.choice(("eth0", "en0", "wlan0", "3", "enp0s31f6"))
        return pii("IP_ADDRESS", f"{addr}%{zone}", "ip_v6_zone")
    head = rng.choice(("2001:db8", "2404:6800", "2001:b011", "fd12:3456", "2600:1f18"))
    addr = (
        head
        + ":"
        + ":".join(_groups(rng, rng.randint(0, 2)))
        + "::"
        + ":".join(_groups(rng, rng.randint(1, 2)))
    )
    addr = addr.replace(":::", "::")
    if style == "v6_bracket":
        return Value((Seg("["), Seg(addr, "IP_ADDRESS"), Seg(f"]:{port}")), ("ip_v6_bracket",))
    return pii("IP_ADDRESS", addr, "ip_v6_compressed")

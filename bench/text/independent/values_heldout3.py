"""Value sources of the `heldout3` split (session 6), written from scratch without reading the
detectors or the other value modules' shapes; used only by tmpl_heldout3.py, so the other splits'
bytes do not move. This module holds phones, e-mail and IP addresses and the slot registry; the
names, identity numbers, addresses, secrets and hard negatives live in values_heldout3_*.py.

Gold conventions are the corpus's (see __init__.py), plus:

- PHONE: from its first character ("(", "+" or digit) to its last digit, so "+886 (0)2 ..." keeps
  the "(0)" inside; an extension ("分機 12", "ext. 12", "#12", "x12", "轉12") stays outside.
- EMAIL: the address alone; "mailto:" and angle brackets stay outside.
- IP_ADDRESS: the address alone; a CIDR suffix (/24), a :port, brackets and a URL's scheme and
  path stay outside; an IPv6 zone (%eth0) and an IPv4-mapped IPv6 (::ffff:1.2.3.4) are inside.

Every generator takes (rng, lang) and returns a `Value`; `h3_*` tags name the shapes drawn, and
CLASSES lists every tag a generator may set (the tests require all of them in the split).
"""

from __future__ import annotations

import random
import string

from bench.text.independent import values_heldout3_decoys as dec
from bench.text.independent import values_heldout3_ids as ids3
from bench.text.independent import values_heldout3_people as ppl
from bench.text.independent import values_heldout3_places as plc
from bench.text.independent import values_heldout3_secrets as sec
from bench.text.independent.build import Seg, Value, full_digits, fullwidth, pii


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# --- Taiwan phones ---
_MOBILE = ("0905", "0915", "0917", "0920", "0922", "0926", "0930", "0933", "0936", "0939",
           "0952", "0958", "0960", "0966", "0972", "0978", "0981", "0985")  # fmt: skip
MOBILE_STYLES = ("d433", "d46", "s433", "plain", "dots", "paren", "e164", "intl_space",
                 "intl_dash", "intl_trunk", "no_plus", "fw", "fw_plain")  # fmt: skip


def mobile_tw(rng: random.Random, lang: str) -> Value:
    p, rest = rng.choice(_MOBILE), _d(rng, 6)
    a, b = rest[:3], rest[3:]
    style = rng.choice(MOBILE_STYLES)
    text = {
        "d433": f"{p}-{a}-{b}",
        "d46": f"{p}-{a}{b}",
        "s433": f"{p} {a} {b}",
        "plain": f"{p}{a}{b}",
        "dots": f"{p}.{a}.{b}",
        "paren": f"({p}){a}-{b}",
        "e164": f"+886{p[1:]}{a}{b}",
        "intl_space": f"+886 {p[1:]} {a} {b}",
        "intl_dash": f"+886-{p[1:]}-{a}-{b}",
        "intl_trunk": f"+886 (0){p[1:]}-{a}-{b}",
        "no_plus": f"886-{p[1:]}-{a}{b}",
        "fw": full_digits(f"{p}-{a}-{b}"),
        "fw_plain": full_digits(f"{p}{a}{b}"),
    }[style]
    return pii("PHONE", text, f"h3_mobile_{style}")


# area code, digits of the local number, kind of area (a 5-digit local number is not split)
_AREAS = (("02", 8, "metro"), ("03", 7, "metro"), ("037", 6, "county"), ("04", 8, "metro"),
          ("049", 7, "county"), ("05", 7, "metro"), ("06", 7, "metro"), ("07", 7, "metro"),
          ("089", 6, "county"), ("082", 6, "island"), ("0826", 5, "island"),
          ("0836", 5, "island"))  # fmt: skip
LAND_STYLES = ("paren", "paren_space", "dash", "plain", "intl", "intl_trunk", "intl_paren",
               "fw_paren", "fw_dash")  # fmt: skip


def landline_tw(rng: random.Random, lang: str) -> Value:
    area, n, kind = rng.choice(_AREAS)
    local = str(rng.randint(2, 8)) + _d(rng, n - 1)
    cut = {8: 4, 7: 3, 6: 3}.get(n, 0)

    def split(sep: str) -> str:
        return f"{local[:cut]}{sep}{local[cut:]}" if cut else local

    style = rng.choice(LAND_STYLES)
    text = {
        "paren": f"({area}){split('-')}",
        "paren_space": f"({area}) {split(' ')}",
        "dash": f"{area}-{split('-')}",
        "plain": f"{area}{local}",
        "intl": f"+886-{area[1:]}-{split('-')}",
        "intl_trunk": f"+886 (0){area[1:]} {split(' ')}",
        "intl_paren": f"+886 ({area[1:]}) {split('-')}",
        "fw_paren": fullwidth(f"({area}){split('-')}"),
        "fw_dash": full_digits(f"{area}-{local}"),
    }[style]
    return pii("PHONE", text, f"h3_land_{style}", f"h3_land_{kind}")


EXT_STYLES = ("fenji", "fenji_nospace", "ext_dot", "ext", "hash", "x", "zhuan", "tilde")


def phone_ext(rng: random.Random, lang: str) -> Value:
    """An office number with an extension after it; the extension stays outside the span."""
    value = landline_tw(rng, lang) if rng.random() < 0.7 else phone_intl(rng, lang)
    number = value.segs[0].text
    e = str(rng.randint(10, 9999))
    style = rng.choice(EXT_STYLES)
    after = {
        "fenji": f" 分機 {e}",
        "fenji_nospace": f"分機{e}",
        "ext_dot": f" ext. {e}",
        "ext": f" Ext {e}",
        "hash": f"#{e}",
        "x": f" x{e}",
        "zhuan": f" 轉{e}",
        "tilde": f"~{e}",
    }[style]
    return pii("PHONE", number, *value.classes, f"h3_ext_{style}", after=after)


# --- foreign phones: (national forms, E.164 forms) per country, "N" a random digit ---
_INTL = {
    "us": (("(AAA) NNN-NNNN", "AAA-NNN-NNNN", "AAA.NNN.NNNN", "1-AAA-NNN-NNNN"),
           ("+1 AAA NNN NNNN", "+1AAANNNNNNN", "+1 (AAA) NNN-NNNN")),
    "uk": (("020 7NNN NNNN", "0161 NNN NNNN", "07NNN NNNNNN", "01632 NNNNNN"),
           ("+44 20 7NNN NNNN", "+44 7NNN NNNNNN", "+44 (0)161 NNN NNNN", "+447NNNNNNNNN")),
    "jp": (("03-NNNN-NNNN", "090-NNNN-NNNN", "06-NNNN-NNNN", "080-NNNN-NNNN"),
           ("+81 3-NNNN-NNNN", "+81 90 NNNN NNNN", "+8180NNNNNNNN")),
    "hk": (("9NNN NNNN", "2NNN NNNN", "6NNN-NNNN"),
           ("+852 9NNN NNNN", "+852-2NNN-NNNN", "(852) 5NNN NNNN")),
    "sg": (("9NNN NNNN", "8NNN NNNN", "6NNN NNNN"),
           ("+65 9NNN NNNN", "+65-8NNN-NNNN", "+659NNNNNNN")),
    "my": (("012-NNN NNNN", "03-NNNN NNNN", "011-NNNN NNNN"),
           ("+60 12-NNN NNNN", "+60 3-NNNN NNNN", "+6012NNNNNNN")),
    "id": (("0812-NNNN-NNNN", "(021) NNNN-NNNN", "0813 NNNN NNNN"),
           ("+62 812 NNNN NNNN", "+62 21 NNNN NNNN", "+62812NNNNNNNN")),
    "ph": (("0917 NNN NNNN", "(02) 8NNN NNNN", "0918-NNN-NNNN"),
           ("+63 917 NNN NNNN", "+63 2 8NNN NNNN", "+63917NNNNNNN")),
    "vn": (("090 NNN NN NN", "0912 NNN NNN", "028 NNNN NNNN"),
           ("+84 90 NNN NNNN", "+84 28 NNNN NNNN", "+8490NNNNNNN")),
    "th": (("081-NNN-NNNN", "02-NNN-NNNN", "089 NNN NNNN"),
           ("+66 81 NNN NNNN", "+66 2 NNN NNNN", "+6681NNNNNNN")),
    "au": (("04NN NNN NNN", "(02) 9NNN NNNN", "(08) 9NNN NNNN"),
           ("+61 4NN NNN NNN", "+61 2 9NNN NNNN", "+614NNNNNNNN")),
    "de": (("030 NNNNNNNN", "0151 NNNNNNNN", "089 NNNNNNN", "(030) NNNN-NNNN"),
           ("+49 30 NNNNNNNN", "+49 151 NNNNNNNN", "+49 (0)89 NNNNNNN", "+49151NNNNNNNN")),
    "fr": (("06 NN NN NN NN", "01 NN NN NN NN", "07.NN.NN.NN.NN"),
           ("+33 6 NN NN NN NN", "+33 (0)1 NN NN NN NN", "+336NNNNNNNN")),
}  # fmt: skip
_US_AREAS = ("212", "415", "617", "206", "312", "512", "713", "808", "646", "925", "503")


def phone_intl(rng: random.Random, lang: str) -> Value:
    country = rng.choice(sorted(_INTL))
    form = rng.choice(("nat", "e164"))
    pattern = rng.choice(_INTL[country][form == "e164"])
    text = pattern.replace("AAA", rng.choice(_US_AREAS))
    text = "".join(str(rng.randint(0, 9)) if c == "N" else c for c in text)
    return pii("PHONE", text, f"h3_intl_{country}_{form}")


def phone(rng: random.Random, lang: str) -> Value:
    """Any phone a writer of this language would paste."""
    roll = rng.random()
    if lang == "en":
        roll = roll * 0.8 + 0.2
    if roll < 0.45:
        return mobile_tw(rng, lang)
    return landline_tw(rng, lang) if roll < 0.65 else phone_intl(rng, lang)


# --- e-mail ---
_PERSONAL = (
    "gmail.com",
    "yahoo.com.tw",
    "ymail.com",
    "pchome.com.tw",
    "seed.net.tw",
    "ms12.hinet.net",
    "naver.com",
    "daum.net",
    "yahoo.co.jp",
    "docomo.ne.jp",
    "gmx.de",
    "t-online.de",
    "free.fr",
    "laposte.net",
    "yandex.ru",
    "rediffmail.com",
    "163.com",
    "yahoo.com.sg",
    "live.com.my",
    "fastmail.fm",
    "pm.me",
    "icloud.com",
    "me.com",
)
_SUBDOMAIN = (
    "mail.ncku.edu.tw",
    "gapp.nthu.edu.tw",
    "u.nus.edu",
    "student.unimelb.edu.au",
    "stud.tu-darmstadt.de",
    "hq.lumenpay.io",
    "tw.logi-freight.com",
    "sg.harbourline.com.sg",
    "eng.kitsune-labs.co.jp",
    "billing.renmark.com.au",
    "mx.north-ridge.ca",
    "ops.eu.brightwave.example.com",
)
_PLUS_TAGS = ("newsletter", "shopee", "2025", "jobs", "bank", "taxes", "github", "travel")
EMAIL_STYLES = ("dot", "plus", "sub", "digits", "initial", "caps", "hyphen", "underscore")


def email(rng: random.Random, lang: str) -> Value:
    g, f, _, _ = ppl.parts(rng)
    g = ppl.fold(g.split()[0]).lower().replace("'", "")
    f = ppl.fold(f.split()[-1]).lower().replace("-", "").replace("'", "")
    style = rng.choice(EMAIL_STYLES)
    domain = rng.choice(_SUBDOMAIN if style == "sub" else _PERSONAL)
    local = {
        "dot": f"{g}.{f}",
        "plus": f"{g}.{f}+{rng.choice(_PLUS_TAGS)}",
        "sub": rng.choice((f"{g}.{f}", f"{g[0]}{f}", f"{f}{g[0]}")),
        "digits": f"{f}{g}{rng.randint(70, 99) if rng.random() < 0.5 else rng.randint(1, 9999)}",
        "initial": f"{g[0]}.{f}",
        "caps": f"{g.capitalize()}.{f.capitalize()}",
        "hyphen": f"{g}-{f}",
        "underscore": f"{f}_{g}{rng.randint(1, 99)}",
    }[style]
    return pii("EMAIL", f"{local}@{domain}", f"h3_email_{style}")


# --- IP addresses ---
_V4_PUBLIC = ("203.69", "61.216", "114.32", "1.161", "36.224", "101.12", "49.158", "180.176",
              "59.120", "118.163", "211.75", "223.140")  # fmt: skip
IP_STYLES = ("v4_public", "v4_private", "v4_cgnat", "v4_port", "v4_cidr", "v4_url", "v4_fw",
             "v6_full", "v6_comp", "v6_zone", "v6_bracket", "v6_cidr", "v6_mapped")  # fmt: skip


def _v4(rng: random.Random, kind: str) -> str:
    if kind == "private":
        return rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 99)}.{rng.randint(1, 254)}",
            )
        )
    if kind == "cgnat":
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice(_V4_PUBLIC)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _hextets(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(1, 0xFFFF):x}" for _ in range(n)]


def _v6(rng: random.Random) -> str:
    head = rng.choice(("2001:b011", "2001:b400", "2401:e180", "2404:0", "2600:1700", "2a02:c7f",
                       "fd00:ab", "2001:db8"))  # fmt: skip
    return (
        head
        + ":"
        + ":".join(_hextets(rng, rng.randint(0, 2)))
        + "::"
        + ":".join(_hextets(rng, rng.randint(1, 3)))
    )


def ip(rng: random.Random, lang: str) -> Value:
    style = rng.choice(IP_STYLES)
    port = str(rng.choice((22, 25, 443, 1194, 3389, 5060, 6443, 8000, 9090, 27017)))
    after = ""
    before = ""
    if style.startswith("v4"):
        kind = style.split("_")[1] if style in ("v4_private", "v4_cgnat") else "public"
        if style in ("v4_port", "v4_cidr", "v4_url"):
            kind = rng.choice(("public", "private"))
        addr = _v4(rng, kind)
        if style == "v4_port":
            after = ":" + port
        elif style == "v4_cidr":
            addr = addr.rsplit(".", 1)[0] + ".0"
            after = "/" + str(rng.choice((16, 20, 24, 28)))
        elif style == "v4_url":
            before, after = rng.choice(("http://", "https://")), f":{port}/admin"
        elif style == "v4_fw" and lang != "en":
            addr = fullwidth(addr)  # typed with a Chinese IME
        elif style == "v4_fw":
            style = "v4_public"
    elif style == "v6_full":
        addr = ":".join(f"{int(x, 16):04x}" for x in ["2001", "b011", *_hextets(rng, 6)])
    elif style == "v6_zone":
        zone = rng.choice(("eth0", "en0", "wlan0", "ens192", "12"))
        addr = "fe80::" + ":".join(_hextets(rng, rng.randint(2, 4))) + "%" + zone
    elif style == "v6_mapped":
        addr = "::ffff:" + _v4(rng, "public")
    else:
        addr = _v6(rng).replace(":::", "::")
        if style == "v6_bracket":
            before, after = "[", f"]:{port}"
        elif style == "v6_cidr":
            addr = addr.split("::")[0] + "::"
            after = "/" + str(rng.choice((32, 48, 56, 64)))
    segs = [Seg(before)] if before else []
    segs.append(Seg(addr, "IP_ADDRESS"))
    if after:
        segs.append(Seg(after))
    return Value(tuple(segs), (f"h3_ip_{style}",))


PII_SLOTS = {
    "h3_person": ppl.person,
    "h3_formal": ppl.formal,
    "h3_single": ppl.single,
    "h3_given": ppl.given,
    "h3_cued": ppl.cued,
    "h3_mention": ppl.mention,
    "h3_names": ppl.name_list,
    "h3_zh": ppl.zh,
    "h3_zh_title": ppl.zh_title,
    "h3_zh_kin": ppl.zh_kin,
    "h3_tw_rom": ppl.tw_rom,
    "h3_mobile": mobile_tw,
    "h3_landline": landline_tw,
    "h3_phone_ext": phone_ext,
    "h3_phone_intl": phone_intl,
    "h3_phone": phone,
    "h3_email": email,
    "h3_ip": ip,
    "h3_twid": ids3.tw_id,
    "h3_passport": ids3.passport,
    "h3_card": ids3.card,
    "h3_iban": ids3.iban,
    "h3_bank": ids3.bank,
    "h3_dob": ids3.dob,
    "h3_addr_tw": plc.address_tw,
    "h3_addr_tw_rom": plc.address_tw_rom,
    "h3_addr_world": plc.address_world,
    "h3_key": sec.api_key,
    "h3_env": sec.env_line,
    "h3_pw": sec.password,
    "h3_jwt": sec.jwt,
    "h3_conn": sec.connection,
    "h3_basic_url": sec.basic_auth_url,
    "h3_pem": sec.private_key,
}
DECOY_SLOTS = {
    "h3_order": dec.order,
    "h3_invoice": dec.invoice,
    "h3_tracking": dec.tracking,
    "h3_ticket": dec.ticket,
    "h3_amount": dec.amount,
    "h3_version": dec.version,
    "h3_ts": dec.timestamp,
    "h3_date": dec.date,
    "h3_badcheck": dec.bad_checksum,
    "h3_taxid": dec.tax_id,
    "h3_sha": dec.commit_sha,
    "h3_uuid": dec.uuid_value,
    "h3_hash": dec.digest,
    "h3_sku": dec.product,
    "h3_place": plc.place,
    "h3_company": plc.company,
    "h3_phrase": dec.phrase,
}
CLASSES = frozenset(
    {f"h3_mobile_{s}" for s in MOBILE_STYLES}
    | {f"h3_land_{s}" for s in LAND_STYLES}
    | {f"h3_land_{k}" for k in ("metro", "county", "island")}
    | {f"h3_ext_{s}" for s in EXT_STYLES}
    | {f"h3_intl_{c}_{f}" for c in _INTL for f in ("nat", "e164")}
    | {f"h3_email_{s}" for s in EMAIL_STYLES}
    | {f"h3_ip_{s}" for s in IP_STYLES}
    | ppl.CLASSES
    | ids3.CLASSES
    | plc.CLASSES
    | sec.CLASSES
)

"""Value sources added with the `dev3` split: more name locales and name layouts, more ways to
write a date of birth, IPs inside URLs and headers, phones with extensions, Taiwan addresses
with 里/村 and 鄰, addresses from more countries, secrets on shell command lines and in YAML, and
a few more hard-negative shapes (booking references, claim numbers, log timestamps, currencies).

Gold spans follow the corpus conventions (see the package docstring): a name alone (an inverted
"Family, Given" name is one span, each name of a list its own span), the date alone, the IP alone
(brackets, scheme, path and :port outside), a phone number without its extension, the whole
postal address, the secret value alone (the flag, user name, quotes and host outside).
"""

from __future__ import annotations

import random
import string

from bench.text.independent import credentials, people
from bench.text.independent.build import Seg, Value, full_digits, neg, pii

# --- names -------------------------------------------------------------------------------------

# locale -> (given names, family names); order is chosen per locale below
# fmt: off
MORE_LATIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ko": (
        ("Ji-woo", "Min-jun", "Seo-yeon", "Ha-eun", "Do-yoon", "Su-bin", "Jae-hyun", "Ye-jin",
         "Hyun-woo", "Eun-ji", "Sung-min", "Da-eun", "Joon-ho", "Chae-won"),
        ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Seo", "Shin",
         "Kwon", "Baek", "Moon"),
    ),
    "ja": (
        ("Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Takumi", "Sakura", "Kaito", "Mio",
         "Daiki", "Nanami", "Ryusei", "Kaede", "Shun", "Misaki"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
         "Kobayashi", "Kato", "Yoshida", "Matsumoto", "Inoue", "Kimura", "Fujiwara"),
    ),
    "ng": (
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka",
         "Ifeanyi", "Yetunde", "Obinna", "Zainab", "Babatunde", "Nkechi", "Segun", "Amaka"),
        ("Okonkwo", "Adeyemi", "Nwosu", "Balogun", "Eze", "Ogunleye", "Chukwu", "Adebayo",
         "Afolabi", "Onyeka", "Abubakar", "Ibekwe", "Olawale", "Nnamdi"),
    ),
    "tr": (
        ("Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Can", "Selin", "Oğuz", "Gizem",
         "Kerem", "Damla", "Murat", "Büşra", "Tolga", "İpek"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
         "Doğan", "Kılıç", "Aslan", "Koç", "Erdoğdu"),
    ),
    "pl": (
        ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Magdalena",
         "Paweł", "Joanna", "Łukasz", "Zofia", "Wojciech", "Jadwiga", "Grzegorz"),
        ("Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Zając", "Król",
         "Wieczorek", "Pietrzak", "Szymczak", "Michalak", "Dudek", "Sikora"),
    ),
    "br": (
        ("João Pedro", "Ana Clara", "Lucas", "Beatriz", "Gabriel", "Mariana", "Rafael",
         "Larissa", "Thiago", "Fernanda", "Matheus", "Juliana", "Vinícius", "Letícia"),
        ("da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues",
         "Almeida", "Nascimento", "Carvalho", "Ferreira Lima", "Gomes", "Araújo", "Ribeiro"),
    ),
    "vi_diacritics": (
        ("Thị Hương", "Văn Minh", "Đức Anh", "Thu Trang", "Quốc Bảo", "Ngọc Mai", "Văn Hùng",
         "Minh Tuấn", "Hoàng Long", "Thị Hoa", "Bích Ngọc", "Thanh Tâm"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương",
         "Huỳnh"),
    ),
}
_MY_MALE = ("Ahmad Faizal", "Muhammad Hafiz", "Mohd Azlan", "Amirul Hakim", "Khairul Anuar",
            "Syed Idris", "Hazwan", "Firdaus")
_MY_FEMALE = ("Nurul Aina", "Siti Aisyah", "Nur Syafiqah", "Farah Nadia", "Aina Sofea",
              "Nor Hidayah", "Puteri Balqis", "Aishah")
_MY_FATHERS = ("Abdullah", "Ismail", "Rahman", "Hassan", "Osman", "Yusof", "Ibrahim", "Zainal",
               "Kamarudin", "Hamzah")
_ID_MONONYMS = ("Sutrisno", "Suharti", "Wagiman", "Sumarni", "Mulyono", "Purwanti", "Slamet",
                "Tukiyem", "Darmaji", "Sulastri")
# fmt: on
FAMILY_FIRST = {"vi_diacritics"}
SOMETIMES_FAMILY_FIRST = {"ko", "ja"}  # in English text both orders occur
MORE_LOCALES = (*MORE_LATIN, "my", "id_mono")


def intl_name_parts(rng: random.Random) -> tuple[str, str, str]:
    """(given, family, locale) from a locale the older value sources do not have; family may be
    "" (an Indonesian single name) and, for Malay names, holds the bin/binti part."""
    locale = rng.choice(MORE_LOCALES)
    if locale == "my":
        male = rng.random() < 0.5
        given = rng.choice(_MY_MALE if male else _MY_FEMALE)
        if rng.random() < 0.7:
            return given, f"{'bin' if male else 'binti'} {rng.choice(_MY_FATHERS)}", locale
        return given, "", locale
    if locale == "id_mono":
        return rng.choice(_ID_MONONYMS), "", locale
    given, family = MORE_LATIN[locale]
    return rng.choice(given), rng.choice(family), locale


def _join(rng: random.Random, given: str, family: str, locale: str) -> str:
    if not family:
        return given
    if locale == "my":
        return f"{given} {family}"
    if locale in FAMILY_FIRST or (locale in SOMETIMES_FAMILY_FIRST and rng.random() < 0.4):
        return f"{family} {given}"
    return f"{given} {family}"


def intl_name(rng: random.Random, lang: str) -> Value:
    """A Latin-script name of a locale the other value sources lack; no cue word."""
    given, family, locale = intl_name_parts(rng)
    return pii("PERSON", _join(rng, given, family, locale), f"latin_{locale}")


def _any_latin(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.5:
        locale = rng.choice(people.LATIN_LOCALES)
        given, family, _order = people.LATIN[locale]
        return rng.choice(given), rng.choice(family), locale
    return intl_name_parts(rng)


def name_caps(rng: random.Random, lang: str) -> Value:
    """A whole name in capitals, as on a passport, a boarding pass or a bank form."""
    given, family, locale = _any_latin(rng)
    if family and rng.random() < 0.5 and locale != "my":
        text = f"{family} {given}".upper()
    else:
        text = _join(rng, given, family, locale).upper()
    return pii("PERSON", text, "name_caps")


def name_inverted(rng: random.Random, lang: str) -> Value:
    """ "Family, Given" (or "FAMILY, Given"): one span, comma included."""
    given, family, _locale = _any_latin(rng)
    while not family or family.startswith(("bin ", "binti ")):
        given, family, _locale = _any_latin(rng)
    if rng.random() < 0.3:
        family = family.upper()
    return pii("PERSON", f"{family}, {given}", "name_inverted")


def _list(
    rng: random.Random, names: list[str], seps: tuple[str, ...], last: tuple[str, ...]
) -> Value:
    segs: list[Seg] = []
    sep, final = rng.choice(seps), rng.choice(last)
    for i, name in enumerate(names):
        if i:
            segs.append(Seg(final if i == len(names) - 1 else sep))
        segs.append(Seg(name, "PERSON"))
    return Value(tuple(segs), ())


def name_list(rng: random.Random, lang: str) -> Value:
    """Two to four Latin-script names in a row, each its own span."""
    names = []
    for _ in range(rng.randint(2, 4)):
        given, family, locale = _any_latin(rng)
        names.append(_join(rng, given, family, locale))
    value = _list(rng, names, (", ", "; ", " / ", ", "), (", ", " and ", " & ", "; "))
    return Value(value.segs, ("name_list",))


def zh_name_list(rng: random.Random, lang: str) -> Value:
    """Two to four Chinese names: 、, ，, spaces or slashes between them, each its own span."""
    names = [people.zh_name(rng)[0] for _ in range(rng.randint(2, 4))]
    value = _list(rng, names, ("、", "，", " ", "/", "、"), ("、", "和", "與", "及", " "))
    return Value(value.segs, ("zh_name_list",))


# --- dates of birth ----------------------------------------------------------------------------

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
_ZH_DIGITS = "〇一二三四五六七八九"


def _ordinal(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _zh_number(n: int) -> str:
    """1-99 as written in words: 三, 十二, 二十, 七十六."""
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + (_ZH_DIGITS[units] if units else "")


def dob_many(rng: random.Random, lang: str) -> Value:
    """A date of birth in one of many spellings; the span is the date alone."""
    y, m, d = rng.randint(1938, 2010), rng.randint(1, 12), rng.randint(1, 28)
    roc, mon = y - 1911, _MONTHS[m - 1]
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    if zh:
        style = rng.choice(
            (
                "minguo_dot",
                "minguo_short",
                "minguo_words",
                "year_words",
                "western_dot",
                "roc_slash",
                "western_padded",
                "minguo_nospace",
            )
        )
        text = {
            "minguo_dot": f"{roc}.{m:02d}.{d:02d}",
            "minguo_short": f"{roc}年{m}月{d}日",
            "minguo_words": f"民國{_zh_number(roc)}年{_zh_number(m)}月{_zh_number(d)}日",
            "year_words": "".join(_ZH_DIGITS[int(c)] for c in str(y))
            + f"年{_zh_number(m)}月{_zh_number(d)}日",
            "western_dot": f"{y}.{m}.{d}",
            "roc_slash": f"{roc}/{m}/{d}",
            "western_padded": f"{y}年{m:02d}月{d:02d}日",
            "minguo_nospace": f"民國{roc}.{m}.{d}",
        }[style]
        if "words" not in style and rng.random() < 0.15:
            text = full_digits(text)
    else:
        style = rng.choice(
            (
                "ordinal",
                "ordinal_us",
                "ymd_slash",
                "dd_mon_yy",
                "dotted",
                "compact",
                "mon_d_y",
                "short_year_us",
                "iso_dash_single",
            )
        )
        text = {
            "ordinal": f"{_ordinal(d)} {rng.choice(('', 'of '))}{mon} {y}",
            "ordinal_us": f"{mon} {_ordinal(d)}, {y}",
            "ymd_slash": f"{y}/{m:02d}/{d:02d}",
            "dd_mon_yy": f"{d:02d}-{mon[:3]}-{y % 100:02d}",
            "dotted": f"{d:02d}.{m:02d}.{y}",
            "compact": f"{y}{m:02d}{d:02d}",
            "mon_d_y": f"{mon[:3]}. {d} {y}" if rng.random() < 0.5 else f"{mon[:3]} {d} {y}",
            "short_year_us": f"{m}/{d}/{y % 100:02d}",
            "iso_dash_single": f"{y}-{m}-{d}",
        }[style]
        if rng.random() < 0.1:
            text = text.upper()
    return pii("DATE_OF_BIRTH", text, f"dob3_{style}")


# --- IP addresses ------------------------------------------------------------------------------


def _v4(rng: random.Random) -> str:
    first = rng.choice((203, 198, 100, 172, 10, 49, 101, 111, 1, 223, 125, 59))
    if first == 203:
        return f"203.0.113.{rng.randint(1, 254)}"
    if first == 198:
        return f"198.51.100.{rng.randint(1, 254)}"
    if first == 100:
        return f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if first == 172:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _v6(rng: random.Random) -> str:
    head = rng.choice(("2001:db8", "2001:b030", "2402:7500", "2406:da14", "2a00:1450"))
    tail = ":".join(f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(1, 3)))
    return f"{head}:{rng.randint(0, 0xFFFF):x}::{tail}"


_PATHS = ("/", "/login", "/api/v1/health", "/admin/", "/metrics", "/webhook", "/index.php")


def ip_url(rng: random.Random, lang: str) -> Value:
    """An IP inside a URL, after ssh user@, in an X-Forwarded-For list, or IPv4-mapped IPv6."""
    style = rng.choice(("url_v4", "url_v6", "ssh", "xff", "mapped", "url_v4"))
    port = str(rng.choice((8080, 8443, 3000, 9090, 5601, 15672, 2222)))
    if style == "url_v4":
        scheme = rng.choice(("http://", "https://"))
        after = (f":{port}" if rng.random() < 0.6 else "") + rng.choice(_PATHS)
        return pii("IP_ADDRESS", _v4(rng), "ip3_url_v4", before=scheme, after=after)
    if style == "url_v6":
        segs = (
            Seg(rng.choice(("http://[", "https://["))),
            Seg(_v6(rng), "IP_ADDRESS"),
            Seg(f"]:{port}{rng.choice(_PATHS)}"),
        )
        return Value(segs, ("ip3_url_v6",))
    if style == "ssh":
        user = rng.choice(("ubuntu", "root", "ec2-user", "deploy", "pi"))
        return pii("IP_ADDRESS", _v4(rng), "ip3_ssh", before=f"{user}@")
    if style == "xff":
        n = rng.randint(2, 3)
        segs: list[Seg] = []
        for i in range(n):
            if i:
                segs.append(Seg(", "))
            segs.append(Seg(_v4(rng), "IP_ADDRESS"))
        return Value(tuple(segs), ("ip3_xff",))
    return pii("IP_ADDRESS", "::ffff:" + _v4(rng), "ip3_mapped")


# --- phones ------------------------------------------------------------------------------------


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone_ext(rng: random.Random, lang: str) -> Value:
    """An office number with an extension; the extension stays outside the span."""
    ext = _d(rng, rng.randint(2, 4))
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.6)
    if zh:
        area = rng.choice(("02", "03", "04", "07"))
        body = f"{_d(rng, 4)}-{_d(rng, 4)}" if area == "02" else f"{_d(rng, 3)}-{_d(rng, 4)}"
        number = rng.choice((f"({area}) {body}", f"{area}-{body}", f"({area}){body}"))
        after = rng.choice((f" 分機 {ext}", f"#{ext}", f" 轉 {ext}", f"分機{ext}", f" ext. {ext}"))
        return pii("PHONE", number, "phone_ext_tw", after=after)
    number = rng.choice(
        (
            f"+1 ({rng.randint(201, 989)}) 555-{_d(rng, 4)}",
            f"{rng.randint(201, 989)}-555-{_d(rng, 4)}",
            f"+44 161 496 {_d(rng, 4)}",
            f"+61 2 9{_d(rng, 3)} {_d(rng, 4)}",
            f"+65 6{_d(rng, 3)} {_d(rng, 4)}",
        )
    )
    after = rng.choice((f" x{ext}", f" ext. {ext}", f" ext {ext}", f", extension {ext}"))
    return pii("PHONE", number, "phone_ext_intl", after=after)


# --- addresses ---------------------------------------------------------------------------------

# (city, district, postcode, (里/村, ...), (road, ...)); 鄉 areas use 村
_TW_LI = (
    (
        "臺北市",
        "文山區",
        "116",
        ("萬芳里", "興豐里", "木柵里"),
        ("興隆路三段", "木柵路二段", "秀明路一段"),
    ),
    (
        "新北市",
        "三重區",
        "241",
        ("福德里", "光明里", "中興里"),
        ("重新路四段", "正義北路", "三和路三段"),
    ),
    (
        "新北市",
        "淡水區",
        "251",
        ("竹圍里", "民生里", "鄧公里"),
        ("中山北路二段", "民權路", "英專路"),
    ),
    (
        "桃園市",
        "龜山區",
        "333",
        ("大同里", "文化里", "龍壽里"),
        ("文化一路", "萬壽路二段", "復興一路"),
    ),
    (
        "臺中市",
        "北屯區",
        "406",
        ("松竹里", "仁美里", "四民里"),
        ("崇德路三段", "北屯路", "松竹路二段"),
    ),
    ("彰化縣", "員林市", "510", ("三多里", "中正里", "民生里"), ("中山路二段", "光明街", "員東路")),
    ("嘉義縣", "民雄鄉", "621", ("東榮村", "中樂村", "西安村"), ("建國路一段", "中正路", "文化路")),
    ("屏東縣", "潮州鎮", "920", ("三共里", "光春里", "新生里"), ("新生路", "延平路", "中山路")),
    ("宜蘭縣", "羅東鎮", "265", ("公正里", "仁和里", "北成里"), ("中正北路", "公正路", "興東路")),
    (
        "高雄市",
        "鳳山區",
        "830",
        ("文山里", "誠義里", "正義里"),
        ("光遠路", "五甲二路", "青年路一段"),
    ),
    (
        "臺南市",
        "安平區",
        "708",
        ("國平里", "華平里", "平通里"),
        ("安平路", "健康路三段", "永華路二段"),
    ),
)


def address_tw_li(rng: random.Random, lang: str) -> Value:
    """Taiwan addresses with 里/村 and 鄰, 3-, 5- or 6-digit postcodes, 號之N, and rural ones
    with no road (村, 鄰, 號 only)."""
    city, district, code, lis, roads = rng.choice(_TW_LI)
    classes = ["addr_tw_li"]
    if city.startswith("臺") and rng.random() < 0.4:
        city = "台" + city[1:]
    postcode = rng.choice(("", code, code + _d(rng, 2), code + _d(rng, 3)))
    if len(postcode) > 3:
        classes.append(f"addr_tw_postcode{len(postcode)}")
    parts = [rng.choice(lis)]
    if rng.random() < 0.6:
        parts.append(f"{rng.randint(1, 32)}鄰")
        classes.append("addr_tw_lin")
    rural = parts[0].endswith("村") and rng.random() < 0.5
    if rural:
        classes.append("addr_tw_rural")
    else:
        parts.append(rng.choice(roads))
        if rng.random() < 0.5:
            parts.append(f"{rng.randint(1, 600)}巷")
            if rng.random() < 0.5:
                parts.append(f"{rng.randint(1, 40)}弄")
    num = f"{rng.randint(1, 420)}號"
    if rng.random() < 0.25:
        num += f"之{rng.randint(1, 6)}"
    parts.append(num)
    if not rural and rng.random() < 0.55:
        floor = rng.choice((f"{rng.randint(2, 21)}樓", f"{rng.randint(2, 21)}F", "地下一樓", "B1"))
        parts.append(floor)
    body = "".join(parts)
    if rng.random() < 0.2:
        body = full_digits(body)
        classes.append("addr_tw_fullwidth")
    sep = " " if postcode and rng.random() < 0.4 else ""
    return pii("ADDRESS", f"{postcode}{sep}{city}{district}{body}", *classes)


def _asia_parts(rng: random.Random, country: str) -> list[str]:
    if country == "sg":
        blk = rng.randint(100, 699)
        street = rng.choice(
            (
                "Ang Mo Kio Avenue 10",
                "Tampines Street 21",
                "Jurong West Street 52",
                "Bedok North Road",
                "Toa Payoh Lorong 4",
            )
        )
        unit = f"#{rng.randint(2, 25):02d}-{rng.randint(1, 480):02d}"
        return [f"Blk {blk} {street}", unit, f"Singapore {rng.randint(1, 82):02d}{_d(rng, 4)}"]
    if country == "my":
        street = rng.choice(
            (
                "Jalan SS 2/24",
                "Jalan Tun Razak",
                "Jalan Ampang",
                "Lorong Maarof",
                "Jalan Bukit Bintang",
            )
        )
        town = rng.choice(
            (
                "47300 Petaling Jaya, Selangor",
                "50450 Kuala Lumpur",
                "10200 George Town, Pulau Pinang",
                "80000 Johor Bahru, Johor",
            )
        )
        return [f"No. {rng.randint(1, 120)}", street, town]
    if country == "ph":
        street = rng.choice(("Jupiter St.", "Kalayaan Ave.", "Aguirre Ave.", "Katipunan Ave."))
        town = rng.choice(
            (
                "Bel-Air, Makati City 1209",
                "Poblacion, Makati City 1210",
                "BF Homes, Parañaque City 1720",
                "Loyola Heights, Quezon City 1108",
            )
        )
        return [
            f"Unit {rng.randint(2, 30)}{rng.choice('ABCD')}",
            f"{rng.randint(1, 300)} {street}",
            town,
        ]
    if country == "nz":
        street = rng.choice(("Ponsonby Road", "Cuba Street", "Dominion Road", "Riccarton Road"))
        town = rng.choice(
            (
                "Grey Lynn, Auckland 1021",
                "Te Aro, Wellington 6011",
                "Mount Eden, Auckland 1024",
                "Riccarton, Christchurch 8011",
            )
        )
        return [f"{rng.randint(1, 400)} {street}", town]
    if country == "ie":
        street = rng.choice(
            ("Leeson Street Upper", "Griffith Avenue", "Clontarf Road", "Main Street")
        )
        key = rng.choice(("D04", "D09", "D03", "T12", "H91"))
        tail = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
        town = {"T12": "Cork", "H91": "Galway"}.get(key, "Dublin")
        return [
            f"Apt {rng.randint(1, 30)}",
            f"{rng.randint(1, 200)} {street}",
            f"{town} {key} {tail}",
        ]
    if country == "jp":
        ward = rng.choice(
            (
                ("Shibuya", "Shibuya-ku", "150"),
                ("Nishi-Shinjuku", "Shinjuku-ku", "160"),
                ("Ebisu", "Shibuya-ku", "150"),
                ("Kichijoji", "Musashino-shi", "180"),
            )
        )
        return [
            f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {ward[0]}",
            ward[1],
            f"Tokyo {ward[2]}-{_d(rng, 4)}",
        ]
    area = rng.choice(
        (
            "14th Cross, Indiranagar, Bengaluru 5600",
            "Linking Road, Bandra West, Mumbai 4000",
            "Anna Salai, Teynampet, Chennai 6000",
        )
    )
    return [
        f"Flat {rng.randint(101, 1204)}",
        rng.choice(("Sai Residency", "Lakeview Towers", "Green Park Apts")),
        area + _d(rng, 2),
    ]


def address_asia(rng: random.Random, lang: str) -> Value:
    """Addresses of Singapore, Malaysia, the Philippines, New Zealand, Ireland, Japan (romanised)
    and India: on one line or on several (one span either way)."""
    country = rng.choice(("sg", "my", "ph", "nz", "ie", "jp", "in"))
    parts = _asia_parts(rng, country)
    classes = [f"addr_{country}"]
    if rng.random() < 0.3:
        text = "\n".join(parts)
        classes.append("addr_multiline")
    else:
        text = ", ".join(parts)
    return pii("ADDRESS", text, *classes)


# --- secrets -----------------------------------------------------------------------------------


def _pw(rng: random.Random) -> str:
    return credentials.password(rng, "en").segs[0].text


def cli_secret(rng: random.Random, lang: str) -> Value:
    """A secret typed on a command line; flag, user, quotes and host stay outside the span."""
    style = rng.choice(
        ("mysql", "curl_user", "pgpassword", "docker", "git_url", "sshpass", "header")
    )
    host = rng.choice(("db01.internal", "staging-db", "reports.lan", "10.20.0.15"))
    if style == "mysql":
        q = rng.choice(("", "'"))
        before, after = (
            f"mysql -h {host} -u {rng.choice(('app', 'root', 'bi'))} -p{q}",
            f"{q} sales",
        )
        value = _pw(rng)
    elif style == "curl_user":
        before, after = "curl -u deploy:", " https://ci.example.org/api/json"
        value = _pw(rng)
    elif style == "pgpassword":
        before, after = "PGPASSWORD=", f" psql -h {host} -U report -d metrics"
        value = _pw(rng)
    elif style == "docker":
        before, after = "docker login registry.example.org -u ci-bot -p ", ""
        value = credentials.PROVIDERS[rng.choice(("github", "gitlab"))](rng)
    elif style == "git_url":
        before, after = "git clone https://oauth2:", "@gitlab.example.org/platform/infra.git"
        value = credentials.PROVIDERS["gitlab"](rng)
    elif style == "sshpass":
        before, after = "sshpass -p '", f"' ssh admin@{host}"
        value = _pw(rng)
    else:
        before, after = 'curl -H "X-Api-Key: ', '" https://api.example.org/v2/orders'
        value = credentials.PROVIDERS[rng.choice(("stripe", "sendgrid", "google", "openai"))](rng)
    return pii("SECRET", value, f"secret_cli_{style}", before=before, after=after)


_YAML_KEYS = (
    "client_secret",
    "api_token",
    "webhook_secret",
    "smtp_password",
    "access_key",
    "signing_key",
    "refresh_token",
    "app_secret",
)


def yaml_secret(rng: random.Random, lang: str) -> Value:
    """`key: value` of a YAML file (sometimes quoted); only the value is gold."""
    key = rng.choice(_YAML_KEYS)
    if "password" in key:
        value = _pw(rng)
    elif "token" in key and rng.random() < 0.5:
        value = credentials.PROVIDERS["jwt"](rng)
    else:
        value = "".join(
            rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(24, 48))
        )
    quote = rng.choice(("", "", '"'))
    return Value((Seg(f"{key}: {quote}"), Seg(value, "SECRET"), Seg(quote)), ("secret_yaml",))


# --- hard negatives ----------------------------------------------------------------------------

_UP = string.ascii_uppercase


def booking(rng: random.Random, lang: str) -> Value:
    """Airline record locators, hotel and rail confirmation numbers (kind: order)."""
    pnr = "".join(rng.choice(_UP + "23456789") for _ in range(6))
    return neg(
        "order",
        rng.choice(
            (
                pnr,
                f"HTL-{_d(rng, 7)}",
                f"RSV{rng.randint(2025, 2027)}{_d(rng, 6)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
            )
        ),
    )


def claim(rng: random.Random, lang: str) -> Value:
    """Insurance claim and case numbers (kind: ticket)."""
    y = rng.randint(2024, 2027)
    return neg(
        "ticket",
        rng.choice((f"CLM-{y}-{_d(rng, 6)}", f"GC{y % 100}{_d(rng, 7)}", f"{y}-CL-{_d(rng, 5)}")),
    )


def ts_log(rng: random.Random, lang: str) -> Value:
    """Log timestamps of other shapes: syslog, comma milliseconds, offsets, epoch seconds."""
    y, mo, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = _MONTHS[mo - 1][:3]
    return neg(
        "timestamp",
        rng.choice(
            (
                f"{mon} {d:>2} {h:02d}:{mi:02d}:{s:02d}",
                f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d},{rng.randint(0, 999):03d}",
                f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{_d(rng, 6)}+08:00",
                str(rng.randint(1_704_067_200, 1_798_761_600)),
            )
        ),
    )


def money(rng: random.Random, lang: str) -> Value:
    """Amounts in other currencies (kind: amount)."""
    n = rng.randint(5, 90000)
    cents = rng.randint(0, 99)
    return neg(
        "amount",
        rng.choice(
            (
                f"USD {n:,}.{cents:02d}",
                f"€{n:,}.{cents:02d}",
                f"¥{n * 10:,}",
                f"RM {n:,}.{cents:02d}",
                f"₱{n:,}",
                f"S${n:,}.{cents:02d}",
                f"{n:,}.{cents:02d} EUR".replace(",", " "),
                f"JPY {n * 10:,}",
            )
        ),
    )

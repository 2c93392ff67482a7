"""Value sources added with the `heldout2` split (session 4): shapes the earlier value modules do
not produce. Used only by tmpl_heldout2.py; the other splits never draw from here, so their bytes
do not move.

Gold conventions are the corpus's (see __init__.py), plus:

- PHONE with an extension: the number alone; "ext. 12", "#305", "分機 305", "轉 12" stay outside
  (like an IP's port). "+886 (0)2 ..." keeps the "(0)" inside (it is between the first and last
  digit).
- PERSON written "FAMILY, Given" or with a middle initial is one span; a title after a Chinese
  name (先生, 小姐, 醫師 ...) stays outside, like a cue word before it.
- DATE_OF_BIRTH in Chinese numerals (民國七十六年三月五日) is the whole date, 民國 included.
- ADDRESS: from the postcode or city (Taiwan) or unit / PO Box (elsewhere) to the postcode; a
  country name after the postcode stays outside.
- IP_ADDRESS: a CIDR suffix (/24) stays outside like a port; an IPv4-mapped IPv6 is one span.
- SECRET in a shell command: the password or token alone (after -p, --password, PGPASSWORD=,
  `curl -u user:`); a database URL with a query string ends at the database name.

Every generator takes (rng, lang) and returns a `Value` (segments with exact tags).
"""

from __future__ import annotations

import random
import string

from bench.text.independent import checks
from bench.text.independent.build import Seg, Value, full_digits, neg, pii
from bench.text.independent.people import ZH_COMMON, ZH_COMPOUND


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# The written forms each generator picks from; CLASSES (below) is built from them
NAME_STYLES = ("natural", "upper_comma", "initial", "swapped")
ZH_KINDS = ("common", "rare", "compound")
ZH_CUES = ("interjection", "kinship", "role", "title")
DOB_ZH = ("roc_numeral", "roc_dots", "roc_pad", "roc_short", "western_pad", "western_slash")
DOB_EN = ("ordinal", "us_ordinal", "abbr_dot", "upper_dash", "dots", "german", "two_digit")
PHONE_STYLES = {
    "tw_mobile": ("4_6", "4_3_3sp", "cc_dash", "cc_zero", "cc_nospace", "cc_plain"),
    "tw_land": ("parens_sp", "area_sp", "cc_dash", "cc_zero", "fullwidth"),
    "foreign": ("hk", "kr", "my", "us_ext", "uk_zero", "ca", "au_zero", "nz", "th"),
}
IP_STYLES = ("v4_port", "v4_cidr", "v4_public", "v6_bracket", "v6_zone", "v6_mapped",
             "v6_loopbackish", "v6_full_upper")  # fmt: skip
SHELL_STYLES = ("mysql", "pgpassword", "docker", "curl_u", "sshpass", "redis_cli")
YAML_STYLES = ("yaml", "yaml_quoted", "toml", "ini")
PASSPORT_COUNTRIES = ("tw", "kr", "cn", "ca", "vn", "sg", "nz", "my", "id", "th")
ADDR_TW_PARTS = ("village", "lane", "floor", "zh_floor", "postcode3", "postcode5", "postcode6")


# --- people -------------------------------------------------------------------------------------
# locale -> (given, family, usual order): locales the earlier modules do not have
# fmt: off
LOCALES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "pl": (("Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Magdalena", "Grzegorz", "Zofia",
            "Wojciech", "Joanna", "Krzysztof"),
           ("Kowalczyk", "Wiśniewska", "Zieliński", "Szymańska", "Woźniak", "Kamińska",
            "Lewandowski", "Dąbrowski"), "gf"),
    "de": (("Jürgen", "Annika", "Henrik", "Friederike", "Lukas", "Svenja", "Matthias", "Lena",
            "Torsten", "Ulrike"),
           ("Brandstätter", "Hoffmann", "Schäfer", "Krüger", "Neumann", "Vogelsang", "Becker",
            "Zimmermann"), "gf"),
    "ng": (("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake", "Tunde", "Ifeoma",
            "Babajide", "Chiamaka"),
           ("Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwosu", "Ogunleye", "Obi", "Afolabi"), "gf"),
    "kr": (("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Dong-hyun", "Soo-ah", "Jae-won",
            "Yu-na"),
           ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim"), "fg"),
    "jp": (("Haruka", "Takumi", "Yui", "Kenta", "Misaki", "Daisuke", "Aoi", "Ryota", "Nanami"),
           ("Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Matsumoto", "Inoue",
            "Fujita"), "gf"),
    "tr": (("Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Kerem", "Selin", "Oğuz"),
           ("Yılmaz", "Demir", "Çelik", "Şahin", "Aydın", "Öztürk", "Arslan", "Kaya"), "gf"),
    "br": (("João Pedro", "Ana Beatriz", "Thiago", "Larissa", "Gustavo", "Camila", "Rafael",
            "Fernanda"),
           ("da Silva", "Oliveira", "Souza Lima", "Carvalho", "Ribeiro", "Almeida", "Gonçalves",
            "Pereira"), "gf"),
    "nl": (("Sanne", "Joost", "Femke", "Bram", "Lotte", "Thijs", "Anouk", "Ruud"),
           ("van der Berg", "de Vries", "Bakker", "Visser", "Jansen", "van Dijk", "Smit",
            "de Jong"), "gf"),
    "ru": (("Dmitri", "Yekaterina", "Aleksandr", "Olga", "Sergei", "Natalia", "Mikhail",
            "Svetlana"),
           ("Volkov", "Kuznetsova", "Sokolov", "Popova", "Lebedev", "Morozova", "Novikov"), "gf"),
    "ke": (("Wanjiru", "Kipchoge", "Achieng", "Otieno", "Njeri", "Kamau", "Akinyi", "Mwangi"),
           ("Odhiambo", "Kariuki", "Wambui", "Mutua", "Chebet", "Omondi", "Njoroge"), "gf"),
    "my": (("Nur Aisyah", "Muhammad Hafiz", "Siti Nurhaliza", "Ahmad Faiz", "Farah", "Amirul"),
           ("binti Ismail", "bin Abdullah", "binti Rahman", "bin Hassan", "binti Yusof"), "gf"),
    "it": (("Giulia", "Lorenzo", "Chiara", "Matteo", "Francesca", "Alessandro", "Federica"),
           ("Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "De Luca"), "gf"),
}
# fmt: on


def latin_person(rng: random.Random, lang: str) -> Value:
    """A Latin-script name of a locale the earlier modules lack; several written forms."""
    locale = rng.choice(sorted(LOCALES))
    given, family, order = LOCALES[locale]
    g, f = rng.choice(given), rng.choice(family)
    style = rng.choice(("natural", *NAME_STYLES))
    if style == "upper_comma" and locale != "my":
        text = f"{f.upper()}, {g}"
    elif style == "initial" and locale not in ("kr", "my"):
        text = f"{g} {rng.choice(string.ascii_uppercase.replace('X', ''))}. {f}"
    elif style == "swapped":  # the other order than the locale's usual one
        text = f"{g} {f}" if order == "fg" else f"{f} {g}"
        if locale == "my":
            text = f"{g} {f}"
    else:
        text = f"{f} {g}" if order == "fg" else f"{g} {f}"
        style = "natural"
    if style == "upper_comma" and locale == "my":
        style = "natural"
    return pii("PERSON", text, f"h2_latin_{locale}", f"h2_name_{style}")


def latin_given(rng: random.Random, lang: str) -> Value:
    given = LOCALES[rng.choice(sorted(LOCALES))][0]
    return pii("PERSON", rng.choice(given).split()[0], "h2_given_only")


# Taiwanese given names (older and younger generations) and surnames the earlier lists lack
# fmt: off
ZH_GIVEN = ("品妍", "宥廷", "柏翰", "詠晴", "承恩", "子晴", "冠霖", "玟君", "信宏", "秀蘭", "麗珠",
            "金鳳", "秀英", "玉蘭", "春嬌", "文雄", "進財", "添丁", "美玲", "淑芬", "志豪", "宇軒",
            "沛慈", "禹辰", "郁婷", "昱安", "家瑜", "思妤", "建志", "麗卿", "阿滿", "雅琪")
ZH_MORE_SURNAMES = "連嚴鄞粘佘戚侯孔龍凃潘石田古塗包毛利"
ZH_INTERJ = ("哎呀", "吼", "喔", "欸那個", "哇", "嗯", "誒", "拜託")
ZH_KIN = ("婆婆", "小舅子", "乾媽", "大伯", "表姊", "堂哥", "外公", "二姨", "岳母", "小姑",
          "妹婿", "阿公")
ZH_ROLE = ("被保險人", "要保人", "受款人", "房東", "學生姓名", "家長", "病患", "就診者", "住戶",
           "買方", "賣方", "法定代理人", "同行者", "受益人", "導師", "值班人員")
ZH_TITLES = ("先生", "小姐", "醫師", "老師", "太太", "主任", "經理", "同學", "律師", "護理師")
# fmt: on


def zh_name(rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.12:
        surname, kind = rng.choice(ZH_COMPOUND), "compound"
    elif roll < 0.35:
        surname, kind = rng.choice(ZH_MORE_SURNAMES), "rare"
    else:
        surname, kind = rng.choice(ZH_COMMON), "common"
    return surname + rng.choice(ZH_GIVEN), kind


def zh_person(rng: random.Random, lang: str) -> Value:
    """A Chinese name with no cue word."""
    name, kind = zh_name(rng)
    return pii("PERSON", name, f"h2_zh_{kind}")


def zh_cued(rng: random.Random, lang: str) -> Value:
    """A Chinese name after an interjection, kinship or role word, or before a title."""
    name, kind = zh_name(rng)
    cue = rng.choice(ZH_CUES)
    classes = (f"h2_zh_{kind}", f"h2_zh_cue_{cue}")
    if cue == "interjection":
        before = rng.choice(ZH_INTERJ) + rng.choice(("，", "～", " ", "！"))
        return pii("PERSON", name, *classes, before=before)
    if cue == "kinship":
        before = rng.choice(("", "我", "我家", "他")) + rng.choice(ZH_KIN)
        return pii("PERSON", name, *classes, before=before)
    if cue == "role":
        before = rng.choice(ZH_ROLE) + rng.choice(("：", ":", "　", "／", ""))
        return pii("PERSON", name, *classes, before=before)
    return pii("PERSON", name, *classes, after=rng.choice(ZH_TITLES))


# --- dates of birth -----------------------------------------------------------------------------
_MON = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December")  # fmt: skip
_ZH_NUM = "〇一二三四五六七八九"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _zh_numeral(n: int) -> str:
    """1..99 in Chinese numerals as written in dates: 十二, 二十, 七十六."""
    tens, units = divmod(n, 10)
    if tens == 0:
        return _ZH_NUM[units]
    head = "" if tens == 1 else _ZH_NUM[tens]
    return head + "十" + (_ZH_NUM[units] if units else "")


def dob(rng: random.Random, lang: str) -> Value:
    y, m, d = rng.randint(1938, 2010), rng.randint(1, 12), rng.randint(1, 28)
    roc = y - 1911
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    if zh:
        style = rng.choice(DOB_ZH)
        text = {
            "roc_numeral": f"民國{_zh_numeral(roc)}年{_zh_numeral(m)}月{_zh_numeral(d)}日",
            "roc_dots": f"{roc}.{m:02d}.{d:02d}",
            "roc_pad": f"{roc:03d}/{m:02d}/{d:02d}",
            "roc_short": f"民{roc}年{m}月{d}日",
            "western_pad": f"{y}年{m:02d}月{d:02d}日",
            "western_slash": f"{y}/{m}/{d}",
        }[style]
        base = "dob_minguo" if style.startswith("roc") else "dob_zh"
        if style != "roc_numeral" and rng.random() < 0.2:
            text = full_digits(text)
    else:
        mon = _MON[m - 1]
        style = rng.choice(DOB_EN)
        text = {
            "ordinal": f"{_ordinal(d)} {mon} {y}",
            "us_ordinal": f"{mon} {_ordinal(d)}, {y}",
            "abbr_dot": f"{mon[:3]}. {d}, {y}" if mon != "May" else f"May {d}, {y}",
            "upper_dash": f"{d:02d}-{mon[:3].upper()}-{y}",
            "dots": f"{y}.{m:02d}.{d:02d}",
            "german": f"{d}.{m}.{y}",
            "two_digit": f"{m:02d}/{d:02d}/{y % 100:02d}",
        }[style]
        base = "dob_en"
    return pii("DATE_OF_BIRTH", text, base, f"h2_dob_{style}")


# --- phones -------------------------------------------------------------------------------------
_UK_AREA, _CA_AREA = ("161", "113", "131", "29"), ("604", "416", "514", "403")
_MOBILE = ("0905", "0916", "0922", "0933", "0939", "0958", "0966", "0978", "0983", "0987")
_AREA = (("02", 8), ("03", 7), ("037", 6), ("04", 7), ("049", 7), ("05", 7), ("06", 7),
         ("07", 7), ("08", 7), ("089", 6))  # fmt: skip


def _ext(rng: random.Random, zh: bool) -> str:
    n = str(rng.randint(10, 8999))
    if zh:
        return rng.choice((" 分機 ", "分機", " 轉 ", "#", " ext. ")) + n
    return rng.choice((" ext. ", " x", " ext ", " #", ", ext. ")) + n


def phone(rng: random.Random, lang: str) -> Value:
    """Taiwan and foreign numbers in forms the earlier modules lack; some with an extension."""
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    kind = rng.choice(("tw_mobile", "tw_mobile", "tw_land", "tw_land", "foreign"))
    if kind == "tw_mobile":
        p, rest = rng.choice(_MOBILE), _d(rng, 6)
        style = rng.choice(PHONE_STYLES["tw_mobile"])
        text = {
            "4_6": f"{p}-{rest}",
            "4_3_3sp": rng.choice((f"{p} {rest}", f"{p}{rest[:3]} {rest[3:]}")),
            "cc_dash": f"+886 {p[1:]}-{rest[:3]}-{rest[3:]}",
            "cc_zero": f"+886 (0){p[1:]} {rest[:3]} {rest[3:]}",
            "cc_nospace": f"+886{p[1:]}{rest}",
            "cc_plain": f"886-{p[1:]}{rest}",
        }[style]
        ext = ""
    elif kind == "tw_land":
        area, n = rng.choice(_AREA)
        local = _d(rng, n)
        head, tail = local[: n - 4], local[n - 4 :]
        style = rng.choice(PHONE_STYLES["tw_land"])
        text = {
            "parens_sp": f"({area}){head} {tail}",
            "area_sp": f"{area} {head} {tail}",
            "cc_dash": f"+886-{area[1:]}-{head}-{tail}",
            "cc_zero": f"+886 (0){area[1:]} {head} {tail}",
            "fullwidth": full_digits(f"{area}-{head}-{tail}"),
        }[style]
        ext = _ext(rng, zh) if rng.random() < 0.45 else ""
        if style == "fullwidth" and ext:
            ext = full_digits(ext)
    else:
        style = rng.choice(PHONE_STYLES["foreign"])
        text = {
            "hk": f"+852 {rng.choice('5679')}{_d(rng, 3)} {_d(rng, 4)}",
            "kr": f"+82 10-{_d(rng, 4)}-{_d(rng, 4)}",
            "my": f"+60 1{rng.choice('2679')}-{_d(rng, 3)} {_d(rng, 4)}",
            "us_ext": f"+1 ({rng.randint(201, 989)}) {rng.randint(201, 989)}-{_d(rng, 4)}",
            "uk_zero": f"+44 (0){rng.choice(_UK_AREA)} {_d(rng, 3)} {_d(rng, 4)}",
            "ca": f"{rng.choice(_CA_AREA)}-{rng.randint(201, 989)}-{_d(rng, 4)}",
            "au_zero": f"+61 (0)4{_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}",
            "nz": f"+64 21 {_d(rng, 3)} {_d(rng, 4)}",
            "th": f"+66 8{_d(rng, 1)} {_d(rng, 3)} {_d(rng, 4)}",
        }[style]
        with_ext = style in ("us_ext", "uk_zero", "ca") and rng.random() < 0.5
        ext = _ext(rng, False) if with_ext else ""
    classes = [f"h2_phone_{kind}_{style}"]
    if ext:
        classes.append("h2_phone_ext")
        return pii("PHONE", text, *classes, after=ext)
    return pii("PHONE", text, *classes)


# --- addresses ----------------------------------------------------------------------------------
# (city, ((postcode, district, village), ...)); villages are 里 in cities, 村 in townships
# fmt: off
_TW = (
    ("臺北市", (("100", "中正區", "文北里"), ("103", "大同區", "延平里"),
               ("111", "士林區", "天母里"), ("116", "文山區", "木新里"))),
    ("新北市", (("235", "中和區", "安平里"), ("238", "樹林區", "樹東里"),
               ("251", "淡水區", "竹圍里"))),
    ("基隆市", (("202", "中正區", "正濱里"),)),
    ("新竹縣", (("302", "竹北市", "東平里"), ("310", "竹東鎮", "仁愛里"))),
    ("苗栗縣", (("360", "苗栗市", "維新里"), ("350", "竹南鎮", "中港里"))),
    ("彰化縣", (("500", "彰化市", "光華里"), ("505", "鹿港鎮", "龍山里"))),
    ("雲林縣", (("640", "斗六市", "公正里"), ("632", "虎尾鎮", "廉使里"))),
    ("嘉義市", (("600", "東區", "王田里"),)),
    ("屏東縣", (("900", "屏東市", "勝利里"), ("946", "恆春鎮", "山腳里"))),
    ("宜蘭縣", (("262", "礁溪鄉", "德陽村"), ("265", "羅東鎮", "北成里"))),
    ("臺東縣", (("950", "臺東市", "寶桑里"),)),
    ("南投縣", (("545", "埔里鎮", "清新里"), ("557", "竹山鎮", "竹山里"))),
    ("臺南市", (("708", "安平區", "平通里"), ("744", "新市區", "大營里"))),
    ("高雄市", (("804", "鼓山區", "龍子里"), ("830", "鳳山區", "文英里"))),
    ("澎湖縣", (("880", "馬公市", "光明里"),)),
)
_TW_ROADS = ("大同路", "民族路", "中山北路", "府前路", "林森路", "三民路", "仁愛路", "華興街",
             "光明街", "新生路", "育英路", "四維路", "延平北路", "德安街")
_ZH_FLOOR = ("二", "三", "五", "七", "八", "十", "十二", "十五")
# fmt: on


def address_tw(rng: random.Random, lang: str) -> Value:
    city, districts = rng.choice(_TW)
    code, district, village = rng.choice(districts)
    if rng.random() < 0.4:
        city = city.replace("臺", "台")
    parts, classes = [], []
    if rng.random() < 0.5:
        parts.append(village)
        if rng.random() < 0.7:
            parts.append(f"{rng.randint(1, 32)}鄰")
        classes.append("h2_addr_tw_village")
    road = rng.choice(_TW_ROADS)
    if rng.random() < 0.35:
        road += rng.choice("一二三四") + "段"
    parts.append(road)
    if rng.random() < 0.55:
        parts.append(f"{rng.randint(1, 600)}巷")
        if rng.random() < 0.45:
            parts.append(f"{rng.randint(1, 40)}弄")
        classes.append("h2_addr_tw_lane")
    num = f"{rng.randint(1, 480)}"
    if rng.random() < 0.25:
        num += f"之{rng.randint(1, 12)}"
    parts.append(num + "號")
    floor = rng.random()
    if floor < 0.3:
        parts.append(
            f"{rng.randint(2, 30)}樓" + (f"之{rng.randint(1, 8)}" if rng.random() < 0.4 else "")
        )
        classes += ["h2_addr_tw_floor", "addr_tw_floor"]
    elif floor < 0.5:
        parts.append(rng.choice(_ZH_FLOOR) + "樓")
        classes += ["h2_addr_tw_zh_floor", "addr_tw_floor"]
    elif floor < 0.57:
        parts.append("B1")
    body = "".join(parts)
    if rng.random() < 0.25:
        body = full_digits(body)
        classes.append("addr_tw_fullwidth")
    prefix = rng.choice(("", "", code, code + _d(rng, 2), code + _d(rng, 3)))
    if prefix:
        classes.append(f"h2_addr_tw_postcode{len(prefix)}")
    sep = rng.choice(("", "", " ")) if prefix else ""
    return pii("ADDRESS", f"{prefix}{sep}{city}{district}{body}", "addr_tw", *classes)


_UK = (("Manchester", "M", "Didsbury"), ("Liverpool", "L", "Wavertree"), ("Birmingham", "B",
       "Moseley"), ("York", "YO", "Heworth"), ("Oxford", "OX", "Jericho"), ("Cambridge", "CB",
       "Chesterton"), ("Bath", "BA", "Widcombe"), ("Belfast", "BT", "Ormeau"))  # fmt: skip
_UK_HOUSES = ("Rose Cottage", "The Old Forge", "Ivy House")
_UK_ROADS = ("Dene Road", "Lark Hill Rise", "Beech Grove", "Cromwell Crescent", "Tanners Row",
             "Wellington Mews", "Priory Walk", "Orchard Close")  # fmt: skip
_AU = (("Cairns", "QLD", (4870, 4870)), ("Geelong", "VIC", (3220, 3220)), ("Newcastle", "NSW",
       (2300, 2300)), ("Launceston", "TAS", (7250, 7250)), ("Perth", "WA", (6000, 6000)),
       ("Adelaide", "SA", (5000, 5000)), ("Wollongong", "NSW", (2500, 2500)), ("Carlton",
       "VIC", (3053, 3053)))  # fmt: skip
_AU_ROADS = ("Collins Street", "Grevillea Court", "Esplanade", "Murray Street", "Bottlebrush Lane",
             "Magpie Close", "Currawong Road")  # fmt: skip
_CA = (("Edmonton", "AB", "T5J"), ("Victoria", "BC", "V8W"), ("Saskatoon", "SK", "S7K"),
       ("Moncton", "NB", "E1C"), ("St. John's", "NL", "A1C"), ("Kitchener", "ON", "N2G"),
       ("Gatineau", "QC", "J8X"), ("Charlottetown", "PE", "C1A"))  # fmt: skip
_CA_ROADS = ("Jasper Avenue", "Rue Laurier", "Fort Street", "Water Street", "King Street West",
             "Boulevard Saint-Joseph", "Queen Street")  # fmt: skip
_US = (("Chicago", "IL", (60601, 60661)), ("Tulsa", "OK", (74101, 74159)), ("Denver", "CO",
       (80202, 80239)), ("Seattle", "WA", (98101, 98199)), ("Phoenix", "AZ", (85003, 85099)),
       ("Nashville", "TN", (37201, 37250)), ("Burlington", "VT", (5401, 5408)),
       ("Honolulu", "HI", (96813, 96826)))  # fmt: skip
_US_ROADS = ("N Halsted St", "W Colfax Ave", "Pike Pl", "E Camelback Rd", "Magnolia Lane",
             "Kalakaua Ave", "Belmont Blvd", "Church St")  # fmt: skip
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"


def address_intl(rng: random.Random, lang: str) -> Value:
    country = rng.choice(("uk", "au", "ca", "us"))
    sep = rng.choice((", ", ", ", "\n"))
    tail = ""
    if country == "uk":
        town, area, locality = rng.choice(_UK)
        outward = f"{area}{rng.randint(1, 20)}"
        post = f"{outward} {rng.randint(1, 9)}{_r(rng, 'ABDEFGHJLNPQRSTUWXYZ', 2)}"
        house = rng.choice(
            (
                f"{rng.randint(1, 190)} ",
                f"Flat {rng.randint(1, 12)}, {rng.randint(2, 90)} ",
                f"{rng.choice(_UK_HOUSES)}{sep}{rng.randint(1, 40)} ",
            )
        )
        mid = f"{sep}{locality}" if rng.random() < 0.5 else ""
        text = f"{house}{rng.choice(_UK_ROADS)}{mid}{sep}{town} {post}"
        tail = rng.choice(("", "", ", United Kingdom", "\nUK"))
        style = "uk"
    elif country == "au":
        town, state, (lo, hi) = rng.choice(_AU)
        house = rng.choice(
            (
                f"Level {rng.randint(2, 30)}, {rng.randint(1, 400)} ",
                f"{rng.randint(1, 60)}/{rng.randint(1, 200)} ",
                f"{rng.randint(1, 300)} ",
                "PO Box ",
            )
        )
        if house == "PO Box ":
            text = f"PO Box {rng.randint(10, 9999)}{sep}{town} {state} {rng.randint(lo, hi):04d}"
        else:
            text = f"{house}{rng.choice(_AU_ROADS)}{sep}{town} {state} {rng.randint(lo, hi):04d}"
        tail = rng.choice(("", ", Australia"))
        style = "au"
    elif country == "ca":
        town, prov, fsa = rng.choice(_CA)
        post = f"{fsa} {rng.randint(0, 9)}{rng.choice(_CA_L)}{rng.randint(0, 9)}"
        num = f"{rng.randint(100, 2400)}"
        if rng.random() < 0.5:
            num = f"{rng.randint(101, 1905)}-{num}"
        gap = "  " if rng.random() < 0.2 else " "  # Canada Post prints two spaces before it
        text = f"{num} {rng.choice(_CA_ROADS)}{sep}{town}, {prov}{gap}{post}"
        tail = rng.choice(("", ", Canada"))
        style = "ca"
    else:
        town, state, (lo, hi) = rng.choice(_US)
        zipc = f"{rng.randint(lo, hi):05d}"
        if rng.random() < 0.3:
            text = f"PO Box {rng.randint(100, 99999)}{sep}{town}, {state} {zipc}"
        else:
            unit = rng.choice(
                (
                    "",
                    f" Apt {rng.randint(1, 9)}{rng.choice('RLF')}",
                    f" Unit {rng.randint(100, 999)}",
                )
            )
            text = (
                f"{rng.randint(100, 9999)} {rng.choice(_US_ROADS)}{unit}{sep}{town}, {state} {zipc}"
            )
        tail = rng.choice(("", ", USA"))
        style = "us"
    segs = [Seg(text, "ADDRESS")]
    if tail:
        segs.append(Seg(tail))
    return Value(tuple(segs), (f"addr_{style}", f"h2_addr_{style}"))


# --- IP addresses -------------------------------------------------------------------------------
def _hex4(rng: random.Random) -> str:
    return f"{rng.randint(1, 0xFFFF):x}"


def ip(rng: random.Random, lang: str) -> Value:
    style = rng.choice(IP_STYLES)
    port = str(rng.choice((21, 25, 53, 123, 1194, 2222, 6443, 8000, 8888, 10250)))
    cls = (f"h2_ip_{style}",)
    if style == "v4_port":
        addr = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return Value((Seg(addr, "IP_ADDRESS"), Seg(":" + port)), ("ip_v4_port", *cls))
    if style == "v4_cidr":
        addr = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
        return Value((Seg(addr, "IP_ADDRESS"), Seg(f"/{rng.choice((16, 20, 24, 28, 32))}")),
                     ("ip_v4", *cls))  # fmt: skip
    if style == "v4_public":
        first = rng.choice((1, 8, 27, 42, 59, 101, 111, 125, 163, 211))
        addr = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return Value((Seg(addr, "IP_ADDRESS"),), ("ip_v4", *cls))
    if style == "v6_bracket":
        addr = f"2001:db8:{_hex4(rng)}::{_hex4(rng)}"
        return Value((Seg("["), Seg(addr, "IP_ADDRESS"), Seg("]:" + port)), ("ip_v6_bracket", *cls))
    if style == "v6_zone":
        addr = f"fe80::{_hex4(rng)}:{_hex4(rng)}:{_hex4(rng)}:{_hex4(rng)}"
        zone = rng.choice(("ens192", "wlp2s0", "utun3", "bond0", "12"))
        return Value((Seg(f"{addr}%{zone}", "IP_ADDRESS"),), ("ip_v6_zone", *cls))
    if style == "v6_mapped":
        v4 = ".".join(str(rng.randint(a, b)) for a, b in ((1, 223), (0, 255), (0, 255), (1, 254)))
        addr = "::ffff:" + v4
        return Value((Seg(addr, "IP_ADDRESS"),), ("ip_v6_compressed", *cls))
    if style == "v6_loopbackish":
        addr = f"fd{rng.randint(0, 255):02x}:{_hex4(rng)}:{_hex4(rng)}::{rng.randint(1, 99)}"
        return Value((Seg(addr, "IP_ADDRESS"),), ("ip_v6_compressed", *cls))
    addr = ":".join(f"{rng.randint(0, 0xFFFF):04X}" for _ in range(8))
    return Value((Seg(addr, "IP_ADDRESS"),), ("ip_v6_full", *cls))


# --- credentials --------------------------------------------------------------------------------
_ALNUM = string.ascii_letters + string.digits


def _pw(rng: random.Random) -> str:
    words = ("Formosa", "bubbletea", "Nantou", "hunter", "Pineapple", "Typhoon", "monkey", "Lotus")
    if rng.random() < 0.5:
        return rng.choice(words) + rng.choice(("$", "!", ".", "")) + _d(rng, rng.randint(2, 4))
    return _r(rng, _ALNUM + "%+=~", rng.randint(12, 20))


def shell_secret(rng: random.Random, lang: str) -> Value:
    """A whole shell command with a password or token in it; the secret alone is gold."""
    style = rng.choice(SHELL_STYLES)
    secret = _pw(rng)
    host = rng.choice(("db01.lan", "10.8.0.12", "staging-db", "127.0.0.1", "mariadb.svc"))
    if style == "mysql":
        quote = rng.choice(("'", ""))
        if quote == "":
            secret = _r(rng, _ALNUM, rng.randint(10, 16))
        head, tail = f"mysql -h {host} -u report -p{quote}", f"{quote} sales"
    elif style == "pgpassword":
        head, tail = "PGPASSWORD=", f" psql -h {host} -U etl -d warehouse"
        secret = _r(rng, _ALNUM, rng.randint(12, 20))
    elif style == "docker":
        head, tail = "docker login -u ci-bot --password ", " registry.example.net"
        secret = "dckr_pat_" + _r(rng, _ALNUM + "-_", 27)
    elif style == "curl_u":
        head, tail = "curl -u backup:", f" https://{host}/export.tgz -o export.tgz"
        secret = _r(rng, _ALNUM, rng.randint(12, 18))
    elif style == "sshpass":
        head, tail = "sshpass -p '", f"' ssh ops@{host}"
    else:
        head, tail = f"redis-cli -h {host} -a ", " --no-auth-warning KEYS '*'"
        secret = _r(rng, _ALNUM, rng.randint(16, 24))
    return Value((Seg(head), Seg(secret, "SECRET"), Seg(tail)), (f"h2_secret_{style}",))


def yaml_secret(rng: random.Random, lang: str) -> Value:
    """One `key: value` line of a YAML / INI / TOML file holding a secret."""
    key = rng.choice(("client_secret", "api_token", "webhook_secret", "smtp_password",
                      "access_token", "signing_key"))  # fmt: skip
    if key == "smtp_password":
        value = _pw(rng)
    elif key == "access_token":
        value = rng.choice(("ghp_", "glpat-", "xoxp-")) + _r(rng, _ALNUM, 30)
    else:
        value = _r(rng, _ALNUM + "-_", rng.randint(28, 44))
    style = rng.choice(YAML_STYLES)
    head, quote = {
        "yaml": (f"{key}: ", ""),
        "yaml_quoted": (f'{key}: "', '"'),
        "toml": (f'{key} = "', '"'),
        "ini": (f"{key} = ", ""),
    }[style]
    return Value((Seg(head), Seg(value, "SECRET"), Seg(quote)), (f"h2_secret_{style}",))


def db_url(rng: random.Random, lang: str) -> Value:
    """Database URLs with driver suffixes, no port, SRV records, or a query string after."""
    scheme, hosts, port = rng.choice(
        (
            ("postgresql+psycopg2", ("pg.internal", "192.168.50.20"), 5432),
            ("postgres", ("pg-replica-2", "10.20.0.7"), 5432),
            ("mysql+pymysql", ("mysql-primary", "192.168.50.21"), 3306),
            ("mssql", ("sqlsrv01", "10.20.0.9"), 1433),
            ("rediss", ("cache.internal", "10.20.0.11"), 6380),
            ("mongodb+srv", ("",), 0),
        )
    )
    user = rng.choice(("webapp", "etl_ro", "metabase", "django", "grafana"))
    secret = _r(rng, _ALNUM, rng.randint(12, 22))
    if scheme == "mongodb+srv":  # SRV records carry no port
        host = f"cluster0.{_r(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net"
    else:
        host = rng.choice(hosts) + rng.choice(("", f":{port}"))
    dbname = rng.choice(("hr", "billing", "wordpress", "metrics", "patients"))
    url = f"{scheme}://{user}:{secret}@{host}/{dbname}"
    query = rng.choice(
        ("", "", "?sslmode=require", "?retryWrites=true&w=majority", "?charset=utf8mb4")
    )
    segs = [Seg(url, "SECRET")] + ([Seg(query)] if query else [])
    return Value(tuple(segs), ("secret_db_url", "h2_secret_db_url"))


# --- money and identity numbers -----------------------------------------------------------------
_BANKS = (("011", "上海銀行"), ("021", "花旗銀行"), ("050", "臺灣企銀"), ("052", "渣打銀行"),
          ("081", "匯豐銀行"), ("101", "瑞興銀行"), ("103", "臺灣新光銀行"), ("108", "陽信銀行"),
          ("806", "元大銀行"), ("809", "凱基銀行"), ("810", "星展銀行"), ("815", "日盛銀行"),
          ("816", "安泰銀行"), ("826", "樂天銀行"))  # fmt: skip


def bank(rng: random.Random, lang: str) -> Value:
    """Bank code, separator, 10-14 account digits (some grouped); the bank or branch beside it."""
    code, name = rng.choice(_BANKS)
    sep = rng.choice(("-", " "))
    groups = rng.choice(((10,), (12,), (13,), (14,), (4, 4, 4), (3, 3, 6), (4, 3, 6), (3, 7)))
    digits, group = sep.join(_d(rng, g) for g in groups), len(groups) > 1
    text = f"{code}{sep}{digits}"
    classes = [f"h2_bank_{'grouped' if group else 'plain'}"]
    if rng.random() < 0.15:
        text = full_digits(text)
        classes.append("h2_bank_fullwidth")
    if lang == "en":
        name = rng.choice(("Citibank Taiwan", "Standard Chartered", "HSBC Taiwan", "DBS Taiwan"))
    where = rng.choice(("before", "after", "branch", "none"))
    if where == "before":
        return pii("BANK_ACCOUNT", text, *classes, before=f"{name}／")
    if where == "after":
        return pii("BANK_ACCOUNT", text, *classes, after=f" {name}")
    if where == "branch":
        branch = rng.choice(("信義分行", "府中分行", "南屯分行", "苓雅分行"))
        if lang == "en":
            branch = rng.choice(("Xinyi branch", "Banqiao branch", "Nantun branch"))
        return pii("BANK_ACCOUNT", text, *classes, after=f" ({branch})")
    return pii("BANK_ACCOUNT", text, *classes)


_IBAN = {
    "AT": lambda r: _d(r, 16),
    "IE": lambda r: r.choice(("AIBK", "BOFI")) + _d(r, 14),
    "PL": lambda r: _d(r, 24),
    "SE": lambda r: _d(r, 20),
    "NO": lambda r: _d(r, 11),
    "PT": lambda r: _d(r, 21),
    "DK": lambda r: _d(r, 14),
    "FI": lambda r: _d(r, 14),
}


def iban(rng: random.Random, lang: str) -> Value:
    country = rng.choice(sorted(_IBAN))
    value = checks.iban_make(country, _IBAN[country](rng))
    if rng.random() < 0.5:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return pii("IBAN", value, f"h2_iban_{country}")


def passport(rng: random.Random, lang: str) -> Value:
    country = rng.choice(PASSPORT_COUNTRIES)
    up = string.ascii_uppercase
    value = {
        "tw": rng.choice("23") + _d(rng, 8),
        "kr": "M" + _d(rng, 8),
        "cn": "E" + _d(rng, 8),
        "ca": rng.choice(up) + rng.choice(up) + _d(rng, 6),
        "vn": rng.choice("BCN") + _d(rng, 7),
        "sg": "K" + _d(rng, 7) + rng.choice(up),
        "nz": "L" + rng.choice(up) + _d(rng, 6),
        "my": "A" + _d(rng, 8),
        "id": rng.choice("ABCX") + _d(rng, 7),
        "th": rng.choice(("AA", "AB")) + _d(rng, 7),
    }[country]
    base = "passport_tw" if country == "tw" else "passport_other"
    return pii("PASSPORT", value, base, f"h2_passport_{country}")


def email(rng: random.Random, lang: str) -> Value:
    """Addresses built from romanised Chinese names, school and ISP domains, dotted locals."""
    sur = rng.choice(("chen", "lin", "huang", "tsai", "hsu", "cheng", "kuo", "chiang", "yeh"))
    given = rng.choice(("yiting", "chihhao", "peiyu", "junwei", "shufen", "wanling", "kaiyuan"))
    local = rng.choice(
        (
            f"{sur}.{given}",
            f"{given}{sur}{_d(rng, 2)}",
            f"{sur}_{given}{rng.randint(1975, 2008)}",
            f"{given[0]}{given[-1]}.{sur}",
            f"{sur}{given}.{rng.choice(('tw', 'work', 'home'))}",
        )
    )
    domain = rng.choice(("ms15.hinet.net", "seed.net.tw", "mail.ncku.edu.tw", "gms.ndhu.edu.tw",
                         "livemail.tw", "pchome.com.tw", "gmail.com", "me.com"))  # fmt: skip
    return pii("EMAIL", f"{local}@{domain}", "email", "h2_email")


# --- hard negatives -----------------------------------------------------------------------------
def date(rng: random.Random, lang: str) -> Value:
    """An appointment, due or travel date (never a birth date) in many written forms."""
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    if zh:
        text = rng.choice(
            (
                f"民國{y - 1911}年{m}月{d}日",
                f"{y - 1911}.{m:02d}.{d:02d}",
                f"{y}年{m}月{d}號",
                f"{m}/{d}（{'一二三四五六日'[rng.randint(0, 6)]}）",
            )
        )
    else:
        mon = _MON[m - 1]
        text = rng.choice((f"{_ordinal(d)} {mon}", f"{mon[:3]} {d}, {y}", f"{d:02d}.{m:02d}.{y}",
                           f"{mon} {y}"))  # fmt: skip
    return neg("date", text)


def amount(rng: random.Random, lang: str) -> Value:
    n = rng.randint(120, 990000)
    return neg("amount", rng.choice((f"USD {n / 100:,.2f}", f"€{n / 100:.2f}".replace(".", ","),
                                     f"HK${n:,}", f"{n / 10000:.1f}萬元", f"NT${n:,}.-",
                                     f"£{n / 100:,.2f}")))  # fmt: skip


def bad_checksum(rng: random.Random, lang: str) -> Value:
    """National-ID lookalikes with a wrong check digit, lower-case now and then."""
    value = checks.tw_id_bad(rng)
    if rng.random() < 0.3:
        value = value[0].lower() + value[1:]
    return neg("bad_checksum", value)


PII_SLOTS = {
    "h2_latin": latin_person,
    "h2_given": latin_given,
    "h2_zh": zh_person,
    "h2_zh_cued": zh_cued,
    "h2_dob": dob,
    "h2_phone": phone,
    "h2_addr_tw": address_tw,
    "h2_addr_intl": address_intl,
    "h2_ip": ip,
    "h2_shell": shell_secret,
    "h2_yaml": yaml_secret,
    "h2_db_url": db_url,
    "h2_bank": bank,
    "h2_iban": iban,
    "h2_passport": passport,
    "h2_email": email,
}
DECOY_SLOTS = {"h2_date": date, "h2_amount": amount, "h2_badid": bad_checksum}


def _all_classes() -> frozenset[str]:
    out = {"h2_given_only", "h2_phone_ext", "h2_secret_db_url", "h2_bank_fullwidth", "h2_email"}
    out |= {f"h2_latin_{x}" for x in LOCALES} | {f"h2_name_{x}" for x in NAME_STYLES}
    out |= {f"h2_zh_{x}" for x in ZH_KINDS} | {f"h2_zh_cue_{x}" for x in ZH_CUES}
    out |= {f"h2_dob_{x}" for x in DOB_ZH + DOB_EN}
    out |= {f"h2_phone_{k}_{s}" for k, styles in PHONE_STYLES.items() for s in styles}
    out |= {f"h2_addr_tw_{x}" for x in ADDR_TW_PARTS}
    out |= {f"h2_addr_{x}" for x in ("uk", "au", "ca", "us")}
    out |= {f"h2_ip_{x}" for x in IP_STYLES}
    out |= {f"h2_secret_{x}" for x in SHELL_STYLES + YAML_STYLES}
    out |= {"h2_bank_grouped", "h2_bank_plain"} | {f"h2_iban_{c}" for c in _IBAN}
    out |= {f"h2_passport_{c}" for c in PASSPORT_COUNTRIES}
    return frozenset(out)


# Every value class this module tags; the tests check each appears in the heldout2 split
CLASSES = _all_classes()

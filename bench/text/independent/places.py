"""Postal addresses (UK, Australia, Canada, US, Taiwan) and the place and company names that are
hard negatives when they stand alone.

Postcodes follow each country's shape and region: UK outward + inward code, Australian state and
4-digit range, Canadian A1A 1A1 with the province's first letter, US state and ZIP range.
"""

from __future__ import annotations

import random
import string

from bench.text.independent.build import Value, full_digits, neg, pii

_UK = (
    ("London", ("N", "E", "SE", "SW", "NW", "W")),
    ("Leeds", ("LS",)),
    ("Bristol", ("BS",)),
    ("Glasgow", ("G",)),
    ("Cardiff", ("CF",)),
    ("Norwich", ("NR",)),
    ("Brighton", ("BN",)),
    ("Sheffield", ("S",)),
    ("Edinburgh", ("EH",)),
    ("Nottingham", ("NG",)),
)
_UK_STREETS = (
    "Kingsley Road",
    "Albion Terrace",
    "Mill Lane",
    "Queen's Parade",
    "Ashby Close",
    "Hawthorn Avenue",
    "Station Approach",
    "Church Street",
    "Marlowe Gardens",
)
_AU = (
    ("Parramatta", "NSW", (2000, 2999)),
    ("Fitzroy", "VIC", (3000, 3999)),
    ("Toowong", "QLD", (4000, 4999)),
    ("Glenelg", "SA", (5000, 5799)),
    ("Fremantle", "WA", (6000, 6799)),
    ("Hobart", "TAS", (7000, 7799)),
    ("Braddon", "ACT", (2600, 2620)),
    ("Darwin City", "NT", (800, 899)),
)
_AU_STREETS = (
    "Wattle Street",
    "Banksia Crescent",
    "Kookaburra Way",
    "Eucalypt Drive",
    "Bondi Road",
    "Jacaranda Parade",
    "Waratah Avenue",
)
_CA = (
    ("Ottawa", "ON", "K"),
    ("Toronto", "ON", "M"),
    ("Montréal", "QC", "H"),
    ("Québec", "QC", "G"),
    ("Vancouver", "BC", "V"),
    ("Calgary", "AB", "T"),
    ("Winnipeg", "MB", "R"),
    ("Halifax", "NS", "B"),
    ("Regina", "SK", "S"),
)
_CA_STREETS = (
    "Rue Sainte-Catherine",
    "Maple Grove Drive",
    "Bank Street",
    "Boul. René-Lévesque",
    "Spadina Avenue",
    "Rideau Terrace",
    "Granville Street",
)
_US = (
    ("Springfield", "IL", (62701, 62799)),
    ("Austin", "TX", (78701, 78799)),
    ("Portland", "OR", (97201, 97299)),
    ("Brooklyn", "NY", (11201, 11299)),
    ("Fremont", "CA", (94536, 94539)),
    ("Madison", "WI", (53703, 53726)),
    ("Boise", "ID", (83702, 83799)),
    ("Savannah", "GA", (31401, 31499)),
)
_US_STREETS = (
    "Maple Ave",
    "Elm Street",
    "Sycamore Blvd",
    "Old Mill Rd",
    "Pine Hollow Ct",
    "Lakeview Dr",
    "Chestnut St",
    "Harbor Way",
)
_CA_LETTERS = "ABCEGHJKLMNPRSTVXY"
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# Taiwan: city -> (postal code, district) pairs, and streets with optional section (段)
_TW = {
    "臺北市": (("106", "大安區"), ("104", "中山區"), ("110", "信義區"), ("114", "內湖區")),
    "新北市": (("220", "板橋區"), ("231", "新店區"), ("234", "永和區"), ("241", "三重區")),
    "臺中市": (("403", "西區"), ("407", "西屯區"), ("420", "豐原區")),
    "臺南市": (("700", "中西區"), ("701", "東區"), ("710", "永康區")),
    "高雄市": (("800", "新興區"), ("802", "苓雅區"), ("813", "左營區")),
    "桃園市": (("330", "桃園區"), ("320", "中壢區")),
    "花蓮縣": (("970", "花蓮市"),),
    "新竹市": (("300", "東區"),),
}
_TW_STREETS = (
    "復興南路",
    "忠孝東路",
    "民生西路",
    "中正路",
    "文化路",
    "建國北路",
    "公益路",
    "中華路",
    "成功路",
    "和平東路",
    "自由路",
    "光復南路",
    "博愛路",
)
_SECTIONS = "一二三四五"
_TW_ALONE = ("信義區", "淡水", "九份", "台中", "墾丁", "日月潭", "花蓮", "西門町", "高雄", "板橋")
_EN_ALONE = (
    "Taichung",
    "Kaohsiung",
    "Melbourne",
    "Leeds",
    "Ottawa",
    "Tainan",
    "Hsinchu",
    "Brisbane",
    "Manchester",
    "Vancouver",
    "Da Nang",
    "Cebu",
)
_ZH_COMPANIES = (
    "台積電",
    "鴻海精密",
    "長榮海運",
    "統一超商",
    "中華電信",
    "國泰人壽",
    "大立光",
    "聯發科",
    "台灣大哥大",
    "全家便利商店",
    "燦坤3C",
)
_EN_COMPANIES = (
    "Acme Logistics Ltd.",
    "Northwind Traders",
    "Evergreen Marine",
    "Globex Corp",
    "Initech",
    "Blue Harbor Analytics",
    "Sterling & Rowe LLP",
    "Contoso Ltd",
    "Pacific Rim Foods Pty Ltd",
    "Maple Leaf Dental Group",
)


def _uk_postcode(rng: random.Random, areas: tuple[str, ...]) -> str:
    district = str(rng.randint(1, 28))
    if rng.random() < 0.15:
        district = str(rng.randint(1, 9)) + rng.choice("ABCEHJKMNPRVWXY")
    inward = str(rng.randint(0, 9)) + "".join(rng.choice(_UK_LETTERS) for _ in range(2))
    return f"{rng.choice(areas)}{district} {inward}"


def _ca_postcode(rng: random.Random, first: str) -> str:
    d = string.digits
    return (
        f"{first}{rng.choice(d)}{rng.choice(_CA_LETTERS)} "
        f"{rng.choice(d)}{rng.choice(_CA_LETTERS)}{rng.choice(d)}"
    )


def address_intl(rng: random.Random, lang: str) -> Value:
    country = rng.choice(("uk", "au", "ca", "us"))
    sep = "\n" if rng.random() < 0.2 else ", "
    if country == "uk":
        town, areas = rng.choice(_UK)
        unit = rng.choice(
            ("", f"Flat {rng.randint(1, 24)}{sep}", f"Flat {rng.randint(1, 9)}B{sep}")
        )
        text = f"{unit}{rng.randint(1, 240)} {rng.choice(_UK_STREETS)}{sep}{town} "
        text += _uk_postcode(rng, areas)
    elif country == "au":
        town, state, (lo, hi) = rng.choice(_AU)
        num = f"{rng.randint(1, 180)}"
        if rng.random() < 0.5:
            num = rng.choice(("Unit ", "")) + f"{rng.randint(1, 40)}/{num}"
        text = f"{num} {rng.choice(_AU_STREETS)}{sep}{town} {state} {rng.randint(lo, hi):04d}"
    elif country == "ca":
        town, prov, first = rng.choice(_CA)
        unit = rng.choice(("", f"Suite {rng.randint(100, 1900)}, ", f"Apt. {rng.randint(1, 30)}, "))
        text = f"{unit}{rng.randint(10, 9999)} {rng.choice(_CA_STREETS)}{sep}{town} {prov} "
        text += _ca_postcode(rng, first)
    else:
        town, state, (lo, hi) = rng.choice(_US)
        unit = rng.choice(
            (
                "",
                f", Apt {rng.randint(1, 20)}{rng.choice('ABCD')}",
                f", Suite {rng.randint(100, 950)}",
                f" #{rng.randint(2, 40)}",
            )
        )
        text = f"{rng.randint(10, 19999)} {rng.choice(_US_STREETS)}{unit}{sep}{town}, {state} "
        text += f"{rng.randint(lo, hi)}" + (
            f"-{rng.randint(1000, 9999)}" if rng.random() < 0.2 else ""
        )
    return pii("ADDRESS", text, f"addr_{country}")


def address_tw(rng: random.Random, lang: str) -> Value:
    city = rng.choice(sorted(_TW))
    code, district = rng.choice(_TW[city])
    if rng.random() < 0.4:
        city = city.replace("臺", "台")
    road = rng.choice(_TW_STREETS)
    if rng.random() < 0.6:
        road += rng.choice(_SECTIONS) + "段"
    parts = [road]
    classes = ["addr_tw"]
    if rng.random() < 0.45:
        parts.append(f"{rng.randint(1, 400)}巷")
        if rng.random() < 0.5:
            parts.append(f"{rng.randint(1, 30)}弄")
    parts.append(f"{rng.randint(1, 999)}號")
    if rng.random() < 0.6:
        parts.append(
            f"{rng.randint(2, 28)}樓" + (f"之{rng.randint(1, 9)}" if rng.random() < 0.5 else "")
        )
        if rng.random() < 0.3:
            parts.append(f"{rng.randint(1, 30)}室")
        classes.append("addr_tw_floor")
    body = "".join(parts)
    if rng.random() < 0.3:
        body = full_digits(body)
        classes.append("addr_tw_fullwidth")
    prefix = code if rng.random() < 0.35 else ""
    return pii("ADDRESS", f"{prefix}{city}{district}{body}", *classes)


def address_tw_en(rng: random.Random, lang: str) -> Value:
    """The romanised order Chunghwa Post prints: floor, number, alley, lane, section, road."""
    floor = f"{rng.randint(2, 20)}F., " if rng.random() < 0.6 else ""
    lane = f"Ln. {rng.randint(1, 300)}, " if rng.random() < 0.5 else ""
    road, city, code = rng.choice(
        (
            ("Fuxing S. Rd.", "Da'an Dist., Taipei City", "106"),
            ("Wenhua Rd.", "Banqiao Dist., New Taipei City", "220"),
            ("Gongyi Rd.", "Nantun Dist., Taichung City", "408"),
            ("Zhongzheng Rd.", "Lingya Dist., Kaohsiung City", "802"),
        )
    )
    sec = f"Sec. {rng.randint(1, 4)}, " if rng.random() < 0.5 else ""
    text = f"{floor}No. {rng.randint(1, 300)}, {lane}{sec}{road}, {city} {code}, Taiwan (R.O.C.)"
    return pii("ADDRESS", text, "addr_tw_en")


def address(rng: random.Random, lang: str) -> Value:
    if lang == "zh":
        return address_tw(rng, lang)
    if lang == "en":
        return address_intl(rng, lang) if rng.random() < 0.8 else address_tw_en(rng, lang)
    return rng.choice((address_tw, address_intl, address_tw_en))(rng, lang)


def place(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("place", rng.choice(_TW_ALONE if zh else _EN_ALONE))


def company(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("company", rng.choice(_ZH_COMPANIES if zh else _EN_COMPANIES))

"""Postal addresses of the `heldout5` split (session 9), written from scratch.

Taiwan: Chinese addresses from the postcode (3, 3+2 or 3+3 digits) or the city to the number,
floor, 之 number and room, with 段 / 巷 / 弄, 里 / 鄰 and rural 村 forms, 台 and 臺, IME full-width
digits, Chinese-numeral floors; English Taiwan addresses (7F.-3, No. 106, Sec. 2, ... Taipei
City 106). Abroad: UK (flat, house number, street, town, postcode), Australia (unit/number,
suburb, state, postcode), Canada (unit-number, city, province, postal code), US (number, street,
apt / #, city, state, ZIP or ZIP+4), one line or several. Gold: one span from the unit or number
(or the Taiwan postcode / city) to the postcode; the country after the postcode stays outside.
"""

from __future__ import annotations

import random

from bench.text.independent.build import Seg, Value, full_digits

# --- Taiwan ---------------------------------------------------------------------------------
# (city, district, postcode)
TW_DISTRICTS = (
    ("臺北市", "中正區", "100"),
    ("臺北市", "大同區", "103"),
    ("臺北市", "中山區", "104"),
    ("臺北市", "松山區", "105"),
    ("臺北市", "大安區", "106"),
    ("臺北市", "萬華區", "108"),
    ("臺北市", "信義區", "110"),
    ("臺北市", "士林區", "111"),
    ("臺北市", "北投區", "112"),
    ("臺北市", "內湖區", "114"),
    ("臺北市", "南港區", "115"),
    ("臺北市", "文山區", "116"),
    ("新北市", "板橋區", "220"),
    ("新北市", "新店區", "231"),
    ("新北市", "永和區", "234"),
    ("新北市", "中和區", "235"),
    ("新北市", "三重區", "241"),
    ("新北市", "新莊區", "242"),
    ("新北市", "淡水區", "251"),
    ("新北市", "汐止區", "221"),
    ("桃園市", "桃園區", "330"),
    ("桃園市", "中壢區", "320"),
    ("桃園市", "龜山區", "333"),
    ("新竹市", "東區", "300"),
    ("新竹縣", "竹北市", "302"),
    ("臺中市", "西區", "403"),
    ("臺中市", "北區", "404"),
    ("臺中市", "西屯區", "407"),
    ("臺中市", "南屯區", "408"),
    ("臺中市", "北屯區", "406"),
    ("臺南市", "中西區", "700"),
    ("臺南市", "東區", "701"),
    ("臺南市", "永康區", "710"),
    ("高雄市", "新興區", "800"),
    ("高雄市", "苓雅區", "802"),
    ("高雄市", "鼓山區", "804"),
    ("高雄市", "三民區", "807"),
    ("高雄市", "左營區", "813"),
    ("基隆市", "仁愛區", "200"),
    ("嘉義市", "西區", "600"),
    ("花蓮縣", "花蓮市", "970"),
    ("宜蘭縣", "羅東鎮", "265"),
    ("屏東縣", "屏東市", "900"),
    ("彰化縣", "彰化市", "500"),
    ("南投縣", "埔里鎮", "545"),
    ("苗栗縣", "頭份市", "351"),
    ("雲林縣", "斗六市", "640"),
    ("臺東縣", "臺東市", "950"),
    ("澎湖縣", "馬公市", "880"),
    ("金門縣", "金城鎮", "893"),
)
RURAL = (
    ("宜蘭縣", "三星鄉", "266", "大洲村"),
    ("南投縣", "魚池鄉", "555", "日月村"),
    ("屏東縣", "恆春鎮", "946", "大光里"),
    ("花蓮縣", "壽豐鄉", "974", "志學村"),
    ("雲林縣", "古坑鄉", "646", "華山村"),
    ("臺東縣", "池上鄉", "958", "福原村"),
    ("苗栗縣", "南庄鄉", "353", "東村"),
    ("嘉義縣", "阿里山鄉", "605", "中正村"),
)
ROADS = (
    "中山路",
    "中正路",
    "民生東路",
    "忠孝東路",
    "復興南路",
    "和平東路",
    "建國北路",
    "民族路",
    "成功路",
    "文化路",
    "中華路",
    "光復路",
    "自由路",
    "博愛路",
    "三民路",
    "大同路",
    "仁愛路",
    "信義路",
    "府前路",
    "公園路",
    "環河南路",
    "景美街",
    "永康街",
    "師大路",
    "崇德路",
    "五權路",
    "漢口路",
    "英才路",
    "青海路",
    "河南路",
    "大順路",
    "四維路",
    "七賢路",
    "市府路",
    "南京東路",
    "林森北路",
    "新生南路",
    "健康路",
    "長春路",
    "福德街",
)
VILLAGES = (
    "福德里",
    "永安里",
    "中興里",
    "仁愛里",
    "光明里",
    "忠孝里",
    "龍山里",
    "新生里",
    "民權里",
)
SECTIONS = ("一", "二", "三", "四", "五", "六", "七")
ZH_FLOORS = ("二", "三", "五", "七", "八", "十", "十一", "十二", "十五", "二十一")


def _tw_number_part(rng: random.Random, tags: list[str]) -> str:
    """段 / 巷 / 弄 / 號 / 之 / 樓 / 室 after the road."""
    out = ""
    if rng.random() < 0.55:
        out += (rng.choice(SECTIONS) if rng.random() < 0.8 else str(rng.randint(1, 5))) + "段"
    if rng.random() < 0.4:
        out += f"{rng.randint(2, 420)}巷"
        tags.append("h5_addr_tw_lane")
        if rng.random() < 0.4:
            out += f"{rng.randint(1, 60)}弄"
    out += str(rng.randint(1, 399))
    if rng.random() < 0.2:
        out += f"之{rng.randint(1, 12)}號"
        tags.append("h5_addr_tw_zhi")
    else:
        out += "號"
    if rng.random() < 0.65:
        tags.append("addr_tw_floor")
        pick = rng.random()
        if pick < 0.55:
            out += f"{rng.randint(2, 28)}樓"
        elif pick < 0.7:
            out += rng.choice(ZH_FLOORS) + "樓"
        elif pick < 0.8:
            out += f"{rng.randint(2, 18)}F"
        else:
            out += "B1" if rng.random() < 0.5 else "地下一樓"
        if rng.random() < 0.3:
            out += f"之{rng.randint(1, 9)}"
            tags.append("h5_addr_tw_zhi")
        elif rng.random() < 0.15:
            out += f"{rng.randint(1, 30)}室" if rng.random() < 0.5 else f"A{rng.randint(1, 9)}室"
            tags.append("h5_addr_tw_room")
    return out


def _tw_zh_text(rng: random.Random) -> tuple[str, list[str]]:
    tags = ["addr_tw"]
    if rng.random() < 0.12:
        city, town, code, village = rng.choice(RURAL)
        head = f"{city}{town}{village}"
        if rng.random() < 0.5:
            head += f"{rng.randint(1, 25)}鄰"
        road = rng.choice(("中正路", "中山路", "和平路", "環湖路", "復興路"))
        text = head + road + _tw_number_part(rng, tags)
        tags.append("h5_addr_tw_village")
    else:
        city, district, code = rng.choice(TW_DISTRICTS)
        if rng.random() < 0.45:
            city = city.replace("臺", "台")
        head = city + district
        if rng.random() < 0.15:
            head += rng.choice(VILLAGES) + f"{rng.randint(1, 30)}鄰"
            tags.append("h5_addr_tw_village")
        text = head + rng.choice(ROADS) + _tw_number_part(rng, tags)
    pick = rng.random()
    if pick < 0.25:
        text = code + text
        tags.append("h5_addr_tw_postcode")
    elif pick < 0.4:
        text = f"{code}{rng.randint(1, 99):02d}" + rng.choice(("", " ")) + text
        tags.append("h5_addr_tw_postcode")
    elif pick < 0.48:
        text = f"{code}{rng.randint(0, 999):03d} " + text
        tags.append("h5_addr_tw_postcode")
    return text, tags


def address_tw(rng: random.Random, lang: str) -> Value:
    text, tags = _tw_zh_text(rng)
    if rng.random() < 0.2:
        text = full_digits(text)
        tags.append("addr_tw_fullwidth")
    return Value((Seg(text, "ADDRESS"),), tuple(tags))


# (city, ((district, postcode), ...))
_EN_CITIES = (
    (
        "Taipei City",
        (
            ("Zhongzheng Dist.", "100"),
            ("Zhongshan Dist.", "104"),
            ("Da'an Dist.", "106"),
            ("Xinyi Dist.", "110"),
            ("Neihu Dist.", "114"),
            ("Shilin Dist.", "111"),
        ),
    ),
    (
        "New Taipei City",
        (("Banqiao Dist.", "220"), ("Yonghe Dist.", "234"), ("Xindian Dist.", "231")),
    ),
    ("Taichung City", (("Xitun Dist.", "407"), ("Nantun Dist.", "408"), ("West Dist.", "403"))),
    (
        "Kaohsiung City",
        (("Sanmin Dist.", "807"), ("Lingya Dist.", "802"), ("Zuoying Dist.", "813")),
    ),
    ("Tainan City", (("East Dist.", "701"), ("West Central Dist.", "700"))),
    ("Taoyuan City", (("Zhongli Dist.", "320"), ("Taoyuan Dist.", "330"))),
    ("Hsinchu City", (("East Dist.", "300"),)),
)
_EN_ROADS = (
    "Heping E. Rd.",
    "Zhongxiao E. Rd.",
    "Minsheng E. Rd.",
    "Fuxing S. Rd.",
    "Zhongshan N. Rd.",
    "Wenxin Rd.",
    "Taiwan Blvd.",
    "Boai 2nd Rd.",
    "Guangfu Rd.",
    "Ruiguang Rd.",
    "Zhongzheng Rd.",
    "Chenggong Rd.",
)


def address_tw_en(rng: random.Random, lang: str) -> Value:
    """7F.-3, No. 106, Sec. 2, Heping E. Rd., Da'an Dist., Taipei City 106 (, Taiwan outside)."""
    city, districts = rng.choice(_EN_CITIES)
    district, code = rng.choice(districts)
    if rng.random() < 0.3:
        code += f"{rng.randint(1, 99):02d}"
    parts = []
    if rng.random() < 0.6:
        floor = f"{rng.randint(2, 21)}F."
        if rng.random() < 0.4:
            floor += f"-{rng.randint(1, 8)}"
        parts.append(floor)
    number = f"No. {rng.randint(1, 399)}"
    if rng.random() < 0.2:
        number += f"-{rng.randint(1, 6)}"
    parts.append(number)
    if rng.random() < 0.35:
        parts.append(f"Aly. {rng.randint(1, 40)}")
    if rng.random() < 0.45:
        parts.append(f"Ln. {rng.randint(2, 300)}")
    if rng.random() < 0.6:
        parts.append(f"Sec. {rng.randint(1, 5)}")
    parts += [rng.choice(_EN_ROADS), district, f"{city} {code}"]
    text = ", ".join(parts)
    segs = [Seg(text, "ADDRESS")]
    if rng.random() < 0.6:
        segs.append(Seg(rng.choice((", Taiwan", ", Taiwan (R.O.C.)", ", TAIWAN", ", R.O.C."))))
    return Value(tuple(segs), ("addr_tw", "h5_addr_tw_en"))


# --- abroad ---------------------------------------------------------------------------------
_UK_TOWNS = (
    ("London", ("SW11", "E14", "N7", "NW3", "SE15", "W5", "EC1V")),
    ("Manchester", ("M14", "M20", "M4")),
    ("Leeds", ("LS6", "LS11")),
    ("Bristol", ("BS8", "BS3")),
    ("Glasgow", ("G12", "G41")),
    ("Edinburgh", ("EH9", "EH6")),
    ("Cardiff", ("CF24", "CF11")),
    ("Birmingham", ("B15", "B29")),
    ("Liverpool", ("L17",)),
    ("Sheffield", ("S10", "S7")),
    ("Nottingham", ("NG7",)),
    ("Brighton", ("BN2", "BN1")),
    ("Oxford", ("OX4",)),
    ("Cambridge", ("CB1", "CB4")),
    ("Belfast", ("BT7", "BT9")),
    ("York", ("YO10",)),
    ("Newcastle upon Tyne", ("NE6", "NE2")),
)
_UK_STREETS = (
    "Albert Road",
    "Victoria Street",
    "Church Lane",
    "Mill Road",
    "Park Crescent",
    "Station Road",
    "Queens Drive",
    "Elm Grove",
    "Highfield Avenue",
    "Kingsway",
    "The Green",
    "Orchard Close",
    "Belvoir Terrace",
    "Castle Mews",
)
_UK_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _uk_postcode(rng: random.Random, district: str) -> str:
    return f"{district} {rng.randint(0, 9)}{rng.choice(_UK_LETTERS)}{rng.choice(_UK_LETTERS)}"


def _address(text: str, tags: list[str], after: str = "") -> Value:
    segs = [Seg(text, "ADDRESS")]
    if after:
        segs.append(Seg(after))
    return Value(tuple(segs), tuple(tags))


def _lines(rng: random.Random, parts: list[str], tags: list[str], one_sep: str = ", ") -> str:
    if rng.random() < 0.3:
        tags.append("h5_addr_multiline")
        return "\n".join(parts)
    return one_sep.join(parts)


def address_uk(rng: random.Random, lang: str) -> Value:
    town, districts = rng.choice(_UK_TOWNS)
    street = f"{rng.randint(1, 240)} {rng.choice(_UK_STREETS)}"
    parts = []
    pick = rng.random()
    if pick < 0.3:
        parts.append(f"Flat {rng.randint(1, 24)}")
    elif pick < 0.4:
        parts.append(rng.choice(("Rose Cottage", "Ivy House", "The Old Rectory", "Maple Lodge")))
    elif pick < 0.5:
        street = f"{rng.randint(1, 40)}{rng.choice('ab')} {rng.choice(_UK_STREETS)}"
    parts.append(street)
    post = _uk_postcode(rng, rng.choice(districts))
    if rng.random() < 0.5:
        parts.append(f"{town} {post}")
    else:
        parts += [town, post]
    tags = ["addr_uk"]
    text = _lines(rng, parts, tags)
    after = rng.choice(("", "", ", United Kingdom", ", UK"))
    return _address(text, tags, after)


_AU = (
    ("NSW", ("Cronulla", "2230"), ("Newtown", "2042"), ("Parramatta", "2150"), ("Manly", "2095")),
    ("VIC", ("Fitzroy", "3065"), ("Brunswick", "3056"), ("St Kilda", "3182"), ("Geelong", "3220")),
    ("QLD", ("Paddington", "4064"), ("Southport", "4215"), ("Cairns", "4870")),
    ("WA", ("Fremantle", "6160"), ("Subiaco", "6008")),
    ("SA", ("Norwood", "5067"), ("Glenelg", "5045")),
    (
        "TAS",
        ("Sandy Bay", "7005"),
    ),
    ("ACT", ("Braddon", "2612"), ("Kingston", "2604")),
    (
        "NT",
        ("Parap", "0820"),
    ),
)
_AU_STREETS = (
    "Smith St",
    "King St",
    "Beach Rd",
    "Kingsway Pde",
    "Oxford St",
    "Brunswick St",
    "Acland St",
    "Military Rd",
    "Hay St",
    "Sturt St",
    "Lonsdale Cres",
    "Anzac Hwy",
)


def address_au(rng: random.Random, lang: str) -> Value:
    state, *suburbs = rng.choice(_AU)
    suburb, code = rng.choice(suburbs)
    number = rng.randint(1, 320)
    pick = rng.random()
    if pick < 0.35:
        first = f"{rng.randint(1, 40)}/{number} {rng.choice(_AU_STREETS)}"
    elif pick < 0.55:
        first = f"Unit {rng.randint(1, 30)}, {number} {rng.choice(_AU_STREETS)}"
    else:
        first = f"{number} {rng.choice(_AU_STREETS)}"
    tail = f"{suburb} {state} {code}" if rng.random() < 0.8 else f"{suburb.upper()} {state} {code}"
    tags = ["addr_au"]
    text = _lines(rng, [first, tail], tags, rng.choice((", ", " ")))
    return _address(text, tags, rng.choice(("", "", ", Australia")))


_CA = (
    ("ON", "Toronto", "M"),
    ("ON", "Ottawa", "K"),
    ("QC", "Montréal", "H"),
    ("QC", "Québec", "G"),
    ("BC", "Vancouver", "V"),
    ("AB", "Calgary", "T"),
    ("MB", "Winnipeg", "R"),
    ("NS", "Halifax", "B"),
    ("SK", "Saskatoon", "S"),
)
_CA_STREETS = (
    "Harbour St",
    "Yonge St",
    "rue Saint-Denis",
    "Robson St",
    "Jasper Ave",
    "Portage Ave",
    "Spring Garden Rd",
    "Bank St",
    "boul. René-Lévesque",
    "Queen St W",
)
_CA_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"


def address_ca(rng: random.Random, lang: str) -> Value:
    prov, city, first_letter = rng.choice(_CA)
    code = (
        f"{first_letter}{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)} "
        f"{rng.randint(0, 9)}{rng.choice(_CA_LETTERS)}{rng.randint(0, 9)}"
    )
    number, street = rng.randint(10, 4800), rng.choice(_CA_STREETS)
    pick = rng.random()
    if pick < 0.35:
        first = f"{rng.randint(101, 2908)}-{number} {street}"
    elif pick < 0.55:
        first = f"{number} {street}, Apt {rng.randint(1, 40)}"
    else:
        first = f"{number} {street}"
    tags = ["addr_ca"]
    tail = f"{city}, {prov} {code}" if rng.random() < 0.6 else f"{city} {prov}  {code}"
    text = _lines(rng, [first, tail], tags)
    return _address(text, tags, rng.choice(("", "", ", Canada")))


_US = (
    ("New York", "NY", "100"),
    ("Brooklyn", "NY", "112"),
    ("Austin", "TX", "787"),
    ("Seattle", "WA", "981"),
    ("San Jose", "CA", "951"),
    ("Columbus", "OH", "432"),
    ("Chicago", "IL", "606"),
    ("Boston", "MA", "021"),
    ("Denver", "CO", "802"),
    ("Portland", "OR", "972"),
    ("Miami", "FL", "331"),
    ("Raleigh", "NC", "276"),
)
_US_STREETS = (
    "Maple Ave",
    "W 34th St",
    "Oak Street",
    "Elm Dr",
    "Market St",
    "Sunset Blvd",
    "Lakeview Terrace",
    "N Broadway",
    "Pine Ridge Rd",
    "Commonwealth Ave",
    "5th Ave",
)


def address_us(rng: random.Random, lang: str) -> Value:
    city, state, zip3 = rng.choice(_US)
    zip_code = f"{zip3}{rng.randint(1, 99):02d}"
    if rng.random() < 0.25:
        zip_code += f"-{rng.randint(0, 9999):04d}"
    first = f"{rng.randint(12, 9800)} {rng.choice(_US_STREETS)}"
    pick = rng.random()
    if pick < 0.25:
        first += f" Apt {rng.randint(1, 30)}{rng.choice(('', 'B', 'C'))}"
    elif pick < 0.4:
        first += f" #{rng.randint(100, 2500)}"
    elif pick < 0.5:
        first += f", Suite {rng.randint(100, 900)}"
    tags = ["addr_us"]
    text = _lines(rng, [first, f"{city}, {state} {zip_code}"], tags)
    return _address(text, tags, rng.choice(("", "", ", USA", ", United States")))


def address_world(rng: random.Random, lang: str) -> Value:
    return rng.choice((address_uk, address_au, address_ca, address_us))(rng, lang)


def address_line(rng: random.Random, lang: str) -> Value:
    """A foreign address on one line (table cells, CSV fields)."""
    value = address_world(rng, lang)
    segs = tuple(Seg(s.text.replace("\n", ", "), s.tag) for s in value.segs)
    return Value(segs, tuple(c for c in value.classes if c != "h5_addr_multiline"))


def address(rng: random.Random, lang: str) -> Value:
    """A Taiwan address in zh (mostly), a foreign or English Taiwan one in en."""
    if lang == "zh":
        return address_tw(rng, lang) if rng.random() < 0.9 else address_tw_en(rng, lang)
    if lang == "mixed":
        pick = rng.random()
        if pick < 0.5:
            return address_tw(rng, lang)
        if pick < 0.7:
            return address_tw_en(rng, lang)
        return address_world(rng, lang)
    return address_world(rng, lang) if rng.random() < 0.8 else address_tw_en(rng, lang)


CLASSES = frozenset(
    {
        "h5_addr_tw_lane",
        "h5_addr_tw_zhi",
        "h5_addr_tw_room",
        "h5_addr_tw_village",
        "h5_addr_tw_postcode",
        "h5_addr_tw_en",
        "h5_addr_multiline",
    }
)

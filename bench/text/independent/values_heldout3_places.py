"""Addresses of the `heldout3` split (session 6): Taiwan in Chinese (里/鄰, 巷/弄, 之, floors in
digits, "F" or Chinese numerals, rural 鄉/鎮/村, the outlying islands, 3/5/6-digit postcodes,
full-width digits), Taiwan romanised (Chunghwa Post's order and a casual one), and US, UK,
Canadian, Australian, Japanese (kanji and romanised), Singaporean and German addresses; plus the
place and company names that are hard negatives.

Gold conventions beyond __init__.py's: the span runs from the first element (postcode, city, unit,
house number or street) to the last (postcode, city, floor or room); "〒" before a Japanese
postcode, "c/o ..." lines and a country name after the postcode stay outside; a multi-line
address is one span.
"""

from __future__ import annotations

import random
import string

from bench.text.independent.build import Seg, Value, full_digits, neg

# city -> ((postcode, district), ...); the county towns use 鄉/鎮/市
# fmt: off
_TW = {
    "臺北市": (("100", "中正區"), ("103", "大同區"), ("105", "松山區"), ("108", "萬華區"),
              ("111", "士林區"), ("112", "北投區"), ("116", "文山區")),
    "新北市": (("235", "中和區"), ("236", "土城區"), ("247", "蘆洲區"), ("221", "汐止區"),
              ("251", "淡水區"), ("244", "林口區")),
    "桃園市": (("333", "龜山區"), ("334", "八德區"), ("324", "平鎮區"), ("338", "蘆竹區")),
    "臺中市": (("406", "北屯區"), ("408", "南屯區"), ("412", "大里區"), ("433", "沙鹿區")),
    "臺南市": (("704", "北區"), ("708", "安平區"), ("730", "新營區"), ("717", "仁德區")),
    "高雄市": (("807", "三民區"), ("830", "鳳山區"), ("806", "前鎮區"), ("804", "鼓山區")),
    "基隆市": (("200", "仁愛區"), ("206", "七堵區")),
    "嘉義市": (("600", "西區"),),
}
_TW_COUNTY = {
    "新竹縣": (("302", "竹北市"), ("303", "湖口鄉")),
    "苗栗縣": (("360", "苗栗市"), ("353", "南庄鄉")),
    "彰化縣": (("500", "彰化市"), ("505", "鹿港鎮")),
    "南投縣": (("545", "埔里鎮"), ("555", "魚池鄉")),
    "雲林縣": (("632", "虎尾鎮"),),
    "屏東縣": (("920", "潮州鎮"), ("946", "恆春鎮")),
    "宜蘭縣": (("265", "羅東鎮"),),
    "臺東縣": (("958", "池上鄉"),),
}
_TW_ISLANDS = {
    "澎湖縣": (("880", "馬公市"),),
    "金門縣": (("893", "金城鎮"), ("891", "金湖鎮")),
    "連江縣": (("209", "南竿鄉"), ("210", "北竿鄉")),
}
_ROADS = ("林森北路", "松江路", "羅斯福路", "敦化南路", "基隆路", "重慶南路", "民族路", "英才路",
          "崇德路", "府前路", "中山北路", "民權東路", "大同路", "仁愛路", "光明街", "永康街",
          "三民街", "育英街", "環河南路", "四維路", "大業路", "健行路", "成功二路")
_RURAL_ROADS = ("中山路", "介壽路", "民權路", "復興路", "中正路", "文化路")
_VILLAGES = ("日月村", "東村", "大成村", "介壽村", "新興村", "中山村", "福興村")
_LI = ("龍安里", "福德里", "新生里", "仁愛里", "光明里", "永和里", "忠孝里", "復興里", "平安里")
_ZH_NUM = "一二三四五六七八九十"
# fmt: on
TW_FEATURES = (
    "li",
    "rural",
    "island",
    "zhi",
    "fw",
    "post3",
    "post5",
    "post6",
    "zh_floor",
    "f_floor",
    "alley",
    "room",
    "basement",
)  # fmt: skip


def address_tw(rng: random.Random, lang: str) -> Value:
    kind = rng.choices(("city", "county", "island"), weights=(7, 2, 1))[0]
    table = {"city": _TW, "county": _TW_COUNTY, "island": _TW_ISLANDS}[kind]
    city = rng.choice(sorted(table))
    code, town = rng.choice(table[city])
    features = ["rural"] if kind != "city" else []
    if kind == "island":
        features.append("island")
    if rng.random() < 0.4:
        city = city.replace("臺", "台")
    parts = [city, town]
    if kind != "city" and town.endswith(("鄉", "鎮")):
        parts.append(
            rng.choice(_VILLAGES) + (f"{rng.randint(1, 20)}鄰" if rng.random() < 0.5 else "")
        )
        parts.append(rng.choice(_RURAL_ROADS))
    else:
        if rng.random() < 0.3:
            parts.append(rng.choice(_LI) + f"{rng.randint(1, 30)}鄰")
            features.append("li")
        road = rng.choice(_ROADS)
        if not road.endswith("街") and rng.random() < 0.5:
            road += _ZH_NUM[rng.randint(0, 4)] + "段"
        parts.append(road)
    if rng.random() < 0.4:
        parts.append(f"{rng.randint(1, 450)}巷")
        if rng.random() < 0.45:
            parts.append(f"{rng.randint(1, 40)}弄")
            features.append("alley")
    num = rng.randint(1, 480)
    roll = rng.random()
    if roll < 0.2:
        parts.append(rng.choice((f"{num}號之{rng.randint(1, 9)}", f"{num}之{rng.randint(1, 9)}號")))
        features.append("zhi")
    else:
        parts.append(f"{num}號")
    roll = rng.random()
    if roll < 0.25:
        parts.append(
            f"{rng.randint(2, 25)}樓" + (f"之{rng.randint(1, 8)}" if rng.random() < 0.4 else "")
        )
    elif roll < 0.37:
        parts.append(f"{_ZH_NUM[rng.randint(1, 9)]}樓")
        features.append("zh_floor")
    elif roll < 0.47:
        parts.append(f"{rng.randint(2, 25)}F")
        features.append("f_floor")
    elif roll < 0.52:
        parts.append("地下一樓" if rng.random() < 0.5 else "B1")
        features.append("basement")
    if rng.random() < 0.15:
        parts.append(
            f"{rng.randint(1, 30):02d}室" if rng.random() < 0.5 else f"{rng.randint(101, 1205)}室"
        )
        features.append("room")
    text = "".join(parts)
    post = rng.choice(("", "", "post3", "post5", "post6"))
    if post:
        full = {"post3": code, "post5": code + _digits(rng, 2), "post6": code + _digits(rng, 3)}
        text = full[post] + rng.choice(("", " ")) + text
        features.append(post)
    if lang != "en" and rng.random() < 0.25:
        text = full_digits(text)
        features.append("fw")
    return Value((Seg(text, "ADDRESS"),), ("h3_addr_tw", *(f"h3_addr_tw_{f}" for f in features)))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# romanised road, district, city, postcode, as Chunghwa Post prints them
_TW_ROM = (("Roosevelt Rd.", "Zhongzheng Dist.", "Taipei City", "100"),
           ("Songjiang Rd.", "Zhongshan Dist.", "Taipei City", "104"),
           ("Minzu Rd.", "West Central Dist.", "Tainan City", "700"),
           ("Wufu 1st Rd.", "Lingya Dist.", "Kaohsiung City", "802"),
           ("Chongde Rd.", "Beitun Dist.", "Taichung City", "406"),
           ("Zhongyang Rd.", "Tucheng Dist.", "New Taipei City", "236"),
           ("Guangfu Rd.", "East Dist.", "Hsinchu City", "300"),
           ("Minquan Rd.", "Jincheng Township", "Kinmen County", "893"))  # fmt: skip


def address_tw_rom(rng: random.Random, lang: str) -> Value:
    road, dist, city, code = rng.choice(_TW_ROM)
    n, lane, aly = rng.randint(1, 350), rng.randint(1, 300), rng.randint(1, 30)
    sec = f"Sec. {rng.randint(1, 5)}, " if rng.random() < 0.5 else ""
    if rng.random() < 0.6:
        floor = rng.choice(
            ("", f"{rng.randint(2, 18)}F., ", f"{rng.randint(2, 18)}F.-{rng.randint(1, 6)}, ")
        )
        lanes = rng.choice(("", f"Ln. {lane}, ", f"Aly. {aly}, Ln. {lane}, "))
        code = code + rng.choice(("", _digits(rng, 2), _digits(rng, 3)))
        text, style = f"{floor}No. {n}, {lanes}{sec}{road}, {dist}, {city} {code}", "post"
    else:
        city_short = city.removesuffix(" City").removesuffix(" County")
        floor = rng.choice(("", f"{rng.randint(2, 18)}F, "))
        lanes = rng.choice(("", f"Lane {lane}, "))
        street = road.replace("Rd.", "Road")
        text, style = f"{floor}No.{n}, {lanes}{street}, {city_short} {code}", "casual"
    after = rng.choice(("", ", Taiwan", ", Taiwan (R.O.C.)"))
    segs = [Seg(text, "ADDRESS")] + ([Seg(after)] if after else [])
    return Value(tuple(segs), ("h3_addr_twrom", f"h3_addr_twrom_{style}"))


# fmt: off
_US = (("Chicago", "IL", 60601, 60660), ("Seattle", "WA", 98101, 98199),
       ("Denver", "CO", 80202, 80239), ("Honolulu", "HI", 96813, 96826),
       ("Phoenix", "AZ", 85003, 85054), ("Columbus", "OH", 43201, 43235),
       ("Nashville", "TN", 37201, 37228), ("Sacramento", "CA", 95811, 95838),
       ("Jersey City", "NJ", 7302, 7311), ("Anchorage", "AK", 99501, 99524))
_US_STREETS = ("W Fullerton Ave", "NE 45th St", "Larimer St", "Kalakaua Ave", "E Camelback Rd",
               "N High St", "Music Row", "Capitol Mall", "Newark Ave", "Spenard Rd")
_UK = (("Leicester", "LE"), ("York", "YO"), ("Bath", "BA"), ("Oxford", "OX"), ("Liverpool", "L"),
       ("Birmingham", "B"), ("Belfast", "BT"), ("Aberdeen", "AB"), ("Swansea", "SA"),
       ("Exeter", "EX"))
_UK_STREETS = ("Wellington Crescent", "Beech Grove", "Victoria Road", "Cromwell Street",
               "Priory Walk", "Foxhill Drive", "Lime Tree Mews", "St Mary's Close")
_CA = (("Edmonton", "AB", "T"), ("Victoria", "BC", "V"), ("Laval", "QC", "H"),
       ("Gatineau", "QC", "J"), ("Kingston", "ON", "K"), ("Saskatoon", "SK", "S"),
       ("St. John's", "NL", "A"), ("Moncton", "NB", "E"), ("Hamilton", "ON", "L"))
_CA_STREETS = ("Jasper Avenue", "Rue Principale", "Princess Street", "Water Street",
               "Dundas Street West", "Broadway Avenue", "Boulevard des Laurentides")
_AU = (("Bendigo", "VIC", 3550), ("Geelong", "VIC", 3220), ("Newcastle", "NSW", 2300),
       ("Wollongong", "NSW", 2500), ("Cairns", "QLD", 4870), ("Townsville", "QLD", 4810),
       ("Launceston", "TAS", 7250), ("Bunbury", "WA", 6230), ("Alice Springs", "NT", 870))
_AU_STREETS = ("Mitchell St", "Lygon Street", "Grevillea Court", "Boronia Road", "Esplanade",
               "Flinders Lane", "Kurrajong Ave")
_JP_KANJI = (("160", "東京都新宿区西新宿"), ("106", "東京都港区六本木"),
             ("154", "東京都世田谷区三軒茶屋"), ("530", "大阪府大阪市北区梅田"),
             ("606", "京都府京都市左京区田中"), ("812", "福岡県福岡市博多区博多駅前"),
             ("060", "北海道札幌市中央区北三条西"), ("231", "神奈川県横浜市中区山下町"))
_JP_ROM = (("160", "Nishi-Shinjuku, Shinjuku-ku, Tokyo"), ("106", "Roppongi, Minato-ku, Tokyo"),
           ("530", "Umeda, Kita-ku, Osaka"), ("606", "Tanaka, Sakyo-ku, Kyoto"),
           ("812", "Hakata-ekimae, Hakata-ku, Fukuoka"),
           ("231", "Yamashita-cho, Naka-ku, Yokohama"))
_JP_BUILDINGS = ("", " サンハイツ302", " メゾン桜201号室", " グランドタワー15F")
_SG_STREETS = ("Jurong West St 41", "Ang Mo Kio Ave 3", "Toa Payoh Lor 7", "Tampines St 81",
               "Bedok North Rd", "Woodlands Dr 14")
_DE = (("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929),
       ("Köln", 50667, 51149), ("Frankfurt am Main", 60306, 60599),
       ("Stuttgart", 70173, 70619), ("Leipzig", 4103, 4357),
       ("Freiburg im Breisgau", 79098, 79117))
_DE_STREETS = ("Schönhauser Allee", "Hafenstraße", "Leopoldstraße", "Bahnhofstraße",
               "Schillerstraße", "Am Markt", "Lindenallee", "Kastanienweg", "Friedrichstraße")
# fmt: on
_CA_L = "ABCEGHJKLMNPRSTVWXYZ"
_UK_L = "ABDEFGHJLNPQRSTUWXYZ"
WORLD = ("us", "uk", "ca", "au", "jp", "sg", "de")
WORLD_EXTRA = ("multiline", "pobox", "jp_kanji", "jp_rom", "co")


def address_world(rng: random.Random, lang: str) -> Value:
    country = rng.choice(WORLD)
    style = country
    nl = rng.random() < 0.2
    sep = "\n" if nl else ", "
    extra: list[str] = ["multiline"] if nl else []
    before = ""
    if country == "us":
        city, st, lo, hi = rng.choice(_US)
        z = f"{rng.randint(lo, hi):05d}"
        if rng.random() < 0.15:
            first, extra = f"PO Box {rng.randint(100, 9999)}", [*extra, "pobox"]
        else:
            unit = rng.choice(
                (
                    "",
                    f", Apt {rng.randint(1, 30)}{rng.choice('ABCDF')}",
                    f" #{rng.randint(101, 2405)}",
                )
            )
            first = f"{rng.randint(12, 9800)} {rng.choice(_US_STREETS)}{unit}"
        text = f"{first}{sep}{city}, {st} {z}"
    elif country == "uk":
        town, area = rng.choice(_UK)
        pc = f"{area}{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice(_UK_L)}{rng.choice(_UK_L)}"
        n = rng.randint(1, 40)
        flat = rng.choice(("", f"Flat {n}{sep}", f"Flat {n}{rng.choice('ABC')}{sep}"))
        text = f"{flat}{rng.randint(1, 199)} {rng.choice(_UK_STREETS)}{sep}{town} {pc}"
    elif country == "ca":
        city, prov, first = rng.choice(_CA)
        d = string.digits
        pc = f"{first}{rng.choice(d)}{rng.choice(_CA_L)} "
        pc += f"{rng.choice(d)}{rng.choice(_CA_L)}{rng.choice(d)}"
        unit = rng.choice(("", f"{rng.randint(101, 2204)}-", f"Unit {rng.randint(1, 30)}, "))
        text = f"{unit}{rng.randint(10, 12000)} {rng.choice(_CA_STREETS)}{sep}{city} {prov} {pc}"
    elif country == "au":
        town, st, post = rng.choice(_AU)
        if rng.random() < 0.15:
            first, extra = f"PO Box {rng.randint(10, 999)}", [*extra, "pobox"]
        else:
            first = rng.choice(("", f"Unit {rng.randint(1, 20)}, ", f"{rng.randint(1, 12)}/"))
            first += f"{rng.randint(1, 240)} {rng.choice(_AU_STREETS)}"
        text = f"{first}{sep}{town} {st} {post:04d}"
    elif country == "jp":
        if rng.random() < 0.5:
            head, place = rng.choice(_JP_KANJI)
            pc = f"{head}-{_digits(rng, 4)}"
            block = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            before = "〒" if rng.random() < 0.7 else ""
            text = f"{pc} {place}{block}{rng.choice(_JP_BUILDINGS)}"
            extra.append("jp_kanji")
        else:
            head, place = rng.choice(_JP_ROM)
            room = rng.choice(
                ("", f"Room {rng.randint(101, 905)}, ", f"#{rng.randint(201, 1203)}, ")
            )
            block = f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            text = f"{room}{block} {place} {head}-{_digits(rng, 4)}"
            extra.append("jp_rom")
    elif country == "sg":
        blk = rng.randint(100, 899)
        unit = f"#{rng.randint(2, 25):02d}-{rng.randint(1, 450):02d}"
        pc = f"{rng.randint(1, 82):02d}{blk:04d}"
        text = f"Blk {blk} {rng.choice(_SG_STREETS)}{sep}{unit}{sep}Singapore {pc}"
    else:
        city, lo, hi = rng.choice(_DE)
        if rng.random() < 0.2:
            before, extra = (
                f"c/o {rng.choice(('Fischer', 'Hartmann', 'Wagner'))}{sep}",
                [*extra, "co"],
            )
        house = f"{rng.randint(1, 180)}{rng.choice(('', '', 'a', 'b'))}"
        text = f"{rng.choice(_DE_STREETS)} {house}{sep}{rng.randint(lo, hi):05d} {city}"
    segs = ([Seg(before)] if before else []) + [Seg(text, "ADDRESS")]
    return Value(tuple(segs), (f"h3_addr_{style}", *(f"h3_addr_{e}" for e in extra)))


# fmt: off
_PLACES_ZH = ("台北車站", "中正紀念堂", "阿里山", "太魯閣", "鹿港老街", "逢甲夜市",
              "七星潭", "北投溫泉", "安平古堡", "清境農場", "蘭嶼", "綠島", "駁二特區",
              "新竹科學園區", "桃園機場第二航廈")
_PLACES_EN = ("Shibuya", "Orchard Road", "Kuala Lumpur", "Bandung", "Cebu City", "Ho Chi Minh City",
              "Chiang Mai", "Busan", "Osaka", "Lyon", "Porto", "Hamburg", "Auckland", "Penang",
              "Jakarta", "Sun Moon Lake", "Taroko Gorge")
_COMPANIES_ZH = ("玉山金控", "台灣高鐵", "全聯福利中心", "誠品書店", "王品集團", "華碩電腦", "宏碁",
                 "光陽機車", "85度C", "路易莎咖啡", "momo購物網", "蝦皮購物", "好市多", "新光三越")
_COMPANIES_EN = ("Lumen Pay Pte. Ltd.", "Harbourline Shipping", "Kitsune Labs K.K.",
                 "Renmark Insurance", "Northridge Dental Clinic", "Bluefin Analytics GmbH",
                 "Tan & Partners LLP", "Sakura Travel Co., Ltd.", "Grab", "Foodpanda", "Shopee",
                 "Lazada", "Agoda", "Morgan & Chase Advisory")
# fmt: on


def place(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("place", rng.choice(_PLACES_ZH if zh else _PLACES_EN))


def company(rng: random.Random, lang: str) -> Value:
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.5)
    return neg("company", rng.choice(_COMPANIES_ZH if zh else _COMPANIES_EN))


CLASSES = frozenset(
    {"h3_addr_tw", "h3_addr_twrom", "h3_addr_twrom_post", "h3_addr_twrom_casual"}
    | {f"h3_addr_tw_{f}" for f in TW_FEATURES}
    | {f"h3_addr_{c}" for c in WORLD + WORLD_EXTRA}
)

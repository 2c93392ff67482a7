"""Postal addresses of the `heldout4` split (session 7): Taiwan addresses in Chinese (postcodes of
3, 5 or 6 digits or none, 里/鄰, 段/巷/弄/號/樓/之/室, basement floors, Chinese-numeral floors,
full-width digits, 臺 or 台) and in English, and addresses of the UK, US, Canada (English and
French), Australia, Singapore, Japan (Latin script), Germany, the Netherlands and India, on one
line or several.

Gold: from the unit, house number or postcode (or the Taiwan city when no postcode comes first)
to the postcode or the last locality word; a multi-line address is one span.
"""

from __future__ import annotations

import random
import string

from bench.text.independent.build import Value, full_digits, pii


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# (postcode, city, district, romanised district, romanised city)
# fmt: off
_TW = (("100", "台北市", "中正區", "Zhongzheng Dist.", "Taipei City"),
       ("106", "台北市", "大安區", "Da'an Dist.", "Taipei City"),
       ("110", "台北市", "信義區", "Xinyi Dist.", "Taipei City"),
       ("111", "台北市", "士林區", "Shilin Dist.", "Taipei City"),
       ("114", "台北市", "內湖區", "Neihu Dist.", "Taipei City"),
       ("116", "台北市", "文山區", "Wenshan Dist.", "Taipei City"),
       ("220", "新北市", "板橋區", "Banqiao Dist.", "New Taipei City"),
       ("241", "新北市", "三重區", "Sanchong Dist.", "New Taipei City"),
       ("235", "新北市", "中和區", "Zhonghe Dist.", "New Taipei City"),
       ("231", "新北市", "新店區", "Xindian Dist.", "New Taipei City"),
       ("251", "新北市", "淡水區", "Tamsui Dist.", "New Taipei City"),
       ("330", "桃園市", "桃園區", "Taoyuan Dist.", "Taoyuan City"),
       ("320", "桃園市", "中壢區", "Zhongli Dist.", "Taoyuan City"),
       ("300", "新竹市", "東區", "East Dist.", "Hsinchu City"),
       ("407", "台中市", "西屯區", "Xitun Dist.", "Taichung City"),
       ("406", "台中市", "北屯區", "Beitun Dist.", "Taichung City"),
       ("701", "台南市", "東區", "East Dist.", "Tainan City"),
       ("710", "台南市", "永康區", "Yongkang Dist.", "Tainan City"),
       ("806", "高雄市", "前鎮區", "Qianzhen Dist.", "Kaohsiung City"),
       ("802", "高雄市", "苓雅區", "Lingya Dist.", "Kaohsiung City"),
       ("830", "高雄市", "鳳山區", "Fengshan Dist.", "Kaohsiung City"),
       ("265", "宜蘭縣", "羅東鎮", "Luodong Township", "Yilan County"),
       ("970", "花蓮縣", "花蓮市", "Hualien City", "Hualien County"),
       ("510", "彰化縣", "員林市", "Yuanlin City", "Changhua County"),
       ("600", "嘉義市", "西區", "West Dist.", "Chiayi City"),
       ("200", "基隆市", "仁愛區", "Ren'ai Dist.", "Keelung City"),
       ("900", "屏東縣", "屏東市", "Pingtung City", "Pingtung County"))
# fmt: on
# (road, romanised road, has sections)
# fmt: off
_ROADS = (("中山北路", "Zhongshan N. Rd.", True), ("忠孝東路", "Zhongxiao E. Rd.", True),
          ("民生東路", "Minsheng E. Rd.", True), ("復興南路", "Fuxing S. Rd.", True),
          ("和平西路", "Heping W. Rd.", True), ("建國路", "Jianguo Rd.", False),
          ("文化路", "Wenhua Rd.", True), ("中正路", "Zhongzheng Rd.", False),
          ("光復路", "Guangfu Rd.", True), ("自由路", "Ziyou Rd.", False),
          ("三民路", "Sanmin Rd.", True), ("成功路", "Chenggong Rd.", False),
          ("永春街", "Yongchun St.", False), ("勝利街", "Shengli St.", False),
          ("福德街", "Fude St.", False), ("公園路", "Gongyuan Rd.", False),
          ("大同路", "Datong Rd.", True), ("府前路", "Fuqian Rd.", True),
          ("四維三路", "Siwei 3rd Rd.", False), ("環河南路", "Huanhe S. Rd.", True),
          ("市民大道", "Civic Blvd.", True), ("民族路", "Minzu Rd.", False))
# fmt: on
_SECTIONS = "一二三四五"
_CN = "〇一二三四五六七八九"
_LI = ("仁愛里", "中興里", "福德里", "光明里", "民生里", "長安里", "和平里")
# fmt: off
TW_STYLES = ("plain", "postcode5", "postcode6", "li", "floor_cn", "floor_f", "basement", "zhi",
             "room", "fullwidth", "tai_old", "spaced")
# fmt: on


def address_tw(rng: random.Random, lang: str) -> Value:
    code, city, district, _, _ = rng.choice(_TW)
    road, _, has_sec = rng.choice(_ROADS)
    style = rng.choice(TW_STYLES)
    parts = [city, district]
    if style == "li":
        parts.append(rng.choice(_LI) + f"{rng.randint(1, 30)}鄰")
    parts.append(road)
    if has_sec and rng.random() < 0.7:
        parts.append(rng.choice(_SECTIONS) + "段")
    if rng.random() < 0.5:
        parts.append(f"{rng.randint(2, 420)}巷")
        if rng.random() < 0.35:
            parts.append(f"{rng.randint(1, 30)}弄")
    number = f"{rng.randint(1, 380)}"
    parts.append(number + ("之" + str(rng.randint(1, 6)) if style == "zhi" else "") + "號")
    floor = rng.randint(2, 23)
    if style == "floor_cn":
        tens, ones = divmod(floor, 10)
        head = "" if not tens else ("十" if tens == 1 else _CN[tens] + "十")
        parts.append(head + (_CN[ones] if ones else "") + "樓")
    elif style == "floor_f":
        parts.append(f"{floor}F" + (f"-{rng.randint(1, 8)}" if rng.random() < 0.4 else ""))
    elif style == "basement":
        parts.append("B1")
    elif style == "room":
        parts.append(f"{floor}樓{rng.randint(1, 30)}室")
    elif rng.random() < 0.5:
        parts.append(f"{floor}樓" + (f"之{rng.randint(1, 9)}" if rng.random() < 0.3 else ""))
    text = "".join(parts)
    if style == "spaced":
        text = " ".join(parts)
    if style == "postcode5":
        text = code + _d(rng, 2) + text
    elif style == "postcode6":
        text = code + _d(rng, 3) + " " + text
    elif rng.random() < 0.45 and style not in ("tai_old",):
        text = code + rng.choice(("", " ")) + text
    if style == "tai_old":
        text = text.replace("台", "臺")
    if style == "fullwidth" or (lang != "en" and rng.random() < 0.08):
        text = full_digits(text)
        style = "fullwidth"
    classes = ["addr_tw", f"h4_addr_tw_{style}"]
    if "樓" in text or "F" in text:
        classes.append("addr_tw_floor")
    if style == "fullwidth":
        classes.append("addr_tw_fullwidth")
    return pii("ADDRESS", text, *classes)


def address_tw_en(rng: random.Random, lang: str) -> Value:
    """Taiwan in English, smallest unit first: 5F., No. 12, Ln. 34, Sec. 2, Zhongshan N. Rd."""
    code, _, _, district, city = rng.choice(_TW)
    _, road, has_sec = rng.choice(_ROADS)
    parts = []
    if rng.random() < 0.5:
        parts.append(f"{rng.randint(2, 19)}F.")
    parts.append(f"No. {rng.randint(1, 300)}")
    if rng.random() < 0.4:
        parts.append(f"Ln. {rng.randint(2, 300)}")
        if rng.random() < 0.3:
            parts.append(f"Aly. {rng.randint(1, 20)}")
    if has_sec and rng.random() < 0.6:
        parts.append(f"Sec. {rng.randint(1, 5)}")
    parts += [
        road,
        district,
        f"{city} {code}" + ("" if rng.random() < 0.5 else ", Taiwan (R.O.C.)"),
    ]
    return pii("ADDRESS", ", ".join(parts), "h4_addr_tw_en")


# --- elsewhere: each returns the lines of one address ---
def _uk(r: random.Random) -> list[str]:
    # fmt: off
    town, area = r.choice((("London", "N16"), ("London", "SE15"), ("Manchester", "M14"),
                           ("Leeds", "LS6"), ("Bristol", "BS7"), ("Glasgow", "G12"),
                           ("Cardiff", "CF24"), ("Edinburgh", "EH9"), ("Norwich", "NR2"),
                           ("York", "YO10")))
    street = r.choice(("Kingsley Road", "Albany Terrace", "Chapel Street", "Wellington Crescent",
                       "Beech Grove", "Mill Lane", "Victoria Parade"))
    # fmt: on
    post = f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEHJLNPRTW')}"
    first = f"{r.randint(1, 140)} {street}"
    if r.random() < 0.4:
        first = f"Flat {r.randint(1, 12)}, {first}"
    return [first, town, post] if r.random() < 0.5 else [first, f"{town} {post}"]


def _us(r: random.Random) -> list[str]:
    # fmt: off
    city = r.choice(("Portland, OR 97214", "Austin, TX 78704", "Seattle, WA 98115",
                     "Columbus, OH 43201", "Raleigh, NC 27605", "Denver, CO 80206",
                     "San Jose, CA 95126", "Brooklyn, NY 11215", "Ann Arbor, MI 48104",
                     "Tucson, AZ 85719"))
    street = r.choice(("Maple St", "Cedar Ln", "Willow Creek Dr", "Old Mill Rd", "NE 45th St",
                       "Magnolia Blvd", "W Belmont Ave", "Sycamore Ct"))
    # fmt: on
    first = f"{r.randint(10, 9800)} {street}"
    if r.random() < 0.4:
        # fmt: off
        first += r.choice((f", Apt {r.randint(1, 40)}{r.choice('ABCD')}",
                           f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 20)}"))
        # fmt: on
    if r.random() < 0.2:
        city += f"-{_d(r, 4)}"
    return [first, city]


def _ca(r: random.Random) -> list[str]:
    return r.choice(
        (
            [
                f"Unit {r.randint(101, 2400)}, {r.randint(1, 300)} Queens Quay W",
                "Toronto ON M5J 2Y5",
            ],
            [f"{r.randint(1000, 6000)}, rue Saint-Denis", "Montréal (Québec)  H2J 2L2"],
            [f"{r.randint(10000, 11999)} Jasper Ave NW", "Edmonton, AB T5J 4P6"],
            [f"{r.randint(1000, 3999)} W 4th Ave", "Vancouver, BC V6K 1N6"],
            [f"{r.randint(1, 90)} Barrington St", "Halifax NS B3J 1Z4"],
        )
    )


def _au(r: random.Random) -> list[str]:
    return r.choice(
        (
            [f"Unit {r.randint(1, 30)}/{r.randint(1, 200)} Beach Rd", "Bondi NSW 2026"],
            [f"Level {r.randint(2, 40)}, {r.randint(1, 500)} Collins St", "Melbourne VIC 3000"],
            [f"{r.randint(1, 99)} Jacaranda Cres", "Toowong QLD 4066"],
            [f"{r.randint(1, 300)} Hay St", "Subiaco WA 6008"],
            [f"{r.randint(1, 60)} Wattle Ave", "Glenelg SA 5045"],
        )
    )


def _sg(r: random.Random) -> list[str]:
    blk = r.randint(100, 999)
    # fmt: off
    return r.choice((
        [f"Blk {blk} Ang Mo Kio Ave {r.randint(1, 10)}",
         f"#{r.randint(2, 20):02d}-{r.randint(1, 400)}", f"Singapore 560{blk}"],
        [f"{blk} Jurong West St {r.randint(11, 92)} #{r.randint(2, 18):02d}-{r.randint(10, 300)}",
         f"Singapore 640{blk}"],
    ))
    # fmt: on


def _jp(r: random.Random) -> list[str]:
    n = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    return r.choice(
        (
            [f"{n} Nishi-Shinjuku, Shinjuku-ku", "Tokyo 160-0023"],
            [f"Sakura Heights {r.randint(101, 905)}, {n} Umeda, Kita-ku", "Osaka 530-0001"],
            [f"{n} Tenjin, Chuo-ku, Fukuoka 810-0001, Japan"],
        )
    )


def _de(r: random.Random) -> list[str]:
    return [
        f"{r.choice(('Lindenstraße', 'Hauptstr.', 'Am Mühlbach', 'Kastanienallee'))} "
        f"{r.randint(1, 120)}",
        r.choice(("10969 Berlin", "80331 München", "50667 Köln")),
    ]


def _nl(r: random.Random) -> list[str]:
    return [
        f"{r.choice(('Prinsengracht', 'Oudegracht', 'Laan van Meerdervoort'))} "
        f"{r.randint(1, 600)}-{r.choice(('2', 'III', 'hs', 'A'))}",
        r.choice(("1016 GV Amsterdam", "3511 AP Utrecht", "2517 JS Den Haag")),
    ]


def _in(r: random.Random) -> list[str]:
    return [
        f"Flat {r.randint(101, 904)}, {r.choice(('Sai Krupa Apartments', 'Green Glen Layout'))}",
        f"{r.randint(1, 18)}th Main Road, Indiranagar",
        "Bengaluru 560038",
    ]


# fmt: off
_WORLD = {"uk": _uk, "us": _us, "ca": _ca, "au": _au, "sg": _sg, "jp": _jp, "de": _de, "nl": _nl,
          "in": _in}
# fmt: on
WORLD = tuple(_WORLD)


def address_world(rng: random.Random, lang: str) -> Value:
    country = rng.choices(WORLD, (3, 3, 2, 2, 2, 2, 1, 1, 1))[0]
    lines = _WORLD[country](rng)
    multi = len(lines) > 1 and rng.random() < 0.35
    text = "\n".join(lines) if multi else ", ".join(lines)
    classes = [f"addr_{country}", f"h4_addr_{country}"]
    if multi:
        classes.append("h4_addr_multiline")
    return pii("ADDRESS", text, *classes)


def address_any(rng: random.Random, lang: str) -> Value:
    if lang == "zh" or (lang == "mixed" and rng.random() < 0.6):
        return address_tw(rng, lang)
    return address_world(rng, lang) if rng.random() < 0.75 else address_tw_en(rng, lang)


CLASSES = frozenset(
    {f"h4_addr_tw_{s}" for s in TW_STYLES}
    | {f"h4_addr_{c}" for c in WORLD}
    | {"h4_addr_tw_en", "h4_addr_multiline"}
)

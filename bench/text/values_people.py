"""Names, addresses and e-mail addresses (Faker zh_TW / en_US plus real Taiwan geography)."""

from __future__ import annotations

from bench.text.piece import GenContext

# Real cities with some of their districts/townships and 3-digit postcodes.
TW_PLACES: dict[str, tuple[tuple[str, str], ...]] = {
    "臺北市": (("中正區", "100"), ("大同區", "103"), ("中山區", "104"), ("松山區", "105"),
              ("大安區", "106"), ("萬華區", "108"), ("信義區", "110"), ("士林區", "111"),
              ("北投區", "112"), ("內湖區", "114"), ("南港區", "115"), ("文山區", "116")),
    "新北市": (("板橋區", "220"), ("汐止區", "221"), ("新店區", "231"), ("永和區", "234"),
              ("中和區", "235"), ("土城區", "236"), ("三重區", "241"), ("新莊區", "242"),
              ("淡水區", "251"), ("蘆洲區", "247")),
    "桃園市": (("桃園區", "330"), ("中壢區", "320"), ("平鎮區", "324"), ("八德區", "334"),
              ("龜山區", "333"), ("蘆竹區", "338")),
    "臺中市": (("西屯區", "407"), ("北屯區", "406"), ("南屯區", "408"), ("西區", "403"),
              ("北區", "404"), ("豐原區", "420"), ("大里區", "412")),
    "臺南市": (("東區", "701"), ("中西區", "700"), ("北區", "704"), ("安平區", "708"),
              ("永康區", "710")),
    "高雄市": (("苓雅區", "802"), ("三民區", "807"), ("前鎮區", "806"), ("鼓山區", "804"),
              ("左營區", "813"), ("鳳山區", "830"), ("新興區", "800")),
    "新竹市": (("東區", "300"), ("北區", "300"), ("香山區", "300")),
    "新竹縣": (("竹北市", "302"), ("竹東鎮", "310"), ("湖口鄉", "303")),
    "基隆市": (("仁愛區", "200"), ("信義區", "201"), ("七堵區", "206")),
    "彰化縣": (("彰化市", "500"), ("員林市", "510"), ("鹿港鎮", "505")),
    "屏東縣": (("屏東市", "900"), ("潮州鎮", "920"), ("東港鎮", "928")),
    "宜蘭縣": (("宜蘭市", "260"), ("羅東鎮", "265"), ("礁溪鄉", "262")),
    "花蓮縣": (("花蓮市", "970"), ("吉安鄉", "973")),
    "嘉義市": (("東區", "600"), ("西區", "600")),
    "苗栗縣": (("苗栗市", "360"), ("頭份市", "351")),
    "南投縣": (("南投市", "540"), ("埔里鎮", "545"), ("草屯鎮", "542")),
    "雲林縣": (("斗六市", "640"), ("虎尾鎮", "632")),
    "臺東縣": (("臺東市", "950"), ("池上鄉", "958")),
}  # fmt: skip

_ZH_NUMERALS = "一二三四五六七"
_COMPOUND_SURNAMES = ("歐陽", "司馬", "諸葛", "上官", "張簡", "范姜", "司徒")

# English-style Taiwan addresses (romanisation as printed on envelopes and bank forms).
_EN_CITIES = (
    ("Taipei City", (("Da'an Dist.", "106"), ("Xinyi Dist.", "110"), ("Zhongshan Dist.", "104"),
                     ("Zhongzheng Dist.", "100"), ("Neihu Dist.", "114"), ("Shilin Dist.", "111"),
                     ("Songshan Dist.", "105"), ("Wenshan Dist.", "116"))),
    ("New Taipei City", (("Banqiao Dist.", "220"), ("Xindian Dist.", "231"),
                         ("Zhonghe Dist.", "235"), ("Sanchong Dist.", "241"))),
    ("Taichung City", (("Xitun Dist.", "407"), ("Nantun Dist.", "408"), ("West Dist.", "403"))),
    ("Kaohsiung City", (("Lingya Dist.", "802"), ("Sanmin Dist.", "807"),
                        ("Zuoying Dist.", "813"), ("Gushan Dist.", "804"))),
    ("Tainan City", (("East Dist.", "701"), ("Anping Dist.", "708"), ("North Dist.", "704"))),
    ("Hsinchu City", (("East Dist.", "300"), ("North Dist.", "300"))),
    ("Taoyuan City", (("Zhongli Dist.", "320"), ("Taoyuan Dist.", "330"),
                      ("Guishan Dist.", "333"))),
)  # fmt: skip
_EN_ROADS = (
    "Zhongxiao E. Rd.", "Ren'ai Rd.", "Xinyi Rd.", "Dunhua S. Rd.", "Nanjing E. Rd.",
    "Minsheng E. Rd.", "Heping E. Rd.", "Roosevelt Rd.", "Keelung Rd.", "Fuxing S. Rd.",
    "Zhongshan N. Rd.", "Taiwan Blvd.", "Wenxin Rd.", "Zhonghua Rd.", "Chenggong 2nd Rd.",
    "Minzu 1st Rd.", "Guangfu Rd.", "Daxue Rd.", "Jianguo N. Rd.", "Songjiang Rd.",
    "Civic Blvd.", "Bade Rd.", "Chang'an E. Rd.", "Wenhua Rd.", "Jhongjheng Rd.",
)  # fmt: skip


def tw(ctx: GenContext, text: str) -> str:
    """Half of the people write 台 where the official name has 臺."""
    return text.replace("臺", "台") if ctx.chance(0.5) else text


def name_zh(ctx: GenContext) -> str:
    if ctx.chance(0.05):
        return ctx.rng.choice(_COMPOUND_SURNAMES) + str(ctx.fake_zh.first_name())
    return str(ctx.fake_zh.name())


def name_en(ctx: GenContext) -> str:
    first, last = ctx.fake_en.first_name(), ctx.fake_en.last_name()
    if ctx.chance(0.1):
        return f"{first} {ctx.rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return f"{first} {last}"


def name_romanized(ctx: GenContext) -> str:
    """A Taiwanese name in Latin letters: Wade-Giles given name, or an English first name."""
    surname = str(ctx.fake_zh.last_romanized_name()).title()
    given = str(ctx.fake_zh.first_romanized_name()).title()
    style = ctx.rng.randrange(5)
    if style == 0:
        return f"{given} {surname}"
    if style == 1:
        return f"{surname} {given}"
    if style == 2:
        return f"{surname.upper()}, {given.upper()}"
    return f"{ctx.fake_en.first_name()} {surname}"


def _zh_number(ctx: GenContext, low: int, high: int) -> str:
    n = ctx.rng.randint(low, high)
    return _ZH_NUMERALS[n - 1] if ctx.chance(0.7) and n <= len(_ZH_NUMERALS) else str(n)


def address_zh(ctx: GenContext) -> str:
    """A Taiwan address in Chinese address grammar, big to small."""
    rng = ctx.rng
    city = rng.choice(tuple(TW_PLACES))
    district, postcode = rng.choice(TW_PLACES[city])
    parts = []
    if ctx.chance(0.35):
        parts.append(postcode + (ctx.digits(2) if ctx.chance(0.3) else "") + rng.choice(("", " ")))
    parts.append(tw(ctx, city) + tw(ctx, district))
    if ctx.chance(0.15):  # household-registration style: village and neighbourhood
        parts.append(f"{ctx.fake_zh.street_name()}里{rng.randint(1, 30)}鄰")
    parts.append(str(ctx.fake_zh.street_name()) + rng.choice(("路", "路", "街", "大道")))
    if ctx.chance(0.45):
        parts.append(_zh_number(ctx, 1, 7) + "段")
    if ctx.chance(0.4):
        parts.append(f"{rng.randint(1, 400)}巷")
        if ctx.chance(0.3):
            parts.append(f"{rng.randint(1, 40)}弄")
    parts.append(f"{rng.randint(1, 350)}號")
    if ctx.chance(0.15):
        parts.append(f"之{rng.randint(1, 9)}")
    elif ctx.chance(0.65):
        floor = rng.randint(2, 28)
        parts.append(f"{floor}樓" if ctx.chance(0.8) else f"{floor}F")
        if ctx.chance(0.15):
            parts.append(f"之{rng.randint(1, 6)}")
    return "".join(parts)


def address_tw_en(ctx: GenContext) -> str:
    """A Taiwan address written the English way, small to big."""
    rng = ctx.rng
    city, districts = rng.choice(_EN_CITIES)
    district, postcode = rng.choice(districts)
    parts = []
    if ctx.chance(0.4):
        parts.append(f"{rng.randint(2, 25)}F.")
    parts.append(
        f"No. {rng.randint(1, 350)}" + (f"-{rng.randint(1, 9)}" if ctx.chance(0.15) else "")
    )
    if ctx.chance(0.2):
        parts.append(f"Aly. {rng.randint(1, 30)}")
    if ctx.chance(0.4):
        parts.append(f"Ln. {rng.randint(1, 400)}")
    if ctx.chance(0.5):
        parts.append(f"Sec. {rng.randint(1, 5)}")
    parts.append(rng.choice(_EN_ROADS))
    parts.append(district)
    tail = f"{city} {postcode}" if ctx.chance(0.7) else f"{city}, {postcode}"
    parts.append(tail + (rng.choice((", Taiwan", ", Taiwan (R.O.C.)")) if ctx.chance(0.4) else ""))
    return ", ".join(parts)


def address_us(ctx: GenContext) -> str:
    """A US street address (Faker), on one line or two."""
    street = str(ctx.fake_en.street_address())
    state = ctx.fake_en.state_abbr(
        include_territories=False, include_freely_associated_states=False
    )
    city = f"{ctx.fake_en.city()}, {state} {ctx.fake_en.zipcode()}"
    return street + ("\n" if ctx.chance(0.25) else ", ") + city


_FREE_DOMAINS = (
    "gmail.com", "gmail.com", "gmail.com", "yahoo.com.tw", "yahoo.com", "hotmail.com",
    "outlook.com", "icloud.com", "ms1.hinet.net", "ms45.hinet.net", "proton.me",
)  # fmt: skip


def email(ctx: GenContext) -> str:
    rng = ctx.rng
    style = rng.randrange(5)
    if style == 0:
        user = str(ctx.fake_en.user_name())
    elif style == 1:
        surname = str(ctx.fake_zh.last_romanized_name()).lower()
        given = str(ctx.fake_zh.first_romanized_name()).lower().replace("-", rng.choice(("", ".")))
        user = rng.choice((f"{given}.{surname}", f"{surname}{given}", f"{surname}.{given}"))
    elif style == 2:
        first = str(ctx.fake_en.first_name()).lower()
        user = f"{first}{rng.choice(('.', '_', ''))}{str(ctx.fake_en.last_name()).lower()}"
    elif style == 3:
        initials = "".join(c for c in str(ctx.fake_zh.first_romanized_name()) if c.isupper())
        user = f"{str(ctx.fake_zh.last_romanized_name()).lower()}{initials.lower()}{ctx.digits(4)}"
    else:
        user = f"{str(ctx.fake_en.first_name()).lower()}{ctx.digits(rng.choice((2, 3, 4)))}"
    if ctx.chance(0.35):
        company = str(ctx.fake_en.domain_word())
        domain = rng.choice(
            (f"{company}.com", f"{company}.com.tw", f"{company}.tw", f"{company}.io")
        )
    else:
        domain = rng.choice(_FREE_DOMAINS)
    return f"{user}@{domain}"

"""Values for every label, in formats chosen for this benchmark (valid check digits)."""

from __future__ import annotations

import random
import string
from collections.abc import Callable

from bench.screens import checksums, people

TW_PLACES = {
    "臺北市": ("中正區", "大安區", "信義區", "中山區", "松山區", "內湖區", "士林區", "文山區"),
    "新北市": ("板橋區", "三重區", "中和區", "新莊區", "新店區", "淡水區", "汐止區"),
    "桃園市": ("桃園區", "中壢區", "龜山區", "八德區"),
    "臺中市": ("西屯區", "北屯區", "南屯區", "豐原區", "大里區"),
    "臺南市": ("東區", "永康區", "安平區", "仁德區"),
    "高雄市": ("苓雅區", "三民區", "左營區", "鳳山區", "前鎮區"),
    "新竹縣": ("竹北市", "湖口鄉", "竹東鎮"),
    "花蓮縣": ("花蓮市", "吉安鄉"),
}
TW_ROADS = ("中山", "中正", "民生", "復興", "光復", "忠孝", "仁愛", "和平", "建國", "文化",
            "成功", "自由", "博愛", "三民", "五福",
            "公益", "英才", "府前", "民族", "健康")  # fmt: skip
TW_ROADS_EN = ("Zhongshan", "Zhongxiao", "Minsheng", "Fuxing", "Guangfu", "Ren'ai", "Heping",
               "Jianguo", "Wenhua", "Chenggong", "Ziyou", "Minzu")  # fmt: skip
TW_CITIES_EN = ("Taipei City", "New Taipei City", "Taichung City", "Kaohsiung City",
                "Tainan City", "Taoyuan City", "Hsinchu County")  # fmt: skip
TW_DISTRICTS_EN = ("Da'an Dist.", "Xinyi Dist.", "Banqiao Dist.", "Xitun Dist.",
                   "Sanmin Dist.", "Zhongli Dist.", "Neihu Dist.", "Songshan Dist.")  # fmt: skip


def _us(r: random.Random) -> str:
    street = f"{r.choice(['Maple', 'Oak', 'Cedar', 'Lakeview'])} {r.choice(['Ave', 'St', 'Blvd'])}"
    town = r.choice(["Springfield, IL", "Austin, TX", "Portland, OR", "San Jose, CA"])
    return f"{r.randint(100, 9899)} {street}, {town} {r.randint(10000, 99999)}"


def _uk(r: random.Random) -> str:
    street = r.choice(["Baker Street", "King's Road", "Mill Lane"])
    town, area = r.choice([("London", "NW1"), ("Leeds", "LS2"), ("Bristol", "BS8")])
    code = f"{r.randint(1, 9)}{r.choice('ABDEFGHJ')}{r.choice('LNPQRSTUWXYZ')}"
    return f"{r.randint(1, 240)} {street}, {town} {area} {code}"


def _de(r: random.Random) -> str:
    street = r.choice(["Hauptstraße", "Lindenweg", "Bahnhofstraße"])
    town = r.choice(["Berlin", "München", "Hamburg"])
    return f"{street} {r.randint(1, 180)}, {r.randint(10000, 99999)} {town}"


def _jp(r: random.Random) -> str:
    ward = r.choice(["新宿区西新宿", "渋谷区恵比寿", "港区六本木"])
    return f"東京都{ward}{r.randint(1, 6)}-{r.randint(1, 30)}-{r.randint(1, 20)}"


def _id(r: random.Random) -> str:
    street = r.choice(["Sudirman", "Thamrin", "Merdeka"])
    town = r.choice(["Jakarta", "Bandung"])
    return f"{r.randint(1, 99)} Jalan {street}, {town} {r.randint(10000, 99999)}"


FOREIGN = (_us, _uk, _de, _jp, _id)
ZH_DIGITS = "〇一二三四五六七八九"


def address(rng: random.Random, split: str, lang: str) -> str:
    pick = rng.random()
    if (lang == "en" and pick < 0.45) or (lang == "mixed" and pick < 0.2):
        return rng.choice(FOREIGN)(rng)
    if lang == "en" or pick < 0.3:
        parts = [f"No. {rng.randint(1, 399)}"]
        if rng.random() < 0.4:
            parts.insert(0, f"{rng.randint(2, 22)}F.")
        if rng.random() < 0.4:
            parts.append(f"Ln. {rng.randint(2, 300)}")
        sec = f"Sec. {rng.randint(1, 5)}, " if rng.random() < 0.5 else ""
        parts.append(f"{sec}{rng.choice(TW_ROADS_EN)} Rd.")
        parts += [
            rng.choice(TW_DISTRICTS_EN),
            f"{rng.choice(TW_CITIES_EN)} {rng.randint(100, 980)}",
        ]
        return ", ".join(parts)
    city = rng.choice(sorted(TW_PLACES))
    text = city + rng.choice(TW_PLACES[city]) + rng.choice(TW_ROADS) + rng.choice("路街")
    if rng.random() < 0.5:
        text += f"{ZH_DIGITS[rng.randint(1, 5)]}段"
    if rng.random() < 0.4:
        text += f"{rng.randint(2, 400)}巷"
    if rng.random() < 0.2:
        text += f"{rng.randint(1, 30)}弄"
    text += f"{rng.randint(1, 300)}號"
    if rng.random() < 0.5:
        text += f"{rng.randint(2, 25)}樓"
        if rng.random() < 0.3:
            text += f"之{rng.randint(1, 9)}"
    return (f"{rng.randint(100, 983)}" if rng.random() < 0.3 else "") + text


def email(rng: random.Random, split: str, lang: str) -> str:
    name = people.latin_name(rng, split).split(",")[0].replace(".", "").lower()
    words = [w for w in name.replace("-", " ").split() if w.isascii() and w.isalpha()]
    words = words or ["user"]
    sep = rng.choice([".", "_", "", "-"])
    local = sep.join(words[:2]) if rng.random() < 0.6 else words[0][0] + words[-1]
    if rng.random() < 0.35:
        local += str(rng.randint(1, 2005))
    domain = rng.choice(["gmail.com", "yahoo.com.tw", "outlook.com", "hotmail.com", "hinet.net",
                         "ms25.hinet.net", "proton.me",
                         "icloud.com", "ntu.edu.tw", "acme-tech.com.tw",
                         "mail.lumen.io", "example-corp.de", "pchome.com.tw"])  # fmt: skip
    return f"{local}@{domain}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def phone(rng: random.Random, split: str, lang: str) -> str:
    mobile = "9" + _digits(rng, 8)
    land = rng.choice(["2", "3", "4", "7"]), _digits(rng, 8 if rng.random() < 0.6 else 7)
    return rng.choice([
        f"0{mobile[:3]}-{mobile[3:6]}-{mobile[6:]}",
        f"0{mobile}",
        f"0{mobile[:3]} {mobile[3:6]} {mobile[6:]}",
        f"+886 {mobile[:3]} {mobile[3:6]} {mobile[6:]}",
        f"+886-{mobile[0]}-{mobile[1:5]}-{mobile[5:]}",
        f"+886{mobile}",
        f"(0{land[0]}) {land[1][:-4]}-{land[1][-4:]}",
        f"0{land[0]}-{land[1][:-4]}-{land[1][-4:]}",
        f"+886 {land[0]} {land[1][:-4]} {land[1][-4:]}",
        f"+1 ({rng.randint(201, 989)}) 555-{_digits(rng, 4)}",
        f"+81 90-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"+44 7700 {_digits(rng, 6)}",
    ])  # fmt: skip


def tw_national_id(rng: random.Random, split: str, lang: str) -> str:
    return checksums.tw_id(rng, rng.choice("1212128 9".replace(" ", "")))


def credit_card(rng: random.Random, split: str, lang: str) -> str:
    kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "jcb"])
    if kind == "amex":
        n = checksums.luhn_complete(rng.choice(["34", "37"]), 15, rng)
        groups = [n[:4], n[4:10], n[10:]]
    else:
        prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "mc2": str(rng.randint(2221, 2720)),
                  "jcb": str(rng.randint(3528, 3589))}[kind]  # fmt: skip
        n = checksums.luhn_complete(prefix, 16, rng)
        groups = [n[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-", " ", ""]).join(groups)


BANK_CODES = ("004", "005", "006", "007", "008", "009", "012", "013", "017", "700", "808",
              "812", "822", "803", "806", "807", "824", "826")  # fmt: skip


def bank_account(rng: random.Random, split: str, lang: str) -> str:
    code = rng.choice(BANK_CODES)
    account = _digits(rng, rng.choice([10, 12, 12, 13, 14]))
    return rng.choice([
        f"({code}) {account}",
        f"{code}-{account}",
        f"{code}-{account[:4]}-{account[4:8]}-{account[8:]}",
        f"{code} {account}",
    ])  # fmt: skip


IBAN_SHAPES = {"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11n2n", "NL": "4a10n",
               "ES": "4n4n2n10n", "IT": "1a5n5n12n", "BE": "3n7n2n", "CH": "5n12n"}  # fmt: skip


def iban(rng: random.Random, split: str, lang: str) -> str:
    country = rng.choice(sorted(IBAN_SHAPES))
    shape, bban, number = IBAN_SHAPES[country], "", ""
    for ch in shape:
        if ch.isdigit():
            number += ch
            continue
        alphabet = string.digits if ch == "n" else string.ascii_uppercase
        bban += "".join(rng.choice(alphabet) for _ in range(int(number)))
        number = ""
    compact = checksums.iban_with_check(country, bban)
    if rng.random() < 0.35:
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip


def date_of_birth(rng: random.Random, split: str, lang: str) -> str:
    y, m, d = rng.randint(1942, 2008), rng.randint(1, 12), rng.randint(1, 28)
    shapes = [f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}/{m:02d}/{y}",
              f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1][:3]} {y}",
              f"{m}/{d}/{y}"]  # fmt: skip
    if lang != "en":
        shapes += [f"{y}年{m}月{d}日", f"民國{y - 1911}年{m}月{d}日", f"{y - 1911}/{m:02d}/{d:02d}"]
    return rng.choice(shapes)


def ip_address(rng: random.Random, split: str, lang: str) -> str:
    if rng.random() < 0.15:
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([4, 8]))]
        return (
            "2001:db8:" + ":".join(groups[:6]) if len(groups) > 4 else "fe80::" + ":".join(groups)
        )
    first = rng.choice([rng.randint(11, 223), 10, 172, 192, 61, 114, 203])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def passport(rng: random.Random, split: str, lang: str) -> str:
    letters = string.ascii_uppercase
    return rng.choice([
        "3" + _digits(rng, 8),
        _digits(rng, 9),
        rng.choice(letters) + rng.choice(letters) + _digits(rng, 7),
        rng.choice("CFGHJK") + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
    ])  # fmt: skip


ALNUM = string.ascii_letters + string.digits


def _rand(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secret(rng: random.Random, split: str, lang: str) -> str:
    return rng.choice([
        lambda: "sk-" + _rand(rng, 48),
        lambda: "sk-proj-" + _rand(rng, 40),
        lambda: "ghp_" + _rand(rng, 36),
        lambda: "AKIA" + _rand(rng, 16, string.ascii_uppercase + "234567"),
        lambda: "xoxb-" + _digits(rng, 11) + "-" + _digits(rng, 12) + "-" + _rand(rng, 24),
        lambda: "AIza" + _rand(rng, 35, ALNUM + "-_"),
        lambda: "sk_live_" + _rand(rng, 24),
        lambda: "glpat-" + _rand(rng, 20, ALNUM + "-_"),
        lambda: "eyJhbGciOiJIUzI1NiJ9." + _rand(rng, 30, ALNUM + "_-") + "." + _rand(rng, 28),
        lambda: _rand(rng, 3, string.ascii_letters) + rng.choice("!@#$%&*") + _rand(rng, 4)
        + rng.choice("!@#$%&*") + _digits(rng, 2),
        lambda: rng.choice(["Sunny", "Tiger", "Mango", "Coffee"]) + _digits(rng, 4)
        + rng.choice("!#$@"),
    ])()  # fmt: skip


GENERATORS: dict[str, Callable[[random.Random, str, str], str]] = {
    "PERSON": people.person,
    "ADDRESS": address,
    "EMAIL": email,
    "PHONE": phone,
    "TW_NATIONAL_ID": tw_national_id,
    "CREDIT_CARD": credit_card,
    "BANK_ACCOUNT": bank_account,
    "IBAN": iban,
    "DATE_OF_BIRTH": date_of_birth,
    "IP_ADDRESS": ip_address,
    "PASSPORT": passport,
    "SECRET": secret,
}
LABELS = tuple(GENERATORS)


def make(label: str, rng: random.Random, split: str, lang: str) -> str:
    return GENERATORS[label](rng, split, lang)

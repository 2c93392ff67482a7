"""Person names written for this corpus: Latin-script names of many locales, Chinese names.

The detectors' name lexicons came from Faker's zh_TW and en_US lists, so most names here are from
other locales, composed from a given name and a family name as people of that locale write them.
"""

from __future__ import annotations

import random

from bench.text.independent.build import Value, pii

# locale -> (given names, family names, order): order "gf" given-first, "fg" family-first
# fmt: off
LATIN: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "en": (
        ("Oliver", "Harriet", "Graham", "Imogen", "Declan", "Maisie", "Rhys", "Tamsin", "Callum",
         "Bethany", "Niall", "Rosalind", "Dexter", "Wren", "Jolene", "Barnaby", "Kiera", "Ewan"),
        ("Ashworth", "Pemberton", "Haddock", "Whitlock", "Fairweather", "Okafor", "Lindqvist",
         "Blackwood", "Threlfall", "Merriman", "Crowther", "Quigley", "Stanhope", "Dunmore"),
        "gf",
    ),
    "id": (
        ("Budi", "Siti", "Agus", "Dewi", "Wahyu", "Ratna", "Bambang", "Sri", "Eko", "Indah",
         "Yusuf", "Putri", "Hendra", "Lestari", "Joko", "Ayu", "Rudi", "Kartika"),
        ("Santoso", "Wijaya", "Setiawan", "Kusuma", "Hartono", "Nugroho", "Pratama", "Suryadi",
         "Hidayat", "Saputra", "Gunawan", "Susanti", "Halim", "Purnomo"),
        "gf",
    ),
    "in": (
        ("Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Deepika", "Siddharth", "Meera",
         "Aditya", "Lakshmi", "Karthik", "Nandini", "Rahul", "Shreya", "Venkatesh", "Pooja"),
        ("Sharma", "Iyer", "Nair", "Reddy", "Patel", "Gupta", "Menon", "Chatterjee", "Banerjee",
         "Krishnan", "Deshpande", "Kulkarni", "Malhotra", "Subramanian", "Rao", "Joshi"),
        "gf",
    ),
    "vi": (
        ("Thi Huong", "Van Minh", "Thi Lan", "Duc Anh", "Thu Trang", "Quoc Bao", "Ngoc Mai",
         "Van Hung", "Thi Thu", "Minh Tuan", "Hoang Long", "Thi Hoa", "Thanh Tam", "Bich Ngoc"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Duong", "Ly"),
        "fg",
    ),
    "ph": (
        ("Maria Cristina", "Jose", "Rowena", "Rommel", "Maricel", "Jerome", "Lorna", "Arnel",
         "Jocelyn", "Reynaldo", "Divina", "Ferdinand", "Analyn", "Marvin", "Rosario", "Edgardo"),
        ("Dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Aquino", "Ramos",
         "Castillo", "Macaraeg", "Pangilinan", "Dimaculangan", "Soriano", "Manalo"),
        "gf",
    ),
    "th": (
        ("Somchai", "Siriporn", "Nattapong", "Kanokwan", "Anucha", "Pimchanok", "Wichai", "Suda",
         "Thanawat", "Ratchanee", "Kittisak", "Naree", "Prasert", "Chutima"),
        ("Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Thongchai", "Suwannarat", "Rattanakorn",
         "Kaewmanee", "Phromsiri", "Jaidee", "Sangthong", "Intharasuwan"),
        "gf",
    ),
    "fr": (
        ("Amélie", "Théo", "Camille", "Étienne", "Manon", "Baptiste", "Élodie", "Mathis",
         "Clémence", "Julien", "Océane", "Gaspard", "Maëlle", "Loïc", "Solène", "Aurélien"),
        ("Lefèvre", "Moreau", "Girard", "Dubois", "Fontaine", "Rousseau", "Chevalier", "Garnier",
         "Lemaire", "Marchand", "Boucher", "Mercier", "Faure", "Dupont", "Beaumont"),
        "gf",
    ),
    "es": (
        ("Alejandro", "Lucía", "Javier", "Carmen", "Mateo", "Valentina", "Rodrigo", "Inés",
         "Santiago", "Ximena", "Álvaro", "Pilar", "Joaquín", "Marisol", "Iker", "Begoña"),
        ("García Ruiz", "Fernández", "Martínez", "Sánchez", "Ortega", "Navarro", "Castaño",
         "Herrera Vega", "Domínguez", "Morales", "Iglesias", "Peña", "Rubio", "Cabrera"),
        "gf",
    ),
    "ar": (
        ("Mohammed", "Fatima", "Omar", "Aisha", "Khalid", "Layla", "Yousef", "Noor", "Hassan",
         "Mariam", "Tariq", "Samira", "Ibrahim", "Rania", "Abdullah", "Huda"),
        ("Al-Rashid", "Haddad", "Al-Masri", "Khoury", "Nasser", "El-Sayed", "Al-Harbi", "Mansour",
         "Qasim", "Saleh", "Darwish", "Al-Zahrani", "Aziz", "Hamdan"),
        "gf",
    ),
}
# fmt: on
LATIN_LOCALES = tuple(LATIN)

# Surnames: common ones, rare single ones, and compound (two-character) ones.
# fmt: off
ZH_COMMON = (
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游彭詹施胡沈余"
    "盧梁趙顏柯翁魏孫戴"
)
ZH_RARE = "卓藍巫溫龔尤辜褚甘池湯童姚鄒宋馮鄧涂歐段麥邢闕酆閻竇晏冼覃"
ZH_COMPOUND = ("歐陽", "司馬", "諸葛", "張簡", "范姜", "上官", "司徒", "東方", "皇甫", "尉遲",
               "夏侯")
ZH_GIVEN_1 = "志俊建家冠宗承柏彥佳怡雅婷淑美惠宜欣筱芷語芸若子宇哲翔豪瑋庭涵萱昀妤琪晴"
ZH_GIVEN_2 = "明宏傑華偉文倫豪安君珊玲鈴如慧瑜蓁穎岑霖軒睿恩綺妍竣廷皓澤瑄葳禎韻"

ZH_INTERJECTIONS = ("欸", "喂", "欸欸", "嗨", "哈囉", "唉", "嘿")
ZH_KINSHIP = ("媽", "爸", "阿姨", "舅舅", "阿嬤", "外婆", "姊", "哥", "表弟", "姑姑", "叔叔",
              "嫂嫂")
ZH_ROLES = ("外籍配偶", "收件人", "持卡人", "戶名", "聯絡人", "申請人", "負責人", "寄件人",
            "承辦人", "監護人", "緊急聯絡人", "立書人")
# fmt: on


def latin_name(rng: random.Random, locale: str | None = None) -> tuple[str, str]:
    locale = locale or rng.choice(LATIN_LOCALES)
    given, family, order = LATIN[locale]
    g, f = rng.choice(given), rng.choice(family)
    return (f"{f} {g}" if order == "fg" else f"{g} {f}"), locale


def latin_given(rng: random.Random) -> tuple[str, str]:
    locale = rng.choice(LATIN_LOCALES)
    return rng.choice(LATIN[locale][0]).split()[0], locale


def zh_name(rng: random.Random) -> tuple[str, list[str]]:
    roll = rng.random()
    if roll < 0.15:
        surname, classes = rng.choice(ZH_COMPOUND), ["zh_compound"]
    elif roll < 0.35:
        surname, classes = rng.choice(ZH_RARE), ["zh_rare_surname"]
    else:
        surname, classes = rng.choice(ZH_COMMON), []
    if rng.random() < 0.2:
        given = rng.choice(ZH_GIVEN_1 + ZH_GIVEN_2)
    else:
        given = rng.choice(ZH_GIVEN_1) + rng.choice(ZH_GIVEN_2)
    name = surname + given
    classes.append(f"zh_{len(name)}char" if len(name) <= 3 else "zh_4char")
    return name, classes


def person(rng: random.Random, lang: str) -> Value:
    """A name without a cue word: Latin script in en, Chinese in zh, either in mixed."""
    if lang == "zh" or (lang == "mixed" and rng.random() < 0.5):
        name, classes = zh_name(rng)
        return pii("PERSON", name, *classes)
    name, locale = latin_name(rng)
    return pii("PERSON", name, f"latin_{locale}")


def given_only(rng: random.Random, lang: str) -> Value:
    name, locale = latin_given(rng)
    return pii("PERSON", name, f"latin_{locale}", "given_only")


def zh_cued(rng: random.Random, lang: str) -> Value:
    """A Chinese name right after an interjection, a kinship word or a role word."""
    kind = rng.choice(("interjection", "kinship", "role"))
    name, classes = zh_name(rng)
    if kind == "interjection":
        cue = rng.choice(ZH_INTERJECTIONS) + rng.choice(("", "，", " ", "～"))
    elif kind == "kinship":
        cue = rng.choice(("", "我", "跟")) + rng.choice(ZH_KINSHIP) + rng.choice(("", " "))
    else:
        role = rng.choice(ZH_ROLES)
        cue = role + rng.choice(("：", ":", " ", "", "為"))
        if role == "外籍配偶" and rng.random() < 0.5:  # spouses' names are often Latin-script
            latin, locale = latin_name(rng, rng.choice(("vi", "id", "ph", "th")))
            return pii("PERSON", latin, f"latin_{locale}", "zh_cue_role", before=cue)
    return pii("PERSON", name, *classes, f"zh_cue_{kind}", before=cue)


# Added with the dev2 split: nicknames and the romanised names Taiwanese people use in English.
# fmt: off
ZH_NICK_CHARS = "明美華傑婷君豪宏玲珍偉芬雯瑩強輝娟"
TW_ENGLISH_GIVEN = ("Kevin", "Amy", "Jason", "Vivian", "Eric", "Winnie", "Jerry", "Irene",
                    "Alvin", "Peggy", "Tony", "Cindy", "Leo", "Joanne", "Ray", "Tiffany")
TW_SURNAMES_WG = ("Lin", "Chen", "Wang", "Huang", "Chang", "Li", "Wu", "Liu", "Tsai", "Yang",
                  "Hsu", "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai", "Chou")
TW_GIVEN_WG = ("Hsiao-Ming", "Chia-Hui", "Yu-Ting", "Chih-Wei", "Shu-Fen", "Chun-Chieh",
               "Pei-Shan", "Wen-Hsiung", "Mei-Ling", "Kuan-Yu", "Ya-Wen", "Tsung-Han")
# fmt: on


def zh_nickname(rng: random.Random, lang: str) -> Value:
    """阿明, 小美, 婷婷: the whole nickname is the span (阿/小 belong to it, like a given name)."""
    char = rng.choice(ZH_NICK_CHARS)
    style = rng.choice(("a", "xiao", "double"))
    name = {"a": "阿" + char, "xiao": "小" + char, "double": char * 2}[style]
    return pii("PERSON", name, "zh_nickname", f"zh_nick_{style}")


def tw_romanised(rng: random.Random, lang: str) -> Value:
    """Kevin Lin, Wang Hsiao-Ming, Hsiao-Ming Wang, Amy Hsiao-Ming Chen."""
    surname, given = rng.choice(TW_SURNAMES_WG), rng.choice(TW_GIVEN_WG)
    style = rng.choice(("english", "family_first", "given_first", "both"))
    name = {
        "english": f"{rng.choice(TW_ENGLISH_GIVEN)} {surname}",
        "family_first": f"{surname} {given}",
        "given_first": f"{given} {surname}",
        "both": f"{rng.choice(TW_ENGLISH_GIVEN)} {given} {surname}",
    }[style]
    return pii("PERSON", name, "tw_romanised", f"tw_romanised_{style}")

"""Person names of the `heldout3` split (session 6): Latin-script names of seventeen locales,
names with particles and hyphens, formal and initialled forms, mononyms, @mentions, Chinese names
with titles and kinship words, indigenous Taiwanese names and romanised Taiwanese names.

Gold conventions beyond __init__.py's: a title or honorific before a name (Dr., Pak, Khun, Herr)
or after it (-san, Bey, 先生, 醫師) stays outside; a particle that belongs to the surname (van der,
de la, bin, binti, al-) is inside; in an @mention the "@" stays outside; an indigenous name
written with a middle dot (巴奈．谷辣斯) is one span, the dot included.
"""

from __future__ import annotations

import random
import unicodedata

from bench.text.independent.build import Seg, Value, pii

# locale -> (given names, family names, natural order: "gf" given first, "fg" family first)
# fmt: off
LATIN3: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "id": (("Rizky", "Nurul", "Fajar", "Intan", "Arief", "Melati", "Gilang", "Wulan", "Teguh",
            "Anisa", "Dimas", "Citra"),
           ("Siregar", "Nasution", "Simanjuntak", "Wibowo", "Hasibuan", "Sitompul", "Lubis",
            "Prasetyo", "Kurniawan", "Harahap", "Sembiring"), "gf"),
    "in": (("Aishwarya", "Harsha", "Tanvi", "Nikhil", "Revathi", "Sandeep", "Ishaan", "Divya",
            "Manoj", "Sowmya", "Gaurav"),
           ("Pillai", "Bhattacharya", "Mukherjee", "Agarwal", "Chauhan", "Naidu", "Hegde",
            "Srinivasan", "Venkataraman", "Trivedi", "Shetty"), "gf"),
    "vi": (("Thị Mỹ Linh", "Văn Khoa", "Hữu Phước", "Thị Kim Ngân", "Minh Khang", "Gia Huy",
            "Thanh Hằng", "Quang Vinh", "Ngọc Ánh", "Đức Thắng"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Võ", "Đặng", "Trương", "Đinh"), "fg"),
    "ph": (("Jericho", "Kristine Joy", "Mark Anthony", "Princess Mae", "Rhea", "Noel", "Carlo",
            "Mylene", "Randolph"),
           ("Magbanua", "Dimaano", "Tolentino", "Sarmiento", "Evangelista", "Panganiban", "Dizon",
            "de Guzman", "delos Reyes", "dela Paz"), "gf"),
    "th": (("Pornthip", "Supachai", "Wanida", "Chatchai", "Araya", "Nopparat", "Sasithorn",
            "Teerapat", "Jintana"),
           ("Chaiwong", "Sukprasert", "Thanomsak", "Pattanakul", "Rungruang", "Srisawat",
            "Charoenrat", "Kongkaew", "Wattanapong"), "gf"),
    "ko": (("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Eun-ji",
            "Seung-ho", "Jiwoo"),
           ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Han", "Shin", "Kwon", "Baek"),
           "fg"),
    "ja": (("Haruto", "Yui", "Sota", "Misaki", "Ren", "Hinata", "Kaito", "Ayaka", "Takumi",
            "Nanami"),
           ("Hasegawa", "Fujiwara", "Ishikawa", "Morimoto", "Okada", "Nishimura", "Kondo",
            "Sakamoto", "Murakami", "Takeuchi"), "fg"),
    "fr": (("Anaïs", "Guillaume", "Léa", "Maxime", "Chloé", "Benoît", "Margaux", "Jean-Baptiste",
            "Noémie", "Cyril"),
           ("Lambert", "Bonnet", "Perrin", "Roussel", "Gauthier", "Carpentier", "Lacroix",
            "Le Gall", "de Villiers", "Barbier"), "gf"),
    "es": (("Camila", "Diego", "Renata", "Gonzalo", "Paloma", "Emilio", "Ainhoa", "Fermín",
            "Rocío", "Tomás"),
           ("Gutiérrez", "Ramírez", "Vázquez", "Jiménez", "Moreno López", "Delgado", "Salazar",
            "de la Fuente", "del Río", "Aguilar"), "gf"),
    "pt": (("João Pedro", "Beatriz", "Thiago", "Larissa", "Gonçalo", "Mariana", "Vinícius",
            "Letícia", "Caio"),
           ("Oliveira", "Carvalho", "Rodrigues", "Almeida", "Ferreira", "Gonçalves", "dos Santos",
            "da Silva", "de Souza"), "gf"),
    "de": (("Lukas", "Johanna", "Felix", "Annika", "Moritz", "Friederike", "Jonas", "Greta",
            "Tobias"),
           ("Schneider", "Fischer", "Becker", "Hoffmann", "Schäfer", "Richter", "Krüger",
            "von Arnim", "Müller-Wagner"), "gf"),
    "nl": (("Daan", "Sanne", "Joost", "Femke", "Bram", "Lotte", "Thijs", "Anouk"),
           ("van der Berg", "de Jong", "van Dijk", "Visser", "van den Broek", "de Vries",
            "van Leeuwen", "ter Horst"), "gf"),
    "ar": (("Ahmad", "Salma", "Yasser", "Reem", "Faisal", "Nadia", "Karim", "Hala", "Majid",
            "Dalia"),
           ("al-Khatib", "Al Mansoori", "Abdelrahman", "El-Amin", "Barakat", "Shaheen",
            "Al-Otaibi", "Abu-Zeid", "Nasrallah", "Farouk"), "gf"),
    "tr": (("Emre", "Zeynep", "Burak", "Elif", "Mert", "Ayşe", "Onur", "Selin", "Kerem", "Büşra"),
           ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
            "Doğan"), "gf"),
    "ng": (("Chiamaka", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Adaeze",
            "Ifeanyi", "Yetunde", "Chukwudi"),
           ("Okonkwo", "Adeyemi", "Nwosu", "Balogun", "Eze", "Adebayo", "Ogunleye", "Ibekwe",
            "Olatunji", "Danjuma"), "gf"),
}
# Russian (transliterated) and Malay names depend on gender: family-name endings, bin / binti
RU_GIVEN = {"m": ("Dmitry", "Aleksandr", "Sergei", "Mikhail", "Nikolai", "Ivan", "Yevgeny"),
            "f": ("Ekaterina", "Anastasia", "Yulia", "Olga", "Svetlana", "Tatiana", "Darya")}
RU_FAMILY = (("Smirnov", "Smirnova"), ("Kuznetsov", "Kuznetsova"), ("Sokolov", "Sokolova"),
             ("Volkov", "Volkova"), ("Morozov", "Morozova"), ("Lebedev", "Lebedeva"),
             ("Novikov", "Novikova"), ("Orlov", "Orlova"))
RU_PATRONYMIC = {"m": ("Andreyevich", "Pavlovich", "Viktorovich", "Olegovich", "Borisovich"),
                 "f": ("Andreyevna", "Pavlovna", "Viktorovna", "Olegovna", "Borisovna")}
MY_GIVEN = {"m": ("Muhammad Firdaus", "Mohd Azlan", "Khairul Anuar", "Amirul", "Hafiz"),
            "f": ("Nur Syafiqah", "Farah Nadia", "Hafizah", "Nurul Ain", "Siti Aminah")}
MY_FATHER = ("Abdullah", "Ismail", "Rahman", "Hassan", "Yusof", "Osman", "Zainal")
MONONYMS = ("Sumarni", "Sutrisno", "Mulyono", "Wagiyem", "Paiman", "Suparti", "Ngadiman",
            "Rusdi", "Tukinem")
# fmt: on
LOCALES3 = (*LATIN3, "ru", "my")
_PARTICLES = {"van", "der", "den", "de", "la", "del", "dos", "da", "von", "ter", "bin", "binti",
              "delos", "dela", "le", "al"}  # fmt: skip


def fold(text: str) -> str:
    """ASCII letters for an e-mail local part: drop diacritics (Nguyễn -> Nguyen, Đặng -> Dang)."""
    text = text.replace("Đ", "D").replace("đ", "d").replace("ı", "i").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _ru(rng: random.Random) -> tuple[str, str]:
    sex = rng.choice("mf")
    given, family = rng.choice(RU_GIVEN[sex]), rng.choice(RU_FAMILY)[sex == "f"]
    if rng.random() < 0.25:  # with a patronymic
        given += " " + rng.choice(RU_PATRONYMIC[sex])
    return given, family


def _my(rng: random.Random) -> tuple[str, str]:
    sex = rng.choice("mf")
    return rng.choice(MY_GIVEN[sex]), f"{'bin' if sex == 'm' else 'binti'} {rng.choice(MY_FATHER)}"


def parts(rng: random.Random, locale: str | None = None) -> tuple[str, str, str, str]:
    """(given, family, order, locale); Vietnamese loses its diacritics half the time."""
    locale = locale or rng.choice(LOCALES3)
    if locale == "ru":
        return (*_ru(rng), "gf", locale)
    if locale == "my":
        return (*_my(rng), "gf", locale)
    given, family, order = LATIN3[locale]
    g, f = rng.choice(given), rng.choice(family)
    if locale == "vi" and rng.random() < 0.5:
        g, f = fold(g), fold(f)
    if locale in ("ko", "ja") and rng.random() < 0.5:
        order = "gf"  # the order they use abroad
    return g, f, order, locale


def name_classes(name: str, locale: str) -> list[str]:
    classes = [f"h3_name_{locale}"]
    words = name.replace(",", " ").split()
    if any(w.lower() in _PARTICLES or w.lower().startswith(("al-", "el-", "abu-")) for w in words):
        classes.append("h3_name_particle")
    if "-" in name:
        classes.append("h3_name_hyphen")
    return classes


def latin_full(rng: random.Random, locale: str | None = None) -> tuple[str, list[str]]:
    g, f, order, locale = parts(rng, locale)
    if locale == "vi" and order == "gf":
        order = "fg"
    name = f"{f} {g}" if order == "fg" else f"{g} {f}"
    return name, name_classes(name, locale)


def person(rng: random.Random, lang: str) -> Value:
    """A Latin-script full name in its locale's usual order, without a cue word."""
    name, classes = latin_full(rng)
    return pii("PERSON", name, *classes)


FORMAL_STYLES = ("upper_family", "comma", "initials", "middle_initial", "all_caps")


def formal(rng: random.Random, lang: str) -> Value:
    """As forms, passports and bibliographies write names: OKONKWO Chiamaka, Okonkwo, C. ..."""
    g, f, _, locale = parts(rng)
    style = rng.choice(FORMAL_STYLES)
    if locale == "my" and style in ("upper_family", "comma"):
        style = "all_caps"  # bin / binti never lead: MUHAMMAD FIRDAUS BIN ISMAIL
    initials = "".join(w[0] + "." for w in g.replace("-", " ").split())
    if style == "upper_family":
        name = f"{f.upper()} {g}" if rng.random() < 0.6 else f"{g} {f.upper()}"
    elif style == "comma":
        name = f"{f}, {g}"
    elif style == "initials":
        spaced = initials.replace(".", ". ")
        name = rng.choice((f"{initials} {f}", f"{f} {initials}", f"{spaced}{f}"))
    elif style == "middle_initial":
        name = f"{g.split()[0]} {rng.choice('ABCDEHJKLMNRST')}. {f}"
    else:
        name = f"{g} {f}".upper()
    return pii("PERSON", name, *name_classes(name, locale), f"h3_formal_{style}")


def single(rng: random.Random, lang: str) -> Value:
    """A Javanese mononym: the person has no family name."""
    return pii("PERSON", rng.choice(MONONYMS), "h3_name_single")


def given(rng: random.Random, lang: str) -> Value:
    g, _, _, locale = parts(rng)
    return pii("PERSON", short_given(g, locale), f"h3_name_{locale}", "h3_given")


def short_given(g: str, locale: str) -> str:
    """The name a person is called by: Linh of Thi My Linh, Dmitry of Dmitry Andreyevich."""
    if locale in ("vi", "my"):
        return g.split()[-1]
    return g.split()[0] if locale in ("ru", "pt") else g


# honorific -> (locale of the name, what follows: "given" | "family" | "full" | "single")
# fmt: off
_PREFIX = (("Pak ", "id", "given"), ("Bu ", "id", "given"), ("Mbak ", "id", "single"),
           ("Bapak ", "id", "single"), ("Khun ", "th", "given"), ("Anh ", "vi", "given"),
           ("Chị ", "vi", "given"), ("Ate ", "ph", "given"), ("Kuya ", "ph", "given"),
           ("Tita ", "ph", "given"), ("Herr ", "de", "family"), ("Frau ", "de", "family"),
           ("Mme ", "fr", "family"), ("M. ", "fr", "full"), ("Sra. ", "es", "full"),
           ("Dona ", "pt", "given"), ("Chief ", "ng", "full"), ("Engr. ", "ng", "full"),
           ("Alhaji ", "ng", "full"), ("Dr. ", None, "family"), ("Prof. ", None, "full"),
           ("Mr. ", None, "family"), ("Ms. ", None, "full"), ("Mx. ", None, "full"))
_SUFFIX = (("-san", "ja", "family"), ("-sama", "ja", "family"), (" Bey", "tr", "given"),
           (" Hanım", "tr", "given"), ("-ssi", "ko", "full"), (" ji", "in", "given"))
# fmt: on


def cued(rng: random.Random, lang: str) -> Value:
    """A name with an honorific before it (Pak, Khun, Herr, Dr.) or after it (-san, Bey)."""
    where = "prefix" if rng.random() < 0.75 else "suffix"
    cue, locale, what = rng.choice(_PREFIX if where == "prefix" else _SUFFIX)
    if what == "single":
        return pii("PERSON", rng.choice(MONONYMS), "h3_name_single", "h3_cue_prefix", before=cue)
    g, f, order, locale = parts(rng, locale)
    if locale == "my" and what == "family":
        what = "full"
    full = f"{f} {g}" if order == "fg" else f"{g} {f}"
    name = {"given": short_given(g, locale), "family": f, "full": full}[what]
    classes = [*name_classes(name, locale), f"h3_cue_{where}"]
    if what == "family":
        classes.append("h3_cue_family")
    if where == "prefix":
        return pii("PERSON", name, *classes, before=cue)
    return pii("PERSON", name, *classes, after=cue)


def mention(rng: random.Random, lang: str) -> Value:
    """@Display Name in Slack or Teams: the "@" outside the span."""
    g, f, order, locale = parts(rng)
    full = f"{f} {g}" if order == "fg" else f"{g} {f}"
    name = short_given(g, locale) if rng.random() < 0.5 else full
    return Value((Seg("@"), Seg(name, "PERSON")), ("h3_mention", *name_classes(name, locale)))


def name_list(rng: random.Random, lang: str) -> Value:
    """2-4 names after cc: or in an attendee list, each its own span."""
    zh = lang == "zh" or (lang == "mixed" and rng.random() < 0.4)
    sep = "、" if zh else rng.choice((", ", "; ", " / "))
    segs: list[Seg] = []
    classes = ["h3_name_list"]
    for i in range(rng.randint(2, 4)):
        if i:
            segs.append(Seg(sep))
        if zh:
            name, more = zh_full(rng)
        else:
            name, more = latin_full(rng)
        segs.append(Seg(name, "PERSON"))
        classes += more
    return Value(tuple(segs), tuple(classes))


# Chinese names: surnames common, rare and compound; given names old-fashioned and modern
# fmt: off
ZH3_COMMON = ("陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂"
              "江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴"
              "范方宋杜傅侯曹薛丁")
ZH3_RARE = "粘凃鄞練危仇幸滕蒲查房喬穆阮官晉苗花錢嚴紀連雷車艾龍伍"
ZH3_COMPOUND = ("歐陽", "張簡", "范姜", "張廖", "司馬", "上官", "諸葛", "公孫", "慕容", "令狐",
                "端木", "長孫")
ZH3_GIVEN_A = ("家承品宥柏詠思佩郁秉昱育書亭靜銘政"
               "毓紹韋凱致翊麗秀月玉素金春錦耀德正榮")
ZH3_GIVEN_B = ("恩辰妤蓁綸晴樺瑋勳謙穎婕蓉絜崴翰菁"
               "儀茹霏嘉彤瀚鈞蘭琴枝鳳雄福財興順")
ZH3_INDIGENOUS_GIVEN = ("巴奈", "馬耀", "拉娃", "撒韻", "伊娜", "瓦旦", "哈勇", "烏杜夫", "尤幹",
                        "比令")
ZH3_INDIGENOUS_FAMILY = ("谷辣斯", "達利", "阿道", "撒給努", "馬紹", "諾幹", "尤命", "巴萬")
ZH3_TITLES = ("先生", "小姐", "女士", "老師", "醫師", "律師", "經理", "主任", "教授", "護理師",
              "同學", "太太", "董事長", "會計師")
ZH3_KIN = ("表姊", "二舅", "大伯", "小阿姨", "岳母", "乾媽", "外甥", "堂哥", "婆婆", "姪女",
           "小姑", "三叔公")
# fmt: on


def zh_full(rng: random.Random) -> tuple[str, list[str]]:
    roll = rng.random()
    if roll < 0.06:
        dot = rng.choice(("．", "‧", "・"))
        name = rng.choice(ZH3_INDIGENOUS_GIVEN) + dot + rng.choice(ZH3_INDIGENOUS_FAMILY)
        return name, ["h3_zh_indigenous"]
    given = rng.choice(ZH3_GIVEN_A) + rng.choice(ZH3_GIVEN_B)
    if rng.random() < 0.15:
        given = rng.choice(ZH3_GIVEN_A + ZH3_GIVEN_B)
    if roll < 0.16:
        surname, classes = rng.choice(ZH3_COMPOUND), ["h3_zh_compound"]
    elif roll < 0.34:
        surname, classes = rng.choice(ZH3_RARE), ["h3_zh_rare"]
    elif roll < 0.44 and len(given) == 2:  # 冠夫姓: the husband's surname before her own
        surname, classes = rng.choice(ZH3_COMMON) + rng.choice(ZH3_COMMON), ["h3_zh_married"]
    else:
        surname, classes = rng.choice(ZH3_COMMON), []
    name = surname + given
    return name, [*classes, f"h3_zh_len{len(name)}"]


def zh(rng: random.Random, lang: str) -> Value:
    name, classes = zh_full(rng)
    return pii("PERSON", name, *classes)


def zh_title(rng: random.Random, lang: str) -> Value:
    """林宥辰先生, 歐陽靜醫師: the title after the name stays outside."""
    name, classes = zh_full(rng)
    return pii("PERSON", name, *classes, "h3_zh_title", after=rng.choice(ZH3_TITLES))


def zh_kin(rng: random.Random, lang: str) -> Value:
    """我二舅陳建宏: the kinship word before the name stays outside."""
    name, classes = zh_full(rng)
    cue = rng.choice(("", "", "我", "我家")) + rng.choice(ZH3_KIN)
    return pii("PERSON", name, *classes, "h3_zh_kin", before=cue)


# Romanised Taiwanese names (Wade-Giles and its cousins), as passports and e-mails write them
# fmt: off
TW3_FAMILY = ("Tsai", "Hsu", "Kao", "Chien", "Su", "Yeh", "Chuang", "Lu", "Chiang", "Ho", "Hsiao",
              "Lo", "Pan", "Chung", "Peng", "Shih", "Weng", "Tu", "Fang", "Hou")
TW3_GIVEN = ("Yi-Ting", "Po-Han", "Hsin-Yi", "Cheng-En", "Chia-Jung", "Tzu-Hsuan", "Yu-Hsiang",
             "Pin-Yu", "Chien-Hung", "Shu-Ching", "Wei-Lun", "I-Chen")
TW3_ENGLISH = ("Jessie", "Vincent", "Sandy", "Ivan", "Gina", "Howard", "Zoe", "Allen", "Phoebe",
               "Sean", "Ariel", "Benson")
TWROM_STYLES = ("hyphen_gf", "hyphen_fg", "lower_hyphen", "joined", "spaced", "passport",
                "english", "english_both", "english_initials")
# fmt: on


def tw_rom(rng: random.Random, lang: str) -> Value:
    f, g, e = rng.choice(TW3_FAMILY), rng.choice(TW3_GIVEN), rng.choice(TW3_ENGLISH)
    style = rng.choice(TWROM_STYLES)
    a, b = g.split("-")
    name = {
        "hyphen_gf": f"{g} {f}",
        "hyphen_fg": f"{f} {g}",
        "lower_hyphen": f"{f} {a}-{b.lower()}",
        "joined": f"{a}{b.lower()} {f}",
        "spaced": f"{a} {b} {f}",
        "passport": f"{f.upper()}, {g.upper()}",
        "english": f"{e} {f}",
        "english_both": f"{e} {g} {f}",
        "english_initials": f"{e} {a[0]}.{b[0]}. {f}",
    }[style]
    return pii("PERSON", name, f"h3_twrom_{style}")


CLASSES = frozenset(
    {f"h3_name_{x}" for x in LOCALES3}
    | {"h3_name_particle", "h3_name_hyphen", "h3_name_single", "h3_given", "h3_mention"}
    | {f"h3_formal_{s}" for s in FORMAL_STYLES}
    | {"h3_cue_prefix", "h3_cue_suffix", "h3_cue_family", "h3_name_list"}
    | {"h3_zh_indigenous", "h3_zh_compound", "h3_zh_rare", "h3_zh_married", "h3_zh_title"}
    | {"h3_zh_kin", "h3_zh_len2", "h3_zh_len3", "h3_zh_len4"}
    | {f"h3_twrom_{s}" for s in TWROM_STYLES}
)

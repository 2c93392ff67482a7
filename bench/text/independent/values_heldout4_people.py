"""Latin-script person names of the `heldout4` split (session 7), written from scratch: names of
nineteen locales in every order a person or a system writes them, initialled and titled forms,
Indonesian mononyms, Dutch particles, Spanish and Brazilian double surnames, Korean hyphenated
given names. Chinese and romanised Taiwanese names live in values_heldout4_zh.py.

Gold conventions beyond __init__.py's: a title before a name (Dr., Mrs, Engr., Atty., Hj.) and a
suffix after a Chinese name (先生, 經理, 老師) stay outside; initials that are part of the name
("R. Venkatesh", "Garrett J. Whitlock", "Y.T. Lin") are inside; a "Family, Given" name is one span.
"""

from __future__ import annotations

import random
import unicodedata

from bench.text.independent import values_heldout4_zh as zhn
from bench.text.independent.build import Seg, Value, pii

# locale -> (given names, family names); own lists, not the other splits'
# fmt: off
LATIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("Harriet", "Callum", "Bethany", "Declan", "Imogen", "Rhys", "Shauna", "Wyatt",
            "Tamsin", "Garrett", "Philippa", "Lachlan"),
           ("Pemberton", "O'Sullivan", "McAllister", "Fairweather", "Whitlock", "Ashdown",
            "Brennan", "Thistlethwaite", "Hargreave", "Kettering", "Llewellyn")),
    "fr": (("Guillaume", "Séverine", "Anne-Laure", "Jean-Baptiste", "Margaux", "Thibault",
            "Élodie", "Benoît", "Maëlle"),
           ("Lefèvre", "Moreau", "Dubois-Lacroix", "Rousseau", "Girard", "Chevalier", "Lemaire")),
    "es": (("José Luis", "María del Carmen", "Alejandro", "Lucía", "Javier", "Inmaculada",
            "Iñigo", "Begoña", "Rocío"),
           ("Fernández Ruiz", "López de la Fuente", "Martínez-Soler", "Rodríguez Villalobos",
            "Sánchez Olmedo", "Gutiérrez Pardo", "Navarro Ibáñez")),
    "br": (("João Pedro", "Ana Beatriz", "Thiago", "Larissa", "Gustavo", "Fernanda", "Rafael",
            "Juliana", "Maria Eduarda"),
           ("da Silva Santos", "Oliveira", "Pereira da Costa", "Souza Lima", "Carvalho",
            "dos Santos", "Ferreira Gomes", "Rocha de Almeida")),
    "ar": (("Mohammed", "Fatima", "Abdullah", "Layla", "Omar", "Yousef", "Mariam", "Khalid",
            "Noura", "Hamza", "Rania"),
           ("Al-Farsi", "Haddad", "Al-Mansouri", "El-Sayed", "Nasser", "Abdelrahman",
            "Al Zahrani", "Khoury", "bin Saleh", "Mahmoud")),
    "th": (("Somchai", "Kittipong", "Nattapong", "Supaporn", "Waraporn", "Anucha", "Pimchanok",
            "Thanawat", "Chayanin", "Kanokwan"),
           ("Srisawat", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Phongphaew", "Boonmee",
            "Kaewmanee", "Suksawat", "Jirasakul")),
    "id": (("Dewi", "Agus", "Rizky", "Putri", "Budi", "Ayu", "Fajar", "Indah"),
           ("Lestari", "Pratama", "Anggraini", "Santoso", "Wijaya", "Kusuma", "Hidayat",
            "Nugroho")),
    "in": (("Aarav", "Priyanka", "Venkatesh", "Lakshmi", "Sandeep", "Ananya", "Rohit",
            "Kavitha", "Harpreet", "Deepika", "Srinivas"),
           ("Iyer", "Chatterjee", "Reddy", "Nair", "Kulkarni", "Bhattacharya", "Menon",
            "Deshpande", "Gill", "Raghavan", "Patil")),
    "ph": (("Maria Cristina", "Jose Miguel", "Rowena", "Jericho", "Lourdes", "Mark Anthony",
            "Rhea", "Angelito", "Joy"),
           ("Dela Cruz", "Villanueva", "Bautista", "Macaraeg", "Santiago", "Magbanua",
            "Del Rosario", "Soriano")),
    "vi": (("Lan", "Hùng", "Tuấn", "Hương", "Quang", "Thảo", "Phúc", "Linh", "Dũng", "Anh"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ")),
    "ke": (("Wanjiru", "Otieno", "Achieng", "Kiprotich", "Njeri", "Chebet", "Kamau", "Atieno",
            "Wafula", "Nyambura"),
           ("Ochieng", "Kariuki", "Mutua", "Njoroge", "Kipchoge", "Odhiambo", "Karanja",
            "Cheruiyot", "Wambui")),
    "ng": (("Chukwuemeka", "Oluwaseun", "Ngozi", "Babatunde", "Adaeze", "Folake", "Ifeanyi",
            "Temitope", "Chiamaka", "Yetunde"),
           ("Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu", "Ogunleye", "Abubakar", "Okafor",
            "Adebayo")),
    "ko": (("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yoon", "Soo-ah", "Jae-won",
            "Ye-jin", "Hyun-woo", "Eun-ji"),
           ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Seo", "Shin")),
    "ru": (("Dmitri", "Anastasia", "Sergei", "Svetlana", "Alexei", "Tatiana", "Nikolai",
            "Yekaterina"),
           ("Volkov", "Kuznetsova", "Morozov", "Lebedeva", "Sokolov", "Zakharova", "Orlov")),
    "uk": (("Oleksandr", "Yulia", "Mykola", "Bohdan", "Kateryna", "Iryna", "Volodymyr",
            "Oksana"),
           ("Shevchenko", "Bondarenko", "Kovalenko", "Tkachuk", "Melnyk", "Hrytsenko",
            "Savchuk")),
    "pl": (("Agnieszka", "Krzysztof", "Małgorzata", "Łukasz", "Wojciech", "Katarzyna",
            "Grzegorz", "Zofia", "Jędrzej"),
           ("Wiśniewski", "Kowalczyk", "Zieliński", "Wójcik", "Lewandowska", "Szymańska",
            "Dąbrowski", "Grabowski")),
    "tr": (("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Oğuz", "Gülşen", "Mustafa",
            "İrem"),
           ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Kılıç")),
    "de": (("Jürgen", "Annika", "Friedrich", "Lena", "Matthias", "Henrike", "Tobias", "Sabine"),
           ("Schröder", "Baumgartner", "Hoffmann", "Weißenberg", "Krüger", "Kühn",
            "Lehmann-Brandt", "Vogel")),
    "nl": (("Sanne", "Joris", "Maarten", "Femke", "Thijs", "Ilse", "Bram", "Lotte", "Wouter"),
           ("van den Berg", "de Vries", "van der Meer", "ter Horst", "van Dijk", "de Jong",
            "Bakker", "Visser", "van 't Hof")),
}
# fmt: on
LOCALES = tuple(LATIN)
_VI_MIDDLE = ("Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh")
# fmt: off
_ID_MONO = ("Wahyudi", "Suharti", "Bambang", "Yuliani", "Sutrisno", "Rahmawati", "Hartono",
            "Purnomo", "Sumarni")
# fmt: on
_RU_PATRONYMIC = ("Alekseyevich", "Ivanovna", "Petrovich", "Sergeyevna", "Andriyovych")
ORDERS = ("gf", "mid", "family_caps", "inverted", "caps", "family_first", "mono", "patronymic")
_TITLES = ("Dr. ", "Dr ", "Prof. ", "Engr. ", "Atty. ", "Hj. ", "Capt. ", "Mx. ", "Rev. ", "Sgt. ")


def _cap_particle(family: str) -> str:
    """Dutch particles are capitalised when no given name comes first (Van den Berg)."""
    return family[0].upper() + family[1:]


def latin_parts(rng: random.Random, locale: str) -> tuple[str, str]:
    given, family = LATIN[locale]
    return rng.choice(given), rng.choice(family)


def latin(rng: random.Random, locale: str | None = None, order: str | None = None):
    """(text, locale, order): a Latin-script name."""
    locale = locale or rng.choice(LOCALES)
    given, family = latin_parts(rng, locale)
    if order is None:
        order = rng.choices(("gf", "mid", "family_first", "patronymic"), (14, 4, 2, 1))[0]
    if locale == "id" and (order == "mono" or rng.random() < 0.35):
        return rng.choice(_ID_MONO), locale, "mono"
    if order == "mono":
        order = "gf"
    if locale == "vi":
        middle = rng.choice(_VI_MIDDLE)
        if rng.random() < 0.25:  # written without diacritics on a foreign form
            family, middle, given = (_plain_vi(x) for x in (family, middle, given))
        if order in ("gf", "family_first", "patronymic"):
            return f"{family} {middle} {given}", locale, "family_first"
        if order == "mid":
            return f"{given} {family}", locale, "gf"
    if locale == "ko" and order in ("family_first", "patronymic"):
        return f"{family} {given}", locale, "family_first"
    if order == "patronymic" and locale == "ru":
        return f"{given} {rng.choice(_RU_PATRONYMIC)} {family}", locale, order
    if order in ("family_first", "patronymic"):
        order = "gf"
    if order == "gf":
        return f"{given} {family}", locale, order
    if order == "mid":
        initial = rng.choice("ABCDEFGHJKLMNPRSTW")
        return f"{given} {initial}. {family}", locale, order
    if order == "family_caps":
        return f"{family.upper()} {given}", locale, order
    if order == "inverted":
        if locale == "nl" and rng.random() < 0.5:  # Berg, Sanne van den
            words = family.split()
            return f"{words[-1]}, {given} {' '.join(words[:-1])}".strip(), locale, order
        return f"{_cap_particle(family)}, {given}", locale, order
    return f"{given} {family}".upper(), locale, "caps"


def _plain_vi(text: str) -> str:
    """Vietnamese without its diacritics, as typed on a foreign form."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in bare if not unicodedata.combining(c))


def _tags(locale: str, order: str) -> tuple[str, ...]:
    return (f"latin_{locale}", f"h4_latin_{locale}", f"h4_order_{order}")


def person(rng: random.Random, lang: str) -> Value:
    """A Latin-script name as people write it in prose."""
    text, locale, order = latin(rng)
    return pii("PERSON", text, *_tags(locale, order))


def formal(rng: random.Random, lang: str) -> Value:
    """As a system, an airline or a register writes it: FAMILY Given, Family, Given, CAPS."""
    text, locale, order = latin(rng, order=rng.choice(("family_caps", "inverted", "caps")))
    return pii("PERSON", text, *_tags(locale, order))


def given(rng: random.Random, lang: str) -> Value:
    locale = rng.choice(LOCALES)
    pool = _ID_MONO if locale == "id" and rng.random() < 0.4 else LATIN[locale][0]
    text = rng.choice(pool)
    return pii("PERSON", text, f"latin_{locale}", "h4_given")


def initialled(rng: random.Random, lang: str) -> Value:
    """R. Venkatesh, K. S. Lakshmi, J.-B. Moreau, M. C. Dela Cruz: initials inside the span."""
    locale = rng.choice(("in", "in", "fr", "ph", "en", "ng"))
    given_name, family = latin_parts(rng, locale)
    if locale == "in" and rng.random() < 0.5:  # South Indian: initials then the given name
        text = f"{rng.choice('KRSVMP')}. {rng.choice('KRSVMPAN')}. {given_name}"
    elif "-" in given_name:
        text = ".-".join(part[0] for part in given_name.split("-")) + f". {family}"
    else:
        text = " ".join(part[0] + "." for part in given_name.split()) + f" {family}"
    return pii("PERSON", text, f"latin_{locale}", "h4_initialled")


def titled(rng: random.Random, lang: str) -> Value:
    title = rng.choice(_TITLES)
    text, locale, order = latin(rng, order=rng.choice(("gf", "gf", "mid")))
    if rng.random() < 0.4 and locale not in ("id", "vi"):  # Dr Okafor: the family name alone
        text = _cap_particle(latin_parts(rng, locale)[1])
    return pii("PERSON", text, *_tags(locale, order), "h4_titled", before=title)


_JOINERS = (", ", "; ", " / ", " & ", "\n- ")


def names(rng: random.Random, lang: str) -> Value:
    """2-4 Latin names, each its own span, joined as people list them."""
    joiner = rng.choice(_JOINERS)
    segs: list[Seg] = []
    classes = ["h4_name_list"]
    count = rng.randint(2, 4)
    for i in range(count):
        text, locale, order = latin(rng, order=rng.choice(("gf", "gf", "mid", "family_caps")))
        if i:
            last = i == count - 1 and joiner == ", " and rng.random() < 0.5
            segs.append(Seg(" and " if last else joiner))
        segs.append(Seg(text, "PERSON"))
        classes += _tags(locale, order)
    if joiner == "\n- ":
        segs.insert(0, Seg("- "))
    return Value(tuple(segs), tuple(classes))


def any_name(rng: random.Random, lang: str) -> Value:
    """Latin in en, Chinese in zh, either (or romanised) in mixed."""
    if lang == "zh" or (lang == "mixed" and rng.random() < 0.45):
        return zhn.zh(rng, lang)
    if lang == "mixed" and rng.random() < 0.3:
        return zhn.tw_rom(rng, lang)
    return person(rng, lang)


CLASSES = frozenset(
    {f"h4_latin_{x}" for x in LOCALES}
    | {f"h4_order_{x}" for x in ORDERS}
    | {"h4_given", "h4_initialled", "h4_titled", "h4_name_list"}
)

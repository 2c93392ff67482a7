"""Person names of the `heldout5` split (session 9), written from scratch: Latin-script names of
twenty locales with no cue word, in the shapes people type them (given-family, family-first, ALL
CAPS, "Family, Given", initials, a given name alone, a title outside the span, lists), Chinese
names after interjections, kinship and role words, and romanised Taiwanese names.

Every generator takes (rng, lang) and returns a `Value`. The tags `latin_<locale>`, `zh_*` are the
corpus's required value classes; `h5_*` tags name the shape drawn (CLASSES lists all of them).
Gold: the name alone; titles, cue, kinship and role words stay outside the span (__init__.py).
"""

from __future__ import annotations

import random

from bench.text.independent.build import Seg, Value

# --- Latin-script names: (given names, family names) per locale -------------------------------
LATIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        (
            "Oliver",
            "Hannah",
            "Declan",
            "Megan",
            "Tyler",
            "Brianna",
            "Callum",
            "Imogen",
            "Wyatt",
            "Courtney",
            "Rhys",
            "Shannon",
            "Garrett",
            "Felicity",
            "Duncan",
            "Tamsin",
            "Brett",
            "Kayleigh",
            "Malcolm",
            "Harriet",
            "Trevor",
            "Natalie",
            "Owen",
            "Bethany",
        ),
        (
            "Whitfield",
            "Hargreaves",
            "Pemberton",
            "Caldwell",
            "Ashworth",
            "McAllister",
            "Thornton",
            "Brennan",
            "Galloway",
            "Fairbanks",
            "Holloway",
            "Kingsley",
            "Oakes",
            "Prescott",
            "Rowland",
            "Sutcliffe",
            "Underwood",
            "Winslow",
            "Yardley",
            "Blackwood",
            "Crenshaw",
            "Dunmore",
            "O'Sullivan",
            "Fitzgerald",
        ),
    ),
    "id": (
        (
            "Budi",
            "Sri",
            "Agus",
            "Dewi",
            "Wahyu",
            "Rina",
            "Eko",
            "Fitri",
            "Joko",
            "Lestari",
            "Hendra",
            "Ayu",
            "Bambang",
            "Putri",
            "Arief",
            "Indah",
            "Yusuf",
            "Ratna",
            "Dimas",
            "Wulan",
        ),
        (
            "Santoso",
            "Wijaya",
            "Pratama",
            "Hidayat",
            "Kusuma",
            "Saputra",
            "Gunawan",
            "Setiawan",
            "Nugroho",
            "Wibowo",
            "Susanto",
            "Halim",
            "Siregar",
            "Nasution",
            "Simanjuntak",
            "Hutagalung",
            "Purnomo",
            "Rahmawati",
            "Sihombing",
            "Tanoto",
        ),
    ),
    "in": (
        (
            "Aarav",
            "Priya",
            "Rohan",
            "Ananya",
            "Vikram",
            "Kavya",
            "Siddharth",
            "Meera",
            "Arjun",
            "Divya",
            "Karthik",
            "Lakshmi",
            "Rahul",
            "Sneha",
            "Venkatesh",
            "Pooja",
            "Harpreet",
            "Gurpreet",
            "Anjali",
            "Nikhil",
            "Shreya",
            "Aditya",
        ),
        (
            "Sharma",
            "Iyer",
            "Reddy",
            "Nair",
            "Banerjee",
            "Chatterjee",
            "Patel",
            "Deshpande",
            "Kulkarni",
            "Menon",
            "Pillai",
            "Subramanian",
            "Srinivasan",
            "Gupta",
            "Malhotra",
            "Chaudhary",
            "Joshi",
            "Bhattacharya",
            "Rao",
            "Singh",
            "Agarwal",
            "Krishnamurthy",
        ),
    ),
    "vi": (
        (
            "Anh",
            "Bảo",
            "Hà",
            "Hùng",
            "Lan",
            "Linh",
            "Long",
            "Mai",
            "Nam",
            "Phương",
            "Quân",
            "Tâm",
            "Thảo",
            "Trang",
            "Tuấn",
            "Vy",
            "Khoa",
            "Hiếu",
            "Duy",
            "Ngân",
        ),
        (
            "Nguyễn",
            "Trần",
            "Lê",
            "Phạm",
            "Hoàng",
            "Huỳnh",
            "Phan",
            "Vũ",
            "Võ",
            "Đặng",
            "Bùi",
            "Đỗ",
            "Hồ",
            "Ngô",
            "Dương",
            "Lý",
        ),
    ),
    "ph": (
        (
            "Jose",
            "Maria",
            "Angelito",
            "Rowena",
            "Jericho",
            "Marites",
            "Ronaldo",
            "Lorna",
            "Carlo",
            "Kristine",
            "Jun",
            "Maricel",
            "Rommel",
            "Jennylyn",
            "Dindo",
            "Analyn",
            "Bong",
            "Liza",
        ),
        (
            "dela Cruz",
            "Santos",
            "Reyes",
            "Bautista",
            "Villanueva",
            "Mendoza",
            "Aquino",
            "Mercado",
            "Ramos",
            "Castillo",
            "Manalo",
            "Tolentino",
            "Pascual",
            "Dimaculangan",
            "Macaraeg",
            "Salvador",
            "Soriano",
            "Dizon",
        ),
    ),
    "th": (
        (
            "Somchai",
            "Suda",
            "Anong",
            "Kittisak",
            "Pimchanok",
            "Nattapong",
            "Siriporn",
            "Wichai",
            "Ratchanee",
            "Thanawat",
            "Kanokwan",
            "Prasert",
            "Apinya",
            "Chaiwat",
            "Naree",
            "Supaporn",
        ),
        (
            "Srisuk",
            "Wongsawat",
            "Chaiyaporn",
            "Rattanakul",
            "Thongchai",
            "Boonyarat",
            "Phongsakorn",
            "Kaewmanee",
            "Sirisombat",
            "Jantarasuk",
            "Suwannarat",
            "Petchprasert",
            "Ruangsri",
            "Limpisawas",
            "Saetang",
            "Wattanasin",
        ),
    ),
    "fr": (
        (
            "Amélie",
            "Théo",
            "Léa",
            "Mathis",
            "Chloé",
            "Baptiste",
            "Inès",
            "Maxime",
            "Océane",
            "Gaëtan",
            "Solène",
            "Étienne",
            "Manon",
            "Rémi",
            "Clémence",
            "Yannick",
            "Hélène",
            "Jérôme",
            "Marie-Claire",
            "Jean-Baptiste",
        ),
        (
            "Lefèvre",
            "Moreau",
            "Girard",
            "Rousseau",
            "Fontaine",
            "Chevalier",
            "Gauthier",
            "Mercier",
            "Lemoine",
            "Dubois",
            "Faure",
            "Bonnet",
            "Perrin",
            "Marchand",
            "Garnier",
            "Leclerc",
            "Benoît",
            "Dupuis",
        ),
    ),
    "es": (
        (
            "Alejandro",
            "Lucía",
            "Javier",
            "Carmen",
            "Sergio",
            "Marta",
            "Diego",
            "Paula",
            "Iván",
            "Rocío",
            "Álvaro",
            "Nerea",
            "Gonzalo",
            "Inmaculada",
            "Rubén",
            "Ximena",
            "Mateo",
            "Valentina",
        ),
        (
            "García",
            "Fernández",
            "Martínez",
            "López",
            "Sánchez",
            "Romero",
            "Navarro",
            "Torres",
            "Domínguez",
            "Vázquez",
            "Ruiz",
            "Morales",
            "Ortega",
            "Castro",
            "Delgado",
            "Iglesias",
            "Gutiérrez",
            "Rubio",
        ),
    ),
    "ar": (
        (
            "Mohammed",
            "Fatima",
            "Omar",
            "Aisha",
            "Khalid",
            "Layla",
            "Youssef",
            "Mariam",
            "Tariq",
            "Noura",
            "Hamza",
            "Salma",
            "Ibrahim",
            "Rania",
            "Abdullah",
            "Huda",
            "Karim",
            "Yasmin",
            "Bilal",
            "Samira",
        ),
        (
            "Al-Rashid",
            "Haddad",
            "El-Sayed",
            "Mansour",
            "Khoury",
            "Al-Farsi",
            "Nasser",
            "Hussein",
            "Saleh",
            "Qureshi",
            "Abdelrahman",
            "Al-Harbi",
            "Darwish",
            "Zayed",
            "Suleiman",
            "Al-Amin",
            "Ben Youssef",
            "Barakat",
        ),
    ),
    "tr": (
        (
            "Emre",
            "Zeynep",
            "Burak",
            "Elif",
            "Mehmet",
            "Ayşe",
            "Cem",
            "Deniz",
            "Oğuz",
            "Gül",
            "Serkan",
            "Esra",
            "Barış",
            "Şule",
            "Kaan",
            "Ebru",
            "Yiğit",
            "İrem",
        ),
        (
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
            "Kılıç",
            "Aslan",
            "Çetin",
            "Kurt",
            "Özdemir",
            "Koç",
            "Şimşek",
            "Güneş",
        ),
    ),
    "ng": (
        (
            "Chinedu",
            "Ngozi",
            "Oluwaseun",
            "Adaeze",
            "Emeka",
            "Funmilayo",
            "Tunde",
            "Chiamaka",
            "Ifeanyi",
            "Yetunde",
            "Obinna",
            "Halima",
            "Babatunde",
            "Nkechi",
            "Uche",
            "Temitope",
            "Kelechi",
            "Folake",
        ),
        (
            "Okafor",
            "Adeyemi",
            "Nwosu",
            "Okonkwo",
            "Balogun",
            "Eze",
            "Adebayo",
            "Ogunleye",
            "Chukwu",
            "Abubakar",
            "Olawale",
            "Nwachukwu",
            "Ibekwe",
            "Adeleke",
            "Okeke",
            "Bello",
            "Onyekachi",
            "Afolabi",
        ),
    ),
    "ke": (
        (
            "Wanjiru",
            "Kamau",
            "Achieng",
            "Otieno",
            "Njeri",
            "Kiprop",
            "Wambui",
            "Mutua",
            "Akinyi",
            "Kibet",
            "Nyambura",
            "Omondi",
            "Chebet",
            "Wekesa",
            "Moraa",
            "Atieno",
            "Korir",
            "Grace",
            "Brian",
            "Faith",
        ),
        (
            "Mwangi",
            "Ochieng",
            "Kariuki",
            "Odhiambo",
            "Njoroge",
            "Wafula",
            "Kiprono",
            "Mutiso",
            "Onyango",
            "Kimani",
            "Wanyama",
            "Cheruiyot",
            "Macharia",
            "Nyaga",
            "Rotich",
            "Gitau",
            "Barasa",
            "Kamau",
        ),
    ),
    "pl": (
        (
            "Łukasz",
            "Agnieszka",
            "Krzysztof",
            "Małgorzata",
            "Paweł",
            "Katarzyna",
            "Tomasz",
            "Joanna",
            "Grzegorz",
            "Zofia",
            "Michał",
            "Aleksandra",
            "Wojciech",
            "Ewa",
            "Bartosz",
            "Magdalena",
            "Jakub",
            "Dorota",
        ),
        (
            "Kowalczyk",
            "Wiśniewski",
            "Wójcik",
            "Kamiński",
            "Lewandowski",
            "Zieliński",
            "Szymański",
            "Woźniak",
            "Dąbrowski",
            "Kozłowski",
            "Jankowski",
            "Mazur",
            "Krawczyk",
            "Piotrowski",
            "Grabowski",
            "Nowakowski",
            "Pawłowski",
            "Michalski",
            "Wysocki",
        ),
    ),
    "br": (
        (
            "João",
            "Ana Clara",
            "Thiago",
            "Juliana",
            "Rafael",
            "Larissa",
            "Gustavo",
            "Camila",
            "Felipe",
            "Bruna",
            "Leonardo",
            "Beatriz",
            "Vinícius",
            "Letícia",
            "Matheus",
            "Fernanda",
            "Caio",
            "Gabriela",
        ),
        (
            "da Silva",
            "dos Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Carvalho",
            "Almeida",
            "Ferreira",
            "Ribeiro",
            "Gomes",
            "Rodrigues",
            "Barbosa",
            "Nascimento",
            "Lima",
            "Araújo",
            "Cavalcanti",
            "Moura",
            "Teixeira",
        ),
    ),
    "de": (
        (
            "Lukas",
            "Annika",
            "Florian",
            "Katrin",
            "Jörg",
            "Sabine",
            "Maximilian",
            "Svenja",
            "Dirk",
            "Ulrike",
            "Tobias",
            "Franziska",
            "Henrik",
            "Birgit",
        ),
        (
            "Schneider",
            "Becker",
            "Hoffmann",
            "Schäfer",
            "Koch",
            "Richter",
            "Wagner",
            "Bauer",
            "Krüger",
            "Lehmann",
            "Schwarz",
            "Zimmermann",
            "Brandt",
            "Vogel",
        ),
    ),
    "it": (
        (
            "Giulia",
            "Matteo",
            "Francesca",
            "Lorenzo",
            "Chiara",
            "Alessandro",
            "Federica",
            "Davide",
            "Martina",
            "Stefano",
            "Ilaria",
            "Tommaso",
        ),
        (
            "Bianchi",
            "Esposito",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
            "De Luca",
            "Mancini",
            "Lombardi",
        ),
    ),
    "ru": (
        (
            "Dmitri",
            "Anastasia",
            "Sergei",
            "Ekaterina",
            "Alexei",
            "Olga",
            "Nikolai",
            "Svetlana",
            "Ivan",
            "Yulia",
            "Pavel",
            "Irina",
        ),
        (
            "Ivanov",
            "Petrov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Sokolov",
            "Volkov",
            "Morozov",
            "Lebedev",
            "Novikov",
            "Fedorov",
            "Orlov",
            "Belyaev",
            "Ilyin",
        ),
    ),
    "my": (
        (
            "Ahmad",
            "Nurul",
            "Siti",
            "Muhammad Faiz",
            "Farah",
            "Hafiz",
            "Aminah",
            "Zulkifli",
            "Nur Aisyah",
            "Syafiq",
            "Izzati",
            "Haziq",
        ),
        (
            "Ismail",
            "Hassan",
            "Kamarudin",
            "Abdullah",
            "Rahman",
            "Othman",
            "Yusof",
            "Ibrahim",
            "Salleh",
            "Mahmud",
            "Harun",
            "Zainal",
        ),
    ),
    "ko": (
        (
            "Min-jun",
            "Seo-yeon",
            "Ji-hoon",
            "Ha-eun",
            "Do-yoon",
            "Su-bin",
            "Jae-won",
            "Yu-na",
            "Hyun-woo",
            "Ji-min",
        ),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo"),
    ),
    "ja": (
        (
            "Haruto",
            "Yui",
            "Sota",
            "Aoi",
            "Ren",
            "Hina",
            "Kaito",
            "Sakura",
            "Yuto",
            "Mei",
            "Takumi",
            "Nanami",
        ),
        (
            "Tanaka",
            "Suzuki",
            "Takahashi",
            "Watanabe",
            "Ito",
            "Yamamoto",
            "Nakamura",
            "Kobayashi",
            "Kato",
            "Yoshida",
            "Matsumoto",
            "Inoue",
        ),
    ),
}
LOCALES = tuple(LATIN)
# given names of women (titles, bin / binti, Polish and Russian surname endings agree with them)
FEMALE = frozenset(
    {
        "Hannah",
        "Megan",
        "Brianna",
        "Imogen",
        "Courtney",
        "Shannon",
        "Felicity",
        "Tamsin",
        "Kayleigh",
        "Harriet",
        "Natalie",
        "Bethany",
        "Sri",
        "Dewi",
        "Rina",
        "Fitri",
        "Lestari",
        "Ayu",
        "Putri",
        "Indah",
        "Ratna",
        "Wulan",
        "Priya",
        "Ananya",
        "Kavya",
        "Meera",
        "Divya",
        "Lakshmi",
        "Sneha",
        "Pooja",
        "Anjali",
        "Shreya",
        "Maria",
        "Rowena",
        "Marites",
        "Lorna",
        "Kristine",
        "Maricel",
        "Jennylyn",
        "Analyn",
        "Liza",
        "Suda",
        "Anong",
        "Pimchanok",
        "Siriporn",
        "Ratchanee",
        "Kanokwan",
        "Apinya",
        "Naree",
        "Supaporn",
        "Amélie",
        "Léa",
        "Chloé",
        "Inès",
        "Océane",
        "Solène",
        "Manon",
        "Clémence",
        "Hélène",
        "Marie-Claire",
        "Lucía",
        "Carmen",
        "Marta",
        "Paula",
        "Rocío",
        "Nerea",
        "Inmaculada",
        "Ximena",
        "Valentina",
        "Fatima",
        "Aisha",
        "Layla",
        "Mariam",
        "Noura",
        "Salma",
        "Rania",
        "Huda",
        "Yasmin",
        "Samira",
        "Zeynep",
        "Elif",
        "Ayşe",
        "Gül",
        "Esra",
        "Şule",
        "Ebru",
        "İrem",
        "Ngozi",
        "Adaeze",
        "Funmilayo",
        "Chiamaka",
        "Yetunde",
        "Halima",
        "Nkechi",
        "Temitope",
        "Folake",
        "Wanjiru",
        "Achieng",
        "Njeri",
        "Wambui",
        "Akinyi",
        "Nyambura",
        "Chebet",
        "Moraa",
        "Atieno",
        "Grace",
        "Faith",
        "Agnieszka",
        "Małgorzata",
        "Katarzyna",
        "Joanna",
        "Zofia",
        "Aleksandra",
        "Ewa",
        "Magdalena",
        "Dorota",
        "Ana Clara",
        "Juliana",
        "Larissa",
        "Camila",
        "Bruna",
        "Beatriz",
        "Letícia",
        "Fernanda",
        "Gabriela",
        "Annika",
        "Katrin",
        "Sabine",
        "Svenja",
        "Ulrike",
        "Franziska",
        "Birgit",
        "Giulia",
        "Francesca",
        "Chiara",
        "Federica",
        "Martina",
        "Ilaria",
        "Anastasia",
        "Ekaterina",
        "Olga",
        "Svetlana",
        "Yulia",
        "Irina",
        "Nurul",
        "Siti",
        "Farah",
        "Aminah",
        "Nur Aisyah",
        "Izzati",
        "Seo-yeon",
        "Ha-eun",
        "Su-bin",
        "Yu-na",
        "Ji-min",
        "Yui",
        "Aoi",
        "Hina",
        "Sakura",
        "Mei",
        "Nanami",
        "Lan",
        "Mai",
        "Phương",
        "Thảo",
        "Trang",
        "Vy",
        "Ngân",
        "Hà",
        "Linh",
    }
)
_MONO_ID = ("Suharti", "Sutrisno", "Mulyadi", "Sukarni", "Purwanti", "Slamet", "Wagiman", "Sumiati")


def _agree(locale: str, family: str, female: bool) -> str:
    """Polish -ski/-cki and Russian -ov/-ev/-in surnames take the woman's ending."""
    if not female:
        return family
    if locale == "pl":
        for end, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if family.endswith(end):
                return family[: -len(end)] + fem
    if locale == "ru":
        for end in ("ov", "ev", "in"):
            if family.endswith(end):
                return family + "a"
    return family


# names people rarely type with diacritics in chat: the ASCII spellings, same people
_PLAIN_VI = str.maketrans(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐ",
    "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydD",
)
_MIDDLE_VI = ("Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Hữu", "Thanh", "Đức", "Gia")
# locale -> (a man's titles, a woman's titles); "Dr." and the like are in both
TITLES = {
    "en": (("Mr. ", "Mr ", "Dr. ", "Prof. "), ("Ms. ", "Mrs. ", "Ms ", "Dr ", "Prof. ")),
    "fr": (("M. ", "Dr "), ("Mme ", "Dr ")),
    "es": (("Sr. ", "Dr. "), ("Sra. ", "Dra. ")),
    "id": (("Bapak ", "Pak "), ("Ibu ", "Bu ")),
    "in": (("Shri ", "Dr. "), ("Smt. ", "Dr. ")),
    "de": (("Herr ", "Dr. "), ("Frau ", "Dr. ")),
    "tr": (("Sayın ",), ("Sayın ",)),
    "th": (("Khun ",), ("Khun ",)),
    "ph": (("Atty. ", "Engr. ", "Mr. "), ("Atty. ", "Engr. ", "Ms. ")),
}


def _pick_locale(rng: random.Random) -> str:
    return rng.choice(LOCALES)


def _parts(rng: random.Random, locale: str) -> tuple[str, str, str]:
    """(given, family, written in the locale's usual order)."""
    givens, families = LATIN[locale]
    given, family = rng.choice(givens), rng.choice(families)
    female = given in FEMALE
    family = _agree(locale, family, female)
    if locale == "vi":
        middle = rng.choice(_MIDDLE_VI)
        full = f"{family} {middle} {given}"
        if rng.random() < 0.35:
            full, given, family = (s.translate(_PLAIN_VI) for s in (full, given, family))
        return given, family, full
    if locale == "es" and rng.random() < 0.5:
        second = rng.choice([f for f in families if f != family])
        return given, f"{family} {second}", f"{given} {family} {second}"
    if locale == "ph" and rng.random() < 0.45:
        middle = rng.choice("ABCDGLMPRSTV")
        return given, family, f"{given} {middle}. {family}"
    if locale == "ke" and rng.random() < 0.4:
        other = rng.choice(families)
        if other != family:
            return given, family, f"{given} {other} {family}"
    if locale == "my":
        return given, family, f"{given} {'binti' if female else 'bin'} {family}"
    if locale == "id" and rng.random() < 0.2:
        mono = rng.choice(_MONO_ID)
        return mono, mono, mono
    if locale == "ar" and rng.random() < 0.25 and not female:
        father = rng.choice(("Ahmad", "Saeed", "Hassan", "Ali", "Mahmoud"))
        return given, family, f"{given} bin {father} {family}"
    if locale in ("ko", "ja") and rng.random() < 0.5:
        return given, family, f"{family} {given}"
    if locale == "br" and rng.random() < 0.4:
        extra = rng.choice([f for f in families if f != family and " " not in f])
        return given, family, f"{given} {extra} {family}"
    return given, family, f"{given} {family}"


def _one(text: str, *classes: str) -> Value:
    return Value((Seg(text, "PERSON"),), classes)


def person(rng: random.Random, lang: str) -> Value:
    """Given + family in the locale's order, no cue word."""
    locale = _pick_locale(rng)
    _g, _f, full = _parts(rng, locale)
    return _one(full, f"latin_{locale}", "h5_name_plain")


def caps(rng: random.Random, lang: str) -> Value:
    """ALL CAPS, as on boarding passes, bank forms and labels: GIVEN FAMILY or FAMILY Given."""
    locale = _pick_locale(rng)
    given, family, full = _parts(rng, locale)
    text = full.upper() if rng.random() < 0.55 else f"{family.upper()} {given}"
    return _one(text, f"latin_{locale}", "h5_name_caps")


def inverted(rng: random.Random, lang: str) -> Value:
    """ "Family, Given" (one span), sometimes with the family in capitals."""
    locale = _pick_locale(rng)
    given, family, _full = _parts(rng, locale)
    if rng.random() < 0.3:
        family = family.upper()
    return _one(f"{family}, {given}", f"latin_{locale}", "h5_name_inverted")


def _initial(given: str) -> str:
    parts = given.replace("-", " - ").split()
    out = []
    for part in parts:
        out.append("-" if part == "-" else part[0] + ".")
    return "".join(out)


def initials(rng: random.Random, lang: str) -> Value:
    """A. Sharma, S. K. Reddy, J.-B. Lefèvre, Okafor N., N.O. Adeyemi."""
    locale = rng.choice(("en", "in", "fr", "ng", "pl", "de", "es", "ph", "ke", "it", "ru", "tr"))
    given, family, _ = _parts(rng, locale)
    first = _initial(given)
    shape = rng.randrange(4)
    if shape == 0:
        text = f"{first} {family}"
    elif shape == 1:
        second = rng.choice("ABDKMNRSV")
        text = f"{first} {second}. {family}"
    elif shape == 2:
        text = f"{family} {first}"
    else:
        second = rng.choice("ABDKMNRSV")
        text = f"{first}{second}. {family}"
    return _one(text, f"latin_{locale}", "h5_name_initials")


def given(rng: random.Random, lang: str) -> Value:
    """A given name alone (a sign-off, a greeting); in chat sometimes typed in lower case."""
    locale = _pick_locale(rng)
    name = rng.choice(LATIN[locale][0])
    if locale == "vi" and rng.random() < 0.5:
        name = name.translate(_PLAIN_VI)
    classes = [f"latin_{locale}", "h5_name_given"]
    if rng.random() < 0.15:
        name = name.lower()
        classes.append("h5_name_lower")
    return _one(name, *classes)


def titled(rng: random.Random, lang: str) -> Value:
    """Title + name; the title stays outside the span."""
    locale = rng.choice(sorted(TITLES))
    given_, family, full = _parts(rng, locale)
    title = rng.choice(TITLES[locale][given_ in FEMALE])
    name = family if rng.random() < 0.45 and locale not in ("id", "th") else full
    if locale in ("id", "th") and rng.random() < 0.5:
        name = given_
    return Value((Seg(title), Seg(name, "PERSON")), (f"latin_{locale}", "h5_name_titled"))


def names(rng: random.Random, lang: str) -> Value:
    """2-4 names, each its own span, joined as people write lists."""
    count = rng.choice((2, 2, 3, 4))
    segs: list[Seg] = []
    classes = ["h5_name_list"]
    joiner = rng.choice((", ", "; ", " / ", "、" if lang != "en" else ", "))
    for i in range(count):
        locale = _pick_locale(rng)
        _g, _f, full = _parts(rng, locale)
        classes.append(f"latin_{locale}")
        if i:
            last = i == count - 1
            sep = (
                rng.choice((" and ", " & ")) if last and joiner == ", " and lang == "en" else joiner
            )
            segs.append(Seg(sep))
        segs.append(Seg(full, "PERSON"))
    return Value(tuple(segs), tuple(classes))


def any_latin(rng: random.Random, lang: str) -> Value:
    """One of the Latin shapes above, weighted to the plain one."""
    pick = rng.random()
    if pick < 0.5:
        return person(rng, lang)
    if pick < 0.65:
        return caps(rng, lang)
    if pick < 0.8:
        return inverted(rng, lang)
    return initials(rng, lang)


CLASSES = frozenset(
    {
        "h5_name_plain",
        "h5_name_caps",
        "h5_name_inverted",
        "h5_name_initials",
        "h5_name_given",
        "h5_name_lower",
        "h5_name_titled",
        "h5_name_list",
    }
)

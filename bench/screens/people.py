"""Person names of many locales, composed here. Given-name pools alternate between the
splits (even entries for `dev`, odd for `test`), so test names are not dev names."""

from __future__ import annotations

import random

ZH_SURNAMES = (
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧"
    "梁趙顏柯翁魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫"
    "黎涂龔嚴韓袁金童陸夏柳邵錢伍倪溫于譚駱熊任甘秦顧毛章史官萬俞雷饒"
)
ZH_DOUBLE_SURNAMES = ("歐陽", "司馬", "諸葛", "上官", "張簡", "范姜")
ZH_GIVEN = (
    "志明偉豪家豪俊傑建宏冠宇承翰宗翰柏翰彥廷品睿宥辰昱廷子軒浩宇哲瑋信宏育誠國華振興文雄"
    "淑芬美玲雅婷怡君欣怡佳穎詩涵宜蓁語彤思妤子晴品妍芷萱靜宜惠如秀英麗華玉珍素貞佩君筱涵"
    "嘉玲家瑜婉婷郁婷心怡孟儒冠廷博文明道耀宗永福金龍阿水春嬌秋月雪芳蕙蘭瑞祥士傑鈞皓紹安"
)
EN_GIVEN = (
    "James",
    "Olivia",
    "Michael",
    "Emma",
    "Robert",
    "Ava",
    "David",
    "Sophia",
    "William",
    "Isabella",
    "Richard",
    "Mia",
    "Joseph",
    "Charlotte",
    "Thomas",
    "Amelia",
    "Daniel",
    "Harper",
    "Matthew",
    "Evelyn",
    "Anthony",
    "Abigail",
    "Mark",
    "Emily",
    "Steven",
    "Elizabeth",
    "Paul",
    "Grace",
    "Andrew",
    "Chloe",
    "Kevin",
    "Zoe",
    "Brian",
    "Nora",
    "Ethan",
    "Hannah",
)
EN_FAMILY = (
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Anderson",
    "Taylor",
    "Thomas",
    "Moore",
    "Martin",
    "Jackson",
    "Thompson",
    "White",
    "Harris",
    "Clark",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Hill",
    "Green",
)
# locale -> (given names, family names); family name first where the locale writes it so.
LOCALES: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "es": (("Alejandro", "Lucía", "Mateo", "Valentina", "Santiago", "Camila", "Diego",
            "Martina", "Javier", "Elena"), ("García", "Martínez", "Rodríguez", "López",
            "Hernández", "González", "Pérez", "Sánchez", "Ramírez", "Torres"), False),
    "de": (("Lukas", "Anna", "Felix", "Lena", "Jonas", "Marie", "Maximilian", "Sophie",
            "Tobias", "Laura"), ("Müller", "Schmidt", "Schneider", "Fischer", "Weber",
            "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz"), False),
    "fr": (("Louis", "Camille", "Hugo", "Manon", "Antoine", "Chloé", "Julien", "Inès",
            "Mathieu", "Océane"), ("Martin", "Bernard", "Dubois", "Thomas", "Robert",
            "Richard", "Petit", "Durand", "Leroy", "Moreau"), False),
    "vi": (("Anh", "Minh", "Thảo", "Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Quang"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"),
           True),
    "id": (("Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Hendra", "Ayu", "Fajar",
            "Wulan"), ("Santoso", "Wijaya", "Saputra", "Hidayat", "Kusuma", "Pratama",
            "Setiawan", "Gunawan", "Halim", "Nugroho"), False),
    "ph": (("Jose", "Maria", "Mark", "Kristine", "John Paul", "Angelica", "Ramon", "Joy",
            "Carlo", "Liza"), ("Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia",
            "Mendoza", "Aquino", "Villanueva", "Dela Cruz"), False),
    "ja": (("Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kaito", "Rin"),
           ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto",
            "Nakamura", "Kobayashi", "Kato"), False),
    "ko": (("Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Ji-woo", "Eun-ji",
            "Hyun-woo", "Soo-ah", "Jae-won"), ("Kim", "Lee", "Park", "Choi", "Jung", "Kang",
            "Cho", "Yoon", "Jang", "Lim"), False),
    "in": (("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Sneha",
            "Rahul", "Divya"), ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer",
            "Nair", "Mehta", "Rao"), False),
    "ar": (("Omar", "Layla", "Youssef", "Fatima", "Karim", "Amira", "Tariq", "Noor", "Hassan",
            "Salma"), ("Haddad", "Khalil", "Nasser", "Mansour", "Saleh", "Farouk", "Aziz",
            "Hamdan", "Rahman", "Qasim"), False),
    "tw": (("Chih-wei", "Shu-fen", "Chia-hao", "Ya-ting", "Kuan-yu", "Yi-chun", "Tsung-han",
            "Hsin-yi", "Po-han", "Pei-chun"), ("Chen", "Lin", "Huang", "Chang", "Lee", "Wang",
            "Wu", "Liu", "Tsai", "Hsu"), False),
}  # fmt: skip


def _half(items: tuple[str, ...] | str, split: str) -> list[str]:
    start = 0 if split == "dev" else 1
    return list(items[start::2])


def zh_name(rng: random.Random, split: str) -> str:
    surname = rng.choice(ZH_DOUBLE_SURNAMES) if rng.random() < 0.05 else rng.choice(ZH_SURNAMES)
    pool = _half(ZH_GIVEN, split)
    size = 1 if rng.random() < 0.15 else 2
    return surname + "".join(rng.choice(pool) for _ in range(size))


def latin_name(rng: random.Random, split: str) -> str:
    locale = rng.choice(["en", "en", *LOCALES])
    if locale == "en":
        given, family, family_first = EN_GIVEN, EN_FAMILY, False
    else:
        given, family, family_first = LOCALES[locale]
    first = rng.choice(_half(given, split))
    last = rng.choice(family)
    style = rng.random()
    if family_first:
        return f"{last} {rng.choice(_half(given, split))} {first}"
    if locale == "tw" and style < 0.4:
        return f"{last} {first}"
    if style < 0.12:
        return f"{last}, {first}"
    if style < 0.22:
        return f"{first[0]}. {last}"
    if style < 0.3:
        return f"{first} {rng.choice(_half(given, split))[0]}. {last}"
    return f"{first} {last}"


def person(rng: random.Random, split: str, lang: str) -> str:
    zh_share = {"zh": 0.85, "mixed": 0.5, "en": 0.1}[lang]
    return zh_name(rng, split) if rng.random() < zh_share else latin_name(rng, split)

"""Chinese and romanised Taiwanese names of the `heldout4` split (session 7), written from scratch:
names of two to four characters (compound surnames, rare surnames, a wife's surname before her
own), after kinship, role and interjection words or followed by a title (先生, 經理), nicknames
(阿X, 小X, doubled, 老X), lists joined by 、，和及與, and romanised names as on passports and
business cards (Lin Yu-ting, LIN, YU-TING, Kevin Lin, Y.T. Lin).

Gold: the name alone; the cue word or title stays outside; each name of a list is its own span.
"""

from __future__ import annotations

import random

from bench.text.independent.build import Seg, Value, pii

# --- Chinese names ---
_SURNAMES = tuple(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴"
)
_RARE = tuple("粘佘闕冼郜蒯亓覃逄仉")
_COMPOUND = ("歐陽", "司徒", "上官", "張簡", "范姜", "張廖", "諸葛", "端木")
# fmt: off
_GIVEN2 = ("雅婷", "怡君", "志明", "家豪", "俊傑", "淑芬", "美玲", "宗翰", "冠宇", "佩珊", "承恩",
           "品妤", "子晴", "宥廷", "柏翰", "詠晴", "思妤", "彥廷", "欣妤", "立偉", "建宏", "惠雯",
           "嘉玲", "育誠", "秀琴", "文雄", "麗華", "昱辰", "沛涵", "翊帆", "靜宜", "振宇")
# fmt: on
_GIVEN1 = tuple("傑婷明華強芳瑜翔偉萱慧豪")


def zh_name(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    roll = rng.random()
    if roll < 0.12:
        return rng.choice(_SURNAMES) + rng.choice(_GIVEN1), ("zh_2char", "h4_zh_2")
    if roll < 0.22:
        name = rng.choice(_COMPOUND) + rng.choice(_GIVEN2 + _GIVEN1)
        return name, ("zh_compound", f"zh_{len(name)}char", "h4_zh_compound")
    if roll < 0.30:  # a married woman's name with her husband's surname first (冠夫姓)
        name = rng.choice(_SURNAMES) + rng.choice(_SURNAMES) + rng.choice(_GIVEN2)
        return name, ("h4_zh_4", "h4_zh_spouse")
    if roll < 0.38:
        return rng.choice(_RARE) + rng.choice(_GIVEN2), (
            "zh_3char",
            "zh_rare_surname",
            "h4_zh_rare",
        )
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN2), ("zh_3char", "h4_zh_3")


def zh(rng: random.Random, lang: str) -> Value:
    name, classes = zh_name(rng)
    return pii("PERSON", name, *classes)


# fmt: off
_KIN = ("我媽", "我爸", "外婆", "表哥", "堂妹", "舅舅", "姑姑", "姊夫", "我老公", "我太太", "岳母",
        "大伯", "小阿姨", "乾媽", "弟媳", "表姊")
_ROLE_BEFORE = ("承辦人：", "聯絡人 ", "負責業務", "房東", "店長", "主治醫師", "指導教授", "里長",
                "值班護理師", "室友", "助理 ", "代理人：", "監護人", "保證人：", "班導")
# fmt: on
_ROLE_AFTER = ("先生", "小姐", "經理", "老師", "醫師", "律師", "主任", "襄理", "同學", "學姊")
_HEY = ("欸", "喂，", "哈囉 ", "嗨", "吼", "齁～", "唉唷", "欸欸 ", "@")


def zh_kin(rng: random.Random, lang: str) -> Value:
    name, classes = zh_name(rng)
    return pii("PERSON", name, *classes, "zh_cue_kinship", "h4_zh_kin", before=rng.choice(_KIN))


def zh_role(rng: random.Random, lang: str) -> Value:
    name, classes = zh_name(rng)
    if rng.random() < 0.5:
        cue = rng.choice(_ROLE_AFTER)
        return pii("PERSON", name, *classes, "zh_cue_role", "h4_zh_role_after", after=cue)
    cue = rng.choice(_ROLE_BEFORE)
    return pii("PERSON", name, *classes, "zh_cue_role", "h4_zh_role_before", before=cue)


def zh_hey(rng: random.Random, lang: str) -> Value:
    name, classes = zh_name(rng)
    if rng.random() < 0.3:
        name, classes = nickname(rng)
    hey = rng.choice(_HEY)
    return pii("PERSON", name, *classes, "zh_cue_interjection", "h4_zh_hey", before=hey)


def nickname(rng: random.Random) -> tuple[str, tuple[str, ...]]:
    kind = rng.choice(("a", "xiao", "double", "lao"))
    char = rng.choice(_GIVEN1 + tuple("賢凱琪萍寶庭"))
    if kind == "a":
        return "阿" + char, ("zh_nickname", "h4_nick_a")
    if kind == "xiao":
        return "小" + char, ("zh_nickname", "h4_nick_xiao")
    if kind == "double":
        return char * 2, ("zh_nickname", "h4_nick_double")
    return "老" + rng.choice(_SURNAMES), ("zh_nickname", "h4_nick_lao")


def nick(rng: random.Random, lang: str) -> Value:
    name, classes = nickname(rng)
    return pii("PERSON", name, *classes)


_ZH_SEPS = ("、", "，", "和", "及", "與", "、")


def zh_names(rng: random.Random, lang: str) -> Value:
    """2-4 Chinese names, each its own span: 、 between, 和/及/與 or 、 before the last."""
    count = rng.randint(2, 4)
    sep = rng.choice(("、", "，", "、"))
    last = rng.choice(_ZH_SEPS)
    segs: list[Seg] = []
    classes = ["h4_zh_list", f"h4_zh_list_{'cjk' if last in '、，' else 'word'}"]
    for i in range(count):
        if rng.random() < 0.15:
            name, cls = nickname(rng)
        else:
            name, cls = zh_name(rng)
        if i:
            segs.append(Seg(last if i == count - 1 else sep))
        segs.append(Seg(name, "PERSON"))
        classes += cls
    return Value(tuple(segs), tuple(classes))


# --- romanised Taiwanese names (Wade-Giles-ish, as on passports and business cards) ---
# fmt: off
_TW_FAMILY = ("Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu",
              "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai", "Chou", "Yeh",
              "Chuang", "Chiang", "Hsiao", "Kao", "Chien", "Chung", "Peng")
_TW_SYL = ("Yu", "Ting", "Chia", "Hui", "Chih", "Hao", "Wei", "Lun", "Pei", "Shan", "Tsung",
           "Han", "Yi", "Hsin", "Ju", "Ming", "Kuan", "Po", "Jung", "Shu", "Fen", "Ling", "Chun",
           "Hsiang", "Wen", "Kai", "Che")
_TW_ENGLISH = ("Kevin", "Vivian", "Jason", "Peggy", "Eric", "Winnie", "Allen", "Sandy", "Ken",
               "Iris", "Jerry", "Tiffany")
# fmt: on
TW_ROM_STYLES = ("fg", "gf", "passport", "joined", "spaced", "english", "english_full", "initials")


def tw_rom(rng: random.Random, lang: str) -> Value:
    family = rng.choice(_TW_FAMILY)
    a, b = rng.sample(_TW_SYL, 2)
    hyph = f"{a}-{b.lower() if rng.random() < 0.6 else b}"
    style = rng.choice(TW_ROM_STYLES)
    text = {
        "fg": f"{family} {hyph}",
        "gf": f"{hyph} {family}",
        "passport": f"{family.upper()}, {a.upper()}-{b.upper()}",
        "joined": f"{family} {a}{b.lower()}",
        "spaced": f"{a} {b} {family}",
        "english": f"{rng.choice(_TW_ENGLISH)} {family}",
        "english_full": f"{rng.choice(_TW_ENGLISH)} {family} {hyph}",
        "initials": f"{a[0]}.{b[0]}. {family}",
    }[style]
    return pii("PERSON", text, "tw_romanised", f"h4_twrom_{style}")


CLASSES = frozenset(
    {f"h4_twrom_{x}" for x in TW_ROM_STYLES}
    | {f"h4_nick_{x}" for x in ("a", "xiao", "double", "lao")}
    | {f"h4_zh_{x}" for x in ("2", "3", "4", "compound", "spouse", "rare", "kin", "hey")}
    | {f"h4_zh_{x}" for x in ("role_after", "role_before", "list", "list_cjk", "list_word")}
)

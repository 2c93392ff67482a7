"""Chinese and romanised Taiwanese names of the `heldout5` split (session 9), written from scratch.

Chinese names: common, rare and compound surnames, one- and two-character given names, a wife's
double surname (陳林美玉), Vietnamese spouses' names in characters (阮氏秋香), indigenous names
with an interpunct (巴奈·庫穗), older Taiwanese women's names (罔市, 金枝), given names alone and
nicknames; after interjections (欸、喂、哈囉), kinship words (媽、阿姨、外婆) and role words
(收件人：、持卡人、戶名：、外籍配偶), or followed by a kinship or role word (林老師、陳阿姨).
The cue word stays outside the span. Romanised names: Wade-Giles / passport spellings in
given-first, family-first, passport capitals and English-given shapes.
"""

from __future__ import annotations

import random

from bench.text.independent.build import Seg, Value

COMMON = tuple(
    "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁"
    "魏孫戴范方宋鄧杜傅侯曹薛丁卓阮馬董温唐藍石蔣古紀姚連馮程湯黎田康姜白汪鄒尤巫涂龔嚴"
)
RARE = tuple("粘闕甯覃仉冼佘昝隋芮藺璩酆禚逄揭菅亓鈕鄔晏幸笪麴郗宓")
COMPOUND = (
    "歐陽",
    "司馬",
    "諸葛",
    "上官",
    "司徒",
    "東方",
    "夏侯",
    "令狐",
    "慕容",
    "皇甫",
    "公孫",
    "范姜",
    "張簡",
    "張廖",
    "長孫",
    "端木",
    "西門",
    "尉遲",
)
GIVEN2_F = (
    "怡君",
    "雅婷",
    "淑芬",
    "品妍",
    "子涵",
    "詩涵",
    "欣妤",
    "佳穎",
    "惠雯",
    "美玲",
    "秀英",
    "麗華",
    "芷若",
    "沛晴",
    "語彤",
    "羽彤",
    "靖雯",
    "思妤",
    "郁雯",
    "孟潔",
    "婉婷",
    "玉珍",
    "嘉玲",
    "昭儀",
    "慧君",
    "阿嬌",
    "筱涵",
)
GIVEN2_M = (
    "家豪",
    "志明",
    "俊傑",
    "冠宇",
    "宗翰",
    "承恩",
    "宥廷",
    "柏翰",
    "建宏",
    "文彬",
    "明哲",
    "國華",
    "振宇",
    "彥廷",
    "昱辰",
    "睿恩",
    "禹辰",
    "信宏",
    "志偉",
    "瑞祥",
    "育誠",
    "世豪",
    "凱文",
    "書豪",
    "立群",
    "添財",
    "宏志",
)
GIVEN2 = GIVEN2_F + GIVEN2_M
GIVEN1_F = tuple("婷萱寧芸潔穎瑜琪彤")
GIVEN1_M = tuple("偉傑翔豪維勳恩軒")
GIVEN1 = GIVEN1_F + GIVEN1_M
OLD_GIVEN_F = ("罔市", "罔腰", "金枝", "招弟", "秀琴", "春嬌", "玉鳳", "阿桃", "月娥", "碧霞")
OLD_GIVEN_M = ("來福", "水木", "金水", "清標")
VIET_SURNAME = ("阮氏", "陳氏", "黎氏", "范氏", "武氏", "黃氏", "裴氏")
VIET_GIVEN = ("秋香", "玉蘭", "芳", "雪梅", "清香", "金蓮", "美幸", "紅絨", "翠")
INDIGENOUS = (
    "巴奈·庫穗",
    "瓦歷斯·諾幹",
    "伊萬·納威",
    "尤瑪·達陸",
    "比令·亞布",
    "馬躍·比吼",
    "拉娃·谷辣斯",
    "撒韵·武荖",
    "阿洛·卡力亭",
)
NICK_A = tuple("明傑偉雄美珠華娟嬌寶")
NICK_XIAO = tuple("美華胖宇晴安文琳")
NICK_DOUBLE = ("婷婷", "豆豆", "妞妞", "欣欣", "寶寶", "佳佳", "凱凱", "樂樂")

INTERJECTIONS = ("欸", "喂", "嗨", "哈囉", "誒", "嘿", "欸欸", "hello ")
KIN_BEFORE = (
    ("我媽", "f"),
    ("我爸", "m"),
    ("阿姨", "f"),
    ("舅舅", "m"),
    ("表姊", "f"),
    ("堂哥", "m"),
    ("外婆", "f"),
    ("大嫂", "f"),
    ("姑姑", "f"),
    ("乾爹", "m"),
    ("岳母", "f"),
    ("小叔", "m"),
    ("我老公", "m"),
    ("我太太", "f"),
    ("二伯", "m"),
    ("表弟", "m"),
    ("我女兒", "f"),
    ("我兒子", "m"),
)
KIN_AFTER = (
    ("阿姨", "f"),
    ("叔叔", "m"),
    ("伯伯", "m"),
    ("奶奶", "f"),
    ("阿嬤", "f"),
    ("姊", "f"),
    ("哥", "m"),
    ("大哥", "m"),
    ("阿公", "m"),
    ("嬸嬸", "f"),
)
ROLE_BEFORE = (
    "收件人：",
    "收件人 ",
    "寄件人：",
    "持卡人：",
    "持卡人 ",
    "戶名：",
    "戶名 ",
    "聯絡人：",
    "承辦人員 ",
    "負責人：",
    "申請人：",
    "被保險人：",
    "要保人 ",
    "法定代理人：",
    "監護人 ",
    "外籍配偶 ",
    "外籍配偶：",
    "受款人：",
    "病患姓名：",
    "房客 ",
    "保證人：",
    "代收人：",
    "簽收：",
    "經手人 ",
)
ROLE_AFTER = (
    ("先生", "m"),
    ("小姐", "f"),
    ("經理", ""),
    ("老師", ""),
    ("醫師", ""),
    ("護理師", ""),
    ("主任", ""),
    ("同學", ""),
    ("學長", "m"),
    ("學姊", "f"),
    ("律師", ""),
    ("會計師", ""),
    ("店長", ""),
    ("里長", ""),
    ("教授", ""),
    ("總監", ""),
    ("專員", ""),
    ("太太", "f"),
)


def _given(rng: random.Random, gender: str, two: bool) -> str:
    if gender == "f":
        return rng.choice(GIVEN2_F if two else GIVEN1_F)
    if gender == "m":
        return rng.choice(GIVEN2_M if two else GIVEN1_M)
    return rng.choice(GIVEN2 if two else GIVEN1)


def _name(rng: random.Random, gender: str = "") -> tuple[str, list[str]]:
    """A Chinese full name and its shape tags; gender "f" / "m" / "" (either)."""
    pick = rng.random()
    if pick < 0.07:
        sur = rng.choice(COMPOUND)
        giv = _given(rng, gender, rng.random() < 0.6)
        tags = ["zh_compound", "h5_zh_4char" if len(giv) == 2 else "zh_3char"]
        return sur + giv, tags
    if pick < 0.14:
        sur = rng.choice(RARE)
        giv = _given(rng, gender, rng.random() < 0.7)
        return sur + giv, ["zh_rare_surname", "zh_3char" if len(giv) == 2 else "zh_2char"]
    if pick < 0.18 and gender != "m":  # a married woman's double surname
        return rng.choice(COMMON) + rng.choice(COMMON) + rng.choice(GIVEN2_F), [
            "h5_zh_double_surname"
        ]
    if pick < 0.21 and gender != "m":
        return rng.choice(VIET_SURNAME) + rng.choice(VIET_GIVEN), ["h5_zh_viet"]
    if pick < 0.23 and not gender:
        return rng.choice(INDIGENOUS), ["h5_zh_indigenous"]
    if pick < 0.27:
        old = (
            OLD_GIVEN_F
            if gender == "f"
            else OLD_GIVEN_M
            if gender == "m"
            else OLD_GIVEN_F + OLD_GIVEN_M
        )
        return rng.choice(COMMON) + rng.choice(old), ["zh_3char", "h5_zh_old_given"]
    if pick < 0.40:
        return rng.choice(COMMON) + _given(rng, gender, False), ["zh_2char"]
    return rng.choice(COMMON) + _given(rng, gender, True), ["zh_3char"]


def _value(before: str, name: str, after: str, tags: list[str]) -> Value:
    segs = []
    if before:
        segs.append(Seg(before))
    segs.append(Seg(name, "PERSON"))
    if after:
        segs.append(Seg(after))
    return Value(tuple(segs), tuple(tags))


def zh(rng: random.Random, lang: str) -> Value:
    """A bare Chinese full name, no cue."""
    name, tags = _name(rng)
    return _value("", name, "", [*tags, "h5_zh_bare"])


def _given_or_full(rng: random.Random) -> tuple[str, list[str]]:
    if rng.random() < 0.3:
        return rng.choice(GIVEN2), ["h5_zh_given"]
    return _name(rng)


def zh_hey(rng: random.Random, lang: str) -> Value:
    """欸林郁婷 / 喂，志明 / 哈囉 阿傑～: the interjection outside the span."""
    cue = rng.choice(INTERJECTIONS)
    if rng.random() < 0.25:
        name, tags = nick_text(rng)
    else:
        name, tags = _given_or_full(rng)
    sep = rng.choice(("", "", "，", " ", "～"))
    if cue.endswith(" "):
        sep = ""
    return _value(cue + sep, name, "", [*tags, "zh_cue_interjection"])


def zh_kin(rng: random.Random, lang: str) -> Value:
    """我媽陳淑芬 / 外婆 李罔市 / 美玲阿姨: the kinship word outside the span."""
    if rng.random() < 0.6:
        cue, gender = rng.choice(KIN_BEFORE)
        name, tags = _name(rng, gender)
        cue += rng.choice(("", "", " "))
        return _value(cue, name, "", [*tags, "zh_cue_kinship", "h5_zh_cue_before"])
    cue, gender = rng.choice(KIN_AFTER)
    if rng.random() < 0.5:  # a given name + 阿姨 / 哥 reads more natural
        name, tags = _given(rng, gender, True), ["h5_zh_given"]
    else:
        name, tags = _name(rng, gender)
    return _value("", name, cue, [*tags, "zh_cue_kinship", "h5_zh_cue_after"])


def zh_field(rng: random.Random, lang: str) -> Value:
    """A form field's role word, then the name: 收件人：吳佩珊, 持卡人 陳冠宇, 外籍配偶 阮氏秋香."""
    cue = rng.choice(ROLE_BEFORE)
    if cue.startswith("外籍配偶") and rng.random() < 0.7:
        name, tags = rng.choice(VIET_SURNAME) + rng.choice(VIET_GIVEN), ["h5_zh_viet"]
    else:
        name, tags = _name(rng)
    return _value(cue, name, "", [*tags, "zh_cue_role", "h5_zh_cue_before"])


def zh_title(rng: random.Random, lang: str) -> Value:
    """The name, then a role or title word, as prose writes it: 林冠宇經理, 陳怡君老師."""
    role, gender = rng.choice(ROLE_AFTER)
    name, tags = _name(rng, gender)
    space = " " if rng.random() < 0.2 else ""
    return _value("", name, space + role, [*tags, "zh_cue_role", "h5_zh_cue_after"])


def nick_text(rng: random.Random) -> tuple[str, list[str]]:
    pick = rng.random()
    if pick < 0.35:
        return "阿" + rng.choice(NICK_A), ["h5_nick_a"]
    if pick < 0.65:
        return "小" + rng.choice(NICK_XIAO), ["h5_nick_xiao"]
    if pick < 0.85:
        return rng.choice(NICK_DOUBLE), ["h5_nick_double"]
    if rng.random() < 0.5:
        return rng.choice(GIVEN2_M)[-1] + rng.choice(("哥", "仔")), ["h5_nick_tail"]
    return rng.choice(GIVEN2_F)[-1] + "姐", ["h5_nick_tail"]


def nick(rng: random.Random, lang: str) -> Value:
    """阿明, 小美, 婷婷, 豪哥: the nickname as a whole."""
    name, tags = nick_text(rng)
    return _value("", name, "", tags)


def zh_names(rng: random.Random, lang: str) -> Value:
    """2-4 Chinese names split by 、，和 及 與 /, each its own span."""
    count = rng.choice((2, 2, 3, 4))
    joiner = rng.choice(("、", "，", " ", "/"))
    segs: list[Seg] = []
    classes = ["h5_zh_list"]
    for i in range(count):
        name, tags = _name(rng)
        classes += tags
        if i:
            last = i == count - 1
            segs.append(Seg(rng.choice(("和", "及", "與")) if last and joiner == "、" else joiner))
        segs.append(Seg(name, "PERSON"))
    return Value(tuple(segs), tuple(classes))


# --- romanised Taiwanese names --------------------------------------------------------------
ROM_FAMILY = (
    "Chen",
    "Lin",
    "Huang",
    "Chang",
    "Lee",
    "Wang",
    "Wu",
    "Liu",
    "Tsai",
    "Yang",
    "Hsu",
    "Cheng",
    "Hsieh",
    "Kuo",
    "Hung",
    "Tseng",
    "Chiu",
    "Liao",
    "Lai",
    "Chou",
    "Hsiao",
    "Su",
    "Yeh",
    "Chuang",
    "Lu",
    "Chiang",
    "Ho",
    "Kao",
    "Pan",
    "Chien",
    "Chu",
    "Chung",
    "Yu",
    "Peng",
    "Jan",
    "Tu",
    "Shih",
    "Weng",
)
ROM_GIVEN = (
    "Yu-Ting",
    "Chia-Hao",
    "Shu-Fen",
    "Chih-Ming",
    "Kuan-Yu",
    "Tsung-Han",
    "Pin-Yen",
    "Tzu-Han",
    "Yu-Chen",
    "Po-Han",
    "Shih-Han",
    "Hsin-Yu",
    "Chia-Ying",
    "Hui-Wen",
    "Chien-Hung",
    "Wen-Pin",
    "Ming-Che",
    "Mei-Ling",
    "Hsiu-Ying",
    "Li-Hua",
    "Yi-Chun",
    "Ya-Wen",
    "Cheng-En",
    "Wei-Lun",
    "Pei-Shan",
    "Jung-Chi",
)
EN_GIVEN = (
    "Kevin",
    "Vivian",
    "Jason",
    "Cindy",
    "Eric",
    "Tiffany",
    "Allen",
    "Peggy",
    "Jerry",
    "Sandy",
    "Ryan",
    "Ivy",
    "Sean",
    "Winnie",
    "Howard",
    "Joanne",
    "Leo",
    "Candice",
)


def tw_rom(rng: random.Random, lang: str) -> Value:
    family, given = rng.choice(ROM_FAMILY), rng.choice(ROM_GIVEN)
    pick = rng.random()
    if pick < 0.3:
        text, tag = f"{given} {family}", "h5_twrom_given_first"
        if rng.random() < 0.3:
            text = f"{given[0]}{given[1:].lower()} {family}"  # Yu-ting Lin
    elif pick < 0.5:
        text, tag = f"{family} {given}", "h5_twrom_family_first"
    elif pick < 0.65:
        text, tag = f"{family.upper()}, {given.upper()}", "h5_twrom_passport"
    elif pick < 0.75:
        text, tag = f"{given.replace('-', '').capitalize()} {family}", "h5_twrom_unhyphenated"
    else:
        en = rng.choice(EN_GIVEN)
        text, tag = (f"{en} {family}", "h5_twrom_english")
        if rng.random() < 0.3:
            text = f"{en} {given} {family}"
    return _value("", text, "", ["tw_romanised", tag])


def any_zh(rng: random.Random, lang: str) -> Value:
    """Any cued or bare Chinese name shape (for lists of mixed records)."""
    return rng.choice((zh, zh_hey, zh_kin, zh_field, zh_title, nick))(rng, lang)


CLASSES = frozenset(
    {
        "h5_zh_double_surname",
        "h5_zh_viet",
        "h5_zh_indigenous",
        "h5_zh_old_given",
        "h5_zh_bare",
        "h5_zh_given",
        "h5_zh_cue_before",
        "h5_zh_cue_after",
        "h5_zh_4char",
        "h5_nick_a",
        "h5_nick_xiao",
        "h5_nick_double",
        "h5_nick_tail",
        "h5_zh_list",
        "h5_twrom_given_first",
        "h5_twrom_family_first",
        "h5_twrom_passport",
        "h5_twrom_unhyphenated",
        "h5_twrom_english",
    }
)

"""Person names from sources the dev split never uses (test split only).

The fast layer's name lexicons were built from Faker's lists, which the dev split also draws
from; a test split made only of Faker names would reward memorising Faker. Half of the test
split's names therefore come from here:

- English: the 1990 US census name lists shipped in the `names` package, sampled by frequency
  (so common names stay common and the long tail appears as often as it does in the population);
- Chinese: a surname by rough frequency in Taiwan plus one or two given-name characters drawn
  from a broad set, not from a list of whole given names;
- romanised Taiwanese: Wade-Giles given-name syllables joined the way passports write them.
"""

from __future__ import annotations

import bisect
from functools import cache
from pathlib import Path

from bench.text.piece import GenContext

_ZH_SURNAMES = (
    "陳" * 11 + "林" * 8 + "黃" * 6 + "張" * 5 + "李" * 5 + "王" * 4 + "吳" * 4 + "劉" * 3
    + "蔡" * 3 + "楊" * 3 + "許" * 2 + "鄭" * 2 + "謝" * 2 + "郭" * 2 + "洪" * 2 + "曾" * 2
    + "邱廖賴周徐蘇葉莊呂江何蕭羅高簡潘朱鍾彭游詹胡施沈余趙盧梁顏柯孫魏翁戴范宋方鄧杜傅侯曹薛"
    + "丁卓阮馬董温唐藍石蔣古紀姚連馮歐程湯田康姜白汪鄒尤巫鐘黎涂龔嚴韓袁金童陸夏柳邵錢伍倪"
    + "溫于譚駱熊任甘秦顧毛章史官萬俞雷粘饒"
)  # fmt: skip
_ZH_COMPOUND = ("張簡", "歐陽", "范姜", "司徒", "諸葛", "上官", "周黃", "江謝")
_ZH_GIVEN_NEUTRAL = "家子宇品彥宏文昱嘉培晉恩安予云亦以佑允其典均奕孟宜寧尚岑川希庭彤育致"
_ZH_GIVEN_MALE = _ZH_GIVEN_NEUTRAL + (
    "承柏冠志俊建偉明政翔哲凱傑睿軒廷瑋豪皓誠勳銘聖鈞鴻崇恆駿禹丞信義忠孝仁德智勇福祿壽"
    "榮昌盛興隆耀輝光燦炎森松樺楷榆樑楠棋宗祐祥禎禾秉程竣端綸維緯聰耕胤侑兆先克坤堯堂威崴"
)  # fmt: skip
_ZH_GIVEN_FEMALE = _ZH_GIVEN_NEUTRAL + (
    "怡婷雅欣佩珮筱郁詩涵芷瑄萱妤甄蓁瑜琪琳芸芯蕙薇茜宸晏晴昕采語羚璟靖潔穎曦蓉薰綾妍紜"
    "淑惠美麗玉秀珠鳳蘭英華貞月春梅桂金碧瓊素綉錦霞雲燕娥琴珍玲秋筠莉菀菡蔚藝蘊伶妙姿娜婕婉媛嫻巧帆"
)  # fmt: skip
_WG_SYLLABLES = (
    "chia", "hao", "yu", "ting", "wei", "chun", "hsin", "yi", "ming", "chih", "kuan", "pei",
    "shu", "mei", "ling", "hui", "ya", "wen", "tzu", "hsiang", "chen", "han", "an", "hung",
    "chieh", "jung", "kai", "tsung", "yen", "hsuan", "fang", "ju", "chiao", "lun", "sheng",
    "cheng", "po", "che", "jui", "yun", "hua", "te", "kuo", "chung", "li", "chi", "min", "feng",
)  # fmt: skip
_WG_SURNAMES = (
    "Chen", "Chen", "Chen", "Lin", "Lin", "Huang", "Hwang", "Chang", "Lee", "Li", "Wang", "Wu",
    "Liu", "Lau", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu",
    "Liao", "Lai", "Chou", "Su", "Yeh", "Chuang", "Lu", "Chiang", "Ho", "Hsiao", "Lo", "Kao",
    "Pan", "Chu", "Chung", "Peng", "Yu", "Chan", "Shih", "Shen", "Tu", "Fu", "Kang", "Yen",
)  # fmt: skip


@cache
def _census(kind: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Names and cumulative frequencies (percent) from a census list of the `names` package."""
    import names

    path = Path(names.__file__).parent / f"dist.{kind}"
    entries, cumulative = [], []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            entries.append(parts[0].title())
            cumulative.append(float(parts[2]))
    return tuple(entries), tuple(cumulative)


def _census_draw(ctx: GenContext, kind: str) -> str:
    entries, cumulative = _census(kind)
    index = bisect.bisect_left(cumulative, ctx.rng.uniform(0, cumulative[-1]))
    name = entries[min(index, len(entries) - 1)]
    return "Mc" + name[2:].title() if name.startswith("Mc") else name


def name_en(ctx: GenContext) -> str:
    first = _census_draw(ctx, ctx.rng.choice(("female.first", "male.first")))
    return f"{first} {_census_draw(ctx, 'all.last')}"


def name_zh(ctx: GenContext) -> str:
    rng = ctx.rng
    surname = rng.choice(_ZH_COMPOUND) if ctx.chance(0.03) else rng.choice(_ZH_SURNAMES)
    pool = _ZH_GIVEN_MALE if ctx.chance(0.5) else _ZH_GIVEN_FEMALE
    given = rng.choice(pool) + ("" if ctx.chance(0.07) else rng.choice(pool))
    return surname + given


def name_romanized(ctx: GenContext) -> str:
    rng = ctx.rng
    first, second = rng.choice(_WG_SYLLABLES), rng.choice(_WG_SYLLABLES)
    given = f"{first.capitalize()}-{second.capitalize() if ctx.chance(0.7) else second}"
    surname = rng.choice(_WG_SURNAMES)
    style = rng.randrange(4)
    if style == 0:
        return f"{given} {surname}"
    if style == 1:
        return f"{surname} {given}"
    if style == 2:
        return f"{surname.upper()}, {given.upper()}"
    return f"{name_en(ctx).split()[0]} {surname}"

"""Chinese names after kinship words, interjections and role words, and rarer surnames."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.names_zh import ChineseNameDetector
from desktop.engine.textnorm import Document


def names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ChineseNameDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("外婆 劉妤恩生日是下週", "劉妤恩"),
        ("跟阿嬤陳翔葳 的 credit card 過期了", "陳翔葳"),
        ("欸欸許庭 的卡", "許庭"),
        ("嗨～游君說會去拿", "游君"),
        ("喂 蘇志宏反映訂單", "蘇志宏"),
        ("欸欸，盧宜傑生日是1962-05-08", "盧宜傑"),
        ("外籍配偶彭豪明，居留證", "彭豪明"),
        ("叔叔賴承瑜說會去拿", "賴承瑜"),
        ("媽巫瑋妍\n匯款帳號", "巫瑋妍"),
        ("聯絡人為竇宇澤，電話", "竇宇澤"),  # a rarer surname
        ("收件人：冼柏珊", "冼柏珊"),
        ("跟阿嬤東方冠玲反映訂單", "東方冠玲"),  # a compound surname that is also a word
        ("kickoff：Suda Thongchai + 施語廷，budget", "施語廷"),  # a list joined by +
    ],
)
def test_names_after_kinship_and_interjections(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["跟媽媽說一聲", "哥哥明天回來", "我媽說好", "欸，明天下雨", "喂，請問是哪位", "阿姨很好"],
)
def test_kinship_words_alone_are_not_names(text: str) -> None:
    assert names(text) == []


def test_jun_ends_a_name_rather_than_titling_it() -> None:
    assert names("今天陳怡君請假，由黃建宏代理") == ["陳怡君", "黃建宏"]


def test_a_verb_between_name_and_company_word_ends_the_name() -> None:
    assert names("陪張雅婷去醫院") == ["張雅婷"]
    assert names("華聯電子有限公司") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[會員] 註冊 姓名=鍾宗 手機=0912345678", ["鍾宗"]),
        ("案件TCK-1：民眾夏侯婷睿來電，表示被司馬雅澤冒用身分證", ["夏侯婷睿", "司馬雅澤"]),
        ("剛剛打給東方惠岑沒人接", ["東方惠岑"]),
        ("Name,姓名,Phone\nHsu Tsung-Han,藍明,0912345678", ["藍明"]),
        ("東方文化很有趣", []),
    ],
)
def test_log_fields_role_words_and_every_name_column(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("找到東方文的舊地址了", ["東方文"]),
        ("我是東方岑的家長", ["東方岑"]),
        ("東方美人茶很好喝", []),
    ],
)
def test_compound_surnames_with_one_given_character(text: str, expected: list[str]) -> None:
    assert names(text) == expected

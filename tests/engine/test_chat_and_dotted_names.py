"""Names in the places chat apps give them (@mentions, "Name, [time]" speaker lines) and
Chinese-script names with a middle dot (Taiwanese indigenous names, transliterated foreign
names); code annotations and dotted word lists stay unmasked."""

from __future__ import annotations

import pytest

from tests.engine.findings import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("感謝 @Rahel Tesfaye 跟 @Aziz 來參加", ["Rahel Tesfaye", "Aziz"]),
        ("Action: @Priya to circulate the draft", ["Priya"]),
        ("assign 給 @Mariana", ["Mariana"]),
        ("請 @Tanaka Yuki 幫忙 rotate", ["Tanaka Yuki"]),
    ],
)
def test_an_at_mention_of_a_person_is_a_person(text: str, names: list[str]) -> None:
    assert set(names) <= set(people(text))


@pytest.mark.parametrize(
    "text",
    [
        "class Config:\n    @Bean\n    def source(self): ...",
        "@Override\npublic void run() {}",
        '@Value("${db.url}")\nprivate String url;',
        "mail me at dev@Example.com",
    ],
)
def test_annotations_and_addresses_are_not_mentions(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kobayashi Haruto, [上午 9:28]\nserver is up\n", "Kobayashi Haruto"),
        ("thanks\n\nAnnika, [2024-09-23 11:14:20]\nsee above\n", "Annika"),
    ],
)
def test_a_speaker_line_with_a_bracketed_time_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("戶名：瓦旦‧達道\n身分證", "瓦旦‧達道"),
        ("親愛的比令・拉拜您好：", "比令・拉拜"),
        ("[LINE] 與哈勇．吉娃斯的聊天記錄", "哈勇．吉娃斯"),
        ("不要 commit 到 repo 喔 @巴奈・庫穗", "巴奈・庫穗"),
        ("我是尤幹・諾明，明天的面試改時間", "尤幹・諾明"),
        ("理賠金將匯入要保人伊娜‧卡造之帳戶", "伊娜‧卡造"),
        ("麥可·喬登的鞋", "麥可·喬登"),
    ],
)
def test_a_dotted_chinese_script_name_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text", ["春・夏・秋・冬", "台北・台中", "台北·台中的交通", "產品・服務說明", "好的.明天見"]
)
def test_dotted_word_lists_and_places_are_not_names(text: str) -> None:
    assert people(text) == []

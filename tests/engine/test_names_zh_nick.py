"""Chinese nicknames (阿明, 小美, 婷婷) in a person's position; look-alike words stay."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.names_zh_nick import ChineseNicknameDetector
from desktop.engine.textnorm import Document


def nicknames(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ChineseNicknameDetector().detect(Document(text))]


@pytest.mark.parametrize(
    ("text", "nick"),
    [
        ("你叫阿雯把鑰匙拿給他", "阿雯"),
        ("美美的護照快過期", "美美"),
        ("嗎？君君下午也會在", "君君"),
        ("｜宏宏｜(02) 8894-0373｜", "宏宏"),
        ("幫小明問一下", "小明"),
    ],
)
def test_nicknames_in_a_persons_position(text: str, nick: str) -> None:
    assert nicknames(text) == [nick]


@pytest.mark.parametrize(
    "text", ["小心地滑", "明明說好了", "阿里山很美", "我天天運動", "小時候住台南", "謝謝你"]
)
def test_everyday_words_of_that_shape(text: str) -> None:
    assert nicknames(text) == []

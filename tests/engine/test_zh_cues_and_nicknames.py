"""Chinese names after a caller's 自稱, a job title, an interjection (吼, 唉唷) or a chat log's
time stamp, before 家長, with a rare surname from the classical list (亓, 仉), and 老 + a
surname as a nickname; everyday words of the same shapes stay unmasked."""

from __future__ import annotations

import pytest

from tests.engine.findings import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客服紀錄\n來電：(05)103-1007\n自稱吳秀蘭，要查帳戶", "吳秀蘭"),
        ("處理：已通報資安，由工程師賴俊宏處理", "賴俊宏"),
        ("林子晴：吼粘雅雯你記得帶轉接頭", "粘雅雯"),
        ("唉唷孫佳穎～你新家地址是", "孫佳穎"),
        ("1754465792434 王淑惠：卡好像被盜刷了", "王淑惠"),
        ("2025/06/19 04:13 黃冠廷：卡好像被盜刷了", "黃冠廷"),
        ("彭志豪家長您好：\n孩子的緊急聯絡人已更新", "彭志豪"),
        ("剛剛姑姑亓美君傳來的：", "亓美君"),
        ("出席：仉國華，鍾佩君", "仉國華"),
    ],
)
def test_a_name_after_its_cue_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("出席：小婷、上官欣妤，老林\n決議：下週由老謝聯絡廠商", ["老林", "老謝"]),
        ("齁～老莊～你新家地址是", ["老莊"]),
        ("大家都說會來，老鄭還沒回，誰有他電話？", ["老鄭"]),
    ],
)
def test_lao_and_a_surname_is_a_nickname_in_a_persons_place(text: str, names: list[str]) -> None:
    assert set(names) <= set(people(text))


@pytest.mark.parametrize(
    "text",
    [
        "他很老成的",
        "老師說明天考試",
        "老闆在嗎",
        "我老花了",
        "這是老街的店",
        "工程師說明天到",
        "吼你很煩",
    ],
)
def test_everyday_words_of_the_same_shapes_are_not_names(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("2025-01-20T01:58:14.968+08:00 鄭雅芳：信用卡好像被盜刷了", "鄭雅芳"),
        ("2026-05-27 14:39:10,101 郭淑芬：信用卡", "郭淑芬"),
        ("Nov 15 14:12:34 顏志明：信用卡", "顏志明"),
        ("[Mar  4 15:23:24] 馬耀・拉拜: 快打給銀行", "馬耀・拉拜"),
        ("1736897040\t馬耀・拉拜\t我到了", "馬耀・拉拜"),
        ("| 姓名 | Role |\n|---|---|\n| 烏杜夫・達道 | PM |", "烏杜夫・達道"),
        ("[LINE] 與戴李郁蓉的聊天記錄", "戴李郁蓉"),
        ("客戶 蔡胡宥恩先生 說地址錯了", "蔡胡宥恩"),
        ("收件人 Recipient: 幸德美\n地址", "幸德美"),
        ("戶名：危麗華\n聯絡電話", "危麗華"),
        ("寄件人：晉琴\u3000電話", "晉琴"),
    ],
)
def test_names_after_log_stamps_in_name_columns_and_form_labels(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "姓名：查詢中",
        "幸福快樂",
        "備註：危險物品",
        "\n產品・服務說明",
        "| 產品・服務 | 說明 |",
        "- 產品・服務說明",
    ],
)
def test_words_after_labels_and_dotted_words_in_lists_are_not_names(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("卓怡18:30\n好", "卓怡"),
        ("朱静昱14:30\n明天見", "朱静昱"),
        ("上官美品 16:00\n收到", "上官美品"),
        ("●蔣冠怡\n", "蔣冠怡"),
    ],
)
def test_a_chat_headers_speaker_before_the_time_or_after_a_status_dot(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["會議 14:30\n", "開會14:30\n", "高鐵 8:15\n"])
def test_an_event_before_a_time_is_no_speaker(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("聯絡窗口：人資部侯佳穎，分機48", "侯佳穎"),
        ("> 李月華於114/01/16寫道：\n> 請提供資料", "李月華"),
        ("租金請匯入013。\n\n蔡施政蘭 敬上\n手機", "蔡施政蘭"),
        ("已更新為外甥幸致蓉，電話", "幸致蓉"),
        ("房東是危毓崴醫師，電話", "危毓崴"),
        ("不要 commit 到 repo 喔 @查思綸\n", "查思綸"),
    ],
)
def test_names_after_a_unit_a_quote_mark_a_kinship_word_or_before_a_closing(
    text: str, name: str
) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text", ["我們的業務部林經理", "國防部長說", "他是危險人物", "我是幸福的人", "王陳會計 敬上"]
)
def test_units_and_everyday_words_there_are_not_names(text: str) -> None:
    assert people(text) == []

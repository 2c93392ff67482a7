"""Chinese personal names found through cues."""

from __future__ import annotations

import pytest

from desktop.engine.detectors.names_zh import DETECTORS, lexicon
from desktop.engine.textnorm import Document
from desktop.engine.types import Label


def find(text: str) -> list[str]:
    doc = Document(text)
    return sorted(
        (text[s.start : s.end] for d in DETECTORS for s in d.detect(doc)),
        key=text.find,
    )


def spans(text: str) -> list[tuple[int, int]]:
    doc = Document(text)
    return sorted((s.start, s.end) for d in DETECTORS for s in d.detect(doc))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # form fields and labels
        ("姓名：王小明", ["王小明"]),
        ("姓名:王小明，性別:男", ["王小明"]),
        ("聯絡人: 陳怡君 0912-345-678", ["陳怡君"]),
        ("收件人：歐陽娜娜", ["歐陽娜娜"]),
        ("申請人 張簡大文", ["張簡大文"]),
        ("戶名：范姜美玲", ["范姜美玲"]),
        ("負責人為林志明", ["林志明"]),
        ("收件人是黃淑芬", ["黃淑芬"]),
        ("| 姓名 | 王小明 |", ["王小明"]),
        ("承辦人：許雅婷（分機123）", ["許雅婷"]),
        # self-introductions and greetings
        ("我是王小明，很高興認識你", ["王小明"]),
        ("大家好，我叫李安。", ["李安"]),
        ("Dear 王小明：", ["王小明"]),
        ("嗨 陳怡君，好久不見", ["陳怡君"]),
        # titles after the name
        ("感謝林志玲小姐的協助", ["林志玲"]),
        ("請聯絡張家豪先生", ["張家豪"]),
        ("陳建宏經理您好", ["陳建宏"]),
        ("吳淑惠老師說明天考試", ["吳淑惠"]),
        ("王小明 敬上", ["王小明"]),
        ("陳怡君小姐", ["陳怡君"]),
        # surname and title only
        ("陳先生您好", ["陳"]),
        ("請問李小姐在嗎？", ["李"]),
        ("歐陽先生已經到了", ["歐陽"]),
        # a married woman's name with her husband's surname in front
        ("姓名：陳林美玉", ["陳林美玉"]),
        ("請問陳林美玉女士在嗎", ["陳林美玉"]),
        ("請向林志玲小姐請教", ["林志玲"]),
        # weaker cues
        ("請王小明明天回電", ["王小明"]),
        ("由張簡大文負責", ["張簡大文"]),
        ("客戶陳大文表示不滿", ["陳大文"]),
        # structure
        ("王小明 (Ming Wang) 是工程師", ["王小明"]),
        ("王小明（Ming Wang）", ["王小明"]),
        ("王小明\t0912-345-678\t台北市", ["王小明"]),
        ("1, 陳怡君, 0912345678, yijun@example.com", ["陳怡君"]),
        ("聯絡人：王小明、陳大文", ["王小明", "陳大文"]),
        # position: a paragraph that opens with a name, a signature, a standalone token
        ("王小明說他明天會到", ["王小明"]),
        ("訂單已出貨。\n\n游素貞剛剛打給我，說有問題", ["游素貞"]),
        ("Thanks!\n蔡雅玲\n", ["蔡雅玲"]),
        ("Best regards,\n張玉美\nGoagle 股份有限公司", ["張玉美"]),
        ("Hi team，記得帶 laptop\n\n林建良 的 mobile 是多少", ["林建良"]),
        # more labels
        ("收件人 Recipient：吳美蘭", ["吳美蘭"]),
        ("Beneficiary 受款人：沈柏翰", ["沈柏翰"]),
        ("收件人寫郭俊傑就可以", ["郭俊傑"]),
        ("新進同仁陳世昌將於10月9日報到", ["陳世昌"]),
        ("請多多關照。\n人資部 黃美惠", ["黃美惠"]),
        ("雄豹旅遊有限公司客服 司馬靜怡", ["司馬靜怡"]),
        ("Ticket 12：user 劉淑芬（jessica@example.com）", ["劉淑芬"]),
        ("生日那天的那位是蔡慧玲吧？", ["蔡慧玲"]),
        # chat
        ("王小明：今天會晚到", ["王小明"]),
        ("[10:32] 陳怡君: ok", ["陳怡君"]),
        ("@王小明 麻煩看一下", ["王小明"]),
        ("我剛剛打給林志明", ["林志明"]),
        ("我媽媽王美麗", ["王美麗"]),
        ("學員姓名　蘇品妍\n生日　民國44年", ["蘇品妍"]),
        ("客戶陳俊男反映5/18訂購的商品", ["陳俊男"]),
    ],
)
def test_names_with_cues(text: str, names: list[str]) -> None:
    assert find(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "今天很高興",
        "王道是什麼",
        "林業發展",
        "陳述事實",
        "黃金價格上漲",
        "李子很好吃",
        "周末愉快",
        "方法很多",
        "許多人都來了",
        "請張貼公告",
        "安全第一",
        "江湖險惡",
        "林口區",
        "台積電",
        "王品牛排",
        "英文老師很兇",
        "數學老師和歷史老師",
        "我是台積電的員工",
        "高雄市長",
        "管理處長",
        "安親班老師",
        "請方便時回電",
        "給成功的人",
        "我是高興地",
        "客戶黃金會員",
        "請安心",
        "請于明天前回覆",
        "我是學生",
        "高中生說他明天會到",
        "黃金價格說明",
        "方文件說",
        "感謝大家的支持",
        "請向主管報告",
        "由於天氣不好",
        "謝謝您",
        "我姓王",
        "請關心家人",
        "高中老師",
        "全家便利商店",
        "橋子王生技 敬上",
        "石金堂 敬上",  # a shop signs its letters too
        "高雄：晴天",
        "金額：100元",
        "寄給全家",
        "推薦成功大學",
        "@all 請看公告",
    ],
)
def test_hard_negatives(text: str) -> None:
    assert find(text) == []


def test_span_excludes_label_and_title() -> None:
    text = "收件人：王小明先生"
    assert spans(text) == [(4, 7)]


def test_name_repeated_without_cue_is_masked_too() -> None:
    text = "我是王小明。王小明明天會到，請王小明回電。"
    assert find(text) == ["王小明", "王小明", "王小明"]


def test_two_character_name_repeats_only_where_it_ends() -> None:
    text = "我叫李安。李安說好。李安全不在乎"
    assert find(text) == ["李安", "李安"]


def test_full_width_punctuation_and_offsets() -> None:
    text = "姓名：陳怡君，電話：０９１２３４５６７８"
    assert spans(text) == [(3, 6)]
    doc = Document(text)
    assert {s.label for d in DETECTORS for s in d.detect(doc)} == {Label.PERSON}


def test_mixed_english_and_chinese() -> None:
    text = "Hi team, please contact 聯絡人 林美玲 (Mei-Ling Lin) at ext. 123."
    assert find(text) == ["林美玲"]


def test_english_cue_words_need_a_word_boundary() -> None:
    assert find("ideal王道") == []


def test_compound_surname_wins_over_single() -> None:
    assert find("姓名：司馬光") == ["司馬光"]
    assert find("收件人：歐陽小明先生") == ["歐陽小明"]


def test_lexicon_has_common_and_compound_surnames() -> None:
    lex = lexicon()
    assert {"陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊"} <= lex.single
    assert {"歐陽", "司馬", "諸葛", "張簡", "范姜"} <= lex.compound
    assert "高興" in lex.blocked and "林口" in lex.blocked


def test_names_under_a_name_column() -> None:
    markdown = "| 姓名 | 電話 |\n|---|---|\n| 王小明 | 分機12 |\n| 范姜美玲 | 分機13 |"
    assert find(markdown) == ["王小明", "范姜美玲"]
    tabs = "編號\t姓名\t部門\n1\t林志明\t業務\n2\t黃美玲\t人資"
    assert find(tabs) == ["林志明", "黃美玲"]
    csv = "姓名,部門\n方文山,研發\n\n方法,步驟\n安全,第一"
    assert find(csv) == ["方文山"]  # the column ends at the blank line


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # rare given-name characters carried by a strong cue or one common character
        ("@黃鄴 你的包裹在櫃台", ["黃鄴"]),
        ("理事長雷莛表示，今年照常舉辦", ["雷莛"]),
        ("請聯絡邱翊甯，她負責這案子", ["邱翊甯"]),
        ("寄件者：潘鎮媛", ["潘鎮媛"]),  # 鎮 is a name character too
        # unlisted role labels and role nouns
        ("見證人：侯悅晶", ["侯悅晶"]),
        ("甲方：洪枝祐\n乙方：蔡霈昀", ["洪枝祐", "蔡霈昀"]),
        ("風紀股長：陳海湘", ["陳海湘"]),
        ("來電者蘇叡菲表示商品有瑕疵", ["蘇叡菲"]),
        ("維修人員花士到場後發現是電源故障", ["花士"]),
        # brackets, lists after a space, clause openings, what follows the name
        ("晚上跟 Frank（全宣）吃飯", ["全宣"]),
        ("三年二班 郝卿曦、陳克琮 請到學務處", ["郝卿曦", "陳克琮"]),
        ("這次比賽冠軍是莊帆，亞軍從缺", ["莊帆"]),
        ("附件是陸萬國整理的需求", ["陸萬國"]),
        ("本單原負責人許淇休假中", ["許淇"]),
        ("一、柴振依報告上月營收", ["柴振依"]),
    ],
)
def test_names_beyond_the_common_character_list(text: str, names: list[str]) -> None:
    assert find(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "照顧長輩需要很多耐心。",  # 照 is a cue word, but 照顧 is one word
        "華晶國際酒店股份有限公司客服",
        "公司名稱：華中航空",
        "客戶：華聯電子有限公司",
        "客戶：華中郵政有限公司",
        "請向服務台詢問失物招領。",
        "被石頭絆倒，膝蓋擦傷了。",
        "剛剛方向燈壞了，要去修。",
    ],
)
def test_companies_and_words_after_cues_are_not_names(text: str) -> None:
    assert find(text) == []

"""The context that tells a Chinese name from an everyday word: labels, titles, form structure.

Every function takes the normalised text (`Document.norm`, or `Document.lower` for labels) and
positions in it, and answers with a cue tier: FORM > ROLE > WEAK > 0 (no cue).
"""

from __future__ import annotations

import re
from functools import cache

FORM, ROLE, WEAK = 3, 2, 1


def _word_list(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Labels of a name field: FORM with a separator after them, ROLE when glued to the name.
_FIELD_LABELS = _word_list(
    """
    姓名 名字 中文姓名 中文名 收件人 收件者 寄件人 寄件者 聯絡人 連絡人 聯繫人 負責人
    申請人 戶名 承辦人 持卡人 收貨人 訂購人 購買人 代表人 被保險人 要保人 受益人 監護人
    法定代理人 代理人 緊急聯絡人 經辦人 填表人 簽收人 立書人 立約人 委託人 受託人 當事人
    報案人 經手人 收款人 受款人 付款人 匯款人 借款人 保證人 房東 房客 承租人 出租人 買方
    賣方 患者 病人 病患 客戶 學生 家長 員工 會員 用戶 使用者 乘客 旅客 住戶 屋主 業務 專員
    窗口 客服 同仁 主治醫師 醫師 導師 老師 經理 主任 簽名 署名 簽章 發件人 收信人 代收人
    取件人 主講人 講者 主持人 駕駛人 車主 中獎人 訂房人 入住人 學員 經辦 簽收 業務代表 name
    副本 抄送 密件副本 出席 出席者 出席人員 列席 請假 缺席 與會 與會者 與會人員 參加者 參與者
    報名者 發起人 記錄 紀錄 記錄人 紀錄人 協辦 協辦人 審核 審核人 覆核 複核 核准 核准人 簽核
    值班 值班人員 值日生 交接人 職務代理人 處理人 處理人員 回報人 指派 接洽人 對口 成員 組員
    作者 撰稿 撰寫人 校對 審閱 面試官 指導老師 指導教授 主辦人 聯絡窗口 業務窗口 承辦 經辦人員
    民眾 請款人 領款人 取貨人 提貨人 來電者 來電人 通報人 投保人 持有人 登記人 預約人
    就診者 就醫者 受檢者 個案 案主 學生姓名 員工姓名 病患姓名 家屬 陪同者 陪病者 聯絡對象
    """
)
# Words that introduce a name with no separator needed: word -> tier.
_INTRO_WORDS = {
    "我叫": FORM, "名叫": FORM, "我的名字是": FORM, "我的名字叫": FORM, "dear": FORM,
    "叫做": ROLE, "我是": ROLE, "本人": ROLE, "致": ROLE, "親愛的": ROLE, "敬愛的": ROLE,
    "那位是": ROLE, "這位是": ROLE, "他是": ROLE, "她是": ROLE, "對方是": ROLE,
    "hi": ROLE, "hello": ROLE, "嗨": ROLE, "哈囉": ROLE, "attn": ROLE, "to": ROLE, "from": ROLE,
    "user": ROLE, "customer": ROLE, "client": ROLE, "contact": ROLE, "recipient": ROLE,
    "patient": ROLE, "applicant": ROLE, "beneficiary": ROLE, "owner": ROLE, "assignee": ROLE,
    "reporter": ROLE, "cc": ROLE, "guest": ROLE, "tenant": ROLE, "member": ROLE,
    "present": ROLE, "absent": ROLE, "attendees": ROLE, "apologies": ROLE, "with": WEAK,
    "and": WEAK, "by": WEAK, "for": WEAK, "ask": WEAK, "ping": WEAK, "tell": WEAK,
    "請": WEAK, "由": WEAK, "感謝": WEAK, "謝謝": WEAK, "轉交": WEAK, "交給": WEAK, "給": WEAK,
    "通知": WEAK, "聯絡": WEAK, "聯繫": WEAK, "找": WEAK, "問": WEAK, "幫": WEAK, "替": WEAK,
    "恭喜": WEAK, "拜託": WEAK, "委託": WEAK, "提醒": WEAK, "記者": WEAK, "董事長": WEAK,
    "總經理": WEAK, "執行長": WEAK, "教授": WEAK, "律師": WEAK, "同學": WEAK, "同事": WEAK,
    "主管": WEAK, "老闆": WEAK, "室友": WEAK, "朋友": WEAK, "男友": WEAK, "女友": WEAK,
    "老公": WEAK, "老婆": WEAK, "媽媽": WEAK, "爸爸": WEAK, "兒子": WEAK, "女兒": WEAK,
    "哥哥": WEAK, "姊姊": WEAK, "姐姐": WEAK, "弟弟": WEAK, "妹妹": WEAK, "轉告": WEAK,
    "告訴": WEAK, "打給": WEAK, "寄給": WEAK, "轉給": WEAK, "邀請": WEAK, "介紹": WEAK,
    "認識": WEAK, "拜訪": WEAK, "@": ROLE,
    # Verbs and prepositions that take a person as their object: 跟陳建宏開會, 交由林怡君處理.
    "跟": WEAK, "和": WEAK, "與": WEAK, "陪": WEAK, "約": WEAK, "換": WEAK, "聽說": WEAK,
    "交由": WEAK, "指派給": WEAK, "分派給": WEAK, "交代": WEAK, "麻煩": WEAK, "請教": WEAK,
    "詢問": WEAK, "回覆": WEAK, "回信給": WEAK, "寫信給": WEAK, "傳給": WEAK, "私訊": WEAK,
    "多虧": WEAK, "祝福": WEAK, "叫": WEAK, "讓": WEAK, "像": WEAK, "代替": WEAK,
    "接替": WEAK, "支援": WEAK, "協助": WEAK, "等": WEAK, "催": WEAK, "約了": WEAK,
    "照": WEAK, "向": WEAK, "被": WEAK, "派": WEAK, "叫了": WEAK, "遇到": WEAK, "碰到": WEAK,
    "看到": WEAK, "想念": WEAK, "代理": WEAK, "接任": WEAK, "改由": WEAK, "轉由": WEAK,
    "經由": WEAK, "得知": WEAK, "知道": WEAK, "找到": WEAK, "拜託了": WEAK,
    # Kinship words people write before a relative's name (外婆劉妤恩, 跟阿嬤陳翔葳): two
    # characters say "a person follows" clearly; one (媽, 哥) only weakly.
    "阿嬤": ROLE, "阿媽": ROLE, "阿公": ROLE, "外婆": ROLE, "外公": ROLE, "奶奶": ROLE,
    "爺爺": ROLE, "叔叔": ROLE, "阿姨": ROLE, "姑姑": ROLE, "舅舅": ROLE, "伯伯": ROLE,
    "嬸嬸": ROLE, "舅媽": ROLE, "姑丈": ROLE, "姨丈": ROLE, "嫂嫂": ROLE, "大嫂": ROLE,
    "姊夫": ROLE, "姐夫": ROLE, "妹夫": ROLE, "表哥": ROLE, "表姊": ROLE, "表姐": ROLE,
    "表弟": ROLE, "表妹": ROLE, "堂哥": ROLE, "堂姊": ROLE, "堂弟": ROLE, "堂妹": ROLE,
    "老爸": ROLE, "老媽": ROLE, "阿伯": ROLE, "婆婆": ROLE, "公公": ROLE, "岳母": ROLE,
    "岳父": ROLE, "媳婦": ROLE, "女婿": ROLE, "孫子": ROLE, "孫女": ROLE, "外甥": ROLE,
    "姪子": ROLE, "姪女": ROLE, "配偶": ROLE, "外籍配偶": ROLE, "看護": ROLE, "外籍看護": ROLE,
    "移工": ROLE, "保母": ROLE,
    # In-laws and ranked relatives (小姑, 大伯, 二姨, 妹婿, 小舅子): a rank or 小/大 before a
    # kinship character, or an in-law word.
    "小姑": ROLE, "大姑": ROLE, "小叔": ROLE, "大伯": ROLE, "大舅": ROLE, "小舅": ROLE,
    "小舅子": ROLE, "小姨子": ROLE, "大姨": ROLE, "小姨": ROLE, "二姨": ROLE, "三姨": ROLE,
    "二姑": ROLE, "三姑": ROLE, "二伯": ROLE, "二叔": ROLE, "三叔": ROLE, "二舅": ROLE,
    "三舅": ROLE, "妹婿": ROLE, "姊婿": ROLE, "姐婿": ROLE, "弟媳": ROLE, "弟妹": ROLE,
    "伯母": ROLE, "嬸婆": ROLE, "姑婆": ROLE, "姨婆": ROLE, "舅公": ROLE, "叔公": ROLE,
    "伯公": ROLE, "親家": ROLE, "乾媽": ROLE, "乾爸": ROLE, "繼母": ROLE, "繼父": ROLE,
    "外甥女": ROLE, "姪孫": ROLE, "外孫": ROLE, "外孫女": ROLE,
    # "另一位戴柏恩的": another one of the people just named
    "另一位": ROLE, "另外一位": ROLE,
    "媽": WEAK, "爸": WEAK, "哥": WEAK, "姊": WEAK, "姐": WEAK,
    "弟": WEAK, "妹": WEAK, "嫂": WEAK,
    # Interjections that open a call or a message to someone: 喂 蘇志宏, 欸欸許庭.
    "欸": ROLE, "欸欸": ROLE, "喂": ROLE, "唉": ROLE, "嘿": ROLE, "哎": ROLE, "哎呀": ROLE,
    "嗨嗨": ROLE, "吼": ROLE, "齁": ROLE, "唉唷": ROLE, "哎唷": ROLE, "欸唷": ROLE, "厚": WEAK,
    # A caller's own name as told (自稱林雅婷), and a job title written before the name.
    "自稱": FORM, "工程師": ROLE, "技師": ROLE, "護理師": ROLE, "專員": ROLE, "助理": ROLE,
}  # fmt: skip
_TITLES = _word_list(
    """
    先生 小姐 女士 太太 夫人 同學 老師 醫師 醫生 護理師 經理 副理 協理 襄理 主任 教授
    律師 會計師 建築師 工程師 董事長 總經理 執行長 總監 處長 科長 課長 組長 部長 院長
    校長 所長 局長 社長 店長 議員 委員 立委 博士 學長 學姊 學姐 學弟 學妹 阿姨 伯伯 叔叔
    媽媽 爸爸 奶奶 爺爺 大哥 大姐 您好 你好 君 家長
    """
)
# Letter closings after a name; unlike titles they follow company names too, so the name must
# stand on its own before them.
_SIGN_OFFS = _word_list("敬上 謹上 敬啟 謹啟 拜上 上")
# Lines that close a letter; a name on the next line is its signature.
_CLOSINGS = frozenset(
    (
        *_word_list("thanks thx regards best sincerely cheers 謝謝 感謝 謝謝您 感恩 敬祝 祝好"),
        *_word_list("順心 順頌時祺 此致 敬禮 平安"),
        *("thank you", "best regards", "kind regards", "warm regards", "best wishes"),
    )
)
# A closing line may also be a wish: 敬祝 商祺, 祝 順心, 順頌 時祺.
_CLOSING_PREFIXES = ("敬祝", "祝", "順頌", "此致", "順祝", "恭祝", "謹此")
# "●" and "○" also mark a contact's online status in chat apps' lists
# and ">" quotes a line of an earlier e-mail ("> 李月瀚於114/01/16寫道：")
_BULLET_RE = re.compile(r"(?:^|\n)[ \t]*(?:[0-9]{1,2}[.)、]|[-*•‧·●○>]|\([0-9]{1,2}\))[ \t]*$")
# A log line's time stamp before the speaker: epoch seconds or milliseconds, a date and time in
# any of the usual forms ("2025-01-20T01:58:14.968+08:00", "2026-05-27 14:39:10,101",
# "Nov 15 14:12:34", "[Mar  4 15:23:24]", "上午 9:05"), in brackets or not.
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_STAMP_RE = re.compile(
    r"(?:^|\n)[ \t]*[\[(]?(?=[^\n]*[0-9])"
    rf"(?:[0-9:+.,/TZ-]|[ \t](?=[^\n]*[0-9])|(?i:{_MONTHS})[a-z]*\.?|上午|下午|年|月|日)+"
    r"[\])]?[ \t]+$"
)
# A label's colon, then a unit's name of two to six characters, right before the name.
_UNIT_AFTER_LABEL_RE = re.compile(r"[:：][ \t]*[\u4e00-\u9fff]{1,5}(?:部|處|組|課|科|室|中心)$")
# Org-unit endings of the word before `人資部 黃美惠`: the name signs for the unit.
_UNIT_ENDINGS = ("部", "處", "組", "課", "科", "室", "中心", "客服", "團隊", "小組")
# Function words that often stand before a name; too common to be cues on their own, they let
# a three-character name through when it is spelled with common name characters and visibly
# ends (跟王小明說, 這是陳怡君的).
_HINT_WORDS = (
    "跟", "和", "與", "及", "是", "剛剛", "剛才", "以及", "還有", "叫", "讓", "被", "一下", "說",
    "安排", "據說", "只有", "包括", " + ", "+",
)  # fmt: skip
# Characters after which a name has visibly ended.
END_PARTICLES = frozenset(
    "的是在說和與跟及等已將會要於也都就還曾您你妳他她我對把被讓請來去到從因為負表提寫簽收寄填打確核"
    "想覺認了吧嗎呢喔啊今昨剛一"
    "接反考訂協代拿帶交搬擔告問當自又才再也並卻曾應可能沒不很最早盡報處負回拍"
)
# Characters before `王先生` that leave the surname standing alone (not `英文老師`).
BOUNDARY_BEFORE = frozenset("請給問找跟和與及是的謝向對讓把被叫由幫替位有說好嗨喔啊了到在於從等致")
_CHAIN_WORDS = frozenset(
    {"、", ",", "和", "與", "及", "跟", "/", "", ";", "→", "->", "=>", "&", "|", "+"}
)


def chain_separator(between: str) -> bool:
    """Whether the text between two names joins a list: `王小明、陳大文`, `A → B`, `A / B`."""
    return len(between) <= 5 and (between == " " or between.strip(" \t") in _CHAIN_WORDS)


_CELL_SEPARATORS = frozenset("|,\t;")
_CONTACT_RE = re.compile(r"[0-9]{7,}|[0-9]{2,4}-[0-9]{3,4}-?[0-9]{3,4}|@")
_ENGLISH_NAME_RE = re.compile(r" ?\( ?[A-Z][A-Za-z'.-]+(?:[ ,]+[A-Z][A-Za-z'.-]+)* ?\)")
# "~" and "," after a greeting or an interjection (嗨～游君, 欸欸，盧宜傑) separate like a colon.
_LABEL_SEPARATORS = " :\t|~,=/"  # "姓名=王小明" in logs too, "導師/張金鳳" in notes
_SPEAKER_PREFIX_RE = re.compile(
    r"(?:\[[^\]\n]{1,40}\] ?|【[^】\n]{1,20}】 ?|[0-9]{1,2}:[0-9]{2} ?)?"
)
_LINE_WINDOW = 160  # how far a "line" reaches on either side (bounded: huge one-line inputs)
_ASCII_WORD_RE = re.compile(r"[A-Za-z][A-Za-z .'/-]{0,24}$")


def is_cjk(char: str) -> bool:
    return (
        "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" or "\uf900" <= char <= "\ufaff"
    )


def ends_word(text: str, end: int) -> bool:
    return end >= len(text) or not is_cjk(text[end]) or text[end] in END_PARTICLES


@cache
def _cue_table() -> dict[str, list[tuple[str, int, int]]]:
    """Cue words by last character: (word, tier when glued, tier after a separator)."""
    words = {label: (ROLE, FORM) for label in _FIELD_LABELS}
    words.update({word: (tier, tier) for word, tier in _INTRO_WORDS.items()})
    table: dict[str, list[tuple[str, int, int]]] = {}
    for word, (glued, separated) in words.items():
        table.setdefault(word[-1], []).append((word, glued, separated))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return table


@cache
def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        table.setdefault(word[0], []).append(word)
    return {first: tuple(group) for first, group in table.items()}


def _word_at(text: str, pos: int, words: tuple[str, ...]) -> str:
    if pos < len(text) and text[pos] == " ":
        pos += 1
    for word in _by_first(words).get(text[pos : pos + 1], ()):
        if text.startswith(word, pos):
            return word
    return ""


def title_at(text: str, pos: int) -> bool:
    """A title or greeting (`先生`, `經理`, `您好`) starts at `pos` (one space allowed)."""
    title = _word_at(text, pos, _TITLES)
    # 君 is also a given-name character (陳怡君): a title only where the word ends.
    return bool(title) and (title != "君" or ends_word(text, text.index("君", pos) + 1))


def sign_off_at(text: str, start: int, end: int) -> bool:
    """`王小明 敬上`: a closing after a name that stands on its own."""
    word = _word_at(text, end, _SIGN_OFFS)
    if not word or (word == "上" and text[end : end + 1] != " "):
        return False
    return start == 0 or not is_cjk(text[start - 1])


def label_before(lower: str, start: int) -> int:
    """Tier of the cue that ends right before `start` (0 for none)."""
    pos, separated = start, False
    while pos > 0 and lower[pos - 1] in _LABEL_SEPARATORS:
        pos, separated = pos - 1, True
    tier = _cue_ending_at(lower, pos, separated)
    if separated and (english := _ASCII_WORD_RE.search(lower, max(0, pos - 25), pos)):
        # A bilingual label: "收件人 Recipient：王小明".
        inner = english.start()
        while inner > 0 and lower[inner - 1] == " ":
            inner -= 1
        tier = max(tier, _cue_ending_at(lower, inner, True))
    if tier:
        return tier
    if pos > 0 and lower[pos - 1] in "是為寫填":  # 收件人是王小明, 收件人寫陳怡君
        inner = pos - 1
        while inner > 0 and lower[inner - 1] == " ":
            inner -= 1
        return min(_cue_ending_at(lower, inner, True), ROLE)
    if separated and lower[pos - 1 : pos] != ":" and lower.endswith(_UNIT_ENDINGS, 0, pos):
        return ROLE  # 人資部 黃美惠
    if (
        not separated
        and lower.endswith(_UNIT_ENDINGS, 0, pos)
        and _UNIT_AFTER_LABEL_RE.search(lower, max(0, pos - 10), pos)
    ):
        return ROLE  # 聯絡窗口：人資部侯昱穎: a unit, then its person, in a labelled field
    return _role_noun_before(lower, pos, separated)


# The last character of a word for a person's role (見證人, 風紀股長, 甲方, 值日生, 站務員): a
# label of such a word, with a separator, introduces a name even when it is not listed.
_ROLE_ENDINGS = frozenset("人者員長師方生官席手")
# Role nouns that may stand glued before a name (理事長王大明, 維修人員陳志明, 友人李安).
_GLUED_ROLE_NOUNS = frozenset(
    _word_list(
        """
        人員 職員 店員 專員 委員 議員 成員 組員 社員 隊員 團員 學員 站員 務員 辦員 理員 護員
        演員 球員 警員 官員 技師 醫師 律師 廚師 講師 導師 牧師 藥師 護士 友人 證人 理事長 里長
        村長 校長 院長 社長 組長 班長 隊長 股長 課長 科長 處長 局長 部長 所長 店長 站長 廠長
        會長 市長 縣長 鄉長 鎮長 議長 家長 學長 團長 署長 司長 助手 選手 歌手 學生 考生 新生
        """
    )
)
_LABEL_EDGES = frozenset("\n \t|,;、，；(（[【")


def _role_noun_before(lower: str, pos: int, separated: bool) -> int:
    """An unlisted role word right before the name: FORM as a separated label, WEAK glued."""
    begin = pos
    while begin > 0 and pos - begin < 6 and is_cjk(lower[begin - 1]):
        begin -= 1
    word = lower[begin:pos]
    if len(word) < 2 or word[-1] not in _ROLE_ENDINGS:
        return 0
    if separated:
        at_edge = begin == 0 or lower[begin - 1] in _LABEL_EDGES
        return FORM if at_edge and lower[pos : pos + 1] in (":", "|", "\t") else 0
    if word[-1] == "者" or word[-2:] in _GLUED_ROLE_NOUNS or word[-3:] in _GLUED_ROLE_NOUNS:
        return WEAK  # 來電者王小明, 維修人員陳志明
    return 0


def _cue_ending_at(lower: str, pos: int, separated: bool) -> int:
    if pos == 0:
        return 0
    for word, glued, after_separator in _cue_table().get(lower[pos - 1], ()):
        begin = pos - len(word)
        if begin < 0 or not lower.startswith(word, begin):
            continue
        english = word.isascii() and word.isalpha()
        if english and (not separated or lower[begin - 1 : begin].isalpha()):
            continue  # English cue words must stand apart: "dear 王", not "ideal王"
        return after_separator if separated else glued
    return 0


def signature_before(lower: str, start: int) -> bool:
    """The name opens a line right after a closing line (`Best regards,` / `謝謝`)."""
    line_start = start
    while line_start > 0 and lower[line_start - 1] in " \t":
        line_start -= 1
    if line_start == 0 or lower[line_start - 1] != "\n":
        return False
    previous_end = line_start - 1
    while previous_end > 0 and lower[previous_end - 1] in "\n \t":
        previous_end -= 1
    if previous_end <= 0:
        return False
    window = max(0, previous_end - _LINE_WINDOW)
    previous = lower[lower.rfind("\n", window, previous_end) + 1 : previous_end]
    closing = previous.strip().rstrip(",.!:;~").strip()
    if closing in _CLOSINGS:
        return True
    return len(closing) <= 10 and closing.startswith(_CLOSING_PREFIXES)


def line_start_before(text: str, start: int) -> bool:
    """The name opens its line, a list item on it (`1. `, `- `, `• `), or a chat log's line
    after its time stamp (`2025/06/19 04:13 `, `1754465792434 `)."""
    if start == 0 or text[start - 1] == "\n":
        return True
    if _BULLET_RE.search(text, max(0, start - 8), start) is not None:
        return True
    stamp = _STAMP_RE.search(text, max(0, start - 32), start)
    return text[start - 1] in " \t" and stamp is not None


def hint_before(text: str, start: int) -> bool:
    return text.endswith(_HINT_WORDS, 0, start)


# Punctuation that opens a clause or a bracket: a name may start right after it.
CLAUSE_MARKS = frozenset("，,。.、；;：:！!？?「『（(【《〈\"'～~—…")
# Punctuation that closes a token: a name has visibly ended before it.
CLOSING_MARKS = frozenset("，,。.、；;：:！!？?」』）)】》〉\"'～~…/")


_ENGLISH_BEFORE_BRACKET_RE = re.compile(r"[A-Z][A-Za-z'.-]+ ?$")


def english_name_before_bracket(text: str, start: int) -> bool:
    """`Frank（王小明）`: a Chinese name in brackets right after an English one."""
    if start == 0 or text[start - 1] not in "(（":
        return False
    return _ENGLISH_BEFORE_BRACKET_RE.search(text, max(0, start - 26), start - 1) is not None


def clause_start_before(text: str, start: int) -> bool:
    """The name opens a clause or a bracket (`，王小明說`, `（陳怡君）`), or follows a space
    that separates it from other Chinese text (`三年二班 王小明、陳大文`)."""
    if start == 0:
        return False
    if text[start - 1] in " \t\u3000":
        return start > 1 and is_cjk(text[start - 2])
    return text[start - 1] in CLAUSE_MARKS


def standalone_token(text: str, start: int, end: int) -> bool:
    """Whitespace or a line edge on both sides: `Hi team，林建良 的 mobile`."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    return before in " \n\t" and after in " \n\t"


def after_cue(text: str, start: int, end: int) -> int:
    """Tier of what follows the name: a title, an English name in brackets, a chat speaker's
    colon or a contact-data row (ROLE); a letter closing (WEAK: shops sign letters too)."""
    if (
        title_at(text, end)
        or _ENGLISH_NAME_RE.match(text, end) is not None
        or _chat_speaker(text, start, end)
        or _header_speaker(text, start, end)
        or _in_contact_row(text, start, end)
    ):
        return ROLE
    return WEAK if sign_off_at(text, start, end) else 0


def _chat_speaker(text: str, start: int, end: int) -> bool:
    """`王小明：今天會晚到` or `[10:32] 王小明: ok` at the start of a line."""
    if text[end : end + 1] != ":":
        return False
    before = text[max(0, start - 48) : start]  # room for "[26/Mar/2023:02:36:38 +0800] "
    line = before[before.rfind("\n") + 1 :] if "\n" in before or start <= 48 else None
    return line is not None and _SPEAKER_PREFIX_RE.fullmatch(line) is not None


# The time after a chat header's speaker, the rest of the line: "陳美玲  14:30", "蕭美8:15"
# (OCR often drops the space), "林志明 下午 3:05".
_HEADER_TIME_RE = re.compile(
    r"[ \t]*(?:上午|下午)?[ \t]*[0-9]{1,2}:[0-9]{2}(?:[ \t]?[AaPp][Mm])?[ \t]*(?:\n|$)"
)


def _header_speaker(text: str, start: int, end: int) -> bool:
    """A chat app's message header: the speaker's name opening its line, then the time."""
    return line_start_before(text, start) and _HEADER_TIME_RE.match(text, end) is not None


def _in_contact_row(text: str, start: int, end: int) -> bool:
    """A whole table cell or space-separated field on a line that also holds contact data."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    edges = _CELL_SEPARATORS | {"\n", " "}
    if before not in edges or after not in edges:
        return False
    line_start = text.rfind("\n", max(0, start - _LINE_WINDOW), start) + 1
    line_end = text.find("\n", end, end + _LINE_WINDOW)
    line = text[line_start : line_end if line_end >= 0 else end + _LINE_WINDOW]
    return bool(_CONTACT_RE.search(line))


_NAME_HEADERS = frozenset(
    ("姓名", "名字", "中文姓名", "聯絡人", "收件人", "申請人", "負責人", "name")
)
_TABLE_SPLIT_RE = re.compile(r"[|\t,]")


def table_name_cells(lower: str) -> frozenset[int]:
    """Start offsets of the cells under a name column header (`| 姓名 | 電話 |`, tab or comma
    separated), up to the next blank line."""
    if not any(header in lower for header in _NAME_HEADERS if not header.isascii()):
        return frozenset()
    starts: set[int] = set()
    columns: list[int] | None = None
    offset = 0
    for line in lower.split("\n"):
        cells = _cells(line, offset)
        offset += len(line) + 1
        if not line.strip():
            columns = None
        elif columns is None:
            # Every name column: "Name,姓名,Phone" holds an English and a Chinese one.
            names = [i for i, (_, cell) in enumerate(cells) if cell in _NAME_HEADERS]
            columns = names if names and len(cells) > 1 else None
        else:
            starts.update(cells[i][0] for i in columns if i < len(cells))
    return frozenset(starts)


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """(start offset of the cell's first non-space character, stripped cell text)."""
    cells, begin = [], 0
    bounds = [m.start() for m in _TABLE_SPLIT_RE.finditer(line)] + [len(line)]
    for bound in bounds:
        raw = line[begin:bound]
        stripped = raw.strip()
        if stripped or bound != bounds[0] or not line.startswith("|"):
            lead = len(raw) - len(raw.lstrip())
            cells.append((offset + begin + lead, stripped))
        begin = bound + 1
    return cells

"""The context that tells a Chinese name from an everyday word: labels, titles, form structure.

Every function takes the normalised text (`Document.norm`, or `Document.lower` for labels) and
positions in it, and answers with a cue tier: FORM > ROLE > WEAK > 0 (no cue).
"""

from __future__ import annotations

import re
from functools import cache

from desktop.engine.detectors.names_zh_cue_words import (
    CLOSING_PREFIXES,
    CLOSINGS,
    FIELD_LABELS,
    INTRO_WORDS,
    SIGN_OFFS,
    TITLES,
    word_list,
)

# The cue tiers, which every Chinese-name detector imports from here.
from desktop.engine.detectors.names_zh_cue_words import FORM as FORM
from desktop.engine.detectors.names_zh_cue_words import ROLE as ROLE
from desktop.engine.detectors.names_zh_cue_words import WEAK as WEAK

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
    words = {label: (ROLE, FORM) for label in FIELD_LABELS}
    words.update({word: (tier, tier) for word, tier in INTRO_WORDS.items()})
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
    title = _word_at(text, pos, TITLES)
    # 君 is also a given-name character (陳怡君): a title only where the word ends.
    return bool(title) and (title != "君" or ends_word(text, text.index("君", pos) + 1))


def sign_off_at(text: str, start: int, end: int) -> bool:
    """`王小明 敬上`: a closing after a name that stands on its own."""
    word = _word_at(text, end, SIGN_OFFS)
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
    word_list(
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
    if closing in CLOSINGS:
        return True
    return len(closing) <= 10 and closing.startswith(CLOSING_PREFIXES)


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

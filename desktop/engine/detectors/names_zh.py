"""Chinese personal names (`王小明`, `歐陽娜娜`, `陳先生`), found through cues.

A name is a listed surname (single or compound) and a given name of one or two characters. The
surname characters are also everyday words (高興, 方法, 安全), so a name is only reported with a
cue (names_zh_cues), and the cue's strength decides how plausible the given name must look:

- form: a label with a separator (`姓名：`, `收件人 Recipient：`, `| 聯絡人 |`) or `我叫`; only
  function words and listed non-names are refused;
- role: a title after the name (`先生`, `經理`, `您好`), `我是`, a glued label (`收件人王小明`), an
  English name in brackets, a chat speaker's colon, a table row with contact data, a signature
  after `Best regards,`, a list continuing a name; one given-name character must be common;
- weak: a verb or role word before it (`請`, `感謝`, `客戶`), or only the name's position (the
  start of a line, a space-separated token, after `跟`/`是`); every given-name character must be
  common, and position-only names must have three characters and visibly end.

Below form level, candidates that are everyday words are refused: listed words and brands,
places, words that begin the candidate (高興地) or make up its given name (張國家), and words
that the surname character ends (形成, 有關). A surname followed by a title (`王先生`) yields the
surname. A full name found with a cue is also masked wherever else it occurs in the document.
Spans never include labels or titles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from desktop.engine.detectors.address_zh import places
from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.names_zh_cues import (
    BOUNDARY_BEFORE,
    CLOSING_MARKS,
    FORM,
    ROLE,
    WEAK,
    after_cue,
    chain_separator,
    clause_start_before,
    ends_word,
    english_name_before_bracket,
    hint_before,
    is_cjk,
    label_before,
    line_start_before,
    sign_off_at,
    signature_before,
    standalone_token,
    table_name_cells,
    title_at,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_SCORES = {FORM: 0.85, ROLE: 0.75, WEAK: 0.6}
_SURNAME_ONLY_SCORE = 0.5
_REPEAT_SCORE = 0.7
_MIN_UNCUED_LENGTH = 3  # names found only by their position (line start, standalone) or repeated

# Never part of a given name: function words, kinship and title characters, units (names_zh_form
# reads it too).
NON_NAME = frozenset(
    "的了是在不也都就和與及或把被讓給對從到說嗎呢吧啊哦喔啦個們這那哪什麼怎誰有沒會要能為因所但而且"
    "果等請您你妳我他她它於上下來去過著得地很太更最已將才再還只並先後前內外間時年日號塊次件"
    "位名點分秒電話址路街區市縣鄉村里鄰樓室公司局處部院所校系班組課科業務費錢款帳戶碼店館廠社團隊"
    "姐姊哥弟妹爸媽叔姨嫂婆爺奶老師醫經主教授律董總同事員客者女好謝感嗨哈喂用做看想知問答叫姓稱資料"
    "表單證卡機網箱郵寄收送回覆報告各每某該此本共計加減約多幾些兩三四五六七八九十負責"
    "堂坊齋舖鋪閣記棧"  # shop-name endings: 金石堂, 老王記
)
# Two common-name characters that form an everyday word after a surname-like character
# (請于明天, 給王大家), or a company-name ending (橋子王生技 敬上).
_GIVEN_WORD_LIST = (
    "明天 大家 天天 一定 一起 一直 一樣 大概 大多 生技 科技 企業 實業 工業 國際 電子 資訊 建設 "
    "食品 銀行 證券 保險 醫院 診所 書局 商行 興業 開發 光電 精密 文化 傳媒 生活 美學 "
    # Words of characters that also begin given names (可欣, 如萍, 若瑜, 其昌, 之恆, 元豪).
    "可以 可能 可是 可惜 可愛 如果 如何 如此 如下 若是 若干 其實 其他 其中 其餘 之後 之前 之間 "
    "元月 元旦 千萬 千元"
)
_GIVEN_WORDS = frozenset(_GIVEN_WORD_LIST.split())
# Words that often follow a name (王明明天到, 陳進反映): where the character after a one-character
# given name begins one of these, the name has ended.
_FOLLOW_WORD_LIST = (
    "明天 今天 昨天 後天 明年 今年 上午 下午 早上 晚上 中午 反映 表示 說明 負責 "
    "處理 回覆 回報 確認 聯繫 聯絡 整理 跟進 主持 報告 提出 提供 同意 認為 希望 "
    "打算 決定 建議 幫忙 準備 出差 請假 休假 離職 加入 離開 通知 寄出 收到 看到 知道 "
    "覺得 應該 需要 一起 目前 已經 剛剛 開會 簽名 簽核 審核 核准 填寫 上班 下班 "
    "生日 住在 傳給 傳來 會去 手機 電話 地址 信箱 帳號 之前 昨晚 今晚 寄來 打來 生病 出生 來電 "
    "沒人 重新 冒用 記一 記下 記得 轉帳 匯款 繳費 刷卡"
)
_FOLLOW_WORDS = frozenset(_FOLLOW_WORD_LIST.split())
FOLLOW_WORDS = _FOLLOW_WORDS  # also ends a nickname (names_zh_nick)
# Company-name words at or right after a candidate's end (華聯電子有限公司, 華晶國際酒店,
# 華中航空): the candidate is a company's or a shop's name, not a person's.
_COMPANY_AFTER_RE = re.compile(
    r"(?:有限公司|股份|公司|企業|實業|工業|科技|電子|國際|集團|銀行|商行|事務所|診所|醫院|"
    r"書局|文教|建設|食品|航空|海運|電腦|資訊|廣告|百貨|藥品|汽車|生技|行號|"
    # shops and firms named after their owner (黃大目豆干, 吳家鐵板燒, 王陳聯合會計師事務所)
    r"鐵板燒|豆干|小吃|餐廳|麵館|麵店|牛肉麵|旅行社|工作室|商店|藥局|書店|茶行|麵包店|餅店|"
    r"早餐店|補習班|幼兒園|水果行|五金行|機車行|聯合)"
)


_PLACE_VERBS = frozenset("去到在來回住進從於往")
# Surnames common enough to be taken as a husband's surname in front of a name found without
# it (陳林美玉女士); rarer ones are too often prepositions or verbs (請向林志玲小姐請教).
_MARRIED_SURNAMES = frozenset(
    "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱廖賴徐周葉蘇莊江呂蕭羅高潘簡朱鍾游彭詹施胡沈余盧梁趙顏柯翁魏孫"
)


def data_words(name: str) -> frozenset[str]:
    """The whitespace-separated words of a data file, without its "#" comment lines."""
    from importlib import resources  # only when first needed: it is slow to import

    text = resources.files("desktop.engine.detectors").joinpath("data", name).read_text("utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    return frozenset(word for line in lines for word in line.split())


class Lexicon(NamedTuple):
    single: frozenset[str]
    compound: frozenset[str]
    given_chars: frozenset[str]
    never_given: frozenset[str]  # frequent characters of everyday words, not of given names
    blocked: frozenset[str]  # common words, brands and places that look like names
    given_words: frozenset[str]  # everyday words that could pass for a given name
    left_words: frozenset[str]  # everyday words that end in a surname character
    nick_blocked: frozenset[str]  # everyday words shaped like a nickname (小心, 明明)


@cache
def lexicon() -> Lexicon:
    surnames = data_words("zh_surnames.txt") - {"compound:"}
    p = places()
    blocked = data_words("zh_name_blocklist.txt") | p.stems | p.all_names()
    return Lexicon(
        single=frozenset(s for s in surnames if len(s) == 1),
        compound=frozenset(s for s in surnames if len(s) == 2),
        given_chars=data_words("zh_given_chars.txt"),
        never_given=data_words("zh_non_name_chars.txt"),
        blocked=blocked,
        given_words=data_words("zh_given_blocklist.txt") | _GIVEN_WORDS,
        left_words=data_words("zh_name_left_words.txt"),
        nick_blocked=data_words("zh_nick_blocklist.txt"),
    )


@cache
def _surname_re() -> re.Pattern[str]:
    """Any character that can start a surname: a cheap first filter over the text."""
    lex = lexicon()
    firsts = sorted(lex.single | {name[0] for name in lex.compound})
    return re.compile("[" + "".join(firsts) + "]")


class _Found(NamedTuple):
    start: int
    end: int
    tier: int


class _Cue(NamedTuple):
    tier: int  # from a word or structure before the name
    explicit: bool  # a cue word (請, 我是, 姓名：), not only the name's position
    positional: bool  # line start or a hint word (跟, 是) right before: position only


class ChineseNameDetector:
    name = "names_zh"
    label = Label.PERSON

    def detect(self, doc: Document) -> Iterator[Span]:
        lex = lexicon()
        text, lower = doc.norm, doc.lower
        found: list[_Found] = []
        surname_only: list[_Found] = []
        starts: list[int] = []  # every surname position, for the repeated-name pass
        name_cells = table_name_cells(lower)
        last: _Found | None = None
        for match in _surname_re().finditer(text):
            pos = match.start()
            if text[pos] not in lex.single and text[pos : pos + 2] not in lex.compound:
                continue
            starts.append(pos)
            if last is not None and pos < last.end:
                continue
            cue = self._cue_before(text, lower, pos, last)
            if pos in name_cells:
                cue = _Cue(FORM, True, cue.positional)  # under a 姓名 column header
            if cue.tier < FORM and text[pos - 1 : pos + 1] in lex.left_words:
                continue  # 形成, 有關, 照顧: the surname character ends another word
            hit = self._married_name(text, pos, cue, lex) or self._full_name(text, pos, cue, lex)
            if hit is not None:
                hit = self._with_married_surname(text, lower, hit, lex, last)
                found.append(hit)
                last = hit
            elif (only := self._surname_only(text, pos, cue.tier, lex)) is not None:
                surname_only.append(only)
        yield from self._spans(text, found, surname_only)
        yield from self._repeats(text, found, starts)

    @staticmethod
    def _cue_before(text: str, lower: str, pos: int, last: _Found | None) -> _Cue:
        tier = label_before(lower, pos)
        explicit = tier > 0
        if last is not None and chain_separator(text[last.end : pos]):
            # 王小明、陳大文: a list continues as strongly as it began, at least as a weak cue.
            tier, explicit = max(tier, ROLE if last.tier >= ROLE else WEAK), True
        if not tier and english_name_before_bracket(text, pos):
            tier, explicit = ROLE, True  # Frank（王小明）
        if not tier and signature_before(lower, pos):
            tier = ROLE  # a signature stands alone on its line: the name must visibly end
        positional = (
            line_start_before(text, pos) or hint_before(text, pos) or clause_start_before(text, pos)
        )
        return _Cue(tier, explicit, positional)

    def _spans(self, text: str, found: list[_Found], only: list[_Found]) -> Iterator[Span]:
        for hit in found:
            yield Span(hit.start, hit.end, self.label, Source.PATTERN, _SCORES[hit.tier], self.name)
        for hit in only:
            score = _SURNAME_ONLY_SCORE
            yield Span(hit.start, hit.end, self.label, Source.PATTERN, score, self.name)

    def _repeats(self, text: str, found: list[_Found], starts: list[int]) -> Iterator[Span]:
        """The same full name elsewhere in the document, without a cue of its own."""
        names = {text[hit.start : hit.end] for hit in found}
        lengths = sorted({len(name) for name in names}, reverse=True)
        taken = bytearray(len(text))
        for hit in found:
            taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        for pos in starts:
            for length in lengths:
                end = pos + length
                if text[pos:end] not in names or any(taken[pos:end]):
                    continue
                if length >= _MIN_UNCUED_LENGTH or ends_word(text, end):
                    taken[pos:end] = b"\x01" * length
                    yield Span(pos, end, self.label, Source.PATTERN, _REPEAT_SCORE, self.name)
                break

    def _full_name(self, text: str, start: int, cue: _Cue, lex: Lexicon) -> _Found | None:
        lengths = [2] if text[start : start + 2] in lex.compound else []
        if text[start] in lex.single:
            lengths.append(1)
        for surname_len in lengths:
            default: _Found | None = None
            for given_len in (2, 1):
                end = start + surname_len + given_len
                given = text[start + surname_len : end]
                if len(given) < given_len or not all(
                    is_cjk(c) and c not in NON_NAME for c in given
                ):
                    continue
                name = text[start:end]
                after = after_cue(text, start, end)
                followed = after > 0
                tier = max(cue.tier, after)
                positional = not tier and len(name) >= _MIN_UNCUED_LENGTH
                if positional and (cue.positional or standalone_token(text, start, end)):
                    tier = WEAK  # 游素貞剛剛打給我 / Hi team, 林建良 的 mobile
                elif not tier and self._short_standalone(text, start, end, name):
                    tier = WEAK  # 週二 馮漢: a common surname and one name character, alone
                elif not tier and self._short_in_clause(text, start, end, name, cue):
                    tier = WEAK  # 冠軍是莊帆，亞軍: a whole clause, common surname and name
                if not tier or not self._plausible(name, given, tier, lex):
                    continue
                if not followed and self._company_name(text, end):
                    continue  # 華聯電子有限公司: a company's name, not a person's
                # A candidate that ends in a common word (張國家, 牛學習) is that word; one that
                # continues a common word (高興地, 林業局, 高中生) too, unless a title follows.
                if self._looks_like_words(name, given, tier, followed, lex):
                    continue
                if followed or ends_word(text, end):
                    if given_len == 1 and text[end : end + 1] == "君" and surname_len == 1:
                        return _Found(start, end + 1, tier)  # 陳怡君請假: 君 ends the name
                    return _Found(start, end, tier)
                if given_len == 2 and text[end - 1 : end + 1] in _FOLLOW_WORDS:
                    continue  # 施奕明天: the name is 施奕
                # 陸萬國整理, 柴振依報告: a common verb, or a character no name has, follows.
                if (
                    given_len == 2
                    and (cue.tier or cue.positional)
                    and (text[end : end + 2] in _FOLLOW_WORDS or self._never_name(text, end, lex))
                ):
                    return _Found(start, end, tier)
                if given_len == 1 and cue.tier and text[end : end + 2] in _FOLLOW_WORDS:
                    return _Found(start, end, tier)
                # 交給萬娥處理, 我和吳道下午: a character that never belongs to a name follows.
                if (
                    given_len == 1
                    and cue.tier
                    and self._never_name(text, end, lex)
                    and not title_at(text, end - 1)  # 李小姐: a title, not 李小
                ):
                    return _Found(start, end, tier)
                # Nothing marks the end: after a cue word, assume the usual two-character
                # given name.
                if given_len == 2 and cue.explicit and default is None:
                    default = _Found(start, end, tier)
            if default is not None:
                return default
        return None

    @staticmethod
    def _short_standalone(text: str, start: int, end: int, name: str) -> bool:
        """A two-character token standing alone between spaces or line edges (a roster cell);
        `_plausible` still wants a common name character."""
        if len(name) != 2:
            return False
        return standalone_token(text, start, end) or (
            line_start_before(text, start) and text[end : end + 1] in ("\n", "")
        )

    @staticmethod
    def _company_name(text: str, end: int) -> bool:
        """A company word overlaps the candidate's last character or follows it closely."""
        # A verb of place in between (陪張雅婷去醫院) ends the name before the company word.
        return any(
            _COMPANY_AFTER_RE.match(text, at)
            and all(is_cjk(c) and c not in _PLACE_VERBS for c in text[end:at])
            for at in (end - 1, end, end + 1, end + 2)
        )

    @staticmethod
    def _never_name(text: str, pos: int, lex: Lexicon) -> bool:
        """The character at `pos` is never part of a given name: the name ended before it."""
        char = text[pos : pos + 1]
        return bool(char) and (char in NON_NAME or char in lex.never_given)

    @staticmethod
    def _short_in_clause(text: str, start: int, end: int, name: str, cue: _Cue) -> bool:
        """A two-character name between a clause opening (or a hint word) and punctuation."""
        if len(name) != 2 or not cue.positional or name[0] not in _MARRIED_SURNAMES:
            return False
        return end < len(text) and text[end] in CLOSING_MARKS

    def _married_name(self, text: str, pos: int, cue: _Cue, lex: Lexicon) -> _Found | None:
        """周彭靜宜 after a cue or in a list: a husband's surname, then her own surname and a
        two-character given name, ending where a word or before a title (先生, 女士) ends."""
        if not (cue.tier or cue.positional) or text[pos] not in lex.single:
            return None
        if text[pos] in BOUNDARY_BEFORE:
            return None  # 請向林志玲小姐: 向 is a preposition here, not a husband's surname
        if text[pos + 1 : pos + 2] not in lex.single or text[pos : pos + 2] in lex.compound:
            return None
        inner = self._full_name(text, pos + 1, cue, lex)
        if inner is None and (sign_off_at(text, pos, pos + 4) or title_at(text, pos + 4)):
            # 蔡施政蘭 敬上: the closing vouches for the whole four characters
            inner = self._full_name(text, pos + 1, _Cue(FORM, True, cue.positional), lex)
        if inner is None or inner.end - inner.start != 3:
            return None
        if not (ends_word(text, inner.end) or title_at(text, inner.end)):
            return None
        if self._company_name(text, inner.end) or self._company_name(text, inner.end - 1):
            return None  # 王陳聯合會計師事務所: a firm of two partners
        return _Found(pos, inner.end, inner.tier)

    @staticmethod
    def _with_married_surname(
        text: str, lower: str, hit: _Found, lex: Lexicon, last: _Found | None
    ) -> _Found:
        """陳林美玉: a married woman's name may carry her husband's surname in front."""
        start, end = hit.start, hit.end
        double = hit.tier == FORM and end - start == 3 and text[start + 1] in lex.single
        if double and text[end : end + 1] in lex.given_chars and ends_word(text, end + 1):
            return _Found(start, end + 1, hit.tier)  # 姓名：陳林美玉
        before = start - 1
        if end - start != 3 or before < 0 or text[before] not in _MARRIED_SURNAMES:
            return hit
        if last is not None and last.end > before:
            return hit
        if before == 0 or not is_cjk(text[before - 1]) or label_before(lower, before):
            return _Found(before, end, hit.tier)  # 陳林美玉女士
        return hit

    @staticmethod
    def _plausible(name: str, given: str, tier: int, lex: Lexicon) -> bool:
        if name in lex.blocked or given in _GIVEN_WORDS:
            return False
        if tier == FORM:
            return True
        if any(c in lex.never_given for c in given):
            return False
        common = [c in lex.given_chars for c in given]
        # A broad inventory of name characters, but rarer ones occur too: one common character
        # carries a two-character given name, unless an uncommon one is a surname itself
        # (請向林志玲: 向林志 is not a name, 林志玲 is).
        rare = [c for c, known in zip(given, common, strict=True) if not known]
        if any(c in lex.single for c in rare):
            return False
        # A strong cue (@, a title, 我是, a chat speaker) carries even rare characters.
        return any(common) or tier >= ROLE

    @staticmethod
    def _looks_like_words(name: str, given: str, tier: int, followed: bool, lex: Lexicon) -> bool:
        if tier == FORM:
            return False
        if given in lex.given_words:
            return True
        if followed or len(name) < 3 or name[:2] not in lex.blocked:
            return False
        # 跟阿嬤東方冠玲, 打給東方惠岑: a compound surname (also the word 東方) and a name.
        common_given = tier >= ROLE or all(c in lex.given_chars for c in given)
        if name[:2] in lex.compound and len(name) in (3, 4) and common_given:
            return False  # the caller still wants a visible end after a short 東方文
        # 葉子, 王子 are words, but 子 also begins many given names (王子瑜, 葉子晴).
        return not (name[-2] == "子" and name[-1] in lex.given_chars)

    @staticmethod
    def _surname_only(text: str, start: int, before: int, lex: Lexicon) -> _Found | None:
        surname_len = 2 if text[start : start + 2] in lex.compound else 1
        end = start + surname_len
        if not title_at(text, end) or text[end : end + 1] == " ":
            return None
        previous = text[start - 1] if start > 0 else "\n"
        if before or not is_cjk(previous) or previous in BOUNDARY_BEFORE:
            return _Found(start, end, WEAK)
        return None


DETECTORS: tuple[Detector, ...] = (ChineseNameDetector(),)

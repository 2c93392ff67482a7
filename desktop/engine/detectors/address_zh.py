"""Taiwan addresses written in Chinese address grammar.

An address is found from its most reliable part, the street with its numbers
(`忠孝東路四段100號5樓`, `中正巷12號`, `錦安里5鄰3號`), and is then extended to the left over the
administrative units that belong to it: village and 鄰, district, county or city, `臺灣` and a
postcode. County, city and district names come from a fixed list (data/zh_tw_places.txt), which
is what tells where an address starts inside running text such as `客戶台北市大安區...`.

A city or district on its own (`台北市`, `信義區`) is never an address, nor is a street name
without a number unless a county/city and a district, or an address label, come with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from desktop.engine.detectors.base import Detector
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_CN_DIGITS = "零〇一二三四五六七八九十百兩"
_NUM = rf"(?:[0-9]{{1,5}}|[{_CN_DIGITS}]{{1,4}})"
_SP = r"[ ]?"
_SECTION = rf"(?P<section>{_SP}[東西南北]?(?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})段)?"
_LANE = rf"(?P<lane>{_SP}{_NUM}巷)?"
_ALLEY = rf"(?P<alley>{_SP}{_NUM}[弄衖])?"
# "66號之118樓" is 66號之1, 18樓: digits run on into a floor, so 之 takes only the first one.
_HOUSE = (
    rf"(?P<house>{_SP}{_NUM}(?:[-之]{_NUM})?{_SP}號"
    rf"(?:{_SP}之(?:[0-9](?=[0-9]{{1,2}}(?:[樓楼]|[Ff](?![A-Za-z])))|{_NUM}))?)?"
)
_BUILDING = rf"(?:{_SP}(?:[A-Z]|{_NUM})[棟座])?"
# 楼 and 层 (simplified) as typed on a simplified keyboard or read by OCR
_FLOOR = (
    rf"(?:{_SP}(?:(?:地下|B)?{_NUM}(?:[樓楼]|[Ff](?![A-Za-z])|[層层])|B[0-9]{{1,2}}(?![0-9A-Za-z]))"
    rf"(?:[-之]{_NUM})?)?"
)
# "5樓之3室" numbers the room in the floor part: then 室 stands alone.
_ROOM = rf"(?:{_SP}(?:[A-Z]|{_NUM})?室)?"
_TAIL = _SECTION + _LANE + _ALLEY + _HOUSE + _BUILDING + _FLOOR + _ROOM

# A street keyword and what follows it. 巷 names a street only after a name (`中正巷`), not after
# a number (`25巷`, which is a lane of the street before it).
_STREET = rf"(?:大道|路|街|(?<![0-9{_CN_DIGITS}])巷){_TAIL}"
# Rural addresses without a street: village, 鄰, house number (`下崙村5鄰12號`).
_VILLAGE = rf"[村里](?P<neighbourhood>{_SP}{_NUM}鄰)?{_HOUSE}{_BUILDING}{_FLOOR}"

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# Characters that end the word before an address and never occur in Taiwan place or street
# names; a street name is not extended over them (`我住在忠孝東路` starts at 忠).
_STOP_CHARS = frozenset(
    "的在於到住址是為了就也與及或給把被讓近旁過位我你您他她們請寄送搬往從去回要想會已"
    "還再又並且但而等個這哪嗎呢吧啊喔哦司局"
)
_ADMIN_SUFFIXES = frozenset("市縣區鄉鎮里村鄰")
_COUNTRY_PREFIXES = ("中華民國", "臺灣省", "臺灣")
_CONTEXT_WORDS = (
    "地址",
    "住址",
    "居住地",
    "住在",
    "住於",
    "位於",
    "寄到",
    "送到",
    "寄至",
    "送至",
    "搬到",
    "address",
    "addr",
)
# Words ending in 路/街 that are not streets ("網路3號" is not an address).
_NOT_STREET_WORDS = """
    網路 線路 電路 迴路 道路 馬路 公路 鐵路 思路 出路 門路 套路 銷路 去路 來路 岔路 水路
    陸路 走路 上路 後路 歧路 絲路 通路 管路 紋路 逛街 上街 過街 大街 滿街 沿街
"""
_NOT_STREETS = frozenset(_NOT_STREET_WORDS.split())
NO_PLACE, PLACE_STEM, CITY_OR_DISTRICT = 0, 1, 2
_MAX_LOOKBACK = 30  # characters scanned left of a street keyword
_MAX_STREET_PART = 12  # village + 鄰 + street name between the district and the keyword
_FALLBACK_NAME = 3  # street-name length assumed when nothing marks where it starts


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use, so that importing the detector stays cheap."""
    return re.compile(_STREET), re.compile(_VILLAGE)


def fold_tai(text: str) -> str:
    """臺 and 台 are interchangeable in place names; fold to 臺 (same length)."""
    return text.replace("台", "臺")


class Places(NamedTuple):
    cities: frozenset[str]  # 臺北市, 新竹縣, ... (incl. pre-2010 counties)
    units: frozenset[str]  # 大安區, 竹北市, 阿里山鄉, ...
    stems: frozenset[str]  # 臺北, 大安, 竹北: names without their suffix, 2+ characters

    def all_names(self) -> frozenset[str]:
        return self.cities | self.units


@cache
def places() -> Places:
    """The county/city and district list (read once)."""
    from importlib import resources  # only when first needed: it is slow to import

    data = resources.files("desktop.engine.detectors").joinpath("data", "zh_tw_places.txt")
    text = data.read_text("utf-8")
    cities: set[str] = set()
    units: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        city, _, rest = line.partition(":")
        cities.add(city.strip())
        units.update(rest.split())
    stems = {name[:-1] for name in cities | units if len(name) >= 3}
    return Places(frozenset(cities), frozenset(units), frozenset(stems))


def _match_name(text: str, pos: int, names: frozenset[str], suffixes: str) -> int:
    """End of a listed name (or listed stem + suffix) starting at `pos`, else -1."""
    p = places()
    for length in (4, 3, 2):
        if pos + length <= len(text) and text[pos : pos + length] in names:
            return pos + length
    for length in (3, 2):
        end = pos + length
        if text[pos:end] in p.stems and end < len(text) and text[end] in suffixes:
            return end + 1
    return -1


def _skip_space(text: str, pos: int) -> int:
    return pos + 1 if pos < len(text) and text[pos] == " " else pos


def admin_chain_end(text: str, pos: int) -> int:
    """End of `county/city [district]` or `district` starting at `pos` in folded text, else -1."""
    p = places()
    end = _match_name(text, pos, p.cities, "市縣")
    if end >= 0:
        after_district = _match_name(text, _skip_space(text, end), p.units, "區鄉鎮市")
        return after_district if after_district >= 0 else end
    return _match_name(text, pos, p.units, "區鄉鎮市")


def _is_cjk(char: str) -> bool:
    return bool(_CJK_RE.match(char))


def _run_start(text: str, keyword: int) -> int:
    """Leftmost index of the place-name run before `keyword` (CJK, 鄰 numbers, unit spaces)."""
    lo = max(0, keyword - _MAX_LOOKBACK)
    i = keyword
    while i > lo:
        char = text[i - 1]
        if _is_cjk(char) and char not in _STOP_CHARS:
            i -= 1
        elif char.isdigit() and i < keyword and text[i] == "鄰":
            while i > lo and text[i - 1].isdigit():
                i -= 1
        elif char == " " and i >= 2 and text[i - 2] in _ADMIN_SUFFIXES:
            i -= 1
        else:
            break
    return i


def _extend_prefix(text: str, start: int) -> int:
    """Extend an address that starts with a city or district over `臺灣` and a postcode."""
    for prefix in _COUNTRY_PREFIXES:
        if text[max(0, start - len(prefix)) : start] == prefix:
            start -= len(prefix)
            break
    pos = start - 1 if start > 0 and text[start - 1] == " " else start
    closing = pos > 0 and text[pos - 1] == ")"
    digits_end = pos - 1 if closing else pos
    digits_start = digits_end
    while digits_start > 0 and text[digits_start - 1].isdigit():
        digits_start -= 1
    count = digits_end - digits_start
    if count not in (3, 5, 6) or text[digits_start] == "0":
        return start
    if digits_start > 0 and text[digits_start - 1].isascii() and text[digits_start - 1].isalnum():
        return start
    if closing:
        if digits_start == 0 or text[digits_start - 1] != "(":
            return start
        return digits_start - 1
    return digits_start


def address_start(text: str, keyword: int) -> tuple[int, int]:
    """Where the address whose street keyword is at `keyword` starts, and what anchors it:
    CITY_OR_DISTRICT, PLACE_STEM or NO_PLACE. `text` is the 臺-folded normalised text."""
    run = _run_start(text, keyword)
    for pos in range(run, keyword - 1):
        end = admin_chain_end(text, pos)
        if 0 <= end < keyword and keyword - end <= _MAX_STREET_PART:
            return _extend_prefix(text, pos), CITY_OR_DISTRICT
    # A place written without its suffix (`中和林森路`, `100 台北忠孝東路`) still marks the
    # start, but is too weak to vouch for a street without a number. A short run is taken
    # whole: `大橋頭西路` is one street name, not 大 + 橋頭.
    short = keyword - run <= _FALLBACK_NAME + 1
    stems = places().stems
    for pos in range(run, run + 1 if short else keyword - 2):
        for length in (3, 2):
            end = pos + length
            if end < keyword and text[pos:end] in stems and keyword - end <= _MAX_STREET_PART:
                return _extend_prefix(text, pos), PLACE_STEM
    if short:
        return run, NO_PLACE
    return keyword - _FALLBACK_NAME, NO_PLACE


class ChineseAddressDetector:
    name = "address_zh"
    label = Label.ADDRESS

    def detect(self, doc: Document) -> Iterator[Span]:
        text = fold_tai(doc.norm)
        yield from self._streets(doc, text)
        yield from self._villages(doc, text)

    def _streets(self, doc: Document, text: str) -> Iterator[Span]:
        for match in _patterns()[0].finditer(text):
            keyword = match.start()
            if keyword == 0 or not _is_cjk(text[keyword - 1]):
                continue  # a street needs a name
            start, anchor = address_start(text, keyword)
            if start >= keyword:
                continue
            if anchor == NO_PLACE and text[start : keyword + 1] in _NOT_STREETS:
                continue
            anchored = anchor == CITY_OR_DISTRICT
            numbered = match.group("house") or match.group("lane") or match.group("alley")
            labelled = self._has_label(doc, start)
            if numbered:
                score = 0.9 if anchored or labelled else 0.85
            elif anchored and (labelled or self._city_and_district(text, start, keyword)):
                score = 0.7
            else:
                continue
            yield Span(start, match.end(), self.label, Source.PATTERN, score, self.name)

    def _villages(self, doc: Document, text: str) -> Iterator[Span]:
        for match in _patterns()[1].finditer(text):
            if not match.group("house"):
                continue
            keyword = match.start()
            start, anchor = address_start(text, keyword)
            anchored = anchor == CITY_OR_DISTRICT
            # The village needs a name of its own, and a 鄰 or a district to vouch for it.
            if keyword - start < 1 or not (anchored or match.group("neighbourhood")):
                continue
            if not anchored:
                start = max(start, keyword - 3)
            yield Span(start, match.end(), self.label, Source.PATTERN, 0.85, self.name)

    @staticmethod
    def _has_label(doc: Document, start: int) -> bool:
        window = doc.before(start, 12)
        return any(word in window for word in _CONTEXT_WORDS)

    @staticmethod
    def _city_and_district(text: str, start: int, keyword: int) -> bool:
        p = places()
        for pos in range(start, keyword):
            end = _match_name(text, pos, p.cities, "市縣")
            if end >= 0:
                return _match_name(text, _skip_space(text, end), p.units, "區鄉鎮市") >= 0
        return False


DETECTORS: tuple[Detector, ...] = (ChineseAddressDetector(),)

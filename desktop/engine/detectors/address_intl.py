"""Postal addresses of continental Europe, Japan and Singapore (ADDRESS), found by format.

- German/Austrian/Swiss/Dutch: a street with a street suffix and a house number, then a
  postcode and a town: "Lindenallee 8a, 81234 München", "Keizersgracht 12-III\n1015 CJ Amsterdam".
  Streets whose name alone says little ("Am Hang", "Ostring") need the postcode and town.
- Japan in Japanese: "〒106-0032 東京都港区六本木2-14-1 サンハイツ302" (postcode or prefecture,
  then city/ward, then block numbers); romanised: "Room 8, 2-5-1 Umeda, Kita-ku, Osaka 530-0001".
- Singapore: "Blk 81 Toa Payoh Lor 7, #02-13, Singapore 310081": a block or house number and a
  street, a unit and the six-digit postcode.

A street word, a block number or a postcode alone is never an address here: each form needs the
parts that together only an address has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.base import Detector
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_UP = "A-ZÄÖÜÀÁÂÈÉÊËÎÏÔŒÙÚÛÇ"
_LOW = "a-zäöüßàáâãèéêëìíîïñòóôõœùúûýÿç"
_CAP = rf"[{_UP}][{_LOW}]+"
_BEFORE = rf"(?<![{_UP}{_LOW}0-9'’-])"

# --- Germany, Austria, Switzerland, the Netherlands ---------------------------------------------

# Suffixes that make a street on their own ("Kastanienweg 5"). Others also end ordinary words:
# "Parkplatz 5" (a parking space) needs a town after it, "Spring 2024" a postcode.
_BARE_SFX = (
    "straße strasse str. allee weg gasse damm ufer chaussee"
    " straat gracht laan plein kade singel dijk steeg dreef"
)
_LINE_SFX = "platz steig pfad stieg"
_WEAK_SFX = "ring markt"


def _sfx(words: str, *, capital: bool) -> str:
    forms = [w[0].upper() + w[1:] if capital else w for w in words.split()]
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


_ADJ = "Alte|Alter|Neue|Neuer|Obere|Untere|Hohe|Große|Kleine|Lange|Oude|Nieuwe|Korte|Grote"
_ARTICLES = "Die|Der|Das|Den|Dem|Des|Eine|Einer|Diese|Dieser|Jede|Unsere|Ihre|Meine|The|This"
_STREET = (
    # "Laan van Meerdervoort", "Plein van de Republiek"
    r"(?P<laan>(?:Laan|Plein|Kade|Weg|Straat|Singel|Dreef|Dijk)[ ](?:van|aan|op|bij|naar)"
    rf"(?:[ ](?:de[rn]?|het|'t))?[ ]{_CAP}(?:[ -]{_CAP}){{0,2}})"
    # "Am Markt", "An der Alster", "Unter den Linden"
    r"|(?P<pre>(?:Am|An[ ]de[rn]|Auf[ ]de[mnr]|Im|In[ ]de[nr]|Zum|Zur|Unter[ ]den|Hinter[ ]de[mnr]"
    rf"|Vor[ ]dem|Beim|Bei[ ]der|Op[ ]de|Aan[ ]de)[ ]{_CAP}(?:-{_CAP})*)"
    # "Schönhauser Allee", "Berliner Straße"
    rf"|(?P<two>(?!(?:{_ARTICLES})[ ]){_CAP}[ ](?:(?P<two_strong>"
    rf"{_sfx('straße strasse str. allee platz gasse damm ufer chaussee', capital=True)})"
    rf"|{_sfx('weg ring markt steig pfad', capital=True)}))"
    # "Friedrichstraße", "Karl-Marx-Allee", "Hauptstr.", "Neue Kastanienweg"
    rf"|(?:(?:{_ADJ}|[Vv]an(?:[ ]de[rn]?)?|Sint|St\.)[ ])?(?P<one>[{_UP}][{_LOW}]+"
    rf"(?:-[{_UP}{_LOW}][{_LOW}]+)*(?:(?P<one_bare>{_sfx(_BARE_SFX, capital=False)}"
    rf"|-(?:{_sfx(_BARE_SFX, capital=True)}))|(?P<one_line>{_sfx(_LINE_SFX, capital=False)}"
    rf"|-(?:{_sfx(_LINE_SFX, capital=True)}))|{_sfx(_WEAK_SFX, capital=False)}"
    rf"|-(?:{_sfx(_WEAK_SFX, capital=True)})))"
)
# 34, 34a, 12-14, 593-III, 196-A, 12 hs, 4/2; never a measure ("Weg 5 km").
_HOUSE_NO = (
    r"\d{1,4}(?:[ ]?[a-zA-Z](?![A-Za-z0-9]))?"
    r"(?:[-/](?:\d{1,4}[a-zA-Z]?|[IVX]{1,4}|[A-Za-z]{1,2})(?![A-Za-z0-9]))?"
    r"(?:[ ](?:hs|huis|bis|I{1,3})(?![A-Za-z0-9]))?"
    # "5,5" and "5.3" are decimals; "8a,81234 München" (a full-width comma, folded) is not
    r"(?![0-9A-Za-z%€$]|[.:]\d|,\d{1,3}(?![0-9])"
    r"|[ ]?(?:km|m|min|Min|Minuten|Meter|Uhr|Euro|EUR|h)(?![A-Za-z]))"
)
# "Freiburg im Breisgau", "Frankfurt am Main", "Den Haag", "Halle (Saale)", "'s-Hertogenbosch"
_TOWN = (
    rf"(?:'s-)?(?:(?:Den|De|Bad|Sankt|St\.|La|Le)[ ])?{_CAP}(?:-[{_UP}{_LOW}][{_LOW}]+)*"
    rf"(?:[ ](?:im|am|an[ ]der|an|bei|ob[ ]der|aan[ ]de[nr]?|in|op)[ ]{_CAP}|[ ]\({_CAP}\))?"
)
_EU_COUNTRY = (
    r"(?:,[ ]*(?:Deutschland|Germany|Österreich|Austria|Schweiz|Switzerland|Suisse|Nederland"
    r"|(?:the[ ])?Netherlands))?"
)
_EU_RE = re.compile(
    rf"{_BEFORE}(?P<street_all>{_STREET})[ ]+(?P<no>{_HOUSE_NO})"
    # a postcode and town after a comma, a line break or spaces: "1016 GV", "A-1010", "50667"
    r"(?:(?P<postal>(?:,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t]+)"
    rf"(?:\d{{4}}[ ]?[A-Z]{{2}}|(?:[A-Z]{{1,2}}-)?\d{{4,5}})[ \t]+{_TOWN}{_EU_COUNTRY})"
    # or only a town on the next line
    rf"|(?P<town_line>[ \t]*\r?\n[ \t]*{_TOWN}{_EU_COUNTRY}(?=[ \t]*(?:\r?\n|\Z))))?"
    rf"(?![{_UP}{_LOW}0-9])"
)
# "Rückweg 2 Stunden", "Fluchtweg 3 Personen": a noun after a lone street's number counts it.
_NOUN_AFTER_RE = re.compile(rf"[ ]+[{_UP}0-9]")

# --- Japan ---------------------------------------------------------------------------------------

_KANJI = r"\u3005\u4e00-\u9fff"
_KANA = r"\u3041-\u3096\u30a1-\u30fa"
# 1 都, 1 道, 2 府 and 43 県 of two or three characters.
_PREFECTURE = rf"(?:[{_KANJI}]{{2,3}}県|東京都|北海道|京都府|大阪府)"
_MUNICIPALITY = rf"(?:[{_KANJI}{_KANA}]{{1,6}}?[市区郡町村]){{1,3}}"
_BLOCK = (
    r"(?:(?:\d{1,4}|[一二三四五六七八九十]{1,3})丁目[ ]?\d{1,4}"
    r"(?:番地?(?:[ ]?\d{1,4}号?)?|-\d{1,4})?"
    r"|\d{1,4}-\d{1,4}(?:-\d{1,4})?|\d{1,5}番地?(?:の?\d{1,4}号?)?)(?![0-9])"
)
# A building is named in katakana ("サンハイツ", "メゾン桜"; "ー" reads as "-" after folding) or in
# Latin capitals, then its room or floor: "302", "15F", "201号室".
_BUILDING = (
    rf"(?:[ ]?(?:[{_KANJI}]{{0,6}}[\u30a1-\u30fa][{_KANJI}\u30a1-\u30fb-]{{0,20}}?"
    r"|[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,3}[ ]?)"
    r"\d{1,4}(?:号室|号|階|F|室)?(?![0-9A-Za-z-]))?"
)
_JP_POSTCODE = r"(?<![0-9-])(?:〒[ ]?)?\d{3}-\d{4}(?![0-9])"
_JP_RE = re.compile(
    rf"(?:(?P<postcode>{_JP_POSTCODE})[ ]*(?:{_PREFECTURE})?|(?:〒[ ]?)?{_PREFECTURE})"
    rf"{_MUNICIPALITY}[{_KANJI}{_KANA}]{{0,10}}?{_BLOCK}{_BUILDING}"
)
_ROMAN_WARD = r"(?:ku|shi|machi|cho|gun|mura)"
_JP_ROMAN_RE = re.compile(
    # "Room 855, ", "#458, ", "Sakura Heights 706, "
    r"(?<![0-9A-Za-z])(?:(?:(?:Room|Rm\.?|Apt\.?|Unit|Suite|Flat)[ ]?|#)\d{1,4}[A-Z]?,?[ ]+"
    r"|(?:[A-Z][a-z]+[ ]){1,3}\d{1,4},[ ]+)?"
    r"\d{1,4}-\d{1,4}(?:-\d{1,4})?[ ]+[A-Z][a-z]+(?:[- ][A-Za-z][a-z]+){0,2},[ ]*(?:\r?\n[ \t]*)?"
    rf"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?-{_ROMAN_WARD}(?![A-Za-z])"
    r"(?P<city>,[ ]*(?:\r?\n[ \t]*)?[A-Z][a-z]+(?:-(?:shi|ken|fu|to))?(?![A-Za-z]))?"
    r"(?P<postcode>,?[ ]*(?:〒[ ]?)?\d{3}-\d{4}(?![0-9]))?"
    r"(?(postcode)(?:,[ ]*Japan(?![A-Za-z]))?)"
)

# --- Singapore -----------------------------------------------------------------------------------

_SG_WORD = r"(?:[A-Z][A-Za-z']*\.?|\d{1,3}[A-Z]?)"
_SG_UNIT = r"#\d{1,3}-\d{1,5}[A-Z]?(?![0-9A-Za-z])"
_SG_GAP = r",?[ \t]*(?:\r?\n[ \t]*){0,2}"
_SG_RE = re.compile(
    rf"(?<![0-9A-Za-z#-])(?P<unit0>{_SG_UNIT},?[ ]+)?"
    r"(?P<blk>(?:Blk|BLK|Block|Apt[ ]Blk)\.?[ ]?)?\d{1,4}[A-Z]?[ ]"
    rf"(?P<street>[A-Z][A-Za-z']*\.?(?:[ ]{_SG_WORD}){{0,6}})"
    rf"(?:{_SG_GAP}(?P<unit>{_SG_UNIT})(?:[ ][A-Z][A-Za-z']+(?:[ ][A-Z][A-Za-z']+){{0,3}})?)?"
    rf"(?P<gap>{_SG_GAP})"
    r"(?:(?P<sg>Singapore|SINGAPORE)[ ]?\(?\d{6}\)?|S\(\d{6}\)|(?P<bare>\d{6}))(?![0-9A-Za-z])"
)
_SG_STREET_TYPE = re.compile(
    r"(?<![A-Za-z])(?:St|Street|Rd|Road|Ave|Avenue|Lor|Lorong|Dr|Drive|Cres|Crescent|Jln|Jalan"
    r"|Ring|Link|Walk|Way|Close|Central|Boulevard|Blvd|Lane|Ln|Place|Pl|Terrace|Park|Quay"
    r"|Square|Sq|Hill|Rise|View|Grove|Green|Heights|Gardens)\.?(?![A-Za-z])"
)
# A bare postcode ends its line or the address: "...Lor 7\n080233", "..., 080233."
_SG_BARE_END = re.compile(r"[ \t]*(?:[\r\n,.;)]|\Z)")


class InternationalAddressDetector:
    """ADDRESS spans for European, Japanese and Singaporean address formats."""

    name = "address_intl"

    def detect(self, doc: Document) -> Iterator[Span]:
        text = doc.norm
        yield from self._european(text)
        # The Japanese and Singaporean patterns start on every digit: run them only where their
        # tell-tale parts occur at all.
        if re.search(r"[都道府県〒]", text):
            yield from self._spans(_JP_RE, text, 0.85)
        if re.search(rf"[a-z]-{_ROMAN_WARD}(?![A-Za-z])", text):
            yield from self._japan_roman(text)
        if re.search(r"Singapore|SINGAPORE|#\d|Blk|BLK|Block|S\(\d", text):
            yield from self._singapore(text)

    def _spans(self, pattern: re.Pattern[str], text: str, score: float) -> Iterator[Span]:
        for m in pattern.finditer(text):
            yield Span(m.start(), m.end(), Label.ADDRESS, Source.PATTERN, score, self.name)

    def _european(self, text: str) -> Iterator[Span]:
        for m in _EU_RE.finditer(text):
            street = m.group("one") or ""
            short_abbr = street.endswith("str.") and len(street) < 8  # "Instr. 3", "Constr. 5"
            bare = bool(m.group("laan") or m.group("two_strong") or m.group("one_bare"))
            bare = bare and not short_abbr
            if m.group("postal") is not None:
                # "Im Jahr 2020, 10000 Besucher": a weak street needs a house number's size.
                digits = len(m.group("no")) - len(m.group("no").lstrip("0123456789"))
                if not bare and not m.group("one_line") and digits > 3:
                    continue
                score = 0.85
            elif m.group("town_line") is not None and (bare or m.group("one_line")):
                score = 0.8
            elif bare and not _NOUN_AFTER_RE.match(text, m.end()):
                score = 0.75
            else:
                continue
            yield Span(m.start(), m.end(), Label.ADDRESS, Source.PATTERN, score, self.name)

    def _japan_roman(self, text: str) -> Iterator[Span]:
        for m in _JP_ROMAN_RE.finditer(text):
            # A block triple and a ward could be a list of codes; a city or postcode settles it.
            score = 0.85 if m.group("city") or m.group("postcode") else 0.7
            yield Span(m.start(), m.end(), Label.ADDRESS, Source.PATTERN, score, self.name)

    def _singapore(self, text: str) -> Iterator[Span]:
        for m in _SG_RE.finditer(text):
            has_unit = m.group("unit") is not None or m.group("unit0") is not None
            has_block = m.group("blk") is not None
            if m.group("bare") is not None:
                # Only the unit or block says this number is a postcode.
                if not (has_unit or has_block) or not m.group("gap").strip(" \t"):
                    continue
                if _SG_BARE_END.match(text, m.end()) is None:
                    continue
            elif not (has_unit or has_block or _SG_STREET_TYPE.search(m.group("street"))):
                continue
            yield Span(m.start(), m.end(), Label.ADDRESS, Source.PATTERN, 0.85, self.name)


DETECTORS: tuple[Detector, ...] = (InternationalAddressDetector(),)

"""Postal addresses written in English (ADDRESS): Taiwan's English style and common street forms.

An address is found as a chain of components separated by commas, spaces or line breaks:
"5F., No. 100, Sec. 4, Zhongxiao E. Rd., Da'an Dist., Taipei City 10694, Taiwan (R.O.C.)",
"Apt 4B, 350 Fifth Avenue, New York, NY 10118", "221B Baker Street, London NW1 6XE". One
component is rarely an address by itself ("Section 2 of the report", "No. 5 on the list",
"Main Street", "Taipei City" are not), so a chain needs a point (a house number, floor or unit)
together with a street or an area, or a street together with an area. A numbered street with a
clear suffix ("1600 Amphitheatre Parkway") and a PO box stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.engine.detectors.address_en_parts import (
    AREA,
    AU_STATE_POSTCODE,
    BEFORE_SUFFIX,
    CA_POSTCODE,
    COMPONENTS,
    LOCALITY,
    POINT,
    RARE_SUFFIX,
    STATE_NAMES,
    STREET,
    STREET_NAME,
    STRONG_SUFFIX,
    SUFFIX,
    TAIL,
    TW_CITIES,
    TW_POSTCODE,
    WEAK_SUFFIX,
    alternatives,
)
from desktop.engine.detectors.base import NOT_ALNUM_AFTER, Detector
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_NA = NOT_ALNUM_AFTER
# Named roads and areas share one pattern (one pass over the text instead of four): capitalised
# words, then the word that says what they name.
_NAMED_RE = re.compile(
    rf"{STREET_NAME}{BEFORE_SUFFIX}(?:(?P<road>{SUFFIX}(?:[ \t]+\d{{1,2}}(?![0-9/:.-]))?)"
    r"|(?P<village>Vil\.|Village|Li)"
    r"|(?P<district>Dist\.?|District|Township|Twp\.?|DIST\.?|DISTRICT|TOWNSHIP)"
    rf"|(?P<city>City|County|CITY|COUNTY)){_NA}"
)
_NAMED_KINDS = (
    ("road", frozenset({STREET})),
    ("village", frozenset({AREA})),
    ("district", frozenset({AREA})),
    ("city", frozenset({AREA})),
)
# A postcode before or after a city: "106 Taipei City", "Taipei City 10694", "City, 235".
_POSTCODE_AFTER_RE = re.compile(rf",?[ \t]*{TW_POSTCODE}{_NA}")
_POSTCODE_BEFORE_RE = re.compile(rf"(?<![0-9]){TW_POSTCODE}[ \t]*\Z")
_COMPONENT_RES = tuple(
    (kind, classes, re.compile(rf"(?:{pattern}){_NA}")) for kind, classes, pattern in COMPONENTS
)
# Between two components of one address: a comma, spaces, or one line break.
_JOIN_RE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:\r?\n[ \t]*)?")
# Locality words between a street and a state/ZIP or postcode: "..., Mountain View, CA 94043".
_BRIDGE_RE = re.compile(rf"[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?{LOCALITY}[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?")
# The places after a street address, one at a time: ", London.", ", Mount Eden, Auckland 1024",
# "\nTokyo 180-2579", ", 80000 Johor Bahru, Johor", ", Dublin D09 DCRV". Each one counts only
# if the address could end right after it.
_ANY_POSTCODE = (
    r"(?:\d{3}-\d{4}|\d{4,6}|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})"
    r"(?![0-9A-Za-z])"
)
_TAIL_PLACE = rf"(?:(?:[A-Z]{{2,3}}[ \t]+)?{LOCALITY}(?:-(?:shi|ku|cho|machi|gun))?)"
_TAIL_STEP_RE = re.compile(
    rf"(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*)?|[ \t]*\r?\n[ \t]*|[ \t]+(?={_ANY_POSTCODE}))"
    rf"(?P<place>{_ANY_POSTCODE}[ \t]+{_TAIL_PLACE}|{_TAIL_PLACE}(?:,?[ \t]+{_ANY_POSTCODE})?"
    rf"|{_ANY_POSTCODE})"
)
_TAIL_END_RE = re.compile(
    r"[ \t]*(?:[,.;:)），。、\n]|$)|[ \t]*[\u3400-\u9fff]"
    r"|[ \t]+(?:on|in|from|for|and|is|was|by|until|with|since)[ \t]"
)
_MAX_TAIL_STEPS = 4
# Every component holds one of these; components are searched for only near them, because
# running every component pattern over a whole long text costs milliseconds.
_ANCHOR_WORDS = (
    "No Ln Aly Sec Section Dist District Township Twp Vil Village Neighborhood Nbhd City County"
    " Box POB Apt Apartment Suite Ste Unit Rm Room Floor Fl Flat Bldg Building Blk Block Jalan Jln"
    " Lorong Lrg Persiaran Lebuh Apts Apartments Residency Residences Tower Towers Level"
    " Strand Cottage House Farm"
)
_ANCHOR_RES = (
    re.compile(
        rf"(?:{STRONG_SUFFIX}|{WEAK_SUFFIX}|{RARE_SUFFIX}|{alternatives(_ANCHOR_WORDS)}"
        rf"|{alternatives(TW_CITIES + '|' + STATE_NAMES, with_upper=False)})(?![a-z])"
    ),
    re.compile(
        r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]{2}\.?[ \t]+\d{5}"
        rf"|{AU_STATE_POSTCODE}|{CA_POSTCODE}|Rue|Boul|Chemin|Montée|Côte"
    ),
    re.compile(r"\d{1,3}(?:F|/F|st|nd|rd|th)|[a-z]-(?:shi|ku|cho|machi|gun)(?![a-z])"),
)
_WINDOW_BEFORE, _WINDOW_AFTER = 90, 40  # longer than any component on that side
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
# Words before a number that make it something else than a house number.
_NOT_A_HOUSE_NO_RE = re.compile(
    r"(?i)(?:invoice|order|case|ticket|ref|reference|account|acct|policy|serial|model|item"
    r"|claim|tracking|phone|tel|fax|id|receipt|contract|document|doc|form|file|patent|license"
    r"|licence|passport|member|customer|employee|student|version|issue|bug|step|page|chapter"
    r"|figure|table|section|top|vol|part|rule|level|season|episode)\.?[ \t]*(?:No\.?[ \t]*)?\Z"
)
_LAST_WORD_RE = re.compile(r"[A-Za-z]{3,}\Z")
_ABBREVIATION_WORDS = (
    "ave blvd pkwy hwy ter tce cir trl cres gdns expwy expy fwy rte dist twp vil sec aly apt ste"
    " bldg nbhd"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split(" "))


@dataclass(frozen=True, slots=True)
class _Component:
    start: int
    end: int
    kind: str
    classes: frozenset[str]


class EnglishAddressDetector:
    """ADDRESS spans for addresses written in Latin script."""

    name = "address_en"

    def detect(self, doc: Document) -> Iterator[Span]:
        text = doc.norm
        components = [
            comp for start, end in _windows(text) for comp in _components(text, start, end)
        ]
        for chain in _chains(text, components):
            score = _chain_score(chain)
            if score is None:
                continue
            start, end = chain[0].start, chain[-1].end
            end = _with_tail_locality(text, end)
            yield Span(start, end, Label.ADDRESS, Source.PATTERN, score, self.name)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around anchors, merged where they overlap."""
    anchors = sorted(m.span() for pattern in _ANCHOR_RES for m in pattern.finditer(text))
    windows: list[tuple[int, int]] = []
    for anchor_start, anchor_end in anchors:
        start = max(0, anchor_start - _WINDOW_BEFORE)
        end = min(len(text), anchor_end + _WINDOW_AFTER)
        while end < len(text) and not text[end].isspace():
            end += 1  # never cut a word: the end-of-word checks must see what follows
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def _components(text: str, start: int, end: int) -> list[_Component]:
    found: list[_Component] = []
    for kind, classes, pattern in _COMPONENT_RES:
        for m in pattern.finditer(text, start, end):
            if m.start() and text[m.start() - 1] in _ASCII_ALNUM:
                continue  # checked here: a leading look-behind would slow every pattern down
            if kind in ("no", "street") and _NOT_A_HOUSE_NO_RE.search(
                text, max(0, m.start() - 16), m.start()
            ):
                continue  # "Invoice No. 4711", "Chapter 3 Main Street"
            strong = "strong" in pattern.groupindex and m.group("strong") is not None
            stop = m.end() - 1 if _ends_with_full_stop(text, m.end()) else m.end()
            found.append(
                _Component(m.start(), stop, kind, classes | {"strong"} if strong else classes)
            )
    found.extend(_named_places(text, start, end))
    found.sort(key=lambda c: (c.start, -c.end))
    chosen: list[_Component] = []
    for comp in found:
        if chosen and comp.start < chosen[-1].end:
            continue
        chosen.append(comp)
    return chosen


def _named_places(text: str, start: int, end: int) -> Iterator[_Component]:
    for m in _NAMED_RE.finditer(text, start, end):
        first, last = m.span()
        if first and text[first - 1] in _ASCII_ALNUM:
            continue
        kind, classes = next(k for k in _NAMED_KINDS if m.group(k[0]) is not None)
        if kind == "road" and m.group("strong") is not None:
            classes = classes | {"strong"}
        if kind == "city":
            after = _POSTCODE_AFTER_RE.match(text, last)
            before = _POSTCODE_BEFORE_RE.search(text, max(0, first - 8), first)
            last = after.end() if after else last
            first = before.start() if before else first
        elif _ends_with_full_stop(text, last):
            last -= 1
        yield _Component(first, last, kind, classes)


def _ends_with_full_stop(text: str, end: int) -> bool:
    """ "Street." at the end of a sentence: the dot is punctuation, not an abbreviation's."""
    if text[end - 1] != ".":
        return False
    word = _LAST_WORD_RE.search(text, max(0, end - 12), end - 1)
    return word is not None and word.group().lower() not in _ABBREVIATIONS


def _chains(text: str, components: list[_Component]) -> Iterator[list[_Component]]:
    chain: list[_Component] = []
    for comp in components:
        if chain and _joined(text, chain[-1], comp):
            chain.append(comp)
            continue
        if chain:
            yield chain
        chain = [comp]
    if chain:
        yield chain


def _joined(text: str, left: _Component, right: _Component) -> bool:
    gap = text[left.end : right.start]
    if _JOIN_RE.fullmatch(gap):
        return True
    bridgeable = right.kind in _POSTAL_KINDS and left.classes & {POINT, STREET}
    return bool(bridgeable and _BRIDGE_RE.fullmatch(gap))


# A town before the postcode ("Liverpool L13 5DF") is part of these, the suburb before it not.
_POSTAL_KINDS = frozenset(
    {
        "state_zip", "uk_postcode", "au_state", "ca_postcode", "locality_state_zip",
        "locality_uk_postcode", "locality_au_state", "locality_ca_province",
    }
)  # fmt: skip


def _with_tail_locality(text: str, end: int) -> int:
    """Extend an address over the towns and postcodes after it. A step over a line break
    needs a postcode or a comma after it: the next line may
    be a new field ("Rent per month")."""
    best, pos = end, end
    for _ in range(_MAX_TAIL_STEPS):
        step = _TAIL_STEP_RE.match(text, pos)
        if step is None:
            break
        pos = step.end()
        if _TAIL_END_RE.match(text, pos) is None:
            continue
        if "\n" in text[step.start() : step.start("place")]:
            has_code = re.search(r"\d", step.group("place")) is not None
            if not has_code and not text.startswith(",", pos):
                break
        best = pos
    return best


def _chain_score(chain: list[_Component]) -> float | None:
    classes: set[str] = set()
    for comp in chain:
        classes |= comp.classes
    body = [c for c in chain if TAIL not in c.classes]
    if "alone" in classes:
        return 0.9
    if any(c.kind in ("street", "french_street") and "strong" in c.classes for c in body):
        return 0.85
    if len(body) >= 2 and POINT in classes and (STREET in classes or AREA in classes):
        return 0.85
    if len(body) >= 2 and STREET in classes and AREA in classes:
        return 0.8
    if "alone_weak" in classes:
        return 0.6
    return None


DETECTORS: tuple[Detector, ...] = (EnglishAddressDetector(),)

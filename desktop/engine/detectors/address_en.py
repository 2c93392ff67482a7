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

from desktop.engine.detectors.base import NOT_ALNUM_AFTER, Detector
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# Component classes.
POINT, STREET, AREA, WEAK, TAIL = "point", "street", "area", "weak", "tail"


def _alternatives(words: str, *, with_upper: bool = True) -> str:
    """A regex alternation of words (or "|"-separated phrases), also in capitals ("ROAD")."""
    items = words.split("|") if "|" in words else words.split()
    if with_upper:
        items += [w.upper() for w in items if w.upper() != w]
    # Grouped by first letter: Python's regex engine tries alternatives one by one, so a flat
    # list of 200 words costs 200 attempts wherever a capital letter stands.
    groups: dict[str, list[str]] = {}
    for word in set(items):
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(groups.items()):
        rests.sort(key=len, reverse=True)
        parts.append(re.escape(first) + "(?:" + "|".join(re.escape(r) for r in rests) + ")")
    return "|".join(parts)


_NA = NOT_ALNUM_AFTER
_SP = r"[ \t]+"
# Latin-1 letters too: French and Spanish street and town names (René-Lévesque, Montréal).
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ'’"
_WORD = (
    rf"(?:[{_UP}][{_LO}]+(?:-[{_UP}a-z][{_LO}]+)*|[A-Z]{{2,}}(?:['’-][A-Z]+)*"
    r"|\d{1,3}(?:st|nd|rd|th))"
)
_DIRECTION = r"(?:[NSEW]\.|[NSEW]|North|South|East|West|NE|NW|SE|SW|N\.[EW]\.|S\.[EW]\.)"
_STRONG_SUFFIX = _alternatives(
    "Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Parkway Pkwy Highway Hwy"
)
_WEAK_SUFFIX = _alternatives(
    "Way Court Ct Place Pl Terrace Ter Tce Circle Cir Square Sq Trail Trl Crescent Cres Close"
    " Grove Gardens Gdns Row Mews Walk Alley Plaza Loop Pike Expressway Expwy Expy Freeway Fwy"
    " Av Parade Pde Approach Rise Vale Wharf Quay Esplanade Promenade Circuit Cct Broadway"
    " Cross"
)
# The rest of the USPS street suffixes: a street only after a house number ("12 Nicole Forks").
_RARE_SUFFIX = _alternatives(
    "Annex Arcade Bayou Beach Bend Bluff Bluffs Bottom Branch Bridge Brook Brooks Burg Burgs"
    " Bypass Camp Canyon Cape Causeway Center Centers Circles Cliff Cliffs Club Common Commons"
    " Corner Corners Course Courts Cove Coves Creek Crest Crossing Crossroad Curve Dale Dam"
    " Divide Drives Estate Estates Extension Extensions Fall Falls Ferry Field Fields Flat"
    " Flats Ford Fords Forest Forge Forges Fork Forks Fort Gateway Glen Glens Green Greens"
    " Groves Harbor Harbors Haven Heights Hill Hills Hollow Inlet Island Islands Isle Junction"
    " Junctions Key Keys Knoll Knolls Lake Lakes Land Landing Light Lights Loaf Lock Locks"
    " Lodge Manor Manors Meadow Meadows Mill Mills Mission Motorway Mount Mountain Mountains"
    " Neck Orchard Oval Overpass Park Parks Parkways Pass Passage Path Pine Pines Plain Plains"
    " Point Points Port Ports Prairie Radial Ramp Ranch Rapid Rapids Rest Ridge Ridges River"
    " Roads Rue Run Shoal Shoals Shore Shores Skyway Spring Springs Spur Spurs Squares Station"
    " Stravenue Stream Streets Summit Throughway Trace Track Trafficway Tunnel Turnpike"
    " Underpass Union Unions Valley Valleys Via Viaduct View Views Village Villages Ville Vista"
    " Walks Wall Ways Well Wells Route Rte Mall Garden"
)
_SUFFIX = rf"(?:(?:{_STRONG_SUFFIX})(?P<strong>)|(?:{_WEAK_SUFFIX}))\.?"
_HOUSE_SUFFIX = rf"(?:(?:{_STRONG_SUFFIX})(?P<strong>)|(?:{_WEAK_SUFFIX}|{_RARE_SUFFIX}))\.?"
_STREET_NAME = rf"(?:{_DIRECTION}{_SP})?(?:{_WORD}{_SP}){{0,3}}{_WORD}(?:{_SP}{_DIRECTION})??"
# A space before the suffix, or none after an abbreviation's dot ("Zhongxiao E.Rd.").
_BEFORE_SUFFIX = r"(?:[ \t]+|(?<=\.))"
# "7/41 Wattle Street": unit 7 of house 41, the Australian way.
_HOUSE = r"(?:\d{1,4}[A-Z]?/)?\d{1,6}[A-Z]?(?:-\d{1,4}[A-Z]?)?"
_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming"
)
_STATE_ALTERNATIVES = _alternatives(
    _STATES.replace(" ", "|") + "|" + _STATE_NAMES, with_upper=False
)
_LOCALITY = rf"(?:St\.?[ \t]+)?[{_UP}][{_LO}]+(?:[ \t-][{_UP}][{_LO}]+){{0,3}}"
_TW_CITIES = (
    "Taipei|New Taipei|Taoyuan|Taichung|Tainan|Kaohsiung|Keelung|Hsinchu|Chiayi|Miaoli|Changhua"
    "|Nantou|Yunlin|Pingtung|Yilan|Hualien|Taitung|Penghu|Kinmen|Lienchiang|Taizhong|Gaoxiong"
    "|Jilong|Xinzhu|Jiayi|Zhanghua|Ilan"
)
_TW_POSTCODE = r"\d{3}(?:\d{2,3})?"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
# Australian states with a 4-digit postcode; Canadian provinces with an "A1A 1A1" postal code
# (the letters D, F, I, O, Q and U never occur in one).
# Each state's postcodes start with its own digits (Australia Post), so "NT 1500" (New Taiwan
# dollars) or "SA 2024" is no state and postcode.
_AU_STATE_POSTCODE = (
    r"(?:NSW[ \t]+[12]\d{3}|VIC[ \t]+[38]\d{3}|QLD[ \t]+[49]\d{3}|SA[ \t]+5\d{3}"
    r"|WA[ \t]+6\d{3}|TAS[ \t]+7\d{3}|NT[ \t]+08\d{2}|ACT[ \t]+(?:02|26|29)\d{2})"
)
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d"
_CA_PROVINCE = r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
# French street types come before the name: "1200 Rue Sherbrooke", "9675 Boul. René-Lévesque".
_FRENCH_STREET = (
    r"(?:Rue|Boulevard|Boul\.|Blvd\.?|Avenue|Av\.|Chemin|Ch\.|Route|Rang|Montée|Côte|Place)"
    rf"{_SP}(?:(?:de|des|du|la|le|l'|d')[ \t]*){{0,2}}{_WORD}(?:{_SP}{_WORD}){{0,2}}"
    r"(?:[ \t]+(?:Ouest|Est|Nord|Sud|O|E|N|S)(?![\w.]))?"
)

_MALAY_STREET = (
    rf"(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya){_SP}"
    rf"(?:{_WORD}|[A-Z]{{1,3}})(?:{_SP}(?:{_WORD}|\d{{1,3}}(?:/\d{{1,3}})?)){{0,3}}"
)
# A named residential building: "Green Park Apts", "Lakeview Towers", "Sai Residency".
_BUILDING = (
    rf"(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}"
    r"(?:Apts\.?|Apartments|Residency|Residences|Towers?|Mansions?|Condominiums?|Enclave)"
)

# (kind, classes, pattern). Kinds matter only for tests and debugging.
_COMPONENTS: tuple[tuple[str, frozenset[str], str], ...] = (
    (
        "po_box",
        frozenset({"alone"}),
        r"(?:P\.?[ \t]?O\.?[ \t]*Box|PO[ \t]*Box|Post[ \t]+Office[ \t]+Box|POB)"
        r"[ \t]*#?[ \t]*\d{1,8}",
    ),
    (
        "street",
        frozenset({POINT, STREET}),
        rf"{_HOUSE}{_SP}{_STREET_NAME}{_BEFORE_SUFFIX}{_HOUSE_SUFFIX}"
        r"(?:[ \t]+\d{1,2}(?![0-9/:.-]))?(?:[ \t]*#[ \t]?\d{1,5}[A-Z]?)?",
    ),
    ("french_street", frozenset({POINT, STREET, "strong"}), rf"{_HOUSE}{_SP}{_FRENCH_STREET}"),
    # Malay street types come first too: "Jalan Tun Razak", "Lorong Maarof", "Jalan SS 2/24".
    ("malay_street", frozenset({STREET}), _MALAY_STREET),
    # Japanese block addresses: chome-block-house, then the district ("1-14-19 Kichijoji").
    (
        "jp_block",
        frozenset({POINT}),
        r"\d{1,2}-\d{1,2}(?:-\d{1,3})?[ \t]+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?",
    ),
    ("jp_ward", frozenset({AREA}), r"[A-Z][a-z]+-(?:shi|ku|cho|machi|gun)"),
    ("building", frozenset({AREA}), _BUILDING),
    ("no", frozenset({POINT}), r"(?:No|NO)\.?[ \t]*\d{1,5}(?:-\d{1,4})*"),
    (
        "floor",
        frozenset({POINT}),
        r"(?:B?\d{1,3}F\.?(?:-\d{1,3})?|\d{1,3}/F|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Floor|Fl\.?|FLOOR)"
        r"|(?:Floor|Fl\.|FLOOR)[ \t]*\d{1,3})",
    ),
    (
        "unit",
        frozenset({POINT}),
        r"(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Rm\.?|Room|Flat|Bldg\.?|Building|APT\.?|SUITE"
        r"|UNIT|RM\.?|ROOM|FLAT|Blk\.?|Block|BLK)[ \t]*#?[ \t]*[A-Z]?\d{1,5}[A-Z]?(?:[-/]\d{1,4})?"
        r"|#\d{1,3}-\d{1,5}",
    ),
    ("lane", frozenset({STREET}), r"(?:Ln\.?|Lane|LN\.?|LANE)[ \t]*\d{1,4}(?:-\d{1,3})?"),
    ("alley", frozenset({STREET}), r"(?:Aly\.?|Alley|ALY\.?|ALLEY)[ \t]*\d{1,4}(?:-\d{1,3})?"),
    ("section", frozenset({WEAK}), r"(?:Sec\.?|Section|SEC\.?)[ \t]*(?:\d{1,2}|[IVX]{1,4})"),
    (
        "neighbourhood",
        frozenset({AREA}),
        r"(?:Neighborhood|Nbhd\.?|Lin)[ \t]*\d{1,3}|\d{1,3}(?:st|nd|rd|th)[ \t]+Neighborhood",
    ),
    (
        "city",
        frozenset({AREA}),
        rf"(?:{_TW_CITIES})(?=[ \t]*(?:,|\d|\n|$))(?:,?[ \t]*{_TW_POSTCODE}{_NA})?",
    ),
    (
        "locality_state_zip",
        frozenset({AREA, "alone_weak"}),
        rf"{_LOCALITY},?[ \t]+(?:{_STATE_ALTERNATIVES})\.?"
        r"[ \t]+\d{5}(?:-\d{4})?",
    ),
    (
        "state_zip",
        frozenset({AREA}),
        rf"(?:{_STATE_ALTERNATIVES})\.?[ \t]+"
        r"\d{5}(?:-\d{4})?",
    ),
    (
        "locality_uk_postcode",
        frozenset({AREA, "alone_weak"}),
        rf"{_LOCALITY},?[ \t]+{_UK_POSTCODE}",
    ),
    ("uk_postcode", frozenset({AREA}), _UK_POSTCODE),
    (
        "locality_au_state",
        frozenset({AREA, "alone_weak"}),
        rf"{_LOCALITY},?[ \t]+{_AU_STATE_POSTCODE}",
    ),
    ("au_state", frozenset({AREA}), _AU_STATE_POSTCODE),
    (
        "locality_ca_province",
        frozenset({AREA, "alone_weak"}),
        rf"{_LOCALITY},?[ \t]+{_CA_PROVINCE}[ \t]+{_CA_POSTCODE}",
    ),
    ("ca_postcode", frozenset({AREA}), rf"(?:{_CA_PROVINCE}[ \t]+)?{_CA_POSTCODE}"),
    (
        "country",
        frozenset({TAIL}),
        r"Taiwan(?:[ \t]*\(R\.?O\.?C\.?\))?|TAIWAN(?:[ \t]*\(R\.?O\.?C\.?\))?|R\.O\.C\.|ROC|USA"
        r"|U\.S\.A\.|United States(?: of America)?|UK|U\.K\.|United Kingdom|England|Scotland"
        r"|Wales|Canada|Australia|Japan|Singapore|Hong Kong|China",
    ),
)
# Named roads and areas share one pattern (one pass over the text instead of four): capitalised
# words, then the word that says what they name.
_NAMED_RE = re.compile(
    rf"{_STREET_NAME}{_BEFORE_SUFFIX}(?:(?P<road>{_SUFFIX}(?:[ \t]+\d{{1,2}}(?![0-9/:.-]))?)"
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
_POSTCODE_AFTER_RE = re.compile(rf",?[ \t]*{_TW_POSTCODE}{_NA}")
_POSTCODE_BEFORE_RE = re.compile(rf"(?<![0-9]){_TW_POSTCODE}[ \t]*\Z")
_COMPONENT_RES = tuple(
    (kind, classes, re.compile(rf"(?:{pattern}){_NA}")) for kind, classes, pattern in _COMPONENTS
)
# Between two components of one address: a comma, spaces, or one line break.
_JOIN_RE = re.compile(r"[ \t]*(?:,[ \t]*)?(?:\r?\n[ \t]*)?")
# Locality words between a street and a state/ZIP or postcode: "..., Mountain View, CA 94043".
_BRIDGE_RE = re.compile(rf"[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?{_LOCALITY}[ \t]*,?[ \t]*")
# The places after a street address, one at a time: ", London.", ", Mount Eden, Auckland 1024",
# "\nTokyo 180-2579", ", 80000 Johor Bahru, Johor", ", Dublin D09 DCRV". Each one counts only
# if the address could end right after it.
_ANY_POSTCODE = (
    r"(?:\d{3}-\d{4}|\d{4,6}|[A-Z]\d{2}[ \t]?[A-Z\d]{4}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})"
    r"(?![0-9A-Za-z])"
)
_TAIL_PLACE = rf"(?:(?:[A-Z]{{2,3}}[ \t]+)?{_LOCALITY}(?:-(?:shi|ku|cho|machi|gun))?)"
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
    " Lorong Lrg Persiaran Lebuh Apts Apartments Residency Residences Tower Towers"
)
_ANCHOR_RES = (
    re.compile(
        rf"(?:{_STRONG_SUFFIX}|{_WEAK_SUFFIX}|{_RARE_SUFFIX}|{_alternatives(_ANCHOR_WORDS)}"
        rf"|{_alternatives(_TW_CITIES + '|' + _STATE_NAMES, with_upper=False)})(?![a-z])"
    ),
    re.compile(
        r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]{2}\.?[ \t]+\d{5}"
        rf"|{_AU_STATE_POSTCODE}|{_CA_POSTCODE}|Rue|Boul|Chemin|Montée|Côte"
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


_POSTAL_KINDS = frozenset({"state_zip", "uk_postcode", "au_state", "ca_postcode"})


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

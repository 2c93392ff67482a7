"""The vocabulary of Latin-script addresses: street types, states, postcodes, house names and
the component patterns that address_en.py chains into addresses."""

from __future__ import annotations

import re

from desktop.engine.detectors.base import NOT_ALNUM_AFTER

# Component classes.
POINT, STREET, AREA, WEAK, TAIL = "point", "street", "area", "weak", "tail"


def alternatives(words: str, *, with_upper: bool = True) -> str:
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
STRONG_SUFFIX = alternatives(
    "Street St Avenue Ave Road Rd Boulevard Blvd Drive Dr Lane Ln Parkway Pkwy Highway Hwy"
)
WEAK_SUFFIX = alternatives(
    "Way Court Ct Place Pl Terrace Ter Tce Circle Cir Square Sq Trail Trl Crescent Cres Close"
    " Grove Gardens Gdns Row Mews Walk Alley Plaza Loop Pike Expressway Expwy Expy Freeway Fwy"
    " Av Parade Pde Approach Rise Vale Wharf Quay Esplanade Promenade Circuit Cct Broadway"
    " Cross"
)
# The rest of the USPS street suffixes: a street only after a house number ("12 Nicole Forks").
RARE_SUFFIX = alternatives(
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
SUFFIX = rf"(?:(?:{STRONG_SUFFIX})(?P<strong>)|(?:{WEAK_SUFFIX}))\.?"
_HOUSE_SUFFIX = rf"(?:(?:{STRONG_SUFFIX})(?P<strong>)|(?:{WEAK_SUFFIX}|{RARE_SUFFIX}))\.?"
STREET_NAME = rf"(?:{_DIRECTION}{_SP})?(?:{_WORD}{_SP}){{0,3}}{_WORD}(?:{_SP}{_DIRECTION})??"
# A space before the suffix, or none after an abbreviation's dot ("Zhongxiao E.Rd.").
BEFORE_SUFFIX = r"(?:[ \t]+|(?<=\.))"
# "7/41 Wattle Street": unit 7 of house 41, the Australian way.
_HOUSE = r"(?:\d{1,4}[A-Z]?/)?\d{1,6}[A-Z]?(?:-\d{1,4}[A-Z]?)?"
_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI"
)
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming"
)
_STATE_ALTERNATIVES = alternatives(_STATES.replace(" ", "|") + "|" + STATE_NAMES, with_upper=False)
# Towns joined by a particle too: "Bradford-on-Avon", "Kingston upon Thames".
_TOWN_JOIN = r"(?:-(?:on|upon|under|le|la|sur|en|de|by|the|in)-|[ \t]upon[ \t]|[ \t-])"
LOCALITY = rf"(?:St\.?[ \t]+)?[{_UP}][{_LO}]+(?:{_TOWN_JOIN}[{_UP}][{_LO}]+){{0,3}}"
TW_CITIES = (
    "Taipei|New Taipei|Taoyuan|Taichung|Tainan|Kaohsiung|Keelung|Hsinchu|Chiayi|Miaoli|Changhua"
    "|Nantou|Yunlin|Pingtung|Yilan|Hualien|Taitung|Penghu|Kinmen|Lienchiang|Taizhong|Gaoxiong"
    "|Jilong|Xinzhu|Jiayi|Zhanghua|Ilan"
)
TW_POSTCODE = r"\d{3}(?:\d{2,3})?"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
# Australian states with a 4-digit postcode; Canadian provinces with an "A1A 1A1" postal code
# (the letters D, F, I, O, Q and U never occur in one).
# Each state's postcodes start with its own digits (Australia Post), so "NT 1500" (New Taiwan
# dollars) or "SA 2024" is no state and postcode.
AU_STATE_POSTCODE = (
    r"(?:NSW[ \t]+[12]\d{3}|VIC[ \t]+[38]\d{3}|QLD[ \t]+[49]\d{3}|SA[ \t]+5\d{3}"
    r"|WA[ \t]+6\d{3}|TAS[ \t]+7\d{3}|NT[ \t]+08\d{2}|ACT[ \t]+(?:02|26|29)\d{2})"
)
CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]?\d[ABCEGHJ-NPRSTV-Z]\d"
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
# Street types after which a direction may follow: "King Street West", "Main St. E".
_DIRECTION_AFTER = r"(?:[ \t]+(?:North|South|East|West|NE|NW|SE|SW|[NSEW]\.?)(?![\w.-]))?"
_TYPE_NAMES = r"(?:Esplanade|Broadway|Promenade|Strand|Parade|Embankment|Boardwalk)"
_HOUSE_NAME = (
    rf"(?:The{_SP})?(?:{_WORD}{_SP}){{0,2}}"
    r"(?:Cottage|House|Farm|Farmhouse|Lodge|Barn|Forge|Mill|Manor|Hall|Villa|Grange|Rectory"
    r"|Vicarage|Coach[ \t]House|Oast)(?=[ \t]*(?:,|\r?\n))"
)
# A named residential building: "Green Park Apts", "Lakeview Towers", "Sai Residency".
_BUILDING = (
    rf"(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}"
    r"(?:Apts\.?|Apartments|Residency|Residences|Towers?|Mansions?|Condominiums?|Enclave)"
)

# (kind, classes, pattern). Kinds matter only for tests and debugging.
COMPONENTS: tuple[tuple[str, frozenset[str], str], ...] = (
    (
        "po_box",
        frozenset({"alone"}),
        r"(?:P\.?[ \t]?O\.?[ \t]*Box|PO[ \t]*Box|Post[ \t]+Office[ \t]+Box|POB)"
        r"[ \t]*#?[ \t]*\d{1,8}",
    ),
    (
        "street",
        frozenset({POINT, STREET}),
        rf"{_HOUSE}{_SP}{STREET_NAME}{BEFORE_SUFFIX}{_HOUSE_SUFFIX}{_DIRECTION_AFTER}"
        r"(?:[ \t]+\d{1,2}(?![0-9/:.-]))?(?:[ \t]*#[ \t]?\d{1,5}[A-Z]?)?",
    ),
    # A street named by its type alone: "137 Esplanade", "4/99 The Strand", "1619 Broadway".
    ("type_street", frozenset({POINT, STREET}), rf"{_HOUSE}{_SP}(?:The{_SP})?{_TYPE_NAMES}"),
    # A house known by its name before the street (the British way): "Rose Cottage, 14 ...".
    ("house_name", frozenset({POINT}), _HOUSE_NAME),
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
        r"|Level|LEVEL|Lvl\.?"
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
        rf"(?:{TW_CITIES})(?=[ \t]*(?:,|\d|\n|$))(?:,?[ \t]*{TW_POSTCODE}{_NA})?",
    ),
    (
        "locality_state_zip",
        frozenset({AREA, "alone_weak"}),
        rf"{LOCALITY},?[ \t]+(?:{_STATE_ALTERNATIVES})\.?"
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
        rf"{LOCALITY},?[ \t]+{_UK_POSTCODE}",
    ),
    ("uk_postcode", frozenset({AREA}), _UK_POSTCODE),
    (
        "locality_au_state",
        frozenset({AREA, "alone_weak"}),
        rf"{LOCALITY},?[ \t]+{AU_STATE_POSTCODE}",
    ),
    ("au_state", frozenset({AREA}), AU_STATE_POSTCODE),
    (
        "locality_ca_province",
        frozenset({AREA, "alone_weak"}),
        rf"{LOCALITY},?[ \t]+{_CA_PROVINCE}[ \t]+{CA_POSTCODE}",
    ),
    ("ca_postcode", frozenset({AREA}), rf"(?:{_CA_PROVINCE}[ \t]+)?{CA_POSTCODE}"),
    (
        "country",
        frozenset({TAIL}),
        r"Taiwan(?:[ \t]*\(R\.?O\.?C\.?\))?|TAIWAN(?:[ \t]*\(R\.?O\.?C\.?\))?|R\.O\.C\.|ROC|USA"
        r"|U\.S\.A\.|United States(?: of America)?|UK|U\.K\.|United Kingdom|England|Scotland"
        r"|Wales|Canada|Australia|Japan|Singapore|Hong Kong|China",
    ),
)

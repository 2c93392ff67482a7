"""Per-label sanity checks on what the model named, before anything is masked.

A small model names things that are not personal data: a district as an ADDRESS, a meeting time
as a PHONE, a role word (客戶, manager) as a PERSON, a placeholder or public key as a SECRET.
Masking those is the false positive the layer must not add (measured in bench/llm_layer.py).
Each rule looks at the value's own characters, and for a date of birth, a secret or a name at
the words just before it (a birth word, a credential's label, a place word); a name must not be
a company, place or ordinary words (the name detectors' own lists), an address needs a street
part, a secret must look random or follow its label. It works on the width-folded form
(ＡＢＣ１２３ is ABC123). A value whose label needs digits but that has none and is shaped like
a name is relabelled PERSON: the model saw personal data and picked the wrong label, and
masking it is right. Taiwan IDs and card numbers carry a checksum, so the model's must pass it
(the fast layer's validators, reused).
"""

from __future__ import annotations

import re

from desktop.engine.detectors.finance import luhn_valid
from desktop.engine.detectors.tw_id import is_valid_tw_id
from desktop.engine.textnorm import normalize
from desktop.engine.types import Label


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DIGIT_LABELS = {
    Label.PHONE: 7,
    Label.TW_NATIONAL_ID: 6,
    Label.PASSPORT: 5,
    Label.CREDIT_CARD: 12,
    Label.BANK_ACCOUNT: 6,
    Label.IBAN: 8,
    Label.IP_ADDRESS: 4,
}
ROLE_WORDS = frozenset(
    {
        "客戶",
        "客人",
        "顧客",
        "用戶",
        "使用者",
        "經理",
        "主管",
        "老闆",
        "同事",
        "先生",
        "小姐",
        "女士",
        "負責人",
        "承辦人",
        "面試官",
        "老師",
        "醫生",
        "工程師",
        "大家",
        "我",
        "你",
        "他",
        "她",
        "customer",
        "client",
        "user",
        "manager",
        "admin",
        "team",
        "everyone",
        "colleague",
        "sir",
        "madam",
        "support",
        "hr",
        "it",
    }
)
# Words that make a capitalised phrase a team, event or organisation rather than a person.
GROUP_WORDS = frozenset(
    {
        "team",
        "project",
        "group",
        "meeting",
        "committee",
        "department",
        "office",
        "company",
        "inc",
        "ltd",
        "llc",
        "corp",
        "bank",
        "service",
        "desk",
        "support",
        "festival",
        "sale",
        "conference",
        "release",
        "sprint",
        "kickoff",
    }
)
# Words that end or fill a company's name, never a person's ("Northwind Traders", "Blue Harbor
# Analytics"); kept apart from surnames that double as place words (Park, Hall, Lane, Law).
ORG_WORDS = _word_set(
    """traders trading analytics solutions systems technologies technology tech labs
    laboratories partners holdings consulting consultants industries logistics networks
    software electronics enterprises associates media foods motors energy dynamics robotics
    airlines airways pharma pharmaceuticals capital ventures corporation co gmbh plc pty ag
    limited llp lp foundation institute university college school hospital clinic hotel restaurant
    cafe store shop market studio studios productions publishing press bakery brewery
    supplies manufacturing imports exports shipping freight insurance finance financial
    realty properties construction engineering operation initiative programme program
    platform cloud digital global international worldwide"""
)
# Lower-case particles inside names (Ludwig van Beethoven, Maria da Silva).
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "del", "der", "den", "du", "la", "le", "bin", "binti"}
    | {"al", "el", "ibn", "y", "e", "dos", "das", "ter", "ten"}
)
_CJK_NUMERALS = "〇零一二三四五六七八九十百千"
_STREET_RE = re.compile(
    r"\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|blvd|boulevard|"
    r"way|court|ct|place|pl|square|sq|row|close|crescent|terrace|highway|hwy|floor|fl|suite|"
    r"apt|unit|no|flat|gardens?|parade|approach|mews|grove|rise|walk|green|gate|wharf|quay|"
    r"parkway|pkwy|broadway|boul|rue|via|calle|strasse|straße|weg|gasse|platz)\b\.?",
    re.IGNORECASE,
)
_CURRENCY_RE = re.compile(r"元|円|新台幣|NT\$|\bNTD\b|\bTWD\b|\bUSD\b|\$|€|£", re.IGNORECASE)
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'.\-]*")
# A document number (invoice, quote, order, ticket): a short letter prefix, then only digits.
_DOCUMENT_NUMBER_RE = re.compile(r"^[A-Z]{1,4}[-#]?\d{5,}$")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# A Chinese street part: road, street, lane, alley, section, avenue, or a number before 號/樓.
# 道 alone is too common a character (知道), and 號 alone is 編號 (a document number).
_ZH_STREET_RE = re.compile(r"[路街巷弄段鄰]|大道|[\d〇零一二三四五六七八九十百]\s*[號樓]")
# The tail of a Chinese company name (鴻海精密, 台灣大哥大, 聯發科技).
_ZH_COMPANY_RE = re.compile(
    r"(?:有限公司|股份|公司|企業|實業|工業|科技|電子|國際|集團|銀行|商行|事務所|診所|醫院|"
    r"書局|文教|建設|食品|航空|海運|電腦|資訊|廣告|百貨|藥品|汽車|生技|行號|精密|光電|電機|"
    r"電信|半導體|化學|製藥|大哥大)$"
)
_BIRTH_CUE_RE = re.compile(r"生日|出生|生於|birth|born|\bdob\b|\bd\.o\.b", re.IGNORECASE)
_BIRTH_CUE_CHARS = 32
_NAME_RE = re.compile(
    r"^(?:[A-Za-z][A-Za-z'.\-]*(?: [A-Za-z][A-Za-z'.\-]*){0,3}|[\u4e00-\u9fff·]{2,5})$"
)
_PLACEHOLDER_RE = re.compile(
    r"(.)\1{5,}|example|sample|dummy|changeme|your[_-]?(?:api[_-]?)?key", re.I
)
_PUBLIC_KEY_RE = re.compile(
    r"^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-|-----BEGIN (?:[A-Z]+ )?PUBLIC KEY"
    r"|sha(?:1|256|384|512)-)"
)


# A credential's label just before the value: `password: `, `API_KEY=`, `Bearer `, 密碼：.
_CREDENTIAL_CUE_RE = re.compile(
    r"pass(?:word|wd|phrase)?|pwd|secret|token|api[_ -]?key|access[_ -]?key|private[_ -]?key|"
    r"bearer|authori[sz]ation|credential|_url|dsn|密碼|口令|金鑰|私鑰|密鑰|憑證|連線字串",
    re.IGNORECASE,
)
_CREDENTIAL_CUE_CHARS = 40
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_HEX_RE = re.compile(r"^(?:[a-z0-9]+[:=-])?[0-9a-f]+$", re.I)  # a hash or commit id
_VERSION_RE = re.compile(r"^v?\d+(?:\.\d+)+", re.I)
_SYMBOL_RE = re.compile(r"[^\w\s]|_")


def _secret_shaped(value: str) -> bool:
    """Random-looking: a PEM block or connection string, or one token of 8+ characters with
    digits, lower-case letters and upper-case letters or symbols (not a hash, UUID, version,
    date or code: those have no lower case, or only hex)."""
    if value.startswith("-----BEGIN") or re.match(r"^[a-z][a-z0-9+]*://[^\s:@/]*:[^\s@]+@", value):
        return True
    if len(value) < 8 or any(ch.isspace() for ch in value):
        return False
    if _UUID_RE.match(value) or _HEX_RE.match(value) or _VERSION_RE.match(value):
        return False
    lower = any(ch.islower() for ch in value)
    upper = any(ch.isupper() for ch in value)
    return _digits(value) > 0 and lower and (upper or bool(_SYMBOL_RE.search(value)))


def _password_like(value: str) -> bool:
    """A plain password after its label: digits, symbols, a capital inside, or 16+ letters."""
    inner_capital = any(ch.isupper() for ch in value[1:]) and any(ch.islower() for ch in value)
    return bool(_digits(value) or _SYMBOL_RE.search(value) or inner_capital or len(value) >= 16)


def _digits(value: str) -> int:
    return sum(1 for ch in value if ch.isdigit())


def _has_number(value: str) -> bool:
    return any(ch.isdigit() or ch in _CJK_NUMERALS for ch in value)


def _zh_name(value: str) -> bool:
    """A Chinese name: not a company, brand or place (the name detector's lists), and three or
    more characters start with a surname (a given name alone, 美玲, has two; 大立光 has none)."""
    from desktop.engine.detectors.names_zh import lexicon as zh_lexicon

    if "·" in value or not _CJK_RE.fullmatch(value[:1]):
        return True  # a transliteration (阿諾·史瓦辛格) or a mixed value: shape only
    lex = zh_lexicon()
    if _ZH_COMPANY_RE.search(value) or value.replace("台", "臺") in lex.blocked:
        return False
    cjk = "".join(_CJK_RE.findall(value))
    if len(cjk) < 3:
        return True
    return cjk[0] in lex.single or cjk[:2] in lex.compound


def _not_a_name(words: list[str]) -> bool:
    """Ordinary words, places or a set phrase, not a name (the name detector's word lists):
    every word an ordinary English word, a place or a word never in a name ("Blue Harbor",
    "Melbourne"), the last one never in a name ("Golden Week"), or a known phrase."""
    from desktop.engine.detectors.names_en_lexicon import common_words, lexicon

    common, lex = common_words(), lexicon()
    keys = [w.lower().strip(".'-") for w in words]
    if not keys or " ".join(keys) in lex.stop_phrases or keys[-1] in lex.stop:
        return True
    return all(
        (k in common and k not in lex.first and k not in lex.last)
        or k in lex.stop
        or k in lex.brands
        for k in keys
    )


# Words before a place, not a person: "Visited Melbourne", "a trip to Cebu", "based in Leeds".
_PLACE_BEFORE_RE = re.compile(
    r"(?:\bvisit(?:ed|ing)?|\bin|\bnear|\baround|\b(?:trip|flight|flew|move[ds]?|moving|"
    r"travell?(?:ed|ing)?|relocat(?:ed|ing)) to|\bbased in|\blocated in|\bheaded to)\s+$",
    re.IGNORECASE,
)


def _person(value: str, before: str = "") -> bool:
    """A person's name: name-shaped, no company word, not only common words, not where a place
    stands, and a Chinese name that starts with a surname."""
    if not _name_shaped(value) or _PLACE_BEFORE_RE.search(normalize(before[-24:])):
        return False
    words = _LATIN_WORD_RE.findall(value)
    if any(w.lower().strip(".") in ORG_WORDS for w in words):
        return False
    if words and not _CJK_RE.search(value) and _not_a_name(words):
        return False
    return _zh_name(value)


def _address(value: str) -> bool:
    """A street address: a street part and a number (Latin), or a Chinese street part."""
    if _CURRENCY_RE.search(value) or not (" " in value or _CJK_RE.search(value)):
        return False
    if _ZH_STREET_RE.search(value):
        return True
    return bool(_STREET_RE.search(value)) and _digits(value) > 0


def _name_shaped(value: str) -> bool:
    """Letters and no digits; Latin words capitalised (but for particles), none a group word."""
    if _digits(value) or not any(ch.isalpha() for ch in value):
        return False
    cjk = _CJK_RE.findall(value)
    if cjk and len(cjk) > (12 if "·" in value else 5):  # Chinese names are 2 to 4 characters
        return False
    words = _LATIN_WORD_RE.findall(value)
    if any(word.lower() in GROUP_WORDS for word in words):
        return False
    named = [w for w in words if w.lower() not in _PARTICLES]
    return all(w[0].isupper() for w in named) and (not words or bool(named))


def check_value(value: str, label: Label, before: str = "") -> Label | None:
    """The label to mask `value` under, or None to drop it. `before`: the text just before it."""
    folded = normalize(value).strip()
    if not folded or folded.lower() in ROLE_WORDS:
        return None
    if label in _DIGIT_LABELS and _digits(folded) < _DIGIT_LABELS[label]:
        if _digits(folded) == 0 and _NAME_RE.match(folded) and _person(folded, before):
            return Label.PERSON
        return None
    if label is Label.TW_NATIONAL_ID:
        # The format has a checksum: anything else is a parcel, ticket or mistyped number.
        return label if is_valid_tw_id(re.sub(r"[\s-]", "", folded)) else None
    if label is Label.CREDIT_CARD:
        return label if luhn_valid("".join(ch for ch in folded if ch.isdigit())) else None
    if label is Label.PERSON:
        return label if _person(folded, before) else None
    if label is Label.ADDRESS:
        # Words (Latin ones separated by spaces) or CJK, never one code-like token; no amount.
        return label if _address(folded) else None
    if label is Label.DATE_OF_BIRTH:
        cue = _BIRTH_CUE_RE.search(normalize(before[-_BIRTH_CUE_CHARS:]))
        return label if cue and _has_number(folded) else None
    if label is Label.SECRET:
        if _PUBLIC_KEY_RE.match(folded) or _PLACEHOLDER_RE.search(folded):
            return None
        if _DOCUMENT_NUMBER_RE.match(folded):
            return None
        if _secret_shaped(folded):
            return label
        # After a credential's label, a password may be plain (kitty276): one token, no version.
        cue = _CREDENTIAL_CUE_RE.search(normalize(before[-_CREDENTIAL_CUE_CHARS:]))
        plain = not any(ch.isspace() for ch in folded) and not _VERSION_RE.match(folded)
        return label if cue and plain and _password_like(folded) else None
    if label is Label.EMAIL:
        return label if "@" in folded else None
    return label

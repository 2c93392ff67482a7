"""Per-label sanity checks on what the model named, before anything is masked.

A small model names things that are not personal data: a district as an ADDRESS, a meeting time
as a PHONE, a role word (客戶, manager) as a PERSON, a placeholder or public key as a SECRET.
Masking those is the false positive the layer must not add (measured in bench/llm_layer.py).
Each rule looks only at the value's own characters, and for a date of birth at the words just
before it; it works on the width-folded form (ＡＢＣ１２３ is ABC123). A value whose label needs
digits but that has none and is shaped like a name is relabelled PERSON: the model saw personal
data and picked the wrong label, and masking it is right. Taiwan IDs and card numbers carry a
checksum, so the model's must pass it (the fast layer's validators, reused).
"""

from __future__ import annotations

import re

from desktop.engine.detectors.finance import luhn_valid
from desktop.engine.detectors.tw_id import is_valid_tw_id
from desktop.engine.textnorm import normalize
from desktop.engine.types import Label

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
# Lower-case particles inside names (Ludwig van Beethoven, Maria da Silva).
_PARTICLES = frozenset(
    {"van", "von", "de", "da", "di", "del", "der", "den", "du", "la", "le", "bin", "binti"}
    | {"al", "el", "ibn", "y", "e", "dos", "das", "ter", "ten"}
)
_CJK_NUMERALS = "〇零一二三四五六七八九十百千"
_STREET_RE = re.compile(
    r"[路街道巷弄號樓段鄰]|\b(road|rd|street|st|avenue|ave|lane|ln|drive|dr|blvd|boulevard|"
    r"way|court|ct|place|pl|square|sq|row|close|crescent|terrace|highway|hwy|floor|fl|suite|"
    r"apt|unit|no)\b\.?",
    re.IGNORECASE,
)
_CURRENCY_RE = re.compile(r"元|円|新台幣|NT\$|\bNTD\b|\bTWD\b|\bUSD\b|\$|€|£", re.IGNORECASE)
_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'.\-]*")
# A document number (invoice, quote, order, ticket): a short letter prefix, then only digits.
_DOCUMENT_NUMBER_RE = re.compile(r"^[A-Z]{1,4}[-#]?\d{5,}$")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
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


def _digits(value: str) -> int:
    return sum(1 for ch in value if ch.isdigit())


def _has_number(value: str) -> bool:
    return any(ch.isdigit() or ch in _CJK_NUMERALS for ch in value)


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
        if _digits(folded) == 0 and _NAME_RE.match(folded) and _name_shaped(folded):
            return Label.PERSON
        return None
    if label is Label.TW_NATIONAL_ID:
        # The format has a checksum: anything else is a parcel, ticket or mistyped number.
        return label if is_valid_tw_id(re.sub(r"[\s-]", "", folded)) else None
    if label is Label.CREDIT_CARD:
        return label if luhn_valid("".join(ch for ch in folded if ch.isdigit())) else None
    if label is Label.PERSON:
        return label if _name_shaped(folded) else None
    if label is Label.ADDRESS:
        # An address is words (Latin ones separated by spaces) or CJK, never one code-like token.
        if _CURRENCY_RE.search(folded) or not (" " in folded or _CJK_RE.search(folded)):
            return None
        return label if _STREET_RE.search(folded) or _has_number(folded) else None
    if label is Label.DATE_OF_BIRTH:
        cue = _BIRTH_CUE_RE.search(normalize(before[-_BIRTH_CUE_CHARS:]))
        return label if cue and _has_number(folded) else None
    if label is Label.SECRET:
        if _PUBLIC_KEY_RE.match(folded) or _PLACEHOLDER_RE.search(folded):
            return None
        if _DOCUMENT_NUMBER_RE.match(folded):
            return None
        return label
    if label is Label.EMAIL:
        return label if "@" in folded else None
    return label

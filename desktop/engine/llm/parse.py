"""Parsing and validating what the model returned.

Constrained decoding normally yields exactly the schema, but not always: MLX and some servers
only promise "JSON-ish", and any runtime can stop at the token limit mid-array. The parser
therefore accepts the object or a bare array, code fences, and a truncated tail (complete
items before the cut are kept), and validates every item: unknown labels, empty or oversized
values are dropped and counted, never guessed at.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from desktop.engine.llm.schema import MAX_VALUE_CHARS
from desktop.engine.types import TEXT_LABELS, Label

# Names small models use for our labels. Anything else is dropped.
LABEL_SYNONYMS: dict[str, Label] = {
    "NAME": Label.PERSON,
    "PERSON_NAME": Label.PERSON,
    "FULL_NAME": Label.PERSON,
    "PHONE_NUMBER": Label.PHONE,
    "MOBILE": Label.PHONE,
    "TELEPHONE": Label.PHONE,
    "EMAIL_ADDRESS": Label.EMAIL,
    "E-MAIL": Label.EMAIL,
    "NATIONAL_ID": Label.TW_NATIONAL_ID,
    "ID_NUMBER": Label.TW_NATIONAL_ID,
    "ADDR": Label.ADDRESS,
    "STREET_ADDRESS": Label.ADDRESS,
    "CARD_NUMBER": Label.CREDIT_CARD,
    "ACCOUNT_NUMBER": Label.BANK_ACCOUNT,
    "DOB": Label.DATE_OF_BIRTH,
    "BIRTHDAY": Label.DATE_OF_BIRTH,
    "IP": Label.IP_ADDRESS,
    "PASSWORD": Label.SECRET,
    "API_KEY": Label.SECRET,
    "TOKEN": Label.SECRET,
}
_VALID = {str(label): label for label in TEXT_LABELS}
_FENCE_RE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class RawFinding:
    text: str
    label: Label


@dataclass(frozen=True)
class ParsedFindings:
    findings: tuple[RawFinding, ...]
    dropped: int  # items that failed validation
    complete: bool  # False when the JSON was cut off or could not be read whole


def normalise_label(value: object) -> Label | None:
    if not isinstance(value, str):
        return None
    key = value.strip().upper().replace(" ", "_")
    return _VALID.get(key) or LABEL_SYNONYMS.get(key)


def parse_findings(raw: str) -> ParsedFindings:
    body = _FENCE_RE.sub("", raw).strip()
    items, complete = _items(body)
    findings: list[RawFinding] = []
    dropped = 0
    for item in items:
        finding = _validate(item)
        if finding is None:
            dropped += 1
        elif finding not in findings:
            findings.append(finding)
    return ParsedFindings(tuple(findings), dropped, complete)


def _items(body: str) -> tuple[list[object], bool]:
    try:
        data = json.loads(body)
    except ValueError:
        return _salvage(body), False
    if isinstance(data, dict):
        data = data.get("findings", data.get("items", []))
    if isinstance(data, list):
        return list(data), True
    return [], False


def _salvage(body: str) -> list[object]:
    """Recover every complete `{...}` item from a truncated or noisy answer."""
    decoder = json.JSONDecoder()
    start = body.find("[")
    position = start + 1 if start >= 0 else 0
    items: list[object] = []
    while True:
        position = body.find("{", position)
        if position < 0:
            return items
        try:
            item, end = decoder.raw_decode(body, position)
        except ValueError:
            position += 1
            continue
        if isinstance(item, dict) and "text" in item:
            items.append(item)
        position = end


def _validate(item: object) -> RawFinding | None:
    if not isinstance(item, dict):
        return None
    text, label = item.get("text"), normalise_label(item.get("label"))
    if not isinstance(text, str) or label is None:
        return None
    if not text.strip() or len(text) > MAX_VALUE_CHARS:
        return None
    return RawFinding(text, label)


@dataclass(frozen=True)
class YesNo:
    """A parsed yes/no answer; `answer` is None when the model's reply could not be read."""

    answer: bool | None
    raw_valid: bool


_YES_NO_RE = re.compile(r'"answer"\s*:\s*"(yes|no)"', re.IGNORECASE)
_BARE_RE = re.compile(r"^\W*(yes|no|是|否)\b", re.IGNORECASE)


def parse_yes_no(raw: str) -> YesNo:
    body = _FENCE_RE.sub("", raw).strip()
    try:
        data = json.loads(body)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("answer"), str):
        word = data["answer"].strip().lower()
        if word in ("yes", "no"):
            return YesNo(word == "yes", True)
    match = _YES_NO_RE.search(body) or _BARE_RE.search(body)
    if match:
        return YesNo(match.group(1).lower() in ("yes", "是"), False)
    return YesNo(None, False)

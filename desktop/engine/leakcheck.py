"""Leak check: no vault value may survive in what leaves the machine. Fail closed.

A value counts as leaked when it appears in the outgoing text
- as written ("exact"), or with other case or full-width forms ("variant");
- with whitespace, dashes, dots, slashes, parentheses or "+" added or removed, for values with
  at least 6 digits or with such separators inside (0912-345-678 sent as 0912345678,
  also +886 912 345 678 for a Taiwan 09... number and the reverse) ("separators");
- JSON-, HTML- or percent-escaped ("escaped").
Where a value starts or ends with an ASCII letter or digit, the text next to it must not be one
("Al" is not leaked by "Also"). Occurrences inside the conversation's own placeholders do not
count. Look-alike escapes (vault.py) are not personal data and are not checked.

Leaks and errors name placeholders and labels, never values.
"""

from __future__ import annotations

import html
import json
import re
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus

from desktop.engine.errors import LeakError
from desktop.engine.restore_grammar import exact_patterns
from desktop.engine.textnorm import normalize
from desktop.engine.types import Label
from desktop.engine.vault import Vault

_MIN_SQUEEZED_DIGITS = 6
_MIN_SQUEEZED_CHARS = 6
_SEPARATORS = re.compile(r"[\s\-./()+]+")
_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_JSON_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[\"\\/bfnrt])")
_JSON_SIMPLE = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
}


@dataclass(frozen=True, slots=True)
class Leak:
    """One vault value found in outgoing data. Holds no value."""

    placeholder: str
    label: Label
    kind: str  # "exact", "variant", "separators" or "escaped"
    where: str = "text"  # "text", "url", "body" or "header <name>"
    start: int | None = None  # offset in the checked text, where one is known

    def describe(self) -> str:
        return f"{self.placeholder} ({self.label}, {self.kind}, in {self.where})"


class LeakDetected(LeakError):
    """Outgoing data still contains vault values. The message names placeholders only."""

    def __init__(self, leaks: list[Leak], message: str | None = None) -> None:
        self.leaks = leaks
        if message is None:
            shown = sorted({leak.describe() for leak in leaks})
            more = f" and {len(shown) - 5} more" if len(shown) > 5 else ""
            message = "outgoing data still contains the value of " + ", ".join(shown[:5]) + more
        super().__init__(message)


class LeakCheckFailed(LeakDetected):
    """The check could not be completed; fail closed: treat it as a leak."""

    def __init__(self, reason: str) -> None:
        super().__init__([], f"leak check failed ({reason}); nothing was sent")


def fold(text: str) -> str:
    """Full-width forms to ASCII and lower case, one character for one (offsets carry over)."""
    if text.isascii():
        return text.lower()
    normal = normalize(text)
    folded = normal.lower()
    if len(folded) == len(text):
        return folded
    # A few characters lower-case to two ("İ"): keep those as they are.
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in normal)


def _squeeze(folded: str) -> str:
    return _SEPARATORS.sub("", folded)


@dataclass(frozen=True, slots=True)
class _Needle:
    placeholder: str
    label: Label
    value: str
    folded: str
    squeezed: tuple[str, ...]  # separator-free forms; empty when the rule does not apply
    free_start: bool  # starts with an ASCII letter/digit: needs a boundary before it
    free_end: bool


def _squeezed_forms(folded: str) -> tuple[str, ...]:
    squeezed = _squeeze(folded)
    digits = sum(char.isdigit() for char in squeezed)
    has_separator = squeezed != folded
    if not (
        digits >= _MIN_SQUEEZED_DIGITS or (has_separator and len(squeezed) >= _MIN_SQUEEZED_CHARS)
    ):
        return ()
    forms = [squeezed]
    if squeezed.isdigit() and 9 <= len(squeezed) <= 10 and squeezed.startswith("09"):
        forms.append("886" + squeezed[1:])  # Taiwan mobile written with the country code
    elif squeezed.isdigit() and squeezed.startswith("8869") and len(squeezed) == 12:
        forms.append("0" + squeezed[3:])
    return tuple(forms)


def _make_needle(placeholder: str, label: Label, value: str) -> _Needle:
    folded = fold(value)
    return _Needle(
        placeholder,
        label,
        value,
        folded,
        _squeezed_forms(folded),
        folded[:1] in _ALNUM,
        folded[-1:] in _ALNUM,
    )


_NEEDLES: weakref.WeakKeyDictionary[Vault, tuple[int, list[_Needle]]]
_NEEDLES = weakref.WeakKeyDictionary()


def _needles(vault: Vault) -> list[_Needle]:
    """Prepared search forms of the vault's values, cached until the vault grows."""
    cached = _NEEDLES.get(vault)
    if cached is not None and cached[0] == len(vault):
        return cached[1]
    needles = [_make_needle(p, label, value) for p, label, value in vault.sensitive_items()]
    _NEEDLES[vault] = (len(vault), needles)
    return needles


class _View:
    """The outgoing text, folded, with lazily built helpers for boundaries and placeholders."""

    def __init__(self, text: str, vault: Vault) -> None:
        self.text = text
        self.folded = fold(text)
        self._vault = vault
        self._placeholders: list[tuple[int, int]] | None = None
        self._squeezed: str | None = None
        self._offsets: list[int] | None = None

    def free(self, start: int, end: int, needle: _Needle) -> bool:
        before = self.folded[start - 1 : start]
        after = self.folded[end : end + 1]
        return not (needle.free_start and before in _ALNUM and before) and not (
            needle.free_end and after in _ALNUM and after
        )

    def in_placeholder(self, start: int, end: int) -> bool:
        if self._placeholders is None:
            self._placeholders = [
                match.span()
                for match in exact_patterns().full.finditer(self.text)
                if self._vault.value_of(match.group()) is not None
            ]
        return any(a < end and start < b for a, b in self._placeholders)

    def squeezed(self) -> str:
        """The folded text without separators."""
        if self._squeezed is None:
            self._squeezed = _SEPARATORS.sub("", self.folded)
        return self._squeezed

    def unsqueeze(self, index: int) -> int:
        """The offset in the text of character `index` of `squeezed()` (built on the first hit:
        mapping every character costs more than the whole search)."""
        if self._offsets is None:
            self._offsets = []
            pos = 0
            for run in _SEPARATORS.finditer(self.folded):
                self._offsets.extend(range(pos, run.start()))
                pos = run.end()
            self._offsets.extend(range(pos, len(self.folded)))
        return self._offsets[index]


def _occurrences(haystack: str, needle: str) -> Iterator[int]:
    start = haystack.find(needle)
    while start != -1:
        yield start
        start = haystack.find(needle, start + 1)


def _find_in_view(view: _View, needle: _Needle) -> Iterator[tuple[str, int]]:
    reported: set[int] = set()
    for start in _occurrences(view.folded, needle.folded):
        end = start + len(needle.folded)
        if view.free(start, end, needle) and not view.in_placeholder(start, end):
            reported.add(start)
            yield ("exact" if view.text[start:end] == needle.value else "variant"), start
    for form in needle.squeezed:
        if form[0] not in view.folded:  # cheap: skips building the squeezed view
            continue
        for index in _occurrences(view.squeezed(), form):
            start, end = view.unsqueeze(index), view.unsqueeze(index + len(form) - 1) + 1
            if start in reported:
                continue
            if view.free(start, end, needle) and not view.in_placeholder(start, end):
                reported.add(start)
                yield "separators", start


def _escaped_views(text: str) -> Iterator[str]:
    if "\\" in text:
        yield _json_unescape(text)
    if "&" in text:
        yield html.unescape(text)
    if "%" in text:
        yield unquote(text)
        yield unquote_plus(text)


def _json_unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        body = match.group()[1:]
        return chr(int(body[1:], 16)) if body[0] == "u" else _JSON_SIMPLE[body]

    decoded = _JSON_ESCAPE.sub(one, text)
    # \ud83d\ude00 decodes to two surrogates; join pairs into the real character.
    return decoded.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def find_leaks(outgoing: str, vault: Vault, *, where: str = "text") -> list[Leak]:
    """Every vault value in `outgoing`, in any of the forms in the module docstring."""
    if not isinstance(outgoing, str):
        raise LeakCheckFailed("outgoing data is not text")
    needles = _needles(vault)
    if not needles or not outgoing:
        return []
    leaks: list[Leak] = []
    view = _View(outgoing, vault)
    found: set[str] = set()
    for needle in needles:
        for kind, start in _find_in_view(view, needle):
            leaks.append(Leak(needle.placeholder, needle.label, kind, where, start))
            found.add(needle.placeholder)
    for decoded in _escaped_views(outgoing):
        if decoded == outgoing:
            continue
        escaped = _View(decoded, vault)
        for needle in needles:
            if needle.placeholder not in found and next(_find_in_view(escaped, needle), None):
                leaks.append(Leak(needle.placeholder, needle.label, "escaped", where))
                found.add(needle.placeholder)
    return sorted(leaks, key=lambda leak: (leak.start is None, leak.start or 0, leak.placeholder))


def assert_no_leaks(outgoing: str, vault: Vault) -> None:
    """Raise LeakDetected when a vault value is in `outgoing`, or when the check fails."""
    try:
        leaks = find_leaks(outgoing, vault)
    except LeakDetected:
        raise
    except Exception as exc:  # fail closed; the message carries the type, never data
        raise LeakCheckFailed(type(exc).__name__) from None
    if leaks:
        raise LeakDetected(leaks)


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield str(key)
            yield from _json_strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _json_strings(inner)


def find_leaks_in_request(
    url: str, headers: Mapping[str, str], body: str | bytes, vault: Vault
) -> list[Leak]:
    """Leaks in everything a cloud request sends: the URL (also percent-decoded), every header
    name and value, and the body (as text and, when it is JSON, every decoded string in it).
    A body that is not UTF-8 cannot be checked and raises LeakCheckFailed."""
    if isinstance(body, bytes):
        try:
            body_text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise LeakCheckFailed("the request body is not UTF-8") from None
    else:
        body_text = body
    leaks = find_leaks(url, vault, where="url")
    for name, value in headers.items():
        leaks += find_leaks(f"{name}: {value}", vault, where=f"header {name}")
    leaks += find_leaks(body_text, vault, where="body")
    if body_text.lstrip()[:1] in ("{", "["):
        try:
            parsed = json.loads(body_text)
        except ValueError:
            parsed = None  # not JSON after all: the text checks above still apply
        seen = {leak.placeholder for leak in leaks if leak.where == "body"}
        for leak in find_leaks("\n".join(_json_strings(parsed)), vault, where="body"):
            if leak.placeholder not in seen:
                leaks.append(Leak(leak.placeholder, leak.label, "escaped", "body"))
                seen.add(leak.placeholder)
    return leaks


def assert_no_leaks_in_request(
    url: str, headers: Mapping[str, str], body: str | bytes, vault: Vault
) -> None:
    try:
        leaks = find_leaks_in_request(url, headers, body, vault)
    except LeakDetected:
        raise
    except Exception as exc:
        raise LeakCheckFailed(type(exc).__name__) from None
    if leaks:
        raise LeakDetected(leaks)

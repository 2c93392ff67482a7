"""Restore: put the real values back into a cloud answer, in one pass, also while it streams.

Order of matching. Exact placeholders `[LABEL_N]` are found first; tolerant forms are looked for
only in the text between them. So `[[PERSON_1]]` restores to `[value]`: the inner exact
placeholder wins and the outer brackets stay. That is what makes `restore(redact(x)) == x` hold
for every x (the user's own "[" and "]" around a redacted value come back).

Tolerant forms (case-insensitive, after full-width folding):
    [person_1]  [Person_1]  [[PERSON_1]]  [ PERSON_1 ]  [PERSON 1]  ［PERSON_1］
    PERSON_1  [PERSON_1  PERSON_1]  PERSON\\_1  \\[PERSON_1\\]
    \\u005bPERSON_1\\u005d  &#91;PERSON_1&#93;  &#x5b;PERSON_1&#x5d;  &lbrack;PERSON_1&rsqb;
Spaces and space separators only inside brackets on both sides; a form without brackets on
one side must not touch a letter, digit or `_` there (`MY_PERSON_1X` and `PERSON_12` are not
`PERSON_1`). Numbers have 1-6 digits and no leading zero.

Escaping (decided here): a value restored from a JSON-escaped form (`\\u005b`/`\\u005d`) is
JSON-string-escaped, and one restored from an HTML-escaped form is HTML-escaped, because such a
form proves the answer is JSON or HTML source at that point. Every other form gets the raw
value: the context of a plain `[PERSON_1]` cannot be known reliably.

Restored values are never scanned again. The report holds placeholders and counts, never values.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from desktop.engine.restore_grammar import exact_patterns, tolerant_patterns
from desktop.engine.vault import (
    Vault,
    canonical_label,
    format_placeholder,
    loose_label_regex,
    normalize_for_placeholders,
)

_CONTEXT_CHARS = 4  # what the boundary look-behinds need of the text already emitted


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What restore() did, by canonical placeholder. Never contains values."""

    restored: dict[str, int] = field(default_factory=dict)  # all restored, any form
    tolerant: dict[str, int] = field(default_factory=dict)  # restored from a non-exact form
    unknown: dict[str, int] = field(default_factory=dict)  # known label, not in the vault
    lookalikes: dict[str, int] = field(default_factory=dict)  # from the user's own text; kept

    @property
    def restored_count(self) -> int:
        return sum(self.restored.values())

    @property
    def complete(self) -> bool:
        """True when every placeholder-shaped text was restored or is the user's own text."""
        return not self.unknown


@dataclass(frozen=True, slots=True)
class RestoreResult:
    text: str
    report: RestoreReport


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    placeholder: str
    context: str  # "exact", "json", "html" or "plain": how the value must be written


def _context_of(form: str) -> str:
    """JSON- or HTML-escaped brackets prove the context; anything else gets the raw value."""
    if "\\u005b" in form or "\\u005d" in form:
        return "json"
    if "&" in form:
        return "html"
    return "plain"


@dataclass
class _Tally:
    restored: Counter[str] = field(default_factory=Counter)
    tolerant: Counter[str] = field(default_factory=Counter)
    unknown: Counter[str] = field(default_factory=Counter)
    lookalikes: Counter[str] = field(default_factory=Counter)

    def report(self) -> RestoreReport:
        return RestoreReport(
            dict(self.restored), dict(self.tolerant), dict(self.unknown), dict(self.lookalikes)
        )


@cache
def _core_in_token() -> re.Pattern[str]:
    sep = "(?:_|\\\\_| )"
    return re.compile(f"({loose_label_regex()}){sep}([1-9][0-9]*)", re.IGNORECASE | re.ASCII)


def _tolerant_token(norm: str, start: int, end: int) -> _Token:
    core = _core_in_token().search(norm, start, end)
    assert core is not None  # every tolerant form contains a core
    placeholder = format_placeholder(canonical_label(core.group(1)), int(core.group(2)))
    return _Token(start, end, placeholder, _context_of(norm[start:end].lower()))


def _tolerant_tokens(norm: str, start: int, end: int) -> list[_Token]:
    full = tolerant_patterns().full
    return [_tolerant_token(norm, *m.span()) for m in full.finditer(norm, start, end)]


def _scan(s: str, start: int, final: bool) -> tuple[list[_Token], int]:
    """Tokens in `s[start:cut]` and `cut`. Unless `final`, `cut` stops before the shortest tail
    that could still become (or grow into) a placeholder once more text arrives."""
    norm = normalize_for_placeholders(s)  # same length as s, so positions carry over
    exact, tolerant = exact_patterns(), tolerant_patterns()
    tokens: list[_Token] = []
    gap = start
    for match in exact.full.finditer(s, start):
        tokens += _tolerant_tokens(norm, gap, match.start())
        tokens.append(_Token(match.start(), match.end(), match.group(), "exact"))
        gap = match.end()
    end = len(s)
    cut = end
    if not final:  # only the last gap can still change: it is open to the right
        window = max(gap, end - max(exact.max_len, tolerant.max_len))
        for pattern, text in ((exact.prefix, s), (tolerant.prefix, norm)):
            hit = pattern.search(text, window)
            if hit is not None and hit.start() < end:
                cut = min(cut, hit.start())
    for token in _tolerant_tokens(norm, gap, end):
        if token.end <= cut:
            tokens.append(token)
        else:
            cut = min(cut, token.start)
            break
    return tokens, cut


def _written_for(context: str, value: str) -> str:
    if context == "json":
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if context == "html":
        return html.escape(value)
    return value


def _render(s: str, start: int, cut: int, tokens: list[_Token], vault: Vault, tally: _Tally) -> str:
    parts: list[str] = []
    pos = start
    for token in tokens:
        form = s[token.start : token.end]
        parts.append(s[pos : token.start])
        value = vault.value_of(token.placeholder)
        if value is not None:
            parts.append(_written_for(token.context, value))
            tally.restored[token.placeholder] += 1
            if token.context != "exact":
                tally.tolerant[token.placeholder] += 1
        else:
            parts.append(form)  # never silently dropped
            label, number = token.placeholder[1:-1].rsplit("_", 1)
            if vault.is_reserved(label, int(number)):
                tally.lookalikes[token.placeholder] += 1
            else:
                tally.unknown[token.placeholder] += 1
        pos = token.end
    parts.append(s[pos:cut])
    return "".join(parts)


def restore(text: str, vault: Vault) -> RestoreResult:
    """Replace every placeholder form in `text` by its value, in one pass."""
    tally = _Tally()
    tokens, cut = _scan(text, 0, final=True)
    return RestoreResult(_render(text, 0, cut, tokens, vault, tally), tally.report())


class StreamingRestorer:
    """Restores a streamed answer chunk by chunk.

    `feed()` returns what is safe to show now and holds back only the shortest tail that could
    still become a placeholder; `finish()` flushes it. The concatenated output equals
    `restore(full_text)` for any chunking.
    """

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._tally = _Tally()
        self._context = ""  # the last emitted characters, for look-behinds
        self._pending = ""
        self._finished = False

    def __repr__(self) -> str:  # never show text
        return f"<StreamingRestorer holding {len(self._pending)} chars>"

    @property
    def report(self) -> RestoreReport:
        return self._tally.report()

    @property
    def held_back(self) -> int:
        """How many characters are waiting for more text."""
        return len(self._pending)

    def feed(self, chunk: str) -> str:
        if self._finished:
            raise ValueError("feed() after finish()")
        self._pending += chunk
        return self._emit(final=False)

    def finish(self) -> str:
        if self._finished:
            return ""
        self._finished = True
        return self._emit(final=True)

    def _emit(self, *, final: bool) -> str:
        s = self._context + self._pending
        start = len(self._context)
        tokens, cut = _scan(s, start, final)
        out = _render(s, start, cut, tokens, self._vault, self._tally)
        self._context = s[max(0, cut - _CONTEXT_CHARS) : cut]
        self._pending = s[cut:]
        return out

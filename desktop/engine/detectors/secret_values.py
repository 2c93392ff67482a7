"""What a secret value looks like: entropy, placeholders and prose that only resemble secrets.

Shared by the secret detectors in `credentials` and `credentials_kv`.
"""

from __future__ import annotations

import math
import re
from collections import Counter


def shannon_entropy(value: str) -> float:
    """Bits per character of `value` under its own character distribution."""
    if not value:
        return 0.0
    total = len(value)
    return -sum(n / total * math.log2(n / total) for n in Counter(value).values())


_REPEAT_RE = re.compile(r"(.)\1{7,}")  # "XXXXXXXX", "00000000": documentation placeholders


def looks_random(value: str, min_bits: float = 3.0) -> bool:
    return shannon_entropy(value) >= min_bits and not _REPEAT_RE.search(value)


# ---------------------------------------------------------------- placeholders and prose


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PLACEHOLDER_WORDS = word_set(
    """
    null none nil undefined true false yes no on off empty blank na n/a tbd todo fixme secret
    password passwd pass pwd token key apikey api_key api-key changeme change_me changeit
    example sample dummy test fake placeholder redacted hidden masked xxx string str text
    value your_password your_token your_key your_api_key your-api-key mypassword mysecret
    required optional default same unchanged see must should will is the replace_me replaceme
    fill_me fillme set_me setme to_be_replaced
    """
)
_PLACEHOLDER_RE = re.compile(
    r"""
    \$\{[A-Za-z_][A-Za-z0-9_]*\}$          # ${VAR}
    # $VAR, $db_pass, $dbPassword; not "$HpIP7fEAIPa", a password that starts with "$"
    | (?-i:\$(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*|[a-z]+(?:[A-Z][a-z]+)+\d*|(?:[A-Z][a-z]+)+\d*))$
    | \$\{\{.*\}\}$ | \{\{.*\}\}$ | %\(\w+\)s$ | %\w+%$     # templates
    | <[^>]*>$ | \[[^\]]*\]$                # <your-key>, [REDACTED], [SECRET_1]
    | [*xX•.#_-]+$                          # ****, xxxx, ...
    | ![A-Za-z]+$                           # YAML tags: !vault, !Ref
    | your[_ -]?\w*$
    | (?:my|insert|enter|replace)[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass|pwd)[a-z_]*$
    | \w*(?:_here|-here|example|sample|placeholder|dummy)\w*$
    | (?:process\.env|os\.environ|os\.getenv|env\(|getenv|secrets\.|vault:|ref\+)
    | \$?\{\{ | \{%                         # ${{ secrets.X }}, {{ .Values.x }}: cut at a space
    """,
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
_CODE_RE = re.compile(
    r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+[(\[]?$"  # self.password, settings.API_KEY
    r"|[A-Za-z_$][\w$.]*[(\[].*"  # get_password(), os.environ[...]
)
# File paths and URLs name where a secret is kept; they are not the secret. A bare leading "/" is
# not enough: base64 keys may start with one.
_PATH_RE = re.compile(
    r"(?:\./|\.\./|~/|[A-Za-z]:\\|/(?:etc|home|var|usr|opt|tmp|run|srv|root|mnt|data|app|secrets?"
    r"|config|users)/)|[a-z][a-z0-9+.-]*://|[\w/.-]*/[\w.-]+\.(?:pem|key|json|txt|p12|pfx|crt|env)$",
    re.IGNORECASE | re.ASCII,
)
_DATE_OR_VERSION_RE = re.compile(r"v?[\d.:/-]+")
_WORDS_RE = re.compile(r"[A-Za-z]+(?:[-_. ][A-Za-z]+)*")


def is_placeholder(value: str) -> bool:
    """Whether `value` is a template, mask, example or literal non-secret rather than a secret."""
    stripped = value.strip()
    return (
        not stripped
        or stripped.lower() in _PLACEHOLDER_WORDS
        or _PLACEHOLDER_RE.match(stripped) is not None
    )


# Words that make a dotted value read as code (`config.db.password`) rather than a passphrase
# (`kitty.baseball.tiger.dragon`).
_CODE_WORDS = word_set(
    """
    self this cls settings config conf cfg env environ os process secrets vault app params args
    options opts ctx context request req res session credentials creds db database props
    properties values spec data auth user account keys key password passwd pwd secret token
    """
)
_PLAIN_WORD_RE = re.compile(r"[a-z]+|[A-Z][a-z]+", re.ASCII)


def _code_reference(value: str) -> bool:
    """`self.password`, `settings.API_KEY`, `get_token()`; not `harbor.lotus.typhoon47`, a
    passphrase of plain words (`kitty.baseball.tiger`) or a token with a long random part."""
    if not _CODE_RE.fullmatch(value):
        return False
    if "(" in value or "[" in value:
        return True
    parts = value.split(".")
    if any(c.isdigit() for c in parts[-1]):
        return False  # attribute names seldom end in digits; passphrases and keys do
    if any(len(part) >= 16 and looks_random(part) for part in parts):
        return False
    # A passphrase is plain words; code names objects (`settings`, `db`) or uses code casing
    # (`apiKey`, `API_KEY`, `db_pass`, `win32api.RegEnumKey`).
    return any(p.lower() in _CODE_WORDS or not _PLAIN_WORD_RE.fullmatch(p) for p in parts)


def is_documentation_example(value: str) -> bool:
    """Keys from vendor documentation (`AKIAIOSFODNN7EXAMPLE`) say so in the key itself."""
    return "example" in value.lower()


def plausible_password(value: str, *, strict: bool) -> bool:
    """A value after an explicit password label. `strict`: the label had no `=`/`:` operator."""
    if is_placeholder(value) or _code_reference(value):
        return False
    if value.isdigit():
        return len(value) >= 4
    if len(value) < 3:
        return False
    letters_only = value.replace("-", "").replace("_", "").isalpha()
    return not (strict and (letters_only or len(value) < 4))


def plausible_token(value: str, *, min_length: int = 8, min_bits: float = 3.0) -> bool:
    """A value after a token/secret/key label: it must look machine-generated."""
    if len(value) < min_length or is_placeholder(value) or _code_reference(value):
        return False
    if any(c.isspace() for c in value):
        return False  # machine-made tokens have no spaces: "template data / text"
    if is_documentation_example(value):
        return False
    if _PATH_RE.match(value) or value.lower().endswith((".pem", ".key", ".json", ".txt")):
        return False  # /etc/app/secret.key, ~/.ssh/id_rsa, secret.json
    if value.isdigit():
        return len(value) >= 12 and not _REPEAT_RE.search(value)
    if _DATE_OR_VERSION_RE.fullmatch(value):
        return False
    if _WORDS_RE.fullmatch(value):
        return False  # words and identifiers: my-secret-name, DefaultEndpointsProtocol
    bits = min(min_bits, 0.75 * math.log2(len(value)))
    return looks_random(value, bits)

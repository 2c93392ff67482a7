"""Secrets: provider API keys, tokens, private keys, credentials in URLs and config values.

Four detectors, from the most to the least certain:

- provider key formats (sk-ant-, ghp_, AKIA, AIza, JWTs, ...), recognisable on their own;
- private-key blocks, masked whole;
- credentials inside URLs and Authorization headers;
- values after a secret-looking key (password=, api_key:, "token": ..., 密碼：, 金鑰) in .env,
  YAML, JSON, INI, shell and prose. A password label accepts any real value; other labels need a
  value that looks random. Placeholders (${VAR}, <your-key>, ***, changeme), booleans, short
  numbers, code references (os.environ[...]) and prose ("password: must be 8 characters") are
  not secrets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.credentials_kv import KeyValueSecretDetector
from desktop.engine.detectors.credentials_pairs import (
    LoginCallDetector,
    SessionCookieDetector,
    UserPasswordPairDetector,
)
from desktop.engine.detectors.secret_values import (
    is_documentation_example,
    is_placeholder,
    looks_random,
    plausible_password,
    plausible_token,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# ---------------------------------------------------------------- provider formats


# Each pattern starts with its literal prefix (no leading lookbehind), which lets `re` skip ahead
# to candidate positions; the boundary before the key is checked in Python.
_PROVIDER_PATTERNS = (
    r"sk-ant-(?:api\d\d-|admin\d\d-)?[A-Za-z0-9_-]{20,}",  # Anthropic
    r"sk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}",  # OpenAI
    r"AIza[0-9A-Za-z_-]{35}",  # Google API key
    r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}",  # AWS access key ID
    r"gh[pousr]_[A-Za-z0-9]{36,251}",  # GitHub
    r"github_pat_[A-Za-z0-9_]{22,255}",
    r"gl(?:pat|dt|rt|ptt|ft)-[A-Za-z0-9_-]{20,}",  # GitLab
    r"xox[abposr]-[A-Za-z0-9-]{10,}",  # Slack token
    r"xapp-\d-[A-Za-z0-9-]{20,}",  # Slack app-level token
    r"sk_(?:live|test)_[A-Za-z0-9]{16,}",  # Stripe secret, restricted and publishable keys
    r"rk_(?:live|test)_[A-Za-z0-9]{16,}",
    r"pk_live_[A-Za-z0-9]{16,}",
    r"AC[0-9a-f]{32}",  # Twilio account SID
    r"SK[0-9a-f]{32}",  # Twilio API key SID
    r"SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}",  # SendGrid
    r"hf_[A-Za-z0-9]{30,}",  # Hugging Face
    r"npm_[A-Za-z0-9]{36}",  # npm
    r"pypi-AgE[A-Za-z0-9_-]{50,}",  # PyPI
    r"ya29\.[A-Za-z0-9_-]{20,}",  # Google OAuth access token
    r"GOCSPX-[A-Za-z0-9_-]{24,}",  # Google OAuth client secret
    r"do[por]_v1_[a-f0-9]{64}",  # DigitalOcean
    r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}",  # Shopify
    r"whsec_[A-Za-z0-9+/=]{24,}",  # Stripe webhook signing secret
    r"xai-[A-Za-z0-9]{60,}",  # xAI
    r"gsk_[A-Za-z0-9]{40,}",  # Groq
    r"r8_[A-Za-z0-9]{30,}",  # Replicate
    r"pplx-[A-Za-z0-9]{40,}",  # Perplexity
    r"lin_api_[A-Za-z0-9]{30,}",  # Linear
    r"ATATT3[A-Za-z0-9_=-]{50,}",  # Atlassian API token
    r"dapi[a-f0-9]{32}(?:-\d)?",  # Databricks
    r"sq0(?:atp|csp)-[A-Za-z0-9_-]{22,}",  # Square
    r"key-[a-f0-9]{32}",  # Mailgun
    r"(?:secret|ntn)_[A-Za-z0-9]{43,50}",  # Notion integration token
    r"hv[sb]\.[A-Za-z0-9_-]{24,}",  # HashiCorp Vault token
    r"NRAK-[A-Z0-9]{27}",  # New Relic user key
    r"figd_[A-Za-z0-9_-]{40,}",  # Figma
    r"dp\.(?:st|ct|sa|pt|scim|audit)\.[A-Za-z0-9._-]{39,}[A-Za-z0-9_-]",  # Doppler
    r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",  # Postman
    r"pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{31,}[A-Za-z0-9_-]",  # PlanetScale
    r"glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8}",  # Grafana service account
    r"sbp_[a-f0-9]{40}",  # Supabase
    r"(?:AKLT|LTAI)[A-Za-z0-9]{12,24}",  # Volcengine / Alibaba Cloud access key ID
    r"AKID[A-Za-z0-9]{32}",  # Tencent Cloud SecretId
    r"EAA[A-Za-z0-9]{80,}",  # Meta (Facebook) access token
    r"rubygems_[a-f0-9]{48}",  # RubyGems
    r"dckr_pat_[A-Za-z0-9_-]{27,}",  # Docker Hub
    r"tfp_[A-Za-z0-9]{40,}",  # Terraform / HCP
    r"FLWSECK(?:_TEST)?-[a-f0-9]{32}-X",  # Flutterwave
    # JWT: base64url header (always '{"' = eyJ), payload and an optional signature.
    r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*",
)
_WEBHOOK_RE = re.compile(
    r"hooks\.slack\.com/services/(T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,})"
    r"|discord(?:app)?\.com/api/webhooks/\d{5,20}/([A-Za-z0-9_-]{40,})"
)
_TELEGRAM_RE = re.compile(r":AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])")  # 123456789:AA...
# Discord bot token: base64 of the bot's numeric id, a timestamp and an HMAC, dot-separated.
_DISCORD_RE = re.compile(
    r"(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{22,27})\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}"
    r"(?![A-Za-z0-9_.-])"
)
# An AWS secret access key (40 base64 characters) written just after its access key ID.
_AWS_SECRET_AFTER_ID_RE = re.compile(
    r"[\s\"',:;=/|]{1,40}(?:[A-Za-z_ ]{0,40}[:=][ \t\"']*)?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"
)
_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-")


class ProviderKeyDetector:
    """Key formats that identify themselves by a provider prefix."""

    name = "provider_key"
    label = Label.SECRET
    score = 0.95
    _compiled: ClassVar[tuple[re.Pattern[str], ...] | None] = None

    @classmethod
    def _patterns(cls) -> tuple[re.Pattern[str], ...]:
        # Compiled on first use (importing stays cheap); one regex per format, because a single
        # alternation would lose the literal-prefix scan and run several times slower.
        if cls._compiled is None:
            cls._compiled = tuple(re.compile(p + "(?![A-Za-z0-9_-])") for p in _PROVIDER_PATTERNS)
        return cls._compiled

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        found: list[tuple[int, int]] = []
        for pattern in self._patterns():
            for match in pattern.finditer(norm):
                if match.start() == 0 or norm[match.start() - 1] not in _KEY_CHARS:
                    found.append(match.span())
        found.extend(m.span(1) if m.group(1) else m.span(2) for m in _WEBHOOK_RE.finditer(norm))
        found.extend(m.span() for m in _DISCORD_RE.finditer(norm) if _discord_id(m.group(1)))
        found.extend(_aws_secrets_after_ids(norm))
        for match in _TELEGRAM_RE.finditer(norm):
            start = match.start()
            while start > 0 and norm[start - 1].isdigit() and match.start() - start < 10:
                start -= 1
            if match.start() - start >= 8 and (start == 0 or not norm[start - 1].isdigit()):
                found.append((start, match.end()))
        for start, end in found:
            if _real_key(norm[start:end]):
                yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)


def _discord_id(first_part: str) -> bool:
    """Whether the token's first part is base64 of a Discord id (a snowflake of 17-20 digits)."""
    import base64
    import binascii

    try:
        decoded = base64.urlsafe_b64decode(first_part + "=" * (-len(first_part) % 4))
    except (binascii.Error, ValueError):
        return False
    return decoded.isdigit() and 17 <= len(decoded) <= 20


def _aws_secrets_after_ids(norm: str) -> Iterator[tuple[int, int]]:
    """`AKIA... / <secret>` or `AKIA...\nSecret access key: <secret>`: the secret has no prefix,
    but next to an access key ID a 40-character random string is one."""
    if "AKIA" not in norm and "ASIA" not in norm:
        return
    for key_id in re.finditer(r"A[SK]IA[A-Z0-9]{16}(?![A-Za-z0-9])", norm):
        after = _AWS_SECRET_AFTER_ID_RE.match(norm, key_id.end(), key_id.end() + 120)
        if after is None:
            continue
        secret = after.group(1)
        if looks_random(secret, 4.0) and (not secret.isalnum() or _mixed_classes(secret)):
            yield after.span(1)


def _mixed_classes(value: str) -> bool:
    return (
        any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c.isdigit() for c in value)
    )


def _real_key(value: str) -> bool:
    # Real keys are random: "sk-xxxxxxxx..." and "sk-this-is-not-a-key" are examples. Some are
    # letters only (Hugging Face), but then they mix cases.
    if is_documentation_example(value):
        return False  # AKIAIOSFODNN7EXAMPLE, from the AWS documentation
    if any(c.isdigit() for c in value):
        return looks_random(value)
    # Without digits, only a random mix of cases (or all capitals, as in AKIA IDs) passes;
    # lower-case words joined by dashes are prose.
    return any(c.isupper() for c in value) and looks_random(value, 3.5)


# ---------------------------------------------------------------- private keys

_PEM_BEGIN_RE = re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
_PEM_END_RE = re.compile(r"-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
# Without an END line (a truncated paste), the block runs over header and base64 lines; newlines
# may be real or escaped ("\n" inside JSON).
_PEM_BODY_RE = re.compile(
    r"(?:(?:\r?\n|\\r?\\n)[ \t]*(?:[A-Za-z0-9+/=]{16,}|[A-Za-z-]+: [^\n\\]*)[ \t]*)*"
)
_PEM_MAX = 20_000
# PuTTY .ppk files: the private part is N base64 lines after "Private-Lines: N".
_PUTTY_PRIVATE_RE = re.compile(r"Private-Lines: *(\d{1,3})\r?\n")
_BASE64_LINE_RE = re.compile(r"[A-Za-z0-9+/=]{8,}")


class PrivateKeyDetector:
    """The whole of a PEM/OpenSSH/PGP private-key block, markers included."""

    name = "private_key"
    label = Label.SECRET
    score = 1.0

    def detect(self, doc: Document) -> Iterator[Span]:
        position = 0
        while begin := _PEM_BEGIN_RE.search(doc.norm, position):
            end_match = _PEM_END_RE.search(doc.norm, begin.end(), begin.end() + _PEM_MAX)
            if end_match:
                end = end_match.end()
            else:
                body = _PEM_BODY_RE.match(doc.norm, begin.end())
                end = body.end() if body else begin.end()
            yield Span(begin.start(), end, self.label, Source.PATTERN, self.score, self.name)
            position = end
        yield from self._putty_private_lines(doc.norm)

    def _putty_private_lines(self, norm: str) -> Iterator[Span]:
        for header in _PUTTY_PRIVATE_RE.finditer(norm):
            start = end = header.end()
            for _ in range(int(header.group(1))):
                line = _BASE64_LINE_RE.match(norm, end)
                if line is None:
                    break
                end = line.end()
                if norm.startswith("\r\n", end) or norm.startswith("\n", end):
                    end += 1 if norm[end] == "\n" else 2
            end = len(norm[start:end].rstrip()) + start
            if end > start:
                yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)


# ---------------------------------------------------------------- URLs and headers


# The password runs to the last "@" of the authority: people type "p@ss" unencoded.
# A ";" ends it: jdbc:sqlserver://host:1433;user=x;password=p@ss has no user info.
_URL_USERINFO_RE = re.compile(r"://[^\s:/?#@\"'<>;]*:([^\s/\"'<>;]+)@(?=[A-Za-z0-9\[])")
_SCHEME_RE = re.compile(r"(?:jdbc:)?[a-z][a-z0-9+.-]{1,20}$", re.IGNORECASE | re.ASCII)


# Where a URL ends: white space, quotes and brackets, CJK text, or trailing sentence punctuation.
_URL_REST_RE = re.compile(r"[^\s\"'<>\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]*")
_URL_TRAILING = ".,;:!?)]}"


class UrlCredentialDetector:
    """A URL that carries a password (scheme://user:password@host/db), as one span.

    The whole URL is the secret, not only the password: with the user, host, port and database
    beside it, the rest is what an attacker needs to log in.
    """

    name = "url_credentials"
    label = Label.SECRET
    score = 0.9

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        # Scanning for the literal "://" first is much faster than a scheme-first pattern.
        for match in _URL_USERINFO_RE.finditer(norm):
            scheme = _SCHEME_RE.search(norm, max(0, match.start() - 21), match.start())
            if scheme is None or is_placeholder(match.group(1)):
                continue
            rest = _URL_REST_RE.match(norm, match.end())
            end = rest.end() if rest else match.end()
            while end > match.end() and norm[end - 1] in _URL_TRAILING:
                end -= 1
            yield Span(scheme.start(), end, self.label, Source.PATTERN, self.score, self.name)


# Searched in the lower-cased text (same offsets); the value is then read from the original case.
_AUTH_PATTERNS = (
    # In an Authorization header whatever follows Bearer is the credential, symbols and all
    r"authorization[\"']?\s*[:=]\s*[\"']?bearer\s+(?P<value>[^\s\"'`]{6,})",
    r"bearer(?:\s+|\s*[=:]\s*)(?P<value>[a-z0-9._~+/-]{8,}=*)",  # also a log's bearer=
    r"authorization[\"']?\s*[:=]\s*[\"']?(?:basic|token|apikey|api-key|sso-key)\s+"
    r"(?P<value>[a-z0-9._~+/:-]{6,}=*)",
    r"authorization[\"']?\s*[:=]\s*[\"']?(?P<value>[a-z0-9._~+/-]{16,}=*)",
)


class AuthorizationHeaderDetector:
    """The credential in `Authorization: Bearer <token>` / `Basic <b64>` and bare `Bearer x`."""

    name = "authorization_header"
    label = Label.SECRET
    score = 0.9
    _compiled: ClassVar[tuple[re.Pattern[str], ...] | None] = None

    @classmethod
    def _patterns(cls) -> tuple[re.Pattern[str], ...]:
        if cls._compiled is None:
            cls._compiled = tuple(re.compile(p) for p in _AUTH_PATTERNS)
        return cls._compiled

    def detect(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        for pattern in self._patterns():
            for match in pattern.finditer(lower):
                if match.start() > 0 and "a" <= lower[match.start() - 1] <= "z":
                    continue  # "xbearer", "preauthorization"
                start, end = match.span("value")
                value = doc.norm[start:end]
                if value.startswith("eyJ") or _is_basic_credential(value) or plausible_token(value):
                    yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)


def _is_basic_credential(value: str) -> bool:
    """Whether `value` is base64 of "user:password", as in HTTP Basic authentication."""
    import base64
    import binascii

    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    return ":" in decoded and decoded.isprintable() and not is_placeholder(decoded.split(":")[1])


# ---------------------------------------------------------------- command lines

# A flag's value, quoted or not, up to the end of the shell word.
_FLAG_VALUE = r"(?P<q>[\"']?)(?P<value>[^\s\"']{3,200})(?P=q)(?=[\s;|&)]|$)"
_CLI_PATTERNS = (
    # curl -u user:pass, --user user:pass, wget --http-user ... (the password after the colon)
    r"(?:curl|wget|http|https|lftp|svn|ab)\b[^\n]{0,300}?[ \t](?:-u|--user|--proxy-user|-U)[ \t=]+"
    r"(?P<q>[\"']?)[^\s:\"'/@]{1,64}:"
    r"(?P<value>[^\s\"']{1,200})(?P=q)(?=[\s;|&)]|$)",
    # mysql -p'secret' / mysql -psecret (the password is glued to -p)
    r"(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n]{0,200}?[ \t]-p"
    r"(?P<q>[\"']?)(?P<value>[^\s\"']{3,200})(?P=q)(?=\s|$)",
    # sshpass -p 'secret', --password 'secret' or --password=secret after a command
    r"(?:sshpass[ \t]+-p[ \t]+|--password[ \t=]|--passwd[ \t=])[ \t]*" + _FLAG_VALUE,
    # The password flags of database clients: redis-cli -a secret, mongosh -p secret
    r"(?:(?:redis|keydb|valkey)-cli\b[^\n]{0,200}?[ \t](?:-a|--pass)"
    r"|(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)\b[^\n]{0,200}?[ \t]-p)"
    r"[ \t]+" + _FLAG_VALUE,
)


class CommandLineCredentialDetector:
    """Passwords given on a command line: `curl -u user:pass`, `mysql -p'pass'`."""

    name = "cli_credentials"
    label = Label.SECRET
    score = 0.85
    _compiled: ClassVar[tuple[re.Pattern[str], ...] | None] = None

    @classmethod
    def _patterns(cls) -> tuple[re.Pattern[str], ...]:
        if cls._compiled is None:
            cls._compiled = tuple(re.compile(p) for p in _CLI_PATTERNS)
        return cls._compiled

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        if " -" not in norm and "\t-" not in norm:
            return
        for pattern in self._patterns():
            for match in pattern.finditer(norm):
                value = match.group("value")
                if plausible_password(value, strict=False) and not value.isdigit():
                    start, end = match.span("value")
                    yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)


DETECTORS: tuple[Detector, ...] = (
    CommandLineCredentialDetector(),
    ProviderKeyDetector(),
    PrivateKeyDetector(),
    UrlCredentialDetector(),
    AuthorizationHeaderDetector(),
    KeyValueSecretDetector(),
    SessionCookieDetector(),
    UserPasswordPairDetector(),
    LoginCallDetector(),
)

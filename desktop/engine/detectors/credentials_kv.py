"""Secrets as config values: password=, api_key:, "token": ..., 密碼：, 金鑰 in .env, YAML, JSON,
INI, shell and prose. A password label accepts any real value; other labels need a value that
looks random."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from desktop.engine.detectors.secret_values import (
    plausible_password,
    plausible_token,
    word_set,
)
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# Searched in the lower-cased text: a case-insensitive pattern scans about three times slower.
_KEY_WORD_RE = re.compile(
    r"(?:pass(?:word|wd|phrase|code)?|pwd|pw|pin|secret|token|key|auth|credentials?)(?![a-z0-9_])"
    r"|密碼|密码|口令|通行[碼码]|[帳账]密|[金密秘私][鑰钥]|[權权]杖|令牌"
)
_SEPARATOR_RE = re.compile(
    r"""["']?\]?
    # "password for the VPN is ...": up to three words, none of them "is"
    (?P<for>[ \t]+(?:for|of|to)(?:[ \t]+(?!(?:is|was)(?![A-Za-z]))[A-Za-z0-9_.@-]+){1,3})?
    [ \t]*
    (?: (?P<op>=>|:=|[:=>])
      | (?P<word>(?:(?:is|was)(?:[ \t]+now)?|(?:changed|set|reset|updated)[ \t]+to)(?![A-Za-z])
          |(?:改|設|设|換|换|更改|變更|变更|重設|重设|設定|设定|預設|预设)(?:成|為|为)|是|為|为)
      | (?P<space>(?<=[ \t])) )
    [ \t]*:?[ \t]*""",
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
_VALUE_RE = re.compile(
    r"""(?P<quote>["'`])(?P<quoted>[^"'`\n]{1,300})(?P=quote)"""
    r"""|[「『“‘](?P<cjk>[^」』”’\n]{1,300})[」』”’]"""
    # Printable ASCII but quotes, "," ";" "<" (a negated class over all of Unicode compiles slowly)
    r"""|(?P<bare>[!#-&(-+\--:=-_a-~]{1,300})"""
)
_IDENT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_WORD_SPLIT_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_CJK_PASSWORDS = ("密碼", "密码", "口令", "通行碼", "通行码", "帳密", "账密")
_PASSWORD_ENDINGS = ("password", "passwd", "passphrase", "passcode", "pwd")
_WEAK_PASSWORD_WORDS = frozenset({"pass", "pw", "pin"})
# Words before a weak password word that make it a password ("wifi pass", not "boarding pass").
_WEAK_PASSWORD_QUALIFIERS = frozenset(
    {"wifi", "wi-fi", "admin", "root", "login", "user", "db", "my", "ftp", "sudo", "mail", "the"}
)
_NON_SECRET_KEY_WORDS = word_set(
    """
    public publishable sort partition primary foreign cache lookup map dict row column index
    unique composite idempotency routing object file field label i18n translation message
    hotkey shortcut keyboard page next continuation cursor sync cancellation max min num count
    type limit length size ttl id name hint
    """
)
_SECRET_KEY_QUALIFIERS = word_set(
    """
    api access secret private auth client master account shared signing sign encryption app
    service subscription license session hmac jwt webhook admin deploy consumer developer
    storage sas openai anthropic gemini google aws azure stripe
    """
)
_PROSE_AFTER_RE = re.compile(r" +[A-Za-z]")


def _trim_sentence_end(value: str) -> str:
    """Drop a full stop or colon and closing brackets that the value did not open."""
    while value:
        last = value[-1]
        opener = {")": "(", "]": "[", "}": "{", ">": "<"}.get(last)
        if last in ".:" or (opener is not None and opener not in value):
            value = value[:-1]
        else:
            break
    return value


def _identifier(norm: str, key_start: int, key_end: int) -> tuple[str, str]:
    """The identifier ending at the key word, and the space-separated word before it."""
    start = key_start
    while start > 0 and norm[start - 1] in _IDENT_CHARS:
        start -= 1
    ident = norm[start:key_end].lstrip(".-")
    previous = re.search(r"([A-Za-z-]+) +$", norm[max(0, start - 20) : start])
    return ident, previous.group(1).lower() if previous else ""


def _key_kind(ident: str, previous_word: str) -> str | None:
    """'password', 'weak' (pw, pass, pin), 'token' or 'strict' (a generic *_key), or None."""
    if ident in _CJK_PASSWORDS:
        return "password"
    if not ident.isascii():
        return "token"  # 金鑰, 權杖, ...
    words = [w.lower() for w in _WORD_SPLIT_RE.findall(ident)]
    if not words:
        return None
    last = words[-1]
    qualifiers = {*words[:-1], previous_word}
    if qualifiers & _NON_SECRET_KEY_WORDS:
        return None
    if last.endswith(_PASSWORD_ENDINGS):
        return "password"
    if last in _WEAK_PASSWORD_WORDS:
        lone = len(words) == 1 and last != "pw" and previous_word
        if lone and previous_word not in _WEAK_PASSWORD_QUALIFIERS:
            return None  # "boarding pass: 12345", "GPIO pin: 17"
        return "weak"
    if last.endswith(("secret", "token")) or last in ("auth", "credential", "credentials"):
        return "token"
    if last in ("apikey", "accesskey", "secretkey", "privatekey") or qualifiers & (
        _SECRET_KEY_QUALIFIERS
    ):
        return "token"
    if last == "key":
        return "strict"
    return None


class KeyValueSecretDetector:
    """Values after secret-looking keys in configs, code, shell and prose (span: value only)."""

    name = "key_value_secret"
    label = Label.SECRET
    score = 0.8
    _scores: ClassVar[dict[str, float]] = {
        "password": 0.85,
        "weak": 0.8,
        "token": 0.8,
        "strict": 0.7,
    }

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        for key in _KEY_WORD_RE.finditer(doc.lower):
            if key.group()[0].isascii():
                ident, previous_word = _identifier(norm, key.start(), key.end())
            else:
                ident, previous_word = key.group(), ""
            kind = _key_kind(ident, previous_word)
            if kind is None:
                continue
            sep = _SEPARATOR_RE.match(norm, key.end())
            if sep is None:
                continue
            value = _VALUE_RE.match(norm, sep.end())
            if value is None:
                continue
            span = self._judge(norm, kind, ident, sep, value)
            if span is not None:
                yield Span(*span, self.label, Source.PATTERN, self._scores[kind], self.name)

    @staticmethod
    def _judge(
        norm: str, kind: str, ident: str, sep: re.Match[str], value: re.Match[str]
    ) -> tuple[int, int] | None:
        group = next(name for name in ("quoted", "cjk", "bare") if value.group(name) is not None)
        quoted = group != "bare"
        start, end = value.span(group)
        text = value.group(group)
        ident_start = sep.start() - len(ident)
        before = norm[max(0, ident_start - 3) : ident_start]
        if before == "://":
            return None  # user:password@ in a URL: UrlCredentialDetector's job
        if not quoted:
            if before[-1:] in ("?", "&"):
                text = text.split("&", 1)[0]  # a query parameter ends at the next "&"
            trimmed = _trim_sentence_end(text)
            end = start + len(trimmed)
            text = trimmed
        if not text:
            return None
        operator = sep.group("op") is not None
        if sep.group("op") == ">" and norm[max(0, ident_start - 1) : ident_start] != "<":
            return None  # ">" separates only in <password>value</password>
        is_flag = norm[max(0, ident_start - 2) : ident_start] == "--"
        if sep.group("for") and sep.group("space") is not None:
            return None  # "password for the account 12345678": no "is" or ":" to tie them
        weak_with_word = kind == "weak" and sep.group("word") is not None  # "pw is hunter2"
        if not operator and kind != "password" and not is_flag and not weak_with_word:
            return None  # "token abc123" in prose, "發票號碼 PW 41524614"; not "--token abc123"
        if not quoted and text.isalpha() and _PROSE_AFTER_RE.match(norm, end):
            return None  # "password: must be 8 characters"
        if kind in ("password", "weak"):
            ok = plausible_password(text, strict=not operator and not quoted)
        elif kind == "token":
            ok = plausible_token(text)
        else:
            ok = plausible_token(text, min_length=16, min_bits=3.5)
        return (start, end) if ok else None

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
    r"pin[碼码]"
    r"|(?:pass(?:word|wd|phrase|code)?|pwd|pw|pin|secret|token|key|auth|credentials?"
    r"|otp|totp|2fa|mfa|code)"
    # A suffix naming the encoding of the value: client-key-data, SECRET_KEY_BASE, token_b64
    r"(?:[-_.](?:data|b64|base64|base|value|encoded|hex))?(?![a-z0-9_])"
    r"|密碼|密码|口令|通行[碼码]|[帳账]密|[金密秘私][鑰钥]|[權权]杖|令牌"
    r"|[驗验認认][證证][碼码]|動態[碼码]|动态码|安全[碼码]|授[權权][碼码]"
)
_SEPARATOR_RE = re.compile(
    r"""["']?\]?
    # "password for the VPN is ...": up to three words, none of them "is"
    (?P<for>[ \t]+(?:for|of|to)(?:[ \t]+(?!(?:is|was)(?![A-Za-z]))[A-Za-z0-9_.@-]+){1,3}
      (?=[ \t]*(?:[:=>]|(?:is|was|has|got|changed|set|reset|updated)(?![A-Za-z]))))?
    [ \t]*
    (?: (?P<op>=>|:=|[:=>]
          # define('DB_PASSWORD', 'x'); ["token", "x"]; <add key="ApiKey" value="x"/>
          |(?<=["']),(?=[ \t]*["'])|(?<=["'][ \t])value[ \t]*=
          |(?P<call>(?<=[A-Za-z0-9_])\((?=[ \t]*["'])))   # setPassword("x")
      | (?P<word>(?:(?:is|was|has[ \t]+been|got)(?:[ \t]+now)?
            (?:[ \t]+(?:changed|set|reset|updated)[ \t]+to)?
          |(?:changed|set|reset|updated)[ \t]+to
          # "Rotated the root pw to X"
          |to)(?![A-Za-z])
          |(?:改|設|设|換|换|更改|變更|变更|重設|重设|設定|设定|預設|预设)(?:成|為|为)|是|為|为
          # "密碼我忘了，好像是 0930": a short aside in Chinese before 是
          |(?<=[碼码令])[\u4e00-\u9fff，,]{1,8}?(?:是|為|为))
      | (?P<space>(?<=[ \t])|(?<=[碼码令鑰钥密])(?=[!#-~])) )
    [ \t]*:?[ \t]*
    (?P<bracket>\[[ \t]+(?=[^\]\n]*[ \t]\]))?  # a form's field in brackets: "Password  [ x ]"
    """,
    re.IGNORECASE | re.VERBOSE | re.ASCII,
)
_VALUE_RE = re.compile(
    r"""(?P<quote>["'`])(?P<quoted>[^"'`\n]{1,4096})(?P=quote)"""
    r"""|[「『“‘](?P<cjk>[^」』”’\n]{1,300})[」』”’]"""
    # Printable ASCII but quotes, "," ";" "<" (a negated class over all of Unicode compiles slowly)
    r"""|(?P<bare>[!#-&(-+\--:=-_a-~]{1,4096})"""
)
_IDENT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_WORD_SPLIT_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_CJK_PASSWORDS = ("密碼", "密码", "口令", "通行碼", "通行码", "帳密", "账密")
_CJK_CODES = word_set("驗證碼 验证码 認證碼 认证码 動態碼 动态码 安全碼 安全码 授權碼 授权码")
# Words that turn "code" into a one-time or access code ("verification code", "door code").
_CODE_QUALIFIERS = word_set(
    """
    verification security access door gate alarm auth authentication login sms one-time otp
    2fa mfa authenticator entry unlock pairing
    """
)
_CODE_RE = re.compile(r"\d{4,8}(?![0-9A-Za-z])")
_VALUE_SUFFIXES = frozenset({"data", "b64", "base64", "base", "value", "encoded", "hex"})
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
_CJK_END_PUNCTUATION = frozenset("？！，。；：）")
# A key inside the value is made of words ("Password:", "db user="), not "askfPB=" (random).
_KEY_PART = r"(?:[A-Za-z][a-z]*|[A-Z]+)"
_ANOTHER_KEY_RE = re.compile(_KEY_PART + r"(?:[ _-]" + _KEY_PART + r")*[ ]?[:=]")
_IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z_]*")
_CALL_END_RE = re.compile(r"[ \t]*\)")
_JOINED_WORDS_RE = re.compile(r"[a-z]{2,}[_-][a-z]{2,}")  # 'hash-iterate-key', 'gss_krb5_key
# A call sets a secret only through a setter or a bare key name: setPassword("x"), password("x").
_SETTER_RE = re.compile(r"(?:set|with|use|put)(?:_|[A-Z])|(?:password|passwd|pwd|secret|token)$")


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


def _line_value(norm: str, start: int) -> str | None:
    """The rest of the line after a key and its operator when it is one word: a config line's
    value keeps a final full stop and a semicolon ("SMTP_PASS=asdf;lkj", "pw: Bubble1996."),
    which in prose would end the sentence. None if more words follow on the line."""
    line_end = norm.find("\n", start)
    rest = norm[start : line_end if line_end >= 0 else len(norm)].rstrip(" \t\r")
    if not rest or any(c.isspace() for c in rest) or not rest.isascii():
        return None
    if rest[-1] in ",;" or rest.endswith("..") or any(c in rest for c in "=&"):
        return None  # more parameters follow: "Password=x;Database=y", "key=x&user=y"
    if rest[:-1].isalpha() and rest[-1] == ".":
        return None  # "Password: Required.": a word and a full stop is prose
    return rest


def _identifier(norm: str, key_start: int, key_end: int) -> tuple[str, str]:
    """The identifier ending at the key word, and the space-separated word before it."""
    start = key_start
    while start > 0 and norm[start - 1] in _IDENT_CHARS:
        start -= 1
    ident = norm[start:key_end].lstrip(".-")
    previous = re.search(r"([A-Za-z-]+)(?: *的)? *$", norm[max(0, start - 20) : start])
    return ident, previous.group(1).lower() if previous else ""


def _key_kind(ident: str, previous_word: str) -> str | None:
    """'password', 'weak' (pw, pass, pin), 'code' (one-time and access codes), 'token' or
    'strict' (a generic *_key), or None."""
    if ident in _CJK_PASSWORDS:
        return "password"
    if ident in _CJK_CODES or ident.lower() in ("pin碼", "pin码"):
        return "code"
    if not ident.isascii():
        return "token"  # 金鑰, 權杖, ...
    words = [w.lower() for w in _WORD_SPLIT_RE.findall(ident)]
    if len(words) > 1 and words[-1] in _VALUE_SUFFIXES:
        words.pop()
    if not words:
        return None
    last = words[-1]
    qualifiers = {*words[:-1], previous_word}
    if last in ("otp", "totp", "2fa", "mfa") or (last == "code" and qualifiers & _CODE_QUALIFIERS):
        return "code"
    if last == "code":
        return None
    if qualifiers & _NON_SECRET_KEY_WORDS:
        return None
    if last.endswith(_PASSWORD_ENDINGS):
        return "password"
    if last in _WEAK_PASSWORD_WORDS:
        lone = len(words) == 1 and last != "pw" and previous_word
        if lone and previous_word not in _WEAK_PASSWORD_QUALIFIERS:
            # "boarding pass: 12345", "GPIO pin: 17"; but "ATM PIN: 8278" is a code
            return "code" if last == "pin" else None
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
        "code": 0.75,
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
                start, end = span
                # "好像是 0930？": full-width punctuation ends Chinese prose; not a value typed
                # in full-width forms throughout ("Ｑｗｅｒ６０！")
                typed_wide = all(0xFF01 <= ord(c) <= 0xFF5E for c in doc.text[start:end])
                while (
                    not typed_wide and end > start + 1 and doc.text[end - 1] in _CJK_END_PUNCTUATION
                ):
                    end -= 1
                yield Span(start, end, self.label, Source.PATTERN, self._scores[kind], self.name)

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
            line = _line_value(norm, start) if sep.group("op") in ("=", ":") else None
            # "SMTP_PASS=asdf;lkj", "password: Bubble1996.": the whole rest of the line
            text = line if line is not None else _trim_sentence_end(text)
            end = start + len(text)
        if not text or text.startswith("-----BEGIN"):
            return None  # a private-key block is PrivateKeyDetector's, markers included
        operator = sep.group("op") is not None or sep.group("bracket") is not None
        if sep.group("op") == ">" and norm[max(0, ident_start - 1) : ident_start] != "<":
            return None  # ">" separates only in <password>value</password>
        is_flag = norm[max(0, ident_start - 2) : ident_start] == "--"
        if sep.group("for") and sep.group("space") is not None:
            return None  # "password for the account 12345678": no "is" or ":" to tie them
        if kind == "code":
            # One-time and access codes are short runs of digits: "OTP: 839672", "驗證碼 433489"
            code = _CODE_RE.match(text)
            return (start, start + code.end()) if code else None
        call = sep.group("call") is not None
        if call and (
            not quoted
            or not _SETTER_RE.match(ident.rsplit(".", 1)[-1])
            or not _CALL_END_RE.match(norm, value.end())
        ):
            # get_password("svc") names an entry; set_password("svc", "user", "pw") takes the
            # secret last; setPassword("x") and password("x") set it
            return None
        if sep.group("op") == "," and (
            norm[ident_start - 1 : ident_start] not in ("'", '"')
            or _IDENTIFIER_RE.fullmatch(text)
            or (kind not in ("password", "weak") and _JOINED_WORDS_RE.search(text))
        ):
            return None  # ("DB_PASSWORD", "x") pairs; ["_RSAPrivateKey", "_RSAPublicKey"] lists
        with_word = sep.group("word") is not None
        weak_with_word = kind == "weak" and with_word  # "pw is hunter2"
        # "the LINE token is <172 random characters>": only a long random value, not "abc123"
        token_with_word = kind == "token" and with_word and plausible_token(text, min_length=20)
        if not (operator or kind == "password" or is_flag or weak_with_word or token_with_word):
            return None  # "token abc123" in prose, "發票號碼 PW 41524614"; not "--token abc123"
        if not quoted and text.isalpha() and _PROSE_AFTER_RE.match(norm, end):
            return None  # "password: must be 8 characters"
        if not quoted and _ANOTHER_KEY_RE.match(text):
            return None  # "密碼 Password:abc" - the inner key is matched on its own
        if kind in ("password", "weak"):
            # A literal passed to a setter or listed after a quoted key is judged strictly:
            # keyring.set_password("app", ...), ('username', 'password', 'scope')
            listed = call or sep.group("op") == ","
            ok = plausible_password(text, strict=listed or (not operator and not quoted))
        elif kind == "token":
            ok = plausible_token(text)
        else:
            ok = plausible_token(text, min_length=16, min_bits=3.5)
        return (start, end) if ok else None

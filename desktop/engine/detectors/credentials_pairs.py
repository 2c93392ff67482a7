"""Secrets identified by what stands next to them rather than by a label of their own.

- session cookies: `Cookie: PHPSESSID=...`, `Set-Cookie: connect.sid=...` (the cookie value);
- a user name and its password written as a pair: `login: admin / 1qaz2wsx`, `user ops pass x`;
- string literals passed to a login call: `server.login("me", "pw")`, `mysqli_connect(h, u, pw)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.engine.detectors.secret_values import plausible_password, plausible_token
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

# Cookie names that carry a session: PHPSESSID, JSESSIONID, sessionid, connect.sid,
# laravel_session, ASP.NET_SessionId, sid. Searched in lower case. (Tokens in query strings and
# assignments, access_token=..., are KeyValueSecretDetector's.)
_SESSION_COOKIE_RE = re.compile(
    r"(?<![a-z0-9_.-])(?:[a-z0-9_.-]*sess(?:ion)?(?:_?id)?|[a-z0-9_.-]*\.sid|sid)"
    r"=(?P<value>[^\s;,\"'<>()&]{16,400})(?![(\w])"
)


class SessionCookieDetector:
    """The value of a session or sign-in cookie: whoever holds it is signed in."""

    name = "session_cookie"
    label = Label.SECRET
    score = 0.8

    def detect(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        if "sess" not in lower and "sid=" not in lower:
            return
        for match in _SESSION_COOKIE_RE.finditer(lower):
            start, end = match.span("value")
            value = doc.norm[start:end]
            if plausible_token(value, min_length=16):
                yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)


# "login: admin / 1qaz2wsx", "credentials for the NAS: ops/Summer2024!" (searched in lower case)
_LABELLED_PAIR_RE = re.compile(
    r"(?<![a-z])(?:login|logins|log-in|sign-in|credentials?|creds)"
    r"(?:[ \t]+(?:for|to|of|on)[ \t]+[^\n:=]{1,30})?[ \t]*[:=][ \t]*"
    r"(?P<user>[a-z0-9_.@+-]{2,64})[ \t]*/[ \t]*(?P<value>[^\s/\"'<>]{3,64})"
)
# "user ops pass z%lWB...", "username: kevin, password Hx8..." (searched in lower case)
_USER_THEN_PASS_RE = re.compile(
    r"(?<![a-z])(?:user(?:name)?|login|id)[ \t]*[:=]?[ \t]+(?P<user>[^\s,;]{2,64})[ \t]*[,;]?[ \t]+"
    r"(?:pass(?:word)?|pw|pwd)[ \t]*[:=]?[ \t]+(?P<value>[^\s\"'<>]{3,64})"
)

_PROSE_WORDS = frozenset(
    {"to", "for", "the", "a", "an", "and", "or", "not", "can", "cannot", "will", "would"}
    | {"should", "must", "may", "might", "is", "are", "was", "who", "that", "which", "then"}
)


class UserPasswordPairDetector:
    """The password in `user / password` after a login label, or in `user X pass Y`."""

    name = "user_password_pair"
    label = Label.SECRET
    score = 0.75

    def detect(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        for pattern in (_LABELLED_PAIR_RE, _USER_THEN_PASS_RE):
            for match in pattern.finditer(lower):
                start, end = match.span("value")
                value = doc.norm[start:end].rstrip(".,;:)")
                if match.group("user") in _PROSE_WORDS:
                    continue  # "allow the user to pass execution_id": prose, not a pair
                if value and plausible_password(value, strict=True):
                    yield Span(
                        start, start + len(value), self.label, Source.PATTERN, 0.75, self.name
                    )


_LITERAL = r"""(?P<q{n}>["'])(?P<v{n}>[^"'\n]{{1,200}})(?P=q{n})"""
# The password is the second literal of a login call, the third of a database connect call.
_LOGIN_CALL_RE = re.compile(
    r"(?:login|log_in|signin|sign_in|authenticate|basic_?auth|BasicAuth|NetworkCredential"
    r"|UsernamePasswordCredentials|PasswordAuthentication|ftp_login)[ \t]*\([ \t]*"
    r"(?:\$?[A-Za-z_][\w.]*[ \t]*,[ \t]*)?"  # ftp_login($conn, "user", "pw")
    + _LITERAL.format(n=1)
    + r"[ \t]*,[ \t]*"
    + _LITERAL.format(n=2)
    + r"|(?:mysqli?_connect|mysqli|PDO)[ \t]*\([ \t]*"
    + _LITERAL.format(n=3)
    + r"[ \t]*,[ \t]*"
    + _LITERAL.format(n=4)
    + r"[ \t]*,[ \t]*"
    + _LITERAL.format(n=5)
)


class LoginCallDetector:
    """The password literal in `smtp.login("me@x.tw", "pw")`, `new NetworkCredential(u, "pw")`."""

    name = "login_call"
    label = Label.SECRET
    score = 0.8

    def detect(self, doc: Document) -> Iterator[Span]:
        norm = doc.norm
        if "(" not in norm:
            return
        for match in _LOGIN_CALL_RE.finditer(norm):
            group = "v2" if match.group("v2") is not None else "v5"
            value = match.group(group)
            if plausible_password(value, strict=False):
                start, end = match.span(group)
                yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)

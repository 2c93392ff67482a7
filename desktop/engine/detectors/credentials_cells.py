"""Secrets in the cells of a table whose column header names them: "Password", "API key", "金鑰".

In a spreadsheet or a CSV export the header is the only cue: a cell of the password column holds
a password whatever it looks like ("Sunny1104$"), and a cell of a key or token column holds a
key even where OCR misread its vendor prefix ("Alza…" for "AIza…"), so the provider-format
detector cannot vouch for it. The cell's value must still look like one (no spaces, no
placeholder; a key random enough), so a "n/a" or "see vault" cell stays text.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.engine.detectors.base import Detector
from desktop.engine.detectors.secret_values import plausible_password, plausible_token
from desktop.engine.detectors.tables import column_cell_spans
from desktop.engine.textnorm import Document
from desktop.engine.types import Label, Source, Span

_PASSWORD_HEADERS = frozenset(
    (
        "password", "passwd", "pwd", "pass", "passcode", "pin", "密碼", "密码", "登入密碼",
        "wifi password", "wi-fi password", "初始密碼", "temp password", "temporary password",
    )
)  # fmt: skip
_KEY_HEADERS = frozenset(
    (
        "api key", "api_key", "apikey", "api token", "token", "access token", "secret",
        "client secret", "secret key", "private key", "key", "金鑰", "api 金鑰", "api金鑰",
        "密鑰", "權杖", "存取權杖", "令牌",
    )
)  # fmt: skip


_ALL_HEADERS = _PASSWORD_HEADERS | _KEY_HEADERS


class SecretCellDetector:
    """SECRET spans for cells under a password, key or token column header."""

    name = "secret_cells"
    label = Label.SECRET
    score = 0.85

    def detect(self, doc: Document) -> Iterator[Span]:
        if "\n" not in doc.norm:
            return
        lower = doc.lower
        if not any(header in lower for header in _ALL_HEADERS):
            return  # no header word at all: most texts, and reading their columns is costly
        for headers, plausible in (
            (_PASSWORD_HEADERS, _plausible_password_cell),
            (_KEY_HEADERS, _plausible_key_cell),
        ):
            for start, end in column_cell_spans(lower, headers):
                if plausible(doc.norm[start:end]):
                    yield Span(start, end, self.label, Source.PATTERN, self.score, self.name)


def _plausible_password_cell(value: str) -> bool:
    return bool(value) and " " not in value and plausible_password(value, strict=True)


def _plausible_key_cell(value: str) -> bool:
    return plausible_token(value)


DETECTORS: tuple[Detector, ...] = (SecretCellDetector(),)

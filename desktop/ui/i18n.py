"""UI strings in English or Traditional Chinese. English is the source; zh_TW comes from
resources/i18n/zh_TW.json. A missing translation falls back to English, never to a blank."""

from __future__ import annotations

import json
from functools import cache

from desktop.resources import resources_dir

_language = "en"


@cache
def _table(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    path = resources_dir() / "i18n" / f"{language}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()}


def set_language(language: str) -> None:
    global _language
    _language = language


def tr(text: str) -> str:
    return _table(_language).get(text, text)

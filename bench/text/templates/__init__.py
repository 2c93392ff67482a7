"""All text templates. Each template belongs to exactly one split, fixed here in the source.

Syntax: `{{SLOT}}` expands to a generated value (see bench/text/slots.py); `{{SLOT@k}}` reuses the
value drawn for the first `{{SLOT@k}}` in the same document; `((a|b|c))` picks one phrasing.
"""

from __future__ import annotations

from dataclasses import dataclass

SPLITS = ("dev", "test")
LANGS = ("en", "zh", "mixed")
GENRES = ("chat", "email", "form", "ticket", "config")


@dataclass(frozen=True)
class Template:
    id: str
    lang: str
    genre: str
    split: str
    text: str


def group(lang: str, genre: str, *, dev: list[str], test: list[str]) -> list[Template]:
    """Templates of one language and genre; the lists fix which split each belongs to."""
    out = []
    for split, texts in (("dev", dev), ("test", test)):
        for i, text in enumerate(texts):
            out.append(Template(f"{lang}-{genre}-{split}-{i:02d}", lang, genre, split, text))
    return out


def core_templates() -> list[Template]:
    """The original templates, split about half and half between dev and test."""
    from bench.text.templates import config, en, mixed, zh

    return [*en.TEMPLATES, *zh.TEMPLATES, *mixed.TEMPLATES, *config.TEMPLATES]


def dev_only_templates() -> list[Template]:
    """Material added later to widen the dev split (names, secrets); never in the test split."""
    from bench.text.templates import dev_extra, dev_secrets, dev_zh_names

    return [*dev_extra.TEMPLATES, *dev_zh_names.TEMPLATES, *dev_secrets.TEMPLATES]


def all_templates() -> list[Template]:
    return [*core_templates(), *dev_only_templates()]


def templates_for(split: str) -> list[Template]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    return [t for t in all_templates() if t.split == split]

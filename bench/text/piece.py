"""The unit a template slot expands to: text plus the gold marks inside it."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Mark:
    """A labelled range inside a piece: a PII span (label) or a hard negative (neg)."""

    start: int
    end: int
    label: str | None = None
    neg: str | None = None


@dataclass(frozen=True)
class Piece:
    text: str
    marks: tuple[Mark, ...] = ()


def pii(text: str, label: str) -> Piece:
    return Piece(text, (Mark(0, len(text), label=label),))


def neg(text: str, kind: str) -> Piece:
    return Piece(text, (Mark(0, len(text), neg=kind),))


def credential_url(prefix: str, password: str, suffix: str) -> Piece:
    """scheme://user:password@host/db: the whole URL is one SECRET (DESIGN: credentials in URLs).

    Until 2026-12 only the password was marked; user, host, port and database are what a login
    needs besides it, so the product masks the URL and the gold now says so.
    """
    return pii(prefix + password + suffix, "SECRET")


def pii_inside(prefix: str, value: str, suffix: str, label: str) -> Piece:
    """A piece where only the middle part is PII (e.g. the password inside a URL)."""
    start = len(prefix)
    return Piece(prefix + value + suffix, (Mark(start, start + len(value), label=label),))


@dataclass
class GenContext:
    """Randomness for one split: a seeded RNG and seeded Faker instances (zh_TW, en_US)."""

    rng: random.Random
    fake_zh: Any
    fake_en: Any
    lang: str = "en"  # language of the document being filled: en | zh | mixed
    heldout_names: float = 0.0  # share of names drawn from bench/text/names_heldout.py

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

"""What the fast layer finds in a text, for tests that assert on values: the values of one label,
or (value, label) pairs. One place, so every detector test reads findings the same way."""

from __future__ import annotations

from desktop.engine.pipeline import Scrubber


def found(text: str) -> list[tuple[str, str]]:
    """(value, label) of every finding, in order."""
    spans = Scrubber().detect(text, use_model=False).spans
    return [(text[s.start : s.end], str(s.label)) for s in spans]


def values_of(text: str, label: str) -> list[str]:
    return [value for value, found_label in found(text) if found_label == label]


def people(text: str) -> list[str]:
    return values_of(text, "PERSON")

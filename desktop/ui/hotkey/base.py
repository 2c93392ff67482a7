"""The hotkey backend interface and a parser for "Ctrl+Alt+S"-style key descriptions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

MODIFIERS = ("ctrl", "alt", "shift", "meta")
_ALIASES = {
    "control": "ctrl",
    "option": "alt",
    "opt": "alt",
    "cmd": "meta",
    "command": "meta",
    "super": "meta",
    "win": "meta",
    "⌘": "meta",
    "⌥": "alt",
    "⌃": "ctrl",
    "⇧": "shift",
}


class HotkeyError(Exception):
    """A hotkey could not be parsed or registered."""


@dataclass(frozen=True)
class Hotkey:
    modifiers: frozenset[str]
    key: str  # one upper-case letter or digit, or F1..F12

    def __str__(self) -> str:
        names = [m.capitalize() for m in MODIFIERS if m in self.modifiers]
        return "+".join([*names, self.key])


def parse_hotkey(text: str) -> Hotkey:
    parts = [p.strip().lower() for p in text.replace(" ", "").split("+") if p.strip()]
    if not parts:
        raise HotkeyError("empty hotkey")
    *mods, key = parts
    modifiers = frozenset(_ALIASES.get(m, m) for m in mods)
    unknown = modifiers - set(MODIFIERS)
    if unknown:
        raise HotkeyError(f"unknown modifier: {', '.join(sorted(unknown))}")
    if not modifiers:
        raise HotkeyError("a global hotkey needs at least one modifier")
    key = key.upper()
    valid = (len(key) == 1 and key.isascii() and key.isalnum()) or (
        key.startswith("F") and key[1:].isdigit() and 1 <= int(key[1:]) <= 12
    )
    if not valid:
        raise HotkeyError(f"unsupported key: {key}")
    return Hotkey(modifiers, key)


class HotkeyBackend(QObject):
    """Registers one global hotkey and emits `activated` when it is pressed."""

    activated = Signal()
    name = "none"

    @classmethod
    def available(cls) -> bool:
        """Cheap check: could this backend work in this session?"""
        return False

    def register(self, hotkey: Hotkey) -> None:
        """Grab the key; raises HotkeyError when the system refuses."""
        raise NotImplementedError

    def unregister(self) -> None:
        raise NotImplementedError

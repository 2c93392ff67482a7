"""Typed, versioned user settings. Secrets never live here: API keys go to the keychain.

Stored as JSON in the platform's config directory. A file from an older version is migrated;
an unreadable or invalid file is set aside (renamed) and defaults are used, so a bad settings
file never stops the app.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from desktop.engine.policy import AlwaysRedact as PolicyEntry
from desktop.engine.policy import Policy
from desktop.engine.types import Label

SETTINGS_VERSION = 1
ProviderName = Literal["openai", "anthropic", "gemini", "openai-compatible"]


class AlwaysEntry(BaseModel):
    model_config = ConfigDict(frozen=True)
    term: str
    label: Label = Label.PERSON


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: int = SETTINGS_VERSION
    provider: ProviderName = "openai"
    base_url: str | None = None
    cloud_model: str | None = None
    local_model: str | None = None  # model id or path; None = the default installed model
    use_local_model: bool = True
    image_model: str | None = None  # PaliGemma model id; None = the installed one, if any
    use_image_model: bool = True  # faces, QR codes, signatures and ID cards in screenshots
    router_enabled: bool = False  # answer locally when the local model says the cloud is not needed
    hotkey: str = "Ctrl+Alt+S"
    disabled_labels: list[Label] = Field(default_factory=list)
    always_redact: list[AlwaysEntry] = Field(default_factory=list)
    never_redact: list[str] = Field(default_factory=list)
    ui_language: Literal["en", "zh_TW"] = "en"
    first_run_done: bool = False

    def policy(self) -> Policy:
        """The detection policy these settings ask for."""
        return Policy(
            always=tuple(PolicyEntry(e.term, e.label) for e in self.always_redact),
            never=tuple(self.never_redact),
            disabled_labels=frozenset(self.disabled_labels),
        )

    @field_validator("base_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("the endpoint must start with http:// or https://")
        return value or None


def parse_always_lines(text: str) -> list[AlwaysEntry]:
    """Parse the always-redact list as typed in Settings: one `term` or `term | LABEL` a line."""
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        term, _, label = line.partition("|")
        term = term.strip()
        if not term:
            continue
        name = label.strip().upper() or Label.PERSON.value
        if name not in Label.__members__:
            raise ValueError(f"line {number}: unknown label {name}")
        entries.append(AlwaysEntry(term=term, label=Label[name]))
    return entries


def format_always_lines(entries: list[AlwaysEntry]) -> str:
    return "\n".join(f"{entry.term} | {entry.label}" for entry in entries)


def default_path() -> Path:
    override = os.environ.get("SCRUBDESK_CONFIG_DIR")
    if override:
        return Path(override) / "settings.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir("ScrubDesk", "ScrubDesk")) / "settings.json"


def _migrate(data: dict[str, object]) -> dict[str, object]:
    """Bring older settings files up to SETTINGS_VERSION (version 0 had no version field)."""
    version = data.get("version", 0)
    if version == 0:
        # Version 0 stored the cloud model as "model".
        if "model" in data and "cloud_model" not in data:
            data["cloud_model"] = data.pop("model")
        data["version"] = 1
    return data


def load_settings(path: Path | None = None) -> Settings:
    path = path or default_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return Settings.model_validate(_migrate(data))
    except (ValueError, ValidationError):
        path.replace(path.with_suffix(".invalid.json"))
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(settings.model_dump_json(indent=2), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a file

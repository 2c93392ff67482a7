import json

import pytest
from pydantic import ValidationError

from desktop.engine.settings import (
    AlwaysEntry,
    Settings,
    format_always_lines,
    load_settings,
    parse_always_lines,
    save_settings,
)
from desktop.engine.types import Label


def test_round_trip(tmp_path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(
        provider="anthropic",
        always_redact=[AlwaysEntry(term="Project Falcon", label=Label.SECRET)],
        never_redact=["Acme"],
        disabled_labels=[Label.IP_ADDRESS],
    )
    save_settings(settings, path)
    assert load_settings(path) == settings


def test_missing_file_gives_defaults(tmp_path) -> None:
    settings = load_settings(tmp_path / "none.json")
    assert settings.provider == "openai" and settings.router_enabled is False


def test_version_0_file_is_migrated(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"model": "gpt-4o-mini", "provider": "openai"}))
    settings = load_settings(path)
    assert settings.cloud_model == "gpt-4o-mini" and settings.version == 1


def test_corrupt_file_is_set_aside_and_defaults_used(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.invalid.json").exists()


def test_bad_values_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Settings(provider="skynet")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Settings(base_url="ftp://example.com")


def test_settings_have_no_field_for_secrets() -> None:
    secret_words = ("api_key", "apikey", "token", "password", "secret")
    assert not any(word in name for name in Settings.model_fields for word in secret_words)


def test_always_lines_parse_and_format() -> None:
    entries = parse_always_lines("Project Falcon | secret\n\n王大明\n")
    assert entries == [
        AlwaysEntry(term="Project Falcon", label=Label.SECRET),
        AlwaysEntry(term="王大明", label=Label.PERSON),
    ]
    assert parse_always_lines(format_always_lines(entries)) == entries
    with pytest.raises(ValueError, match="line 1: unknown label"):
        parse_always_lines("x | NOPE")


def test_settings_build_the_detection_policy() -> None:
    settings = Settings(
        always_redact=[AlwaysEntry(term="Falcon", label=Label.SECRET)],
        never_redact=["Acme"],
        disabled_labels=[Label.IP_ADDRESS],
    )
    policy = settings.policy()
    assert policy.always[0].term == "Falcon" and policy.always[0].label == Label.SECRET
    assert policy.never == ("Acme",)
    assert policy.disabled_labels == frozenset({Label.IP_ADDRESS})

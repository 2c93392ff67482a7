"""The cloud providers, listed by hand (PyInstaller bundles lose entry points).

The names are the CLI's `--provider` values (DESIGN.md) and the keychain entry names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.engine.cloud.anthropic import ANTHROPIC_BASE_URL, AnthropicMessages
from desktop.engine.cloud.base import Provider
from desktop.engine.cloud.gemini import GEMINI_BASE_URL, GeminiNative
from desktop.engine.cloud.openai_compat import OPENAI_BASE_URL, OpenAICompatible


@dataclass(frozen=True)
class ProviderSpec:
    name: str
    label: str
    default_base_url: str | None  # None: the user must give one
    default_model: str | None  # None: the user must name one
    key_required: bool
    _build: Callable[[str], Provider]

    def create(self, base_url: str | None = None) -> Provider:
        url = base_url or self.default_base_url
        if not url:
            raise ValueError(f"the {self.name} provider needs a base URL (--base-url)")
        return self._build(url)


PROVIDERS: dict[str, ProviderSpec] = {
    spec.name: spec
    for spec in (
        ProviderSpec(
            "openai",
            "OpenAI",
            OPENAI_BASE_URL,
            "gpt-4o-mini",
            True,
            lambda url: OpenAICompatible(url),
        ),
        ProviderSpec(
            "anthropic",
            "Anthropic",
            ANTHROPIC_BASE_URL,
            "claude-sonnet-4-5",
            True,
            lambda url: AnthropicMessages(url),
        ),
        ProviderSpec(
            "gemini",
            "Gemini",
            GEMINI_BASE_URL,
            "gemini-2.5-flash",
            True,
            lambda url: GeminiNative(url),
        ),
        # Ollama, LM Studio, OpenRouter, Azure, Gemini's OpenAI endpoint: any /chat/completions.
        ProviderSpec(
            "openai-compatible",
            "the OpenAI-compatible server",
            None,
            None,
            False,
            lambda url: OpenAICompatible(
                url,
                name="openai-compatible",
                label="the OpenAI-compatible server",
                max_tokens_field="max_tokens",
            ),
        ),
    )
}


def provider_names() -> tuple[str, ...]:
    return tuple(PROVIDERS)


def get_spec(name: str) -> ProviderSpec:
    try:
        return PROVIDERS[name]
    except KeyError:
        known = ", ".join(PROVIDERS)
        raise ValueError(f"unknown provider {name!r}; known providers: {known}") from None

"""Typed provider errors with plain, one-line messages.

Messages never hold the API key, the request text or the answer. Provider error messages are
passed through `provider_detail`, which drops the key and keeps one short line.
"""

from __future__ import annotations

from desktop.engine.errors import CloudError

_DETAIL_LIMIT = 160


class ProviderError(CloudError):
    """A provider call failed. `retryable` says whether trying again may help (the class
    default; an HTTP status can make one instance final, e.g. 501)."""

    retryable: bool = False

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.retryable = type(self).retryable


class AuthError(ProviderError):
    """The key was rejected or lacks permission (HTTP 401/403)."""


class RateLimitError(ProviderError):
    """Too many requests for now (HTTP 429)."""

    retryable = True


class QuotaError(ProviderError):
    """The account is out of credit or over its quota: waiting does not help."""


class OverloadedError(ProviderError):
    """The provider is overloaded (HTTP 503/529, Anthropic's overloaded_error)."""

    retryable = True


class ServerError(ProviderError):
    """The provider failed on its side (HTTP 5xx, 408, 409)."""

    retryable = True


class NetworkError(ProviderError):
    """No usable connection: refused, reset, timed out, or cut off mid-answer."""

    retryable = True


class BadResponseError(ProviderError):
    """The provider answered in a form this client does not understand."""


class RequestRejected(ProviderError):
    """The provider refused the request itself (HTTP 400/404/413/422: bad model, too long...)."""


def provider_detail(message: object, secret: str = "") -> str:
    """A provider's own error text made safe to show: one line, short, without the key."""
    if not isinstance(message, str):
        return ""
    text = " ".join(message.split())
    if secret:
        text = text.replace(secret, "<key>")
    if len(text) > _DETAIL_LIMIT:
        text = text[: _DETAIL_LIMIT - 1] + "…"
    return text


def with_detail(message: str, detail: str) -> str:
    return f"{message}: {detail}" if detail else message

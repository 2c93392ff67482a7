"""Mapping an HTTP status and a provider's error body to one typed error with a plain message."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from desktop.engine.cloud.errors import (
    AuthError,
    BadResponseError,
    OverloadedError,
    ProviderError,
    QuotaError,
    RateLimitError,
    RequestRejected,
    ServerError,
    provider_detail,
    with_detail,
)
from desktop.engine.cloud.retry import is_retryable_status, parse_retry_after

_QUOTA_MARKERS = ("insufficient_quota", "credit balance", "billing", "exceeded your current quota")
_OVERLOAD_MARKERS = ("overloaded",)


@dataclass(frozen=True, slots=True)
class ErrorInfo:
    """What a provider said about an error: its type/code (lower case) and message."""

    kind: str = ""
    message: str = ""
    retry_after: float | None = None


def parse_json_object(body: bytes) -> dict[str, object] | None:
    try:
        value = json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _is_quota(info: ErrorInfo) -> bool:
    if "insufficient_quota" in info.kind:
        return True
    if info.retry_after is not None:
        return False  # a wait is given: a rate limit, even if the message mentions quota
    text = f"{info.kind} {info.message}".lower()
    return any(marker in text for marker in _QUOTA_MARKERS)


def error_for_status(
    status: int,
    info: ErrorInfo,
    *,
    provider: str,
    api_key: str,
    headers: Mapping[str, str] | None = None,
) -> ProviderError:
    """The typed error for a non-2xx answer. `provider` is a display name such as "OpenAI".
    It is retryable when both its kind and its status are (retry.RETRYABLE_STATUS)."""
    error = _error_for_status(status, info, provider=provider, api_key=api_key, headers=headers)
    error.retryable = error.retryable and is_retryable_status(status)
    return error


def _error_for_status(
    status: int,
    info: ErrorInfo,
    *,
    provider: str,
    api_key: str,
    headers: Mapping[str, str] | None,
) -> ProviderError:
    retry_after = info.retry_after
    if retry_after is None and headers is not None:
        retry_after = parse_retry_after(headers)
    info = ErrorInfo(info.kind, info.message, retry_after)
    detail = provider_detail(info.message, api_key)
    kind = info.kind.lower()
    if status == 401:
        return AuthError(f"{provider} rejected the API key (HTTP 401); check the key")
    if status == 403:
        return AuthError(f"{provider} refused this API key access (HTTP 403)")
    if _is_quota(info) and status in (400, 402, 403, 429):
        return QuotaError(
            with_detail(
                f"{provider} says the account is out of quota or credit (HTTP {status})", detail
            )
        )
    if status == 429:
        wait = f"; try again in {retry_after:.0f} s" if retry_after else ""
        return RateLimitError(
            f"{provider} is rate limiting requests (HTTP 429){wait}", retry_after=retry_after
        )
    if status in (503, 529) or any(marker in kind for marker in _OVERLOAD_MARKERS):
        return OverloadedError(
            f"{provider} is overloaded right now (HTTP {status}); try again later",
            retry_after=retry_after,
        )
    if status == 408:
        return ServerError(f"{provider} timed out on its side (HTTP 408)", retry_after=retry_after)
    if status == 409 or status >= 500:
        return ServerError(
            with_detail(f"{provider} had a server error (HTTP {status})", detail),
            retry_after=retry_after,
        )
    if 300 <= status < 400:
        return BadResponseError(f"{provider} redirected the request (HTTP {status}); check the URL")
    if 400 <= status < 500:
        return RequestRejected(
            with_detail(f"{provider} rejected the request (HTTP {status})", detail)
        )
    return BadResponseError(f"{provider} answered with unexpected HTTP status {status}")


def error_for_event(info: ErrorInfo, *, provider: str, api_key: str) -> ProviderError:
    """The typed error for an error event inside a stream (HTTP status was already 200)."""
    kind = info.kind.lower()
    detail = provider_detail(info.message, api_key)
    if "auth" in kind or "permission" in kind or "invalid_api_key" in kind:
        return AuthError(f"{provider} rejected the API key")
    if _is_quota(info):
        return QuotaError(with_detail(f"{provider} says the account is out of quota", detail))
    if "rate" in kind or "resource_exhausted" in kind or kind == "429":
        return RateLimitError(f"{provider} is rate limiting requests", retry_after=info.retry_after)
    if any(marker in kind for marker in _OVERLOAD_MARKERS) or kind in ("unavailable", "503", "529"):
        return OverloadedError(f"{provider} is overloaded right now; try again later")
    if "invalid_request" in kind or "not_found" in kind or "invalid_argument" in kind:
        return RequestRejected(with_detail(f"{provider} rejected the request", detail))
    return ServerError(with_detail(f"{provider} reported an error mid-answer", detail))

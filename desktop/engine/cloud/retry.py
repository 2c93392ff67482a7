"""When and how long to wait before trying a failed request again.

Only a request whose answer has not started is retried (the transport enforces that part):
once a token is on the screen, a retry would show the user a second, different answer.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 529})

SleepFn = Callable[[float], None]


def is_retryable_status(status: int) -> bool:
    """Statuses worth another try: timeouts, conflicts, rate limits, server errors, overload
    (not 501 Not Implemented or 505 HTTP Version Not Supported: those never change)."""
    return status in RETRYABLE_STATUS or (500 <= status <= 599 and status not in (501, 505))


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter, honouring the server's Retry-After.

    A Retry-After longer than `max_delay` is not waited out: the error goes to the user with
    the wait in its message, instead of a frozen window.
    """

    max_attempts: int = 4  # the first try included
    base_delay: float = 0.5
    max_delay: float = 30.0
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def delay(self, attempt: int, retry_after: float | None) -> float | None:
        """Seconds to wait after failed attempt number `attempt` (1-based), or None to give up."""
        if attempt >= self.max_attempts:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_delay else None
        backoff = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return backoff * (0.5 + 0.5 * self.jitter())


NO_RETRY = RetryPolicy(max_attempts=1)

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*s?\s*$")


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds to wait from `retry-after-ms`, or `Retry-After` as seconds or an HTTP date."""
    lowered = {name.lower(): value for name, value in headers.items()}
    milliseconds = lowered.get("retry-after-ms")
    if milliseconds is not None:
        match = _DURATION.match(milliseconds)
        if match:
            return float(match.group(1)) / 1000.0
    value = lowered.get("retry-after")
    if value is None:
        return None
    match = _DURATION.match(value)
    if match:
        return float(match.group(1))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def parse_duration(value: object) -> float | None:
    """A protobuf-style duration such as Gemini's `retryDelay: "30s"`."""
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            return float(match.group(1))
    return None


def cancellable_sleep(seconds: float, cancel: Callable[[], bool] | None) -> bool:
    """Sleep in short steps; True when `cancel` asked to stop."""
    deadline = time.monotonic() + seconds
    while True:
        if cancel is not None and cancel():
            return True
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        time.sleep(min(left, 0.05))

"""Backoff and Retry-After parsing."""

from email.utils import formatdate

from desktop.engine.cloud.retry import (
    RetryPolicy,
    is_retryable_status,
    parse_duration,
    parse_retry_after,
)


def test_retryable_statuses() -> None:
    for status in (408, 409, 429, 500, 502, 503, 504, 529):
        assert is_retryable_status(status)
    for status in (400, 401, 403, 404, 422, 501, 505):
        assert not is_retryable_status(status)


def test_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "7"}) == 7.0
    assert parse_retry_after({"retry-after": "1.5"}) == 1.5
    assert parse_retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    now = 1_700_000_000.0
    assert parse_retry_after({"Retry-After": formatdate(now + 30, usegmt=True)}, now=now) == 30.0
    assert parse_retry_after({"Retry-After": formatdate(now - 30, usegmt=True)}, now=now) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None
    assert parse_duration("30s") == 30.0
    assert parse_duration("0.5s") == 0.5
    assert parse_duration(None) is None


def test_backoff_grows_is_capped_and_stops() -> None:
    policy = RetryPolicy(max_attempts=6, base_delay=1.0, max_delay=5.0, jitter=lambda: 1.0)
    assert [policy.delay(n, None) for n in range(1, 7)] == [1.0, 2.0, 4.0, 5.0, 5.0, None]
    halved = RetryPolicy(base_delay=1.0, jitter=lambda: 0.0)
    assert halved.delay(1, None) == 0.5


def test_retry_after_wins_but_a_long_wait_gives_up() -> None:
    policy = RetryPolicy(max_attempts=3, max_delay=30.0)
    assert policy.delay(1, 12.0) == 12.0
    assert policy.delay(1, 31.0) is None
    assert policy.delay(3, 1.0) is None

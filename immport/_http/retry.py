"""Retry policy: a pure object that answers "retry after N seconds" or "give up" (``None``)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from email.utils import parsedate_to_datetime

import attrs
import httpx

__all__ = ["RETRY_EXTENSION", "RETRY_OVERRIDE", "RetryPolicy", "parse_retry_after", "retry_override"]

# Request extension carrying the per-call override: True (retry even if not idempotent), False, or None.
RETRY_EXTENSION = "immport_retry"
# The same override for every request made in a block (``with client.retries(False): ...``); a request's own
# extension wins. Context variables follow threads and asyncio tasks, so blocks do not leak across them.
RETRY_OVERRIDE: ContextVar[bool | None] = ContextVar("immport_retry_override", default=None)


def retry_override(request_value: object) -> bool | None:
    """The effective per-call override: the request's extension, else the enclosing ``retries()`` block."""
    if isinstance(request_value, bool):
        return request_value
    return RETRY_OVERRIDE.get()


IDEMPOTENT_METHODS = frozenset({"GET", "HEAD"})
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Failures where retrying an idempotent request is safe and likely to help.
RETRY_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait for a ``Retry-After`` value (delta-seconds or HTTP-date); ``None`` if invalid."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # HTTP-dates are GMT
            return None
        seconds = when.timestamp() - now
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Exponential backoff with full jitter; honours ``Retry-After`` up to ``retry_after_cap``.

    ``attempt`` counts retries already made (0 before the first retry). ``rng`` and ``clock`` are
    injectable so decisions are deterministic in tests.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0
    retry_statuses: frozenset[int] = RETRY_STATUSES
    idempotent_methods: frozenset[str] = IDEMPOTENT_METHODS
    rng: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)
    clock: Callable[[], float] = attrs.field(default=time.time, eq=False, repr=False)

    def allows(self, method: str, override: bool | None = None) -> bool:
        """Whether this request may be retried at all: per-call override, else idempotent methods only."""
        if self.max_retries <= 0:
            return False
        if override is not None:
            return override
        return method.upper() in self.idempotent_methods

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in ``[0, min(cap, base * 2**attempt)]``."""
        ceiling = min(self.backoff_cap, self.backoff_base * (2.0**attempt))
        return ceiling * self.rng()

    def after_response(
        self, method: str, attempt: int, status: int, headers: Mapping[str, str], override: bool | None = None
    ) -> float | None:
        """Delay before retrying after a response with ``status``, or ``None`` to return the response."""
        if (
            status not in self.retry_statuses
            or attempt >= self.max_retries
            or not self.allows(method, override)
        ):
            return None
        retry_after = parse_retry_after(headers.get("retry-after"), self.clock())
        if retry_after is not None:
            return min(retry_after, self.retry_after_cap)
        return self.backoff(attempt)

    def after_error(
        self, method: str, attempt: int, error: Exception, override: bool | None = None
    ) -> float | None:
        """Delay before retrying after a transport failure, or ``None`` to raise it."""
        if not isinstance(error, RETRY_EXCEPTIONS) or attempt >= self.max_retries:
            return None
        if not self.allows(method, override):
            return None
        return self.backoff(attempt)

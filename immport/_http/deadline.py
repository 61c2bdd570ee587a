"""The whole-call deadline.

httpx's ``timeout`` bounds each connect, write, pool wait and *read*: a server trickling a byte every few
seconds keeps a call alive indefinitely, and retries with backoff add up. A :class:`Deadline` bounds the
whole call instead: every attempt's timeouts are cut to the time left, no retry or backoff sleep starts that
could not finish in time, and a body read inside the call stops when the time is up. The clients open one
per ``send`` (:func:`deadline_scope`); the retry transport, the token requests and the body streams read the
current one from a context variable (which follows threads and asyncio tasks).

A streamed response (``stream=True``: ``iter_*``, downloads) is bounded up to its headers; its body is read
at the caller's pace, each read bounded by ``timeout``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import attrs
import httpx

from immport.errors import TransportError, safe_url

__all__ = ["DEADLINE_EXTENSION", "Deadline", "current_deadline", "deadline_scope"]

# Request extension overriding the client's deadline for one request: seconds, or None for no deadline.
DEADLINE_EXTENSION = "immport_deadline"
_TIMEOUT_KEYS = ("connect", "read", "write", "pool")

_CURRENT: ContextVar[Deadline | None] = ContextVar("immport_deadline", default=None)


@attrs.frozen
class Deadline:
    seconds: float
    ends: float  # on time.monotonic()

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0

    def error(self, request: httpx.Request) -> TransportError:
        return TransportError(
            f"The call did not complete within its deadline of {self.seconds:g}s "
            "(deadline=, IMMPORT_DEADLINE; timeout= bounds each read)",
            method=request.method,
            url=safe_url(request.url),
        )

    def check(self, request: httpx.Request) -> None:
        if self.expired():
            raise self.error(request)

    def clamp(self, request: httpx.Request) -> None:
        """Cut the request's timeouts to the time left (raises if none is left)."""
        left = self.remaining()
        if left <= 0:
            raise self.error(request)
        timeouts = dict(request.extensions.get("timeout") or {})
        for key in _TIMEOUT_KEYS:
            value = timeouts.get(key)
            timeouts[key] = left if value is None else min(value, left)
        request.extensions["timeout"] = timeouts


def current_deadline() -> Deadline | None:
    return _CURRENT.get()


@contextmanager
def deadline_scope(request: httpx.Request, default: float) -> Iterator[Deadline | None]:
    """The deadline for ``request`` (its extension, else ``default``); an earlier enclosing one wins."""
    seconds = request.extensions.get(DEADLINE_EXTENSION, default)
    outer = _CURRENT.get()
    if seconds is None or math.isinf(seconds):
        yield outer
        return
    mine = Deadline(float(seconds), time.monotonic() + float(seconds))
    chosen = outer if outer is not None and outer.ends <= mine.ends else mine
    token = _CURRENT.set(chosen)
    try:
        yield chosen
    finally:
        _CURRENT.reset(token)

"""Retrying transports. The retry loop is one flow (:func:`retry_flow`) run by the one sync or async runner;
the call's deadline (:mod:`immport._http.deadline`) cuts each attempt's timeouts, stops retries that could
not finish in time and ends a body read inside the call when the time is up."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from immport._flows import Clock, Close, Flow, Send, Sleep
from immport._http.deadline import current_deadline
from immport._http.mapping import error_for_exception
from immport._http.redaction import get_logger
from immport._http.retry import RETRY_EXTENSION, RetryPolicy, retry_override
from immport._runners import AsyncRunner, SyncRunner
from immport.errors import safe_url

__all__ = ["AsyncRetryTransport", "RetryTransport", "retry_flow"]

_log = get_logger()


def retry_flow(policy: RetryPolicy, request: httpx.Request) -> Flow[httpx.Response]:
    """Sends ``request`` until the policy stops retrying; returns the final response or re-raises the final
    failure. A response that is retried is closed first."""
    override = retry_override(request.extensions.get(RETRY_EXTENSION))
    deadline = current_deadline()
    attempt = 0
    while True:
        if deadline is not None:
            deadline.clamp(request)
        try:
            response: httpx.Response = yield Send(request)
        except Exception as exc:
            delay = policy.after_error(request.method, attempt, exc, override)
            if delay is None or (deadline is not None and delay >= deadline.remaining()):
                raise
            what = type(exc).__name__
        else:
            delay = policy.after_response(
                request.method, attempt, response.status_code, response.headers, override
            )
            if delay is None or (deadline is not None and delay >= deadline.remaining()):
                return response  # no retry that could not finish in time: the caller gets this answer
            what = f"HTTP {response.status_code}"
            yield Close(response)
        attempt += 1
        _log.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            request.method, safe_url(request.url), what, delay, attempt, policy.max_retries,
        )  # fmt: skip
        yield Sleep(delay)


def _check_deadline(request: httpx.Request) -> None:
    """Within a call (not while a caller reads a streamed body later), stop once its deadline has passed."""
    deadline = current_deadline()
    if deadline is not None:
        deadline.check(request)


class _MappedSyncStream(httpx.SyncByteStream):
    """Body stream whose mid-stream httpx failures surface as :class:`immport.errors.TransportError`."""

    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._inner:
                _check_deadline(self._request)
                yield chunk
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, self._request) from exc

    def close(self) -> None:
        self._inner.close()


class _MappedAsyncStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._inner:
                _check_deadline(self._request)
                yield chunk
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, self._request) from exc

    async def aclose(self) -> None:
        await self._inner.aclose()


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport with :class:`RetryPolicy`. ``clock`` is injectable (tests pass a fake one)."""

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy, clock: Clock) -> None:
        self._inner = inner
        self.policy = policy
        self._runner = SyncRunner(send=inner, clock=clock)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._runner.run(retry_flow(self.policy, request))
        if isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _MappedSyncStream(response.stream, request)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy, clock: Clock) -> None:
        self._inner = inner
        self.policy = policy
        self._runner = AsyncRunner(send=inner, clock=clock)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._runner.run(retry_flow(self.policy, request))
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _MappedAsyncStream(response.stream, request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

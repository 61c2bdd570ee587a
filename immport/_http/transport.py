"""Retrying transports. The retry loop is written once (:func:`retry_steps`); the sync and async
transports only run its steps (send, close a discarded response, sleep). The call's deadline
(:mod:`immport._http.deadline`) cuts each attempt's timeouts, stops retries that could not finish in time and
ends a body read inside the call when the time is up."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator

import attrs
import httpx

from immport._http.deadline import current_deadline
from immport._http.mapping import error_for_exception
from immport._http.redaction import get_logger
from immport._http.retry import RETRY_EXTENSION, RetryPolicy, retry_override
from immport.errors import safe_url

__all__ = ["AsyncRetryTransport", "RetryTransport", "Sleep", "retry_steps"]

_log = get_logger()


@attrs.frozen
class Sleep:
    """Step: wait ``seconds`` (after closing ``discard``, a response that will be retried)."""

    seconds: float
    discard: httpx.Response | None = None


Steps = Generator[httpx.Request | Sleep, httpx.Response | None, httpx.Response]


def retry_steps(policy: RetryPolicy, request: httpx.Request) -> Steps:
    """Yields the request to send (the driver replies with the response or throws the failure) and sleeps;
    returns the final response or re-raises the final failure."""
    override = retry_override(request.extensions.get(RETRY_EXTENSION))
    deadline = current_deadline()
    attempt = 0
    while True:
        if deadline is not None:
            deadline.clamp(request)
        try:
            response = yield request
        except Exception as exc:
            delay = policy.after_error(request.method, attempt, exc, override)
            if delay is None or (deadline is not None and delay >= deadline.remaining()):
                raise
            what = type(exc).__name__
            discard = None
        else:
            assert response is not None
            delay = policy.after_response(
                request.method, attempt, response.status_code, response.headers, override
            )
            if delay is None or (deadline is not None and delay >= deadline.remaining()):
                return response  # no retry that could not finish in time: the caller gets this answer
            what = f"HTTP {response.status_code}"
            discard = response
        attempt += 1
        _log.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            request.method, safe_url(request.url), what, delay, attempt, policy.max_retries,
        )  # fmt: skip
        yield Sleep(delay, discard)


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
    """Wraps a transport with :class:`RetryPolicy`. ``sleep`` is injectable (tests pass a fake clock)."""

    def __init__(
        self, inner: httpx.BaseTransport, policy: RetryPolicy, sleep: Callable[[float], None]
    ) -> None:
        self._inner = inner
        self.policy = policy
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        steps = retry_steps(self.policy, request)
        step = next(steps)
        while True:
            if isinstance(step, Sleep):
                if step.discard is not None:
                    step.discard.close()
                self._sleep(step.seconds)
                step = steps.send(None)
                continue
            try:
                response = self._inner.handle_request(step)
            except Exception as exc:
                step = steps.throw(exc)
                continue
            try:
                step = steps.send(response)
            except StopIteration as done:
                final: httpx.Response = done.value
                if isinstance(final.stream, httpx.SyncByteStream):
                    final.stream = _MappedSyncStream(final.stream, request)
                return final

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy, sleep: Callable[[float], Awaitable[None]]
    ) -> None:
        self._inner = inner
        self.policy = policy
        self._sleep = sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        steps = retry_steps(self.policy, request)
        step = next(steps)
        while True:
            if isinstance(step, Sleep):
                if step.discard is not None:
                    await step.discard.aclose()
                await self._sleep(step.seconds)
                step = steps.send(None)
                continue
            try:
                response = await self._inner.handle_async_request(step)
            except Exception as exc:
                step = steps.throw(exc)
                continue
            try:
                step = steps.send(response)
            except StopIteration as done:
                final: httpx.Response = done.value
                if isinstance(final.stream, httpx.AsyncByteStream):
                    final.stream = _MappedAsyncStream(final.stream, request)
                return final

    async def aclose(self) -> None:
        await self._inner.aclose()

"""The only two runners of flows (:mod:`immport._flows`): :class:`SyncRunner` (blocking I/O, threads) and
:class:`AsyncRunner` (asyncio). Both answer the same steps; only how they wait differs.

A runner is told what its steps talk to: ``send`` for :class:`~immport._flows.Send` (the transport below),
``http`` + ``auth`` for :class:`~immport._flows.Call`, ``files`` for :class:`~immport._flows.OpenFile`,
``oneshot`` for :class:`~immport._flows.Fetch`. ``run(flow)`` returns the flow's result;
``auth_flow(flow)`` is the same runner as an ``httpx.Auth`` flow: its ``Send`` steps go to httpx.
The busy steps (sending, reading) are answered inside ``run`` itself, so a request reaches the socket
through as few frames of ours as possible.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import httpx

from immport._flows import (
    Acquire,
    Call,
    Clock,
    Close,
    CloseFile,
    Fetch,
    Flow,
    FlowLock,
    Now,
    OpenFile,
    Parallel,
    ReadBody,
    ReadChunk,
    Release,
    Send,
    Sleep,
    Step,
    SystemClock,
    WriteChunk,
    add_server_message,
)
from immport._http.oneshot import OneShot
from immport._http.requests import build_request, file_request
from immport.errors import APIStatusError, ImmPortError, TransportError

__all__ = ["AsyncRunner", "SyncRunner"]

T = TypeVar("T")
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)
ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)

SYSTEM_CLOCK = SystemClock()


def _transport_error(exc: httpx.HTTPError, url: object) -> TransportError:
    return TransportError(f"download interrupted: {type(exc).__name__}: {exc}", method="GET", url=str(url))


def _thrown(step: Step, exc: Exception) -> Exception:
    """What a failed step throws into its flow (the flow decides: retry, fall back, or let it propagate)."""
    if isinstance(exc, APIStatusError) and isinstance(step, Call):
        return add_server_message(exc)
    if isinstance(exc, httpx.HTTPError) and isinstance(step, OpenFile):
        return _transport_error(exc, step.url)
    return exc


class _Open:
    """What one run holds: its open file response and the locks its flow took (released at its end)."""

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.chunks: Any = None  # Iterator[bytes] or AsyncIterator[bytes]
        self.locks: list[tuple[FlowLock, Any]] = []  # each FlowLock with the threading/asyncio lock taken

    def give_back(self, owner: FlowLock) -> Any:
        """The lock this run took for ``owner``, no longer held by the run (not looked up again: another
        event loop may have made ``owner`` a new ``asyncio.Lock`` since)."""
        for index in range(len(self.locks) - 1, -1, -1):
            if self.locks[index][0] is owner:
                return self.locks.pop(index)[1]
        raise RuntimeError("a flow released a lock it does not hold")


def _outcome(error: BaseException | None, run: Future[Any]) -> Any:
    """A parallel flow's answer: its result or its ImmPortError; anything else is a bug: raise it."""
    if error is None:
        return run.result()
    if isinstance(error, ImmPortError):
        return error
    raise error


def _unsupported(step: object) -> TypeError:
    return TypeError(f"this runner cannot answer {step!r}")


class _Runner(Generic[TransportT, ClientT]):
    """What a runner is told its steps talk to; a runner keeps no state between runs, so one runner can run
    many flows at once (``Parallel`` runs each flow on the same runner)."""

    def __init__(
        self,
        *,
        send: TransportT | None = None,
        http: ClientT | None = None,
        auth: httpx.Auth | None = None,
        files: Callable[[], ClientT] | None = None,
        oneshot: OneShot | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._send: TransportT | None = send
        self._http: ClientT | None = http
        self._auth = auth
        self._files: Callable[[], ClientT] | None = files
        self._oneshot = oneshot
        self._clock = clock or SYSTEM_CLOCK


class SyncRunner(_Runner[httpx.BaseTransport, httpx.Client]):
    """Drives a flow with blocking I/O."""

    def run(self, flow: Flow[T]) -> T:
        """Run ``flow`` to its end and return its result."""
        held = _Open()
        try:
            step: Step = next(flow)
            while True:
                try:
                    if isinstance(step, Call):
                        assert self._http is not None, "this runner has no API client"
                        answer: Any = self._http.send(
                            build_request(self._http, step), auth=self._auth if step.authenticated else None
                        )
                    elif isinstance(step, Send):
                        assert self._send is not None, "this runner has nothing to send with"
                        answer = self._send.handle_request(step.request)
                    elif isinstance(step, ReadChunk):
                        answer = self._read_chunk(held)
                    elif isinstance(step, OpenFile):
                        self._close_file(held)
                        assert self._files is not None, "this runner has no file connection"
                        http = self._files()
                        held.response = answer = http.send(file_request(http, step), stream=True)
                        held.chunks = answer.iter_bytes()
                    else:
                        answer = self._answer(step, held)
                except Exception as exc:
                    step = flow.throw(_thrown(step, exc))
                else:
                    step = flow.send(answer)
        except StopIteration as stop:
            result: T = stop.value
            return result
        finally:
            self._finish(flow, held)

    def auth_flow(self, flow: Flow[None]) -> Generator[httpx.Request, httpx.Response, None]:
        """``flow`` as an ``httpx.Auth`` flow: its :class:`Send` steps are sent by httpx."""
        held = _Open()
        try:
            step: Step = next(flow)
            while True:
                try:
                    if isinstance(step, Send):
                        answer = yield step.request
                    elif isinstance(step, Fetch):  # a token request: answered here, one frame fewer
                        assert self._oneshot is not None, "this runner has no one-shot sender"
                        answer = self._oneshot.send(step.request)
                    else:
                        answer = self._answer(step, held)
                except Exception as exc:
                    step = flow.throw(_thrown(step, exc))
                else:
                    step = flow.send(answer)
        except StopIteration:
            return
        finally:
            self._finish(flow, held)

    def _answer(self, step: Step, held: _Open) -> Any:
        """The steps that are the same whichever way the flow is run."""
        if isinstance(step, Sleep):
            self._clock.sleep(step.seconds)
        elif isinstance(step, Now):
            return self._clock.monotonic()
        elif isinstance(step, WriteChunk):
            step.writer.put(step.chunk)
        elif isinstance(step, ReadBody):
            step.response.read()
            return step.response
        elif isinstance(step, Close):
            step.response.close()
        elif isinstance(step, CloseFile):
            self._close_file(held)
        elif isinstance(step, Acquire):
            step.lock.thread_lock.acquire()
            held.locks.append((step.lock, step.lock.thread_lock))
        elif isinstance(step, Release):
            held.give_back(step.lock).release()
        elif isinstance(step, Fetch):
            assert self._oneshot is not None, "this runner has no one-shot sender"
            return self._oneshot.send(step.request)
        elif isinstance(step, Parallel):
            if not step.flows:
                return []
            width = min(step.limit or len(step.flows), len(step.flows))
            with ThreadPoolExecutor(width, thread_name_prefix="immport-part") as pool:
                runs = [pool.submit(self.run, flow) for flow in step.flows]
            return [_outcome(run.exception(), run) for run in runs]
        else:
            raise _unsupported(step)
        return None

    @staticmethod
    def _read_chunk(held: _Open) -> bytes:
        if held.chunks is None:
            return b""
        try:
            chunk: bytes = next(held.chunks, b"")
        except httpx.HTTPError as exc:
            raise _transport_error(exc, held.response.url if held.response else "") from exc
        return chunk

    @staticmethod
    def _close_file(held: _Open) -> None:
        if held.response is not None:
            held.response.close()
        held.response, held.chunks = None, None

    def _finish(self, flow: Flow[Any], held: _Open) -> None:
        self._close_file(held)
        while held.locks:
            held.locks.pop()[1].release()
        flow.close()


class AsyncRunner(_Runner[httpx.AsyncBaseTransport, httpx.AsyncClient]):
    """Drives a flow with asyncio I/O."""

    async def run(self, flow: Flow[T]) -> T:
        """Run ``flow`` to its end and return its result."""
        held = _Open()
        try:
            step: Step = next(flow)
            while True:
                try:
                    if isinstance(step, Call):
                        assert self._http is not None, "this runner has no API client"
                        answer: Any = await self._http.send(
                            build_request(self._http, step), auth=self._auth if step.authenticated else None
                        )
                    elif isinstance(step, Send):
                        assert self._send is not None, "this runner has nothing to send with"
                        answer = await self._send.handle_async_request(step.request)
                    elif isinstance(step, ReadChunk):
                        answer = await self._read_chunk(held)
                    elif isinstance(step, OpenFile):
                        await self._close_file(held)
                        assert self._files is not None, "this runner has no file connection"
                        http = self._files()
                        held.response = answer = await http.send(file_request(http, step), stream=True)
                        held.chunks = answer.aiter_bytes()
                    else:
                        answer = await self._answer(step, held)
                except Exception as exc:
                    step = flow.throw(_thrown(step, exc))
                else:
                    step = flow.send(answer)
        except StopIteration as stop:
            result: T = stop.value
            return result
        finally:
            await self._finish(flow, held)

    async def auth_flow(self, flow: Flow[None]) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """``flow`` as an ``httpx.Auth`` flow: its :class:`Send` steps are sent by httpx."""
        held = _Open()
        try:
            step: Step = next(flow)
            while True:
                try:
                    if isinstance(step, Send):
                        answer = yield step.request
                    elif isinstance(step, Fetch):
                        assert self._oneshot is not None, "this runner has no one-shot sender"
                        answer = await self._oneshot.asend(step.request)
                    else:
                        answer = await self._answer(step, held)
                except Exception as exc:
                    step = flow.throw(_thrown(step, exc))
                else:
                    step = flow.send(answer)
        except StopIteration:
            return
        finally:
            await self._finish(flow, held)

    async def _answer(self, step: Step, held: _Open) -> Any:
        """The steps that are the same whichever way the flow is run."""
        if isinstance(step, Sleep):
            await self._clock.asleep(step.seconds)
        elif isinstance(step, Now):
            return self._clock.monotonic()
        elif isinstance(step, WriteChunk):
            if not step.writer.try_put(step.chunk):  # the disk is behind: wait off the event loop
                await asyncio.to_thread(step.writer.put, step.chunk)
        elif isinstance(step, ReadBody):
            await step.response.aread()
            return step.response
        elif isinstance(step, Close):
            await step.response.aclose()
        elif isinstance(step, CloseFile):
            await self._close_file(held)
        elif isinstance(step, Acquire):
            lock = step.lock.async_lock()
            await lock.acquire()
            held.locks.append((step.lock, lock))
        elif isinstance(step, Release):
            held.give_back(step.lock).release()
        elif isinstance(step, Fetch):
            assert self._oneshot is not None, "this runner has no one-shot sender"
            return await self._oneshot.asend(step.request)
        elif isinstance(step, Parallel):
            slots = asyncio.Semaphore(step.limit or max(1, len(step.flows)))

            async def limited(flow: Flow[Any]) -> Any:
                async with slots:
                    return await self.run(flow)

            outcomes = await asyncio.gather(*map(limited, step.flows), return_exceptions=True)
            for outcome in outcomes:  # only ImmPortErrors are answers; anything else is a bug: raise it
                if isinstance(outcome, BaseException) and not isinstance(outcome, ImmPortError):
                    raise outcome
            return outcomes
        else:
            raise _unsupported(step)
        return None

    @staticmethod
    async def _read_chunk(held: _Open) -> bytes:
        if held.chunks is None:
            return b""
        try:
            chunk: bytes = await anext(held.chunks, b"")
        except httpx.HTTPError as exc:
            raise _transport_error(exc, held.response.url if held.response else "") from exc
        return chunk

    @staticmethod
    async def _close_file(held: _Open) -> None:
        if held.response is not None:
            await held.response.aclose()
        held.response, held.chunks = None, None

    async def _finish(self, flow: Flow[Any], held: _Open) -> None:
        await self._close_file(held)
        while held.locks:
            held.locks.pop()[1].release()
        flow.close()

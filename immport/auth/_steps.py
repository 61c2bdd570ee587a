"""Auth flows are written once as generators of steps; two tiny drivers run them as httpx sync and
async auth flows.

Steps: an ``httpx.Request`` to send through the client (reply: its response), :class:`Fetch` (a request sent
on a connection of its own, never the client's pool, no redirects followed; reply: the response, body read),
:class:`ReadBody` (reply: the response, body read, which also hands its connection back to the pool),
``ACQUIRE`` / ``RELEASE`` of the single-flight lock (reply: ``None``). The drivers release a held
lock whatever happens, so step generators never need ``try/finally`` around a yield.
"""

from __future__ import annotations

import asyncio
import enum
import threading
from collections.abc import AsyncGenerator, Generator

import attrs
import httpx

from immport._http.oneshot import OneShot

__all__ = [
    "ACQUIRE",
    "RELEASE",
    "AsyncLockBox",
    "Fetch",
    "LockStep",
    "ReadBody",
    "Step",
    "Steps",
    "drive_async",
    "drive_sync",
]


class LockStep(enum.Enum):
    ACQUIRE = "acquire"
    RELEASE = "release"


ACQUIRE = LockStep.ACQUIRE
RELEASE = LockStep.RELEASE


@attrs.frozen
class ReadBody:
    response: httpx.Response


@attrs.frozen
class Fetch:
    request: httpx.Request


Step = httpx.Request | Fetch | ReadBody | LockStep
Reply = httpx.Response | None
Steps = Generator[Step, Reply, None]


def send(request: httpx.Request) -> Generator[Step, Reply, httpx.Response]:
    """``response = yield from send(request)``."""
    response = yield request
    assert response is not None
    return response


def fetch(request: httpx.Request) -> Generator[Step, Reply, httpx.Response]:
    """``response = yield from fetch(request)``: sent outside the client's pool, redirects not followed."""
    response = yield Fetch(request)
    assert response is not None
    return response


def read_body(response: httpx.Response) -> Generator[Step, Reply, httpx.Response]:
    """``yield from read_body(response)`` - makes sure ``response.content`` is available."""
    yield ReadBody(response)
    return response


def drive_sync(
    steps: Steps, lock: threading.Lock, sender: OneShot
) -> Generator[httpx.Request, httpx.Response, None]:
    held = False
    try:
        reply: Reply = None
        while True:
            try:
                step = steps.send(reply)
            except StopIteration:
                return
            if isinstance(step, httpx.Request):
                reply = yield step
            elif isinstance(step, Fetch):
                reply = sender.send(step.request)
            elif isinstance(step, ReadBody):
                step.response.read()
                reply = step.response
            elif step is ACQUIRE:
                lock.acquire()
                held = True
                reply = None
            else:
                lock.release()
                held = False
                reply = None
    finally:
        if held:
            lock.release()
        steps.close()


class AsyncLockBox:
    """One ``asyncio.Lock`` per running event loop (a lock must not be shared across loops)."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock: asyncio.Lock | None = None
        self._guard = threading.Lock()

    def get(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._guard:
            if self._lock is None or self._loop is not loop:
                self._loop, self._lock = loop, asyncio.Lock()
            return self._lock


async def drive_async(
    steps: Steps, locks: AsyncLockBox, sender: OneShot
) -> AsyncGenerator[httpx.Request, httpx.Response]:
    held: asyncio.Lock | None = None
    try:
        reply: Reply = None
        while True:
            try:
                step = steps.send(reply)
            except StopIteration:
                return
            if isinstance(step, httpx.Request):
                reply = yield step
            elif isinstance(step, Fetch):
                reply = await sender.asend(step.request)
            elif isinstance(step, ReadBody):
                await step.response.aread()
                reply = step.response
            elif step is ACQUIRE:
                lock = locks.get()
                await lock.acquire()
                held = lock
                reply = None
            else:
                assert held is not None
                held.release()
                held = None
                reply = None
    finally:
        if held is not None:
            held.release()
        steps.close()

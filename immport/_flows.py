"""The one sans-IO vocabulary: multi-step logic is written once as a generator of *steps*.

A flow yields a step ("send this request", "sleep N seconds", "take this lock", ...) and receives the step's
answer; a failure of the step is thrown back into the flow, so retry and fallback logic lives in the flow.
:mod:`immport._runners` has the only two runners (sync, asyncio). Every multi-step mechanism is a flow:
credentials (``auth/``), retries (``_http/transport.py``), downloads (``files/``) and tickets (``upload/``).
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

import attrs
import httpx

from immport.errors import APIStatusError, DecodeError

if TYPE_CHECKING:
    from immport.files._writer import ChunkWriter

__all__ = [
    "Acquire",
    "Call",
    "Clock",
    "Close",
    "CloseFile",
    "Fetch",
    "Flow",
    "FlowLock",
    "Now",
    "OpenFile",
    "Parallel",
    "ReadBody",
    "ReadChunk",
    "Release",
    "Send",
    "Sleep",
    "Step",
    "SystemClock",
    "WriteChunk",
    "add_server_message",
    "get_json",
    "json_body",
    "raise_for_error_body",
]

T = TypeVar("T")

FileParts = Sequence[tuple[str, tuple[str, IO[bytes], str]]]


# ---------------------------------------------------------------- sending


@attrs.frozen
class Send:
    """Send ``request`` through the layer below the running flow (for a credential: the client's connection;
    for the retry policy: the network transport). Answer: the response, body not read."""

    request: httpx.Request


@attrs.frozen
class Call:
    """One ImmPort API request through the client (credentials, retries, typed errors). Answer: the
    response, body read; a status >= 400 is thrown into the flow as a typed error."""

    method: str
    url: str
    params: Sequence[tuple[str, str]] | None = None
    data: Mapping[str, str] | None = None
    files: FileParts | None = None
    headers: Mapping[str, str] | None = None
    authenticated: bool = True
    retry: bool | None = None


@attrs.frozen
class Fetch:
    """Send ``request`` on a connection of its own (never a pooled one), following no redirect; for token
    requests. Answer: the response, body read."""

    request: httpx.Request


@attrs.frozen
class OpenFile:
    """GET ``url`` on the credential-free file connection, body not read; it becomes the runner's open file.
    Answer: the response."""

    url: str
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class ReadChunk:
    """Next body chunk of the open file; ``b""`` at the end."""


@attrs.frozen
class CloseFile:
    """Close the open file (the runner also closes it on the next OpenFile and when the flow ends)."""


@attrs.frozen
class ReadBody:
    """Read the whole body of ``response`` (which hands its connection back to the pool). Answer: it."""

    response: httpx.Response


@attrs.frozen
class Close:
    """Close ``response`` without reading it (a response that is being retried). Answer: None."""

    response: httpx.Response


# ---------------------------------------------------------------- local work


@attrs.frozen
class WriteChunk:
    """Hand ``chunk`` to ``writer`` (a ``ChunkWriter``), waiting for room in its queue. Answer: None."""

    writer: ChunkWriter
    chunk: bytes


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Now:
    """Answer: the runner clock's monotonic time in seconds."""


class FlowLock:
    """A lock flows take with :class:`Acquire` / :class:`Release`: a thread lock for the sync runner, an
    ``asyncio.Lock`` per event loop for the async one. A runner releases what a flow still holds at the
    end."""

    def __init__(self) -> None:
        self.thread_lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._async_lock: asyncio.Lock | None = None
        self._guard = threading.Lock()

    def async_lock(self) -> asyncio.Lock:
        """This event loop's lock (an ``asyncio.Lock`` must not be shared across loops)."""
        loop = asyncio.get_running_loop()
        with self._guard:
            if self._async_lock is None or self._loop is not loop:
                self._loop, self._async_lock = loop, asyncio.Lock()
            return self._async_lock


@attrs.frozen
class Acquire:
    lock: FlowLock


@attrs.frozen
class Release:
    lock: FlowLock


@attrs.frozen
class Parallel:
    """Run ``flows`` at once, at most ``limit`` at a time (None: all), each on its own runner (threads /
    tasks). Answer: a list with each flow's result or the ImmPortError it raised, in order (the flows share
    whatever they need to stop early)."""

    flows: Sequence[Flow[Any]]
    limit: int | None = None


Step = (
    Send | Call | Fetch | OpenFile | ReadChunk | CloseFile | ReadBody | Close
    | WriteChunk | Sleep | Now | Acquire | Release | Parallel
)  # fmt: skip
Flow = Generator[Step, Any, T]


class Clock(Protocol):
    def monotonic(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...
    def asleep(self, seconds: float) -> Awaitable[None]: ...


class SystemClock:
    """The monotonic clock, with replaceable sleep functions (a client's ``sleep=``, for tests)."""

    def __init__(
        self,
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.sleep = sleep
        self.asleep = asleep

    def monotonic(self) -> float:
        return time.monotonic()


# ---------------------------------------------------------------- small flow helpers


_MESSAGE_RE = re.compile(r'"(?:message|error)"\s*:\s*"((?:[^"\\]|\\.)*)"')


def add_server_message(exc: APIStatusError) -> APIStatusError:
    """Put the server's ``message`` (or ``error``) from the JSON error body into the exception text."""
    snippet = exc.body_snippet or ""
    found = None
    try:
        payload = json.loads(snippet)
        if isinstance(payload, dict):
            found = payload.get("message") or payload.get("error")
    except ValueError:
        match = _MESSAGE_RE.search(snippet)
        found = match.group(1) if match else None
    if isinstance(found, str) and found and found not in exc.message:
        exc.message = f"{exc.message}: {found}"
        exc.args = (exc.message,)
    return exc


def json_body(response: httpx.Response) -> Any:
    """The decoded JSON body, or DecodeError (HTML error page, truncated body...)."""
    try:
        return response.json()
    except ValueError as exc:
        raise DecodeError(
            "expected a JSON body",
            status=response.status_code,
            method=response.request.method,
            url=response.request.url,
            body=response.content[:400],
        ) from exc


def raise_for_error_body(payload: Any, response: httpx.Response) -> None:
    """Upload/batch servers may answer 200 with ``{"error": ..., "message": ...}``; make that an error."""
    if isinstance(payload, dict) and payload.get("error"):
        detail = payload.get("message") or payload.get("error")
        raise APIStatusError(
            f"server reported an error: {detail}",
            status=response.status_code,
            method=response.request.method,
            url=response.request.url,
            body=response.content[:400],
        )


def get_json(
    url: str, *, params: Sequence[tuple[str, str]] | None = None, authenticated: bool = True
) -> Flow[Any]:
    """GET ``url`` and decode its JSON body."""
    response = yield Call("GET", url, params=params, authenticated=authenticated)
    payload = json_body(response)
    raise_for_error_body(payload, response)
    return payload

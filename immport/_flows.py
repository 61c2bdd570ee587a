"""Sans-IO flows: multi-step logic written once as generators, driven by a tiny sync or async runner.

A flow is a generator that yields *steps* ("make this API call", "open this file URL", "read a chunk",
"sleep N seconds", "what time is it") and receives each step's answer. Errors raised while doing a
step are thrown back into the flow, so retry/fallback logic lives in the flow, not in the runner.
Downloads (immport.files), uploads, the Batch Updater and the UI study metadata all run on these two runners.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator, Generator, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar

import attrs
import httpx

from immport.errors import APIStatusError, DecodeError, ImmPortError, TransportError

if TYPE_CHECKING:
    from immport.files._writer import ChunkWriter

T = TypeVar("T")

FileParts = Sequence[tuple[str, tuple[str, IO[bytes], str]]]


# ---------------------------------------------------------------- steps


@attrs.frozen
class Call:
    """One request through the client core (auth, retry policy, typed errors). Answer: httpx.Response."""

    method: str
    url: str
    params: Sequence[tuple[str, str]] | None = None
    data: Mapping[str, str] | None = None
    files: FileParts | None = None
    headers: Mapping[str, str] | None = None
    authenticated: bool = True
    retry: bool | None = None


@attrs.frozen
class OpenFile:
    """GET ``url`` on the credential-free download client, body not read. Answer: httpx.Response."""

    url: str
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class ReadChunk:
    """Next body chunk of the open file response; ``b""`` at the end."""


@attrs.frozen
class WriteChunk:
    """Hand ``chunk`` to ``writer`` (a ``ChunkWriter``), waiting for room in its queue. Answer: None."""

    writer: ChunkWriter
    chunk: bytes


@attrs.frozen
class CloseFile:
    """Close the open file response (the runner also closes it on a new OpenFile and at the end)."""


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class Now:
    """Answer: the runner clock's monotonic time in seconds."""


@attrs.frozen
class Parallel:
    """Run ``flows`` at once, each on its own runner (threads / tasks). Answer: a list with each flow's
    result or the ImmPortError it raised, in order (the flows share whatever they need to stop early)."""

    flows: Sequence[Flow[Any]]


Step = Call | OpenFile | ReadChunk | WriteChunk | CloseFile | Sleep | Now | Parallel
Flow = Generator[Step, Any, T]


# ---------------------------------------------------------------- what the runners need from a client


class SettingsLike(Protocol):
    @property
    def query_url(self) -> str: ...
    @property
    def upload_url(self) -> str: ...
    @property
    def batch_url(self) -> str: ...
    @property
    def max_retries(self) -> int: ...


class SyncClientLike(Protocol):
    """The slice of ``immport.Client`` the flows use."""

    @property
    def settings(self) -> SettingsLike: ...
    @property
    def _download_http(self) -> httpx.Client: ...
    def _request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        headers: Any = None,
        authenticated: bool = True,
        retry: bool | None = None,
    ) -> httpx.Response: ...


class AsyncClientLike(Protocol):
    """The slice of ``immport.AsyncClient`` the flows use."""

    @property
    def settings(self) -> SettingsLike: ...
    @property
    def _download_http(self) -> httpx.AsyncClient: ...
    async def _request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        headers: Any = None,
        authenticated: bool = True,
        retry: bool | None = None,
    ) -> httpx.Response: ...


class Clock(Protocol):
    def monotonic(self) -> float: ...
    def sleep(self, seconds: float) -> None: ...
    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


SYSTEM_CLOCK = SystemClock()


# ---------------------------------------------------------------- runner helpers (shared)


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


def _check_no_credentials(http: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> None:
    # The file host must never see ImmPort credentials: the download client has no auth and we add none.
    if http.auth is not None or "authorization" in request.headers:
        raise ImmPortError("refusing to send credentials to a file URL (download client carries auth)")


def _transport_error(exc: httpx.HTTPError, url: str) -> TransportError:
    return TransportError(f"download interrupted: {type(exc).__name__}: {exc}", method="GET", url=url)


def _build_file_request(http: httpx.Client | httpx.AsyncClient, step: OpenFile) -> httpx.Request:
    request = http.build_request("GET", step.url, headers=dict(step.headers))
    _check_no_credentials(http, request)
    return request


# ---------------------------------------------------------------- the two runners


class SyncRunner:
    """Drives a flow with blocking I/O."""

    def __init__(self, client: SyncClientLike, clock: Clock | None = None) -> None:
        self._client = client
        self._clock = clock or SYSTEM_CLOCK
        self._open: httpx.Response | None = None
        self._chunks: Iterator[bytes] | None = None

    def run(self, flow: Flow[T]) -> T:
        try:
            step = next(flow)
            while True:
                try:
                    answer = self._do(step)
                except ImmPortError as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(answer)
        except StopIteration as stop:
            result: T = stop.value
            return result
        finally:
            self._close()
            flow.close()

    def _do(self, step: Step) -> Any:
        if isinstance(step, Call):
            try:
                return self._client._request(
                    step.method,
                    step.url,
                    params=step.params,
                    data=step.data,
                    files=step.files,
                    headers=step.headers,
                    authenticated=step.authenticated,
                    retry=step.retry,
                )
            except APIStatusError as exc:
                raise add_server_message(exc) from exc.__cause__
        if isinstance(step, OpenFile):
            self._close()
            http = self._client._download_http
            try:
                self._open = http.send(_build_file_request(http, step), stream=True, follow_redirects=True)
            except ImmPortError:
                raise
            except httpx.HTTPError as exc:
                raise _transport_error(exc, step.url) from exc
            self._chunks = self._open.iter_bytes()
            return self._open
        if isinstance(step, ReadChunk):
            if self._chunks is None:
                return b""
            try:
                return next(self._chunks, b"")
            except httpx.HTTPError as exc:
                raise _transport_error(exc, str(self._open.url if self._open else "")) from exc
        if isinstance(step, WriteChunk):
            step.writer.put(step.chunk)
            return None
        if isinstance(step, CloseFile):
            self._close()
            return None
        if isinstance(step, Sleep):
            self._clock.sleep(step.seconds)
            return None
        if isinstance(step, Now):
            return self._clock.monotonic()
        if isinstance(step, Parallel):
            with ThreadPoolExecutor(len(step.flows), thread_name_prefix="immport-part") as pool:
                return list(pool.map(self._outcome, step.flows))
        raise TypeError(f"unknown step {step!r}")

    def _outcome(self, flow: Flow[Any]) -> Any:
        try:
            return SyncRunner(self._client, self._clock).run(flow)
        except ImmPortError as exc:
            return exc

    def _close(self) -> None:
        if self._open is not None:
            self._open.close()
        self._open, self._chunks = None, None


class AsyncRunner:
    """Drives a flow with asyncio I/O."""

    def __init__(self, client: AsyncClientLike, clock: Clock | None = None) -> None:
        self._client = client
        self._clock = clock or SYSTEM_CLOCK
        self._open: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None

    async def run(self, flow: Flow[T]) -> T:
        try:
            step = next(flow)
            while True:
                try:
                    answer = await self._do(step)
                except ImmPortError as exc:
                    step = flow.throw(exc)
                else:
                    step = flow.send(answer)
        except StopIteration as stop:
            result: T = stop.value
            return result
        finally:
            await self._close()
            flow.close()

    async def _do(self, step: Step) -> Any:
        if isinstance(step, Call):
            try:
                return await self._client._request(
                    step.method,
                    step.url,
                    params=step.params,
                    data=step.data,
                    files=step.files,
                    headers=step.headers,
                    authenticated=step.authenticated,
                    retry=step.retry,
                )
            except APIStatusError as exc:
                raise add_server_message(exc) from exc.__cause__
        if isinstance(step, OpenFile):
            await self._close()
            http = self._client._download_http
            try:
                self._open = await http.send(
                    _build_file_request(http, step), stream=True, follow_redirects=True
                )
            except ImmPortError:
                raise
            except httpx.HTTPError as exc:
                raise _transport_error(exc, step.url) from exc
            self._chunks = self._open.aiter_bytes()
            return self._open
        if isinstance(step, ReadChunk):
            if self._chunks is None:
                return b""
            try:
                return await anext(self._chunks, b"")
            except httpx.HTTPError as exc:
                raise _transport_error(exc, str(self._open.url if self._open else "")) from exc
        if isinstance(step, WriteChunk):
            if not step.writer.try_put(step.chunk):  # the disk is behind: wait off the event loop
                await asyncio.to_thread(step.writer.put, step.chunk)
            return None
        if isinstance(step, CloseFile):
            await self._close()
            return None
        if isinstance(step, Sleep):
            await self._clock.asleep(step.seconds)
            return None
        if isinstance(step, Now):
            return self._clock.monotonic()
        if isinstance(step, Parallel):
            runs = (AsyncRunner(self._client, self._clock).run(flow) for flow in step.flows)
            outcomes = await asyncio.gather(*runs, return_exceptions=True)
            for outcome in outcomes:  # only ImmPortErrors are answers; anything else is a bug: raise it
                if isinstance(outcome, BaseException) and not isinstance(outcome, ImmPortError):
                    raise outcome
            return outcomes
        raise TypeError(f"unknown step {step!r}")

    async def _close(self) -> None:
        if self._open is not None:
            await self._open.aclose()
        self._open, self._chunks = None, None


# ---------------------------------------------------------------- small flow helpers


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

"""The internal surface between a client and everything built on it.

``client.session`` (a :class:`SyncSession` or :class:`AsyncSession`) is the only thing resource groups,
files, upload, batch, ui and export use from a client, like openai-python's resources use
``client.get``/``client.post``. Its public members are the whole interface:

- ``settings``; ``is_async``;
- ``request(method, url, ...)``: one request, typed errors (``open(...)``: the same, body unread);
- ``get_json(url, ...)``: one GET, JSON decoded;
- ``invoke(operation_id, arguments, tsv=...)`` / ``stream(...)``: one Shared Data API operation, typed rows;
- ``run(flow)``: a multi-step flow (:mod:`immport._flows`) on the session's runner.

A session owns the httpx clients (the API one with credentials, retries and the host guard; the
credential-free file one, made on first use) and the pure steps of a call (plan, then parse), which both
kinds share; only sending differs.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
import warnings
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from immport._config import Settings
from immport._flows import Clock, Flow, add_server_message, json_body, raise_for_error_body
from immport._http.backends import async_transport
from immport._http.cache import HttpCache
from immport._http.clients import (
    AsyncImmPortHTTPClient,
    ClientParts,
    ImmPortHTTPClient,
    build_async_http_client,
    build_sync_http_client,
)
from immport._http.hosts import HostScope
from immport._http.redaction import get_logger
from immport._http.requests import request_for
from immport._runners import AsyncRunner, SyncRunner
from immport.errors import (
    APIStatusError,
    AuthenticationError,
    ContractWarning,
    DecodeError,
    InvalidRequestError,
)

if TYPE_CHECKING:
    from immport.operations import Operation, PreparedCall

__all__ = ["AsyncSession", "SyncSession"]

T = TypeVar("T")
HttpT = TypeVar("HttpT", ImmPortHTTPClient, AsyncImmPortHTTPClient)
RunnerT = TypeVar("RunnerT", SyncRunner, AsyncRunner)

_log = get_logger()


class _SessionCore(Generic[HttpT, RunnerT]):
    """Settings, credentials, the httpx clients and the pure steps of a call, shared by both sessions."""

    _runner_type: Callable[..., RunnerT]
    _build: Callable[..., HttpT]

    def __init__(
        self,
        settings: Settings,
        *,
        auth: httpx.Auth | None,
        scope: HostScope,
        clock: Clock,
        transport: Any = None,
        cache: HttpCache | None = None,
    ) -> None:
        self.settings = settings
        self.auth = auth
        self.clock = clock
        self.cache = cache
        self._transport = transport
        self._lazy_lock = threading.Lock()
        self._files_http: HttpT | None = None
        self.http: HttpT = self._client(scope, auth, cache, base_url=settings.query_url)
        self.runner: RunnerT = self._runner_type(
            http=self.http, auth=auth, files=self.files_http, clock=clock
        )

    def _client(
        self, scope: HostScope, auth: httpx.Auth | None, cache: HttpCache | None, base_url: str
    ) -> HttpT:
        parts: ClientParts = {
            "scope": scope,
            "clock": self.clock,
            "auth": auth,
            "cache": cache,
            "base_url": base_url,
        }
        return self._build(self.settings, transport=self._network(), **parts)

    def _network(self) -> Any:
        """The transport a new httpx client sends through (None: httpx's own, with proxies)."""
        return self._transport

    def files_http(self) -> HttpT:
        """The client for presigned/file URLs: no credentials at all (empty host scope), same TLS, timeouts
        and retries. Made on first use (thread-safe)."""
        with self._lazy_lock:
            if self._files_http is None:
                self._files_http = self._client(HostScope(), None, None, base_url="")
            return self._files_http

    def runner_with(self, clock: Clock | None) -> RunnerT:
        """The session's runner, or one on another clock (tests pass a fake one)."""
        if clock is None:
            return self.runner
        return self._runner_type(http=self.http, auth=self.auth, files=self.files_http, clock=clock)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(query_url={self.settings.query_url!r})"

    def _auth_for(self, authenticated: bool) -> httpx.Auth | None:
        return self.auth if authenticated else None

    def _query_url(self, path: str) -> str:
        return self.settings.query_url + "/" + path.lstrip("/")

    @staticmethod
    def _operation(operation_id: str) -> Operation:
        from immport.operations import OPERATIONS

        try:
            return OPERATIONS[operation_id]
        except KeyError:
            raise InvalidRequestError(f"unknown ImmPort operation {operation_id!r}") from None

    def _plan(
        self, operation_id: str, arguments: Mapping[str, Any], tsv: bool
    ) -> tuple[Operation, PreparedCall]:
        """Validate and prepare a call before anything is sent."""
        from immport.operations import prepare

        operation = self._operation(operation_id)
        return operation, prepare(operation, arguments, tsv=tsv)

    def _sends_credentials_on_retry(self, operation: Operation) -> bool:
        """A public operation (sent without credentials) answered "needs a token": ImmPort's docs disagree
        on which endpoints need one, so such a call is repeated once with the configured credentials."""
        if operation.requires_auth or self.auth is None:
            return False
        _log.info("%s needs credentials after all; retrying once with them", operation.operation_id)
        return True

    def _finish(self, operation: Operation, response: httpx.Response, tsv: bool) -> Any:
        """Typed result of a completed call (and the strict-mode contract check)."""
        from immport.operations import parse_json, parse_tsv

        check = self._contract_check(operation.operation_id)
        if tsv:
            table = parse_tsv(operation, response.content)  # bytes go to pyarrow as they are
            if check is not None:
                check.tsv_lines(table.text.split("\n"))
                check.finish(stacklevel=4)
            return table
        content_type = response.headers.get("content-type")
        if check is None:
            return parse_json(operation, response.content, content_type)
        try:
            result = parse_json(
                operation, response.content, content_type, check.json_document, check.exact_decoder
            )
        except DecodeError:
            check.finish(stacklevel=4)  # strict mode: the spec's verdict on a malformed body comes first
            raise
        check.finish(stacklevel=4)
        return result

    def _contract_check(self, operation_id: str) -> Any:
        """Strict mode's check of one response (``immport.contract.strict.ResponseCheck``), None when off."""
        if self.settings.strict == "off":
            return None
        from immport.contract.violations import policy_for

        strict = _strict_checker(self.settings.strict)
        if strict is None:
            return None
        return strict.ResponseCheck(operation_id, policy_for(self.settings.strict))

    def _decoding(self, operation: Operation, tsv: bool) -> tuple[Any, Any]:
        """A streamed call's incremental decoder and its strict-mode check (or None)."""
        from immport.operations import stream_decoder

        check = self._contract_check(operation.operation_id)
        return stream_decoder(operation, tsv=tsv, observer=check), check

    def _request_of(self, call: PreparedCall) -> httpx.Request:
        url = self._query_url(call.path)
        return request_for(self.http, call.method, url, params=call.params, headers=call.headers)

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        payload = json_body(response)
        raise_for_error_body(payload, response)
        return payload


@contextlib.contextmanager
def _server_message() -> Iterator[None]:
    """A status error of ``get_json`` carries the server's ``message``, as a flow's ``Call`` does."""
    try:
        yield
    except APIStatusError as exc:
        add_server_message(exc)
        raise


_STRICT_UNAVAILABLE: list[str] = []  # set once when "warn" mode finds jsonschema-rs missing


def _strict_checker(mode: object) -> Any:
    """``immport.contract.strict`` (optional, loaded only when strict mode is on).

    Without its extra, "error" mode fails; "warn" mode warns once and checks nothing (never fails a call).
    """
    if _STRICT_UNAVAILABLE and mode == "warn":
        return None
    try:
        return importlib.import_module("immport.contract.strict")
    except ImportError as exc:
        if mode != "warn" or exc.name != "jsonschema_rs":
            raise
        _STRICT_UNAVAILABLE.append(str(exc))
        warnings.warn(f"strict='warn': responses are not checked, {exc}", ContractWarning, stacklevel=6)
        return None


class SyncSession(_SessionCore[ImmPortHTTPClient, SyncRunner]):
    """The internal surface of :class:`immport.Client` (blocking I/O)."""

    is_async = False
    _runner_type = SyncRunner

    _build = staticmethod(build_sync_http_client)

    def close(self) -> None:
        self.http.close()
        if self._files_http is not None:
            self._files_http.close()

    def request(self, method: str, url: str, *, authenticated: bool = True, **parts: Any) -> httpx.Response:
        """Send one request to an absolute URL; typed errors on >= 400 and transport failures. ``parts``:
        httpx's ``params``, ``data``, ``files``, ``json``, ``headers``; ``retry`` (None: GET/HEAD only)."""
        request = request_for(self.http, method, url, **parts)
        return self.http.send(request, auth=self._auth_for(authenticated))

    @contextlib.contextmanager
    def open(
        self, method: str, url: str, *, authenticated: bool = True, **parts: Any
    ) -> Iterator[httpx.Response]:
        """Like :meth:`request`, the response unread; it is closed when the block ends."""
        request = request_for(self.http, method, url, **parts)
        response = self.http.send(request, auth=self._auth_for(authenticated), stream=True)
        try:
            yield response
        finally:
            response.close()

    def get_json(self, url: str, *, params: Any = None, authenticated: bool = True) -> Any:
        """One GET, its JSON body decoded (an HTML page or an ``{"error": ...}`` body is a typed error)."""
        request = request_for(self.http, "GET", url, params=params)
        with _server_message():
            response = self.http.send(request, auth=self._auth_for(authenticated))
        return self._json(response)

    def run(self, flow: Flow[T], clock: Clock | None = None) -> T:
        """Run a multi-step flow (downloads, tickets) on this session."""
        return self.runner_with(clock).run(flow)

    def invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any:
        """One Shared Data API operation: validated, sent, parsed into typed rows."""
        operation, call = self._plan(operation_id, arguments, tsv)
        try:
            response = self.http.send(self._request_of(call), auth=self._auth_for(operation.requires_auth))
        except AuthenticationError:
            if not self._sends_credentials_on_retry(operation):
                raise
            response = self.http.send(self._request_of(call), auth=self.auth)
        return self._finish(operation, response, tsv)

    def stream(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Iterator[Any]:
        """Rows of one operation as they arrive (validated now, not on the first ``next()``)."""
        operation, call = self._plan(operation_id, arguments, tsv)
        return self._rows(operation, call, tsv)

    def _rows(self, operation: Operation, call: PreparedCall, tsv: bool) -> Iterator[Any]:
        from immport.streaming import typed_body_errors

        decoder, check = self._decoding(operation, tsv)
        auth = self._auth_for(operation.requires_auth)
        try:
            response = self.http.send(self._request_of(call), auth=auth, stream=True)
        except AuthenticationError:  # raised from the status line, before any row
            if not self._sends_credentials_on_retry(operation):
                raise
            response = self.http.send(self._request_of(call), auth=self.auth, stream=True)
        try:
            with typed_body_errors():
                for chunk in response.iter_bytes():
                    yield from decoder.feed(chunk)
        finally:
            response.close()
        yield from decoder.close()
        if check is not None:
            check.finish()


class AsyncSession(_SessionCore[AsyncImmPortHTTPClient, AsyncRunner]):
    """The internal surface of :class:`immport.AsyncClient` (asyncio; ``transport`` may name a backend)."""

    is_async = True
    _runner_type = AsyncRunner

    _build = staticmethod(build_async_http_client)

    def _network(self) -> httpx.AsyncBaseTransport | None:
        return async_transport(self._transport, self.settings)  # a new one per client ("aiohttp")

    async def aclose(self) -> None:
        await self.http.aclose()
        if self._files_http is not None:
            await self._files_http.aclose()

    async def request(
        self, method: str, url: str, *, authenticated: bool = True, **parts: Any
    ) -> httpx.Response:
        """See :meth:`SyncSession.request`."""
        request = request_for(self.http, method, url, **parts)
        return await self.http.send(request, auth=self._auth_for(authenticated))

    @contextlib.asynccontextmanager
    async def open(
        self, method: str, url: str, *, authenticated: bool = True, **parts: Any
    ) -> AsyncIterator[httpx.Response]:
        request = request_for(self.http, method, url, **parts)
        response = await self.http.send(request, auth=self._auth_for(authenticated), stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def get_json(self, url: str, *, params: Any = None, authenticated: bool = True) -> Any:
        request = request_for(self.http, "GET", url, params=params)
        with _server_message():
            response = await self.http.send(request, auth=self._auth_for(authenticated))
        return self._json(response)

    async def run(self, flow: Flow[T], clock: Clock | None = None) -> T:
        return await self.runner_with(clock).run(flow)

    async def invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any:
        operation, call = self._plan(operation_id, arguments, tsv)
        auth = self._auth_for(operation.requires_auth)
        try:
            response = await self.http.send(self._request_of(call), auth=auth)
        except AuthenticationError:
            if not self._sends_credentials_on_retry(operation):
                raise
            response = await self.http.send(self._request_of(call), auth=self.auth)
        return self._finish(operation, response, tsv)

    def stream(
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> AsyncIterator[Any]:
        operation, call = self._plan(operation_id, arguments, tsv)
        return self._rows(operation, call, tsv)

    async def _rows(self, operation: Operation, call: PreparedCall, tsv: bool) -> AsyncIterator[Any]:
        from immport.streaming import typed_body_errors

        decoder, check = self._decoding(operation, tsv)
        auth = self._auth_for(operation.requires_auth)
        try:
            response = await self.http.send(self._request_of(call), auth=auth, stream=True)
        except AuthenticationError:  # raised from the status line, before any row
            if not self._sends_credentials_on_retry(operation):
                raise
            response = await self.http.send(self._request_of(call), auth=self.auth, stream=True)
        try:
            with typed_body_errors():
                async for chunk in response.aiter_bytes():
                    for row in decoder.feed(chunk):
                        yield row
        finally:
            await response.aclose()
        for row in decoder.close():
            yield row
        if check is not None:
            check.finish()

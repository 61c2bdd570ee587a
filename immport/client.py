"""``immport.Client`` and ``immport.AsyncClient``.

Both are built on one core (:class:`_ClientCore`): settings, credentials, host scope, request building,
operation planning and response parsing are shared; only sending differs.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import threading
import time
import warnings
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack

import httpx

from immport._config import Settings
from immport._http.backends import AsyncTransportChoice, async_transport
from immport._http.cache import HttpCache
from immport._http.deadline import DEADLINE_EXTENSION
from immport._http.hosts import HostScope
from immport._http.redaction import get_logger, install_log_redaction
from immport._http.retry import RETRY_EXTENSION, RETRY_OVERRIDE
from immport._http.session import (
    AsyncImmPortHTTPClient,
    ImmPortHTTPClient,
    build_async_http_client,
    build_sync_http_client,
)
from immport.auth.base import CredentialAuth, ScopedAuth
from immport.auth.resolve import resolve_auth
from immport.errors import AuthenticationError, ContractWarning, DecodeError, InvalidRequestError

if TYPE_CHECKING:
    from immport_api_client import AuthenticatedClient

    from immport.batch import AsyncBatchUpdater, BatchUpdater
    from immport.contract.violations import StrictPolicy
    from immport.export import ExportResult
    from immport.export.api import ExportKwargs
    from immport.export.availability import StudyAvailability
    from immport.files.group import AsyncFilesGroup, FilesGroup
    from immport.operations import Operation, PreparedCall
    from immport.resources import (
        AsyncLookups,
        AsyncResults,
        AsyncSearch,
        AsyncStudies,
        Lookups,
        Results,
        Search,
        Studies,
    )
    from immport.study_metadata import AsyncStudyMetadata, StudyMetadata
    from immport.upload import AsyncUpload, Upload

__all__ = ["AsyncClient", "Client"]

_log = get_logger()

RequestFiles = Any  # whatever httpx accepts as ``files=``


class _ClientCore:
    """Configuration, credentials and the pure steps of a call, shared by :class:`Client` and
    :class:`AsyncClient`."""

    def __init__(
        self,
        *,
        auth: httpx.Auth | Literal[False] | None,
        api_key: str | None,
        api_key_file: str | os.PathLike[str] | None,
        token: str | None,
        username: str | None,
        password: str | None,
        settings: Settings | None,
        env: Mapping[str, str] | None,
        overrides: Mapping[str, Any],
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        install_log_redaction()
        base = settings if settings is not None else Settings.from_env(env)
        self.settings: Settings = base.with_overrides(**overrides)
        s = self.settings
        self._scope = HostScope.from_urls([s.query_url, s.auth_url, s.upload_url, s.batch_url])
        credential = resolve_auth(
            auth=auth,
            api_key=api_key,
            api_key_file=api_key_file,
            token=token,
            username=username,
            password=password,
            env=env,
        )
        if isinstance(credential, CredentialAuth):
            credential._configure(s, transport)
        self.credential: httpx.Auth | None = credential
        self._auth: httpx.Auth | None = (
            ScopedAuth(credential, self._scope) if credential is not None else None
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(query_url={self.settings.query_url!r}, credential={self.credential!r})"

    @contextlib.contextmanager
    def retries(self, enabled: bool) -> Iterator[None]:
        """Turn automatic retries off (``False``) or force them on, even for POST (``True``), for every
        request made inside the block, including through ``client.generated``::

            with client.retries(False):
                rows = client.results.elisa(study_accession="SDY1")
        """
        token = RETRY_OVERRIDE.set(enabled)
        try:
            yield
        finally:
            RETRY_OVERRIDE.reset(token)

    # --- pure steps ---------------------------------------------------------------------------------

    def _auth_for(self, authenticated: bool) -> httpx.Auth | None:
        return self._auth if authenticated else None

    @staticmethod
    def _build_request(
        http: httpx.Client | httpx.AsyncClient, method: str, url: str, *, retry: bool | None, **parts: Any
    ) -> httpx.Request:
        """The request as it will be sent (client headers, base URL merged); bad URLs are typed errors."""
        extensions: dict[str, Any] = {RETRY_EXTENSION: retry} if retry is not None else {}
        if parts.get("files") is not None:  # an upload takes as long as its file: timeout bounds each write
            extensions[DEADLINE_EXTENSION] = None
        try:
            return http.build_request(method, url, extensions=extensions, **parts)
        except httpx.InvalidURL as exc:
            raise InvalidRequestError(f"invalid URL: {exc}") from None

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
        if operation.requires_auth or self._auth is None:
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
        warnings.warn(f"strict='warn': responses are not checked, {exc}", ContractWarning, stacklevel=5)
        return None


_DOC_ARGS = """
    Credentials, first match wins (see :mod:`immport.auth.resolve`):

    1. an explicit argument: ``auth=`` (any ``httpx.Auth``, e.g. :class:`immport.ApiKeyAuth`),
       ``api_key=``, ``api_key_file=``, ``token=``, or ``username=`` + ``password=`` (only one kind);
    2. ``IMMPORT_API_KEY``;
    3. ``IMMPORT_API_KEY_FILE`` (the key JSON downloaded from https://www.immport.org/auth/api/keys);
    4. ``IMMPORT_TOKEN`` (a bearer token, never refreshed);
    5. ``IMMPORT_USERNAME`` + ``IMMPORT_PASSWORD`` (a token from ``{auth_url}/auth/token``, refreshed);
    6. none: search and lookups still work. ``auth=False`` ignores the environment.

    Credentials are only ever sent to the configured ImmPort origins (query, auth, upload, batch URLs).

    Settings (argument > ``IMMPORT_*`` variable > default):

    - ``query_url`` / ``auth_url`` / ``upload_url`` / ``batch_url`` (``IMMPORT_QUERY_URL``, ...);
    - ``timeout`` / ``connect_timeout`` in seconds (``IMMPORT_TIMEOUT``, ``IMMPORT_CONNECT_TIMEOUT``): each
      connect, write and read;
    - ``deadline`` in seconds (``IMMPORT_DEADLINE``, default 600): the whole call, retries, backoff and the
      body of a non-streamed call included (streamed calls: until the response starts);
    - ``max_retries`` (``IMMPORT_MAX_RETRIES``, default 3): GET/HEAD only, on connection errors,
      timeouts and 408/429/500/502/503/504; ``Retry-After`` is honoured up to 60 s, else exponential
      backoff with full jitter from ``backoff_base`` (0.5 s) up to ``backoff_cap`` (8 s). POSTs are
      never retried. ``with client.retries(False):`` turns retries off for the calls in a block;
    - ``ca_bundle`` (``IMMPORT_CA_BUNDLE``): TLS verification is always on, this replaces the trust store;
    - ``user_agent`` (``IMMPORT_USER_AGENT``);
    - ``strict`` (``IMMPORT_STRICT``): False, True/"warn" or "error" to check responses against the spec;
      a ``StrictPolicy`` chooses which kinds of violation raise (docs/contract-testing.md).

    ``settings=`` replaces the ``IMMPORT_*`` settings variables (credentials are still resolved as above).

    ``cache=DIR`` (or :class:`immport.HttpCache`) caches lookups, manifests, study summaries and search
    with hishel (the ``cache`` extra) for ``ttl`` seconds (default one day); ``offline=True`` answers only
    from that cache and raises :class:`immport.errors.OfflineCacheMiss` on a miss.

    ``client.generated`` is the generated low-level client sharing this client's connection, credentials,
    retries and typed errors, e.g.
    ``get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])``.
"""


class Client(_ClientCore):
    __doc__ = (
        """Synchronous ImmPort client. Use as a context manager (``with immport.Client() as client:``) or call
    :meth:`close`.
"""
        + _DOC_ARGS
    )

    def __init__(
        self,
        *,
        auth: httpx.Auth | Literal[False] | None = None,
        api_key: str | None = None,
        api_key_file: str | os.PathLike[str] | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        query_url: str | None = None,
        auth_url: str | None = None,
        upload_url: str | None = None,
        batch_url: str | None = None,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        deadline: float | None = None,
        max_retries: int | None = None,
        backoff_base: float | None = None,
        backoff_cap: float | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        user_agent: str | None = None,
        strict: bool | str | StrictPolicy | None = None,
        settings: Settings | None = None,
        env: Mapping[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        cache: HttpCache | str | os.PathLike[str] | None = None,
        offline: bool = False,
    ) -> None:
        super().__init__(
            auth=auth,
            api_key=api_key,
            api_key_file=api_key_file,
            token=token,
            username=username,
            password=password,
            settings=settings,
            env=env,
            overrides={
                "query_url": query_url,
                "auth_url": auth_url,
                "upload_url": upload_url,
                "batch_url": batch_url,
                "timeout": timeout,
                "connect_timeout": connect_timeout,
                "deadline": deadline,
                "max_retries": max_retries,
                "backoff_base": backoff_base,
                "backoff_cap": backoff_cap,
                "ca_bundle": ca_bundle,
                "user_agent": user_agent,
                "strict": strict,
            },
            transport=transport,
        )
        self._transport = transport
        self._sleep = sleep or time.sleep
        self.cache = HttpCache.of(cache, offline)
        self._lazy_lock = threading.Lock()
        self._download: ImmPortHTTPClient | None = None
        self._http: ImmPortHTTPClient = build_sync_http_client(
            self.settings,
            scope=self._scope,
            auth=self._auth,
            base_url=self.settings.query_url,
            transport=transport,
            sleep=self._sleep,
            cache=self.cache,
        )

    # --- lifecycle -----------------------------------------------------------------------------------

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (the main one and, if it was used, the download one)."""
        self._http.close()
        if self._download is not None:
            self._download.close()

    # --- shared pieces for other modules -----------------------------------------------------------------

    @property
    def _download_http(self) -> ImmPortHTTPClient:
        """A separate client for presigned/file URLs: no credentials at all, same TLS, timeouts, retries.
        Created on first use (thread-safe)."""
        with self._lazy_lock:
            if self._download is None:
                self._download = build_sync_http_client(
                    self.settings, scope=HostScope(), transport=self._transport, sleep=self._sleep
                )
            return self._download

    @cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client, sending through this client's httpx client (auth, retries, typed
        errors, also for a status the spec does not document)."""
        from immport._generated_client import sync_generated_client

        return sync_generated_client(self._http, self.settings.query_url)

    def _request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        data: Any = None,
        files: RequestFiles = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        retry: bool | None = None,
    ) -> httpx.Response:
        """Send one request to an absolute URL; typed errors on >= 400 and transport failures.
        ``retry=None`` retries only GET/HEAD; POSTs are never retried unless ``retry=True``."""
        request = self._build_request(
            self._http,
            method,
            url,
            params=params,
            data=data,
            files=files,
            json=json,
            headers=headers,
            retry=retry,
        )
        return self._http.send(request, auth=self._auth_for(authenticated))

    @contextlib.contextmanager
    def _stream(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        retry: bool | None = None,
    ) -> Iterator[httpx.Response]:
        """Like :meth:`_request` but yields the response unread (``stream=True``); closes it afterwards."""
        request = self._build_request(self._http, method, url, params=params, headers=headers, retry=retry)
        response = self._http.send(request, auth=self._auth_for(authenticated), stream=True)
        try:
            yield response
        finally:
            response.close()

    # --- operations (used by the resource groups) ----------------------------------------------------------

    def _invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any:
        operation, call = self._plan(operation_id, arguments, tsv)
        try:
            response = self._send_call(call, operation.requires_auth)
        except AuthenticationError:
            if not self._sends_credentials_on_retry(operation):
                raise
            response = self._send_call(call, True)
        return self._finish(operation, response, tsv)

    def _send_call(self, call: PreparedCall, authenticated: bool) -> httpx.Response:
        return self._request(
            call.method,
            self._query_url(call.path),
            params=call.params,
            headers=call.headers,
            authenticated=authenticated,
        )

    def _invoke_stream(
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> Iterator[Any]:
        operation, call = self._plan(operation_id, arguments, tsv)  # validate now, not on first next()
        return self._rows(operation, call, tsv)

    def _rows(self, operation: Operation, call: PreparedCall, tsv: bool) -> Iterator[Any]:
        try:
            yield from self._rows_once(operation, call, tsv, operation.requires_auth)
        except AuthenticationError:  # raised before the first row, from the status line
            if not self._sends_credentials_on_retry(operation):
                raise
            yield from self._rows_once(operation, call, tsv, True)

    def _rows_once(
        self, operation: Operation, call: PreparedCall, tsv: bool, authenticated: bool
    ) -> Iterator[Any]:
        from immport.operations import stream_decoder
        from immport.streaming import typed_body_errors

        check = self._contract_check(operation.operation_id)
        decoder = stream_decoder(operation, tsv=tsv, observer=check)
        with (
            self._stream(
                call.method,
                self._query_url(call.path),
                params=call.params,
                headers=call.headers,
                authenticated=authenticated,
            ) as response,
            typed_body_errors(),
        ):
            for chunk in response.iter_bytes():
                yield from decoder.feed(chunk)
        yield from decoder.close()
        if check is not None:
            check.finish()

    # --- resource groups -------------------------------------------------------------------------------

    @cached_property
    def search(self) -> Search:
        from immport.resources import Search

        return Search(self)

    @cached_property
    def studies(self) -> Studies:
        from immport.resources import Studies

        return Studies(self)

    @cached_property
    def results(self) -> Results:
        from immport.resources import Results

        return Results(self)

    @cached_property
    def lookups(self) -> Lookups:
        from immport.resources import Lookups

        return Lookups(self)

    @cached_property
    def files(self) -> FilesGroup:
        """Manifest, DRS URLs and verified downloads (``client.files.download("SDY1", "data/")``)."""
        from immport.files.group import FilesGroup

        return FilesGroup(self)

    @cached_property
    def upload(self) -> Upload:
        """Data Upload API (``settings.upload_url``): workspaces, templates, uploads, tickets."""
        from immport.upload import Upload

        return Upload(self)

    @cached_property
    def batch_updater(self) -> BatchUpdater:
        """Batch Updater API (``settings.batch_url``)."""
        from immport.batch import BatchUpdater

        return BatchUpdater(self)

    @cached_property
    def ui(self) -> StudyMetadata:
        """Study metadata used by ImmPort's web UI (``/ui/study/...``; no login needed)."""
        from immport.study_metadata import StudyMetadata

        return StudyMetadata(self)

    def export(self, dest: str | os.PathLike[str], **options: Unpack[ExportKwargs]) -> ExportResult:
        """Export studies into a hive-partitioned Parquet dataset at ``dest`` (a path or fsspec URL);
        resumable and incremental: run it again to continue or to fetch only changed studies.
        Options: :class:`immport.export.api.ExportKwargs`. Needs the ``export`` extra."""
        from immport.export.api import export

        return export(self, dest, **options)

    def availability(
        self, studies: str | Iterable[str], *, kinds: str | Iterable[str] = "results", count_rows: bool = True
    ) -> list[StudyAvailability]:
        """Per study, which data kinds have rows (from search) and how many (a counted fetch)."""
        from immport.export.api import availability

        return availability(self, studies, kinds=kinds, count_rows=count_rows)


class AsyncClient(_ClientCore):
    __doc__ = """Asynchronous ImmPort client. Use ``async with immport.AsyncClient() as client:`` or
    ``await client.aclose()``. ``transport="aiohttp"`` (the ``aiohttp`` extra) sends through aiohttp's
    connection pool, cheaper per request under many concurrent requests; auth, retries, typed errors
    and redaction are the same (see ``immport._http.backends``).
""" + _DOC_ARGS.replace(".sync(", ".asyncio(").replace("get_elisa_result.", "await get_elisa_result.")

    def __init__(
        self,
        *,
        auth: httpx.Auth | Literal[False] | None = None,
        api_key: str | None = None,
        api_key_file: str | os.PathLike[str] | None = None,
        token: str | None = None,
        username: str | None = None,
        password: str | None = None,
        query_url: str | None = None,
        auth_url: str | None = None,
        upload_url: str | None = None,
        batch_url: str | None = None,
        timeout: float | None = None,
        connect_timeout: float | None = None,
        deadline: float | None = None,
        max_retries: int | None = None,
        backoff_base: float | None = None,
        backoff_cap: float | None = None,
        ca_bundle: str | os.PathLike[str] | None = None,
        user_agent: str | None = None,
        strict: bool | str | StrictPolicy | None = None,
        settings: Settings | None = None,
        env: Mapping[str, str] | None = None,
        transport: AsyncTransportChoice = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        cache: HttpCache | str | os.PathLike[str] | None = None,
        offline: bool = False,
    ) -> None:
        super().__init__(
            auth=auth,
            api_key=api_key,
            api_key_file=api_key_file,
            token=token,
            username=username,
            password=password,
            settings=settings,
            env=env,
            overrides={
                "query_url": query_url,
                "auth_url": auth_url,
                "upload_url": upload_url,
                "batch_url": batch_url,
                "timeout": timeout,
                "connect_timeout": connect_timeout,
                "deadline": deadline,
                "max_retries": max_retries,
                "backoff_base": backoff_base,
                "backoff_cap": backoff_cap,
                "ca_bundle": ca_bundle,
                "user_agent": user_agent,
                "strict": strict,
            },
            # token requests reuse a transport object given for tests; "aiohttp"/"httpx" name the data pool's
            transport=transport if isinstance(transport, httpx.AsyncBaseTransport) else None,
        )
        self._transport = transport
        self._sleep = sleep or asyncio.sleep
        self.cache = HttpCache.of(cache, offline)
        self._download: AsyncImmPortHTTPClient | None = None
        self._http: AsyncImmPortHTTPClient = build_async_http_client(
            self.settings,
            scope=self._scope,
            auth=self._auth,
            base_url=self.settings.query_url,
            transport=async_transport(transport, self.settings),
            sleep=self._sleep,
            cache=self.cache,
        )

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections (the main one and, if it was used, the download one)."""
        await self._http.aclose()
        if self._download is not None:
            await self._download.aclose()

    @property
    def _download_http(self) -> AsyncImmPortHTTPClient:
        """A separate client for presigned/file URLs: no credentials at all, same TLS, timeouts, retries."""
        if self._download is None:
            self._download = build_async_http_client(
                self.settings,
                scope=HostScope(),
                transport=async_transport(self._transport, self.settings),
                sleep=self._sleep,
            )
        return self._download

    @cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client for ``asyncio()`` calls, sending through this client's httpx
        client."""
        from immport._generated_client import async_generated_client

        return async_generated_client(self._http, self.settings.query_url)

    async def _request(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        data: Any = None,
        files: RequestFiles = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        retry: bool | None = None,
    ) -> httpx.Response:
        """Send one request to an absolute URL; typed errors on >= 400 and transport failures.
        ``retry=None`` retries only GET/HEAD; POSTs are never retried unless ``retry=True``."""
        request = self._build_request(
            self._http,
            method,
            url,
            params=params,
            data=data,
            files=files,
            json=json,
            headers=headers,
            retry=retry,
        )
        return await self._http.send(request, auth=self._auth_for(authenticated))

    @contextlib.asynccontextmanager
    async def _stream(
        self,
        method: str,
        url: str,
        *,
        params: Any = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        retry: bool | None = None,
    ) -> AsyncIterator[httpx.Response]:
        """Like :meth:`_request` but yields the response unread (``stream=True``); closes it afterwards."""
        request = self._build_request(self._http, method, url, params=params, headers=headers, retry=retry)
        response = await self._http.send(request, auth=self._auth_for(authenticated), stream=True)
        try:
            yield response
        finally:
            await response.aclose()

    async def _invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any:
        operation, call = self._plan(operation_id, arguments, tsv)
        try:
            response = await self._send_call(call, operation.requires_auth)
        except AuthenticationError:
            if not self._sends_credentials_on_retry(operation):
                raise
            response = await self._send_call(call, True)
        return self._finish(operation, response, tsv)

    async def _send_call(self, call: PreparedCall, authenticated: bool) -> httpx.Response:
        return await self._request(
            call.method,
            self._query_url(call.path),
            params=call.params,
            headers=call.headers,
            authenticated=authenticated,
        )

    def _invoke_stream(
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> AsyncIterator[Any]:
        operation, call = self._plan(operation_id, arguments, tsv)  # validate now, not on first anext()
        return self._rows(operation, call, tsv)

    async def _rows(self, operation: Operation, call: PreparedCall, tsv: bool) -> AsyncIterator[Any]:
        try:
            async for row in self._rows_once(operation, call, tsv, operation.requires_auth):
                yield row
        except AuthenticationError:  # raised before the first row, from the status line
            if not self._sends_credentials_on_retry(operation):
                raise
            async for row in self._rows_once(operation, call, tsv, True):
                yield row

    async def _rows_once(
        self, operation: Operation, call: PreparedCall, tsv: bool, authenticated: bool
    ) -> AsyncIterator[Any]:
        from immport.operations import stream_decoder
        from immport.streaming import typed_body_errors

        check = self._contract_check(operation.operation_id)
        decoder = stream_decoder(operation, tsv=tsv, observer=check)
        async with self._stream(
            call.method,
            self._query_url(call.path),
            params=call.params,
            headers=call.headers,
            authenticated=authenticated,
        ) as response:
            with typed_body_errors():
                async for chunk in response.aiter_bytes():
                    for row in decoder.feed(chunk):
                        yield row
        for row in decoder.close():
            yield row
        if check is not None:
            check.finish()

    @cached_property
    def search(self) -> AsyncSearch:
        from immport.resources import AsyncSearch

        return AsyncSearch(self)

    @cached_property
    def studies(self) -> AsyncStudies:
        from immport.resources import AsyncStudies

        return AsyncStudies(self)

    @cached_property
    def results(self) -> AsyncResults:
        from immport.resources import AsyncResults

        return AsyncResults(self)

    @cached_property
    def lookups(self) -> AsyncLookups:
        from immport.resources import AsyncLookups

        return AsyncLookups(self)

    @cached_property
    def files(self) -> AsyncFilesGroup:
        """Manifest, DRS URLs and verified downloads (``await client.files.download("SDY1", "data/")``)."""
        from immport.files.group import AsyncFilesGroup

        return AsyncFilesGroup(self)

    @cached_property
    def upload(self) -> AsyncUpload:
        """Data Upload API (``settings.upload_url``): workspaces, templates, uploads, tickets."""
        from immport.upload import AsyncUpload

        return AsyncUpload(self)

    @cached_property
    def batch_updater(self) -> AsyncBatchUpdater:
        """Batch Updater API (``settings.batch_url``)."""
        from immport.batch import AsyncBatchUpdater

        return AsyncBatchUpdater(self)

    @cached_property
    def ui(self) -> AsyncStudyMetadata:
        """Study metadata used by ImmPort's web UI (``/ui/study/...``; no login needed)."""
        from immport.study_metadata import AsyncStudyMetadata

        return AsyncStudyMetadata(self)

    async def export(self, dest: str | os.PathLike[str], **options: Unpack[ExportKwargs]) -> ExportResult:
        """Export studies into a hive-partitioned Parquet dataset; see :meth:`Client.export`."""
        from immport.export.api import aexport

        return await aexport(self, dest, **options)

    async def availability(
        self, studies: str | Iterable[str], *, kinds: str | Iterable[str] = "results", count_rows: bool = True
    ) -> list[StudyAvailability]:
        """Per study, which data kinds have rows (from search) and how many (a counted fetch)."""
        from immport.export.api import aavailability

        return await aavailability(self, studies, kinds=kinds, count_rows=count_rows)

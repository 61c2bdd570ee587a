"""``immport.Client`` and ``immport.AsyncClient``.

Both resolve settings and credentials the same way (:class:`_ClientCore`) and keep everything they send
through in one session (``client.session``, :mod:`immport._session`): the internal surface the resource
groups, files, upload, batch and ui use. The clients themselves only add lifecycle and the groups.
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import importlib
import os
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, Unpack, overload

import httpx

from immport._config import Settings
from immport._flows import SystemClock
from immport._http.backends import AsyncTransportChoice
from immport._http.cache import HttpCache
from immport._http.hosts import HostScope, ScopedAuth
from immport._http.redaction import install_log_redaction
from immport._http.retry import RETRY_OVERRIDE
from immport._session import AsyncSession, SyncSession
from immport.auth.base import CredentialAuth
from immport.auth.resolve import resolve_auth

if TYPE_CHECKING:
    from immport_api_client import AuthenticatedClient

    from immport.batch import AsyncBatchUpdater, BatchUpdater
    from immport.contract.violations import StrictPolicy
    from immport.export import ExportResult
    from immport.export.api import ExportKwargs
    from immport.export.availability import StudyAvailability
    from immport.files.group import AsyncFilesGroup, FilesGroup
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
    from immport.ui import AsyncStudyMetadata, StudyMetadata
    from immport.upload import AsyncUpload, Upload

__all__ = ["AsyncClient", "Client", "ClientOptions"]

S = TypeVar("S")
T = TypeVar("T")
A = TypeVar("A")

_SETTINGS_OPTIONS = (
    "query_url", "auth_url", "upload_url", "batch_url", "timeout", "connect_timeout", "deadline",
    "max_retries", "backoff_base", "backoff_cap", "ca_bundle", "user_agent", "strict",
)  # fmt: skip


class ClientOptions(TypedDict, total=False):
    """The keyword arguments both clients take (see :class:`Client`)."""

    auth: httpx.Auth | Literal[False] | None
    api_key: str | None
    api_key_file: str | os.PathLike[str] | None
    token: str | None
    username: str | None
    password: str | None
    query_url: str | None
    auth_url: str | None
    upload_url: str | None
    batch_url: str | None
    timeout: float | None
    connect_timeout: float | None
    deadline: float | None
    max_retries: int | None
    backoff_base: float | None
    backoff_cap: float | None
    ca_bundle: str | os.PathLike[str] | None
    user_agent: str | None
    strict: bool | str | StrictPolicy | None
    settings: Settings | None
    env: Mapping[str, str] | None
    cache: HttpCache | str | os.PathLike[str] | None
    offline: bool


class _Group(Generic[S, A]):
    """A resource group made on first use: an ``S`` on a :class:`Client`, an ``A`` on an :class:`AsyncClient`
    (``"module:Name"`` each, imported lazily)."""

    def __init__(self, sync: str, asynchronous: str) -> None:
        self._paths = (sync, asynchronous)
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _Group[S, A]: ...
    @overload
    def __get__(self, obj: Client, owner: type) -> S: ...
    @overload
    def __get__(self, obj: AsyncClient, owner: type) -> A: ...
    def __get__(self, obj: _ClientCore | None, owner: type) -> Any:
        if obj is None:
            return self
        module, name = self._paths[obj.session.is_async].split(":")
        group = getattr(importlib.import_module(module), name)(obj)
        obj.__dict__[self._name] = group  # made once: the instance attribute now hides this descriptor
        return group


class _ClientCore:
    """Settings, credentials and resource groups, the same for :class:`Client` and :class:`AsyncClient`."""

    session: SyncSession | AsyncSession

    search: _Group[Search, AsyncSearch] = _Group("immport.resources:Search", "immport.resources:AsyncSearch")
    studies: _Group[Studies, AsyncStudies] = _Group(
        "immport.resources:Studies", "immport.resources:AsyncStudies"
    )
    results: _Group[Results, AsyncResults] = _Group(
        "immport.resources:Results", "immport.resources:AsyncResults"
    )
    lookups: _Group[Lookups, AsyncLookups] = _Group(
        "immport.resources:Lookups", "immport.resources:AsyncLookups"
    )
    # manifest, DRS URLs and verified downloads (client.files.download("SDY1", "data/"))
    files: _Group[FilesGroup, AsyncFilesGroup] = _Group(
        "immport.files.group:FilesGroup", "immport.files.group:AsyncFilesGroup"
    )
    # Data Upload API (settings.upload_url): workspaces, templates, uploads, tickets
    upload: _Group[Upload, AsyncUpload] = _Group("immport.upload:Upload", "immport.upload:AsyncUpload")
    # Batch Updater API (settings.batch_url)
    batch_updater: _Group[BatchUpdater, AsyncBatchUpdater] = _Group(
        "immport.batch:BatchUpdater", "immport.batch:AsyncBatchUpdater"
    )
    # study metadata used by ImmPort's web UI (/ui/study/...; no login needed)
    ui: _Group[StudyMetadata, AsyncStudyMetadata] = _Group(
        "immport.ui:StudyMetadata", "immport.ui:AsyncStudyMetadata"
    )

    def __init__(self, options: ClientOptions, transport: object) -> None:
        install_log_redaction()
        unknown = sorted(set(options) - set(ClientOptions.__annotations__))
        if unknown:
            close = difflib.get_close_matches(
                unknown[0], [*ClientOptions.__annotations__, "transport", "sleep"], 1
            )
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(
                f"{type(self).__name__}() got an unexpected keyword argument {unknown[0]!r}{hint}"
            )
        env = options.get("env")
        given = options.get("settings")
        base = given if given is not None else Settings.from_env(env)
        overrides: dict[str, Any] = {name: options.get(name) for name in _SETTINGS_OPTIONS}
        self.settings: Settings = base.with_overrides(**overrides)
        s = self.settings
        self._scope = HostScope.from_settings(s)
        credential = resolve_auth(
            auth=options.get("auth"),
            api_key=options.get("api_key"),
            api_key_file=options.get("api_key_file"),
            token=options.get("token"),
            username=options.get("username"),
            password=options.get("password"),
            env=env,
        )
        if isinstance(credential, CredentialAuth):
            # token requests reuse a transport object given for tests; "aiohttp"/"httpx" name the data pool's
            given_transport = (
                transport if isinstance(transport, httpx.BaseTransport | httpx.AsyncBaseTransport) else None
            )
            credential.configure(s, given_transport)
        self.credential: httpx.Auth | None = credential
        # an ImmPort credential keeps to the ImmPort origins itself; any other httpx.Auth is wrapped
        self._auth: httpx.Auth | None = (
            credential if credential is None or isinstance(credential, CredentialAuth)
            else ScopedAuth(credential, self._scope)
        )  # fmt: skip
        self.cache = HttpCache.of(options.get("cache"), options.get("offline", False))

    def _wiring(self, transport: object, clock: SystemClock) -> dict[str, Any]:
        """What a session is built with besides the settings."""
        return {
            "auth": self._auth,
            "scope": self._scope,
            "clock": clock,
            "transport": transport,
            "cache": self.cache,
        }

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
    :meth:`close`. ``transport=`` (an ``httpx.BaseTransport``) and ``sleep=`` are for tests.
"""
        + _DOC_ARGS
    )

    session: SyncSession

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(options, transport)
        self.session = SyncSession(
            self.settings, **self._wiring(transport, SystemClock(sleep=sleep or time.sleep))
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (the API one and, if it was used, the file one)."""
        self.session.close()

    @cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client, sending through this client's httpx client (auth, retries, typed
        errors, also for a status the spec does not document)."""
        from immport._generated_client import sync_generated_client

        return sync_generated_client(self.session.http, self.settings.query_url)

    def export(self, dest: str | os.PathLike[str], **options: Unpack[ExportKwargs]) -> ExportResult:
        """Export studies into a hive-partitioned Parquet dataset at ``dest`` (a path or fsspec URL);
        resumable and incremental: run it again to continue or to fetch only changed studies.
        Options: :class:`immport.export.api.ExportKwargs`. Needs the ``export`` extra."""
        from immport.export.api import aexport, run_sync

        return run_sync(self._on_async_client(lambda aclient: aexport(aclient, dest, **options)))

    def availability(
        self, studies: str | Iterable[str], *, kinds: str | Iterable[str] = "results", count_rows: bool = True
    ) -> list[StudyAvailability]:
        """Per study, which data kinds have rows (from search) and how many (a counted fetch)."""
        from immport.export.api import aavailability, run_sync

        work = lambda aclient: aavailability(aclient, studies, kinds=kinds, count_rows=count_rows)  # noqa: E731
        return run_sync(self._on_async_client(work))

    async def _on_async_client(self, work: Callable[[AsyncClient], Awaitable[T]]) -> T:
        """Run ``work`` on an ``AsyncClient`` with this client's settings and (shared) credential."""
        async with AsyncClient(
            auth=self.credential or False, settings=self.settings, cache=self.cache
        ) as aclient:
            return await work(aclient)


class AsyncClient(_ClientCore):
    __doc__ = """Asynchronous ImmPort client. Use ``async with immport.AsyncClient() as client:`` or
    ``await client.aclose()``. ``transport="aiohttp"`` (the ``aiohttp`` extra) sends through aiohttp's
    connection pool, cheaper per request under many concurrent requests; auth, retries, typed errors
    and redaction are the same (see ``immport._http.backends``).
""" + _DOC_ARGS.replace(".sync(", ".asyncio(").replace("get_elisa_result.", "await get_elisa_result.")

    session: AsyncSession

    def __init__(
        self,
        *,
        transport: AsyncTransportChoice = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(options, transport)
        clock = SystemClock(asleep=sleep or asyncio.sleep)
        self.session = AsyncSession(self.settings, **self._wiring(transport, clock))

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections (the API one and, if it was used, the file one)."""
        await self.session.aclose()

    @cached_property
    def generated(self) -> AuthenticatedClient:
        """The generated low-level client for ``asyncio()`` calls, sending through this client's httpx
        client."""
        from immport._generated_client import async_generated_client

        return async_generated_client(self.session.http, self.settings.query_url)

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

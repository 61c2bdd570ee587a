"""The optional HTTP cache (hishel) for idempotent reads: lookups, manifests, study summaries, search.

``Client(cache="~/.cache/immport")`` or ``Client(cache=HttpCache(dir, ttl=3600, offline=True))``. Only GETs
of the paths in :data:`CACHED_PATHS` go through hishel's cache transport (assay results, study data and
file URLs always go to ImmPort). Entries live ``ttl`` seconds in an SQLite file in the directory.
``offline=True`` answers only from the cache: a miss raises :class:`immport.errors.OfflineCacheMiss`.

Credentials never reach the cache file: the Authorization header is taken off the request before hishel
sees (and stores) it, and put back only on the way to ImmPort.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar, cast

import attrs
import httpx

from immport._http.hosts import origin_of
from immport.errors import InvalidRequestError, OfflineCacheMiss

__all__ = [
    "CACHED_PATHS",
    "HttpCache",
    "cache_transport",
    "fresh_reads",
    "is_cacheable",
]

CACHED_PATHS = (
    "/api/lookup/",
    "/api/study/manifest/",
    "/api/study/summary/",
    "/api/search/",
    "/ui/studydatarel/",
)
DEFAULT_TTL = 24 * 3600.0
DATABASE = "immport-http-cache.sqlite"
_AUTH_EXTENSION = "immport.cache.authorization"
_FRESH: ContextVar[bool] = ContextVar("immport_cache_fresh", default=False)


@contextlib.contextmanager
def fresh_reads() -> Iterator[None]:
    """Inside the block, requests skip the cache (unless offline): for answers that must be current,
    such as the data releases an incremental export compares."""
    token = _FRESH.set(True)
    try:
        yield
    finally:
        _FRESH.reset(token)


def _as_path(value: str | os.PathLike[str]) -> Path:
    return Path(os.fspath(value)).expanduser()


@attrs.frozen
class HttpCache:
    """Where and how long to cache; ``offline``: never send, answer from the cache or fail."""

    directory: Path = attrs.field(converter=_as_path)
    ttl: float = attrs.field(default=DEFAULT_TTL, validator=attrs.validators.gt(0))
    offline: bool = False

    @property
    def database(self) -> Path:
        return self.directory / DATABASE

    @classmethod
    def of(cls, value: HttpCache | str | os.PathLike[str] | None, offline: bool = False) -> HttpCache | None:
        if value is None:
            if offline:
                raise InvalidRequestError("offline mode needs a cache: pass cache=DIR (or --cache DIR)")
            return None
        cache = value if isinstance(value, HttpCache) else cls(value)
        return attrs.evolve(cache, offline=True) if offline else cache


def _require_hishel() -> None:
    try:
        import hishel.httpx  # noqa: F401
    except ImportError:
        raise InvalidRequestError("the HTTP cache needs hishel: pip install 'immport[cache]'") from None


def is_cacheable(request: httpx.Request, *, offline: bool = False) -> bool:
    if _FRESH.get() and not offline:
        return False
    return request.method == "GET" and any(part in request.url.path for part in CACHED_PATHS)


def _detach_credentials(request: httpx.Request) -> None:
    authorization = request.headers.pop("authorization", None)
    if authorization is not None:
        detached = (origin_of(request.url), authorization)
        request.extensions = {**request.extensions, _AUTH_EXTENSION: detached}


def _reattach_credentials(request: httpx.Request) -> None:
    """Put the header back, only for the origin it was taken from (httpx copies a request's extensions to
    its redirects: a redirect to another host must not get it)."""
    detached = request.extensions.get(_AUTH_EXTENSION)
    if detached is not None and detached[0] == origin_of(request.url):
        request.headers["authorization"] = detached[1]


def _miss(request: httpx.Request) -> OfflineCacheMiss:
    return OfflineCacheMiss("offline: this request has no cached response", method="GET", url=request.url)


# --- one router for both clients: only the last call differs (handle_request / handle_async_request) -------


class _Upstream(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """What the cache asks on a miss: the network, with the detached credentials put back on the way."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner  # None offline: every miss is an OfflineCacheMiss

    def _target(self, request: httpx.Request) -> Any:
        if self._inner is None:
            raise _miss(request)
        _reattach_credentials(request)
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response: httpx.Response = self._target(request).handle_request(request)
        finally:
            request.headers.pop("authorization", None)  # hishel stores this request next
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response: httpx.Response = await self._target(request).handle_async_request(request)
        finally:
            request.headers.pop("authorization", None)
        return response

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


class _Router(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Cacheable requests go through hishel (credentials detached), the others straight to ``inner``."""

    def __init__(self, inner: Any, cache: HttpCache, *, asynchronous: bool) -> None:
        import hishel
        from hishel import httpx as hishel_httpx

        cache.directory.mkdir(parents=True, exist_ok=True)
        self._inner = inner
        self._offline = cache.offline
        upstream = _Upstream(None if cache.offline else inner)
        if asynchronous:  # not isinstance(inner, ...): a transport may be both (httpx.MockTransport)
            storage: Any = hishel.AsyncSqliteStorage(database_path=cache.database, default_ttl=cache.ttl)
            self._cached: Any = hishel_httpx.AsyncCacheTransport(upstream, storage=storage)
        else:
            storage = hishel.SqliteStorage(database_path=cache.database, default_ttl=cache.ttl)
            self._cached = hishel_httpx.CacheTransport(upstream, storage=storage)

    def _target(self, request: httpx.Request) -> Any:
        if is_cacheable(request, offline=self._offline):
            _detach_credentials(request)
            return self._cached
        if self._offline:
            raise _miss(request)
        return self._inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = self._target(request).handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response: httpx.Response = await self._target(request).handle_async_request(request)
        return response

    def close(self) -> None:
        self._cached.close()  # closes the storage and the inner transport

    async def aclose(self) -> None:
        await self._cached.aclose()


AnyTransport = TypeVar("AnyTransport", httpx.BaseTransport, httpx.AsyncBaseTransport)


def cache_transport(inner: AnyTransport, cache: HttpCache, *, asynchronous: bool) -> AnyTransport:
    """``inner`` behind the HTTP cache, for a sync or an async (``asynchronous``) client."""
    _require_hishel()
    router: Any = _Router(inner, cache, asynchronous=asynchronous)
    return cast(AnyTransport, router)

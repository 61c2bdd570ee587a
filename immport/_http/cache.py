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

import attrs
import httpx

from immport.errors import InvalidRequestError, OfflineCacheMiss

__all__ = [
    "CACHED_PATHS",
    "HttpCache",
    "cache_async_transport",
    "cache_sync_transport",
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
        request.extensions = {**request.extensions, _AUTH_EXTENSION: authorization}


def _reattach_credentials(request: httpx.Request) -> None:
    authorization = request.extensions.get(_AUTH_EXTENSION)
    if authorization is not None:
        request.headers["authorization"] = authorization


def _miss(request: httpx.Request) -> OfflineCacheMiss:
    return OfflineCacheMiss("offline: this request has no cached response", method="GET", url=request.url)


# --- sync and async: the same three steps (route, detach credentials, reattach on the way out) -------------


class _SyncUpstream(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            raise _miss(request)
        _reattach_credentials(request)
        try:
            return self._inner.handle_request(request)
        finally:
            request.headers.pop("authorization", None)  # hishel stores this request next

    def close(self) -> None:
        if self._inner is not None:
            self._inner.close()


class _SyncRouter(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, cache: HttpCache) -> None:
        from hishel import SqliteStorage
        from hishel.httpx import CacheTransport

        cache.directory.mkdir(parents=True, exist_ok=True)
        self._inner = inner
        self._offline = cache.offline
        storage = SqliteStorage(database_path=cache.database, default_ttl=cache.ttl)
        self._cached = CacheTransport(_SyncUpstream(None if cache.offline else inner), storage=storage)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if is_cacheable(request, offline=self._offline):
            _detach_credentials(request)
            return self._cached.handle_request(request)
        if self._offline:
            raise _miss(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._cached.close()  # closes the storage and the inner transport


class _AsyncUpstream(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport | None) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            raise _miss(request)
        _reattach_credentials(request)
        try:
            return await self._inner.handle_async_request(request)
        finally:
            request.headers.pop("authorization", None)  # hishel stores this request next

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


class _AsyncRouter(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, cache: HttpCache) -> None:
        from hishel import AsyncSqliteStorage
        from hishel.httpx import AsyncCacheTransport

        cache.directory.mkdir(parents=True, exist_ok=True)
        self._inner = inner
        self._offline = cache.offline
        storage = AsyncSqliteStorage(database_path=cache.database, default_ttl=cache.ttl)
        self._cached = AsyncCacheTransport(_AsyncUpstream(None if cache.offline else inner), storage=storage)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if is_cacheable(request, offline=self._offline):
            _detach_credentials(request)
            return await self._cached.handle_async_request(request)
        if self._offline:
            raise _miss(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._cached.aclose()


def cache_sync_transport(inner: httpx.BaseTransport, cache: HttpCache) -> httpx.BaseTransport:
    _require_hishel()
    return _SyncRouter(inner, cache)


def cache_async_transport(inner: httpx.AsyncBaseTransport, cache: HttpCache) -> httpx.AsyncBaseTransport:
    _require_hishel()
    return _AsyncRouter(inner, cache)

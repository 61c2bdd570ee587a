"""The httpx clients the facade sends through: typed errors on every send, retries below, host guard on top.

:class:`ImmPortHTTPClient` / :class:`AsyncImmPortHTTPClient` are ``httpx.Client`` subclasses whose
``send`` raises :mod:`immport.errors` for statuses >= 400 and transport failures. Because the generated
client is given the same instance, its operations get auth, retries and typed errors too. Proxies come
from ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` like plain httpx (each proxy transport also retries).
"""

from __future__ import annotations

import asyncio
import functools
import math
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import httpx

from immport._config import Settings
from immport._http.cache import HttpCache, cache_async_transport, cache_sync_transport
from immport._http.deadline import Deadline, deadline_scope
from immport._http.hosts import HostScope
from immport._http.mapping import error_for_exception, error_for_response
from immport._http.redaction import get_logger
from immport._http.retry import RetryPolicy
from immport._http.transport import AsyncRetryTransport, RetryTransport
from immport.errors import ImmPortError

if TYPE_CHECKING:
    from httpx._client import UseClientDefault
    from httpx._types import AuthTypes

__all__ = [
    "AsyncImmPortHTTPClient",
    "ImmPortHTTPClient",
    "build_async_http_client",
    "build_sync_http_client",
    "retry_policy",
    "ssl_verify",
]

_log = get_logger()


def ssl_verify(settings: Settings) -> ssl.SSLContext:
    """TLS verification is always on; ``ca_bundle`` replaces the default (certifi) trust store."""
    return _ssl_context(settings.ca_bundle)


@functools.lru_cache(maxsize=8)
def _ssl_context(ca_bundle: str | None) -> ssl.SSLContext:
    """Loading a trust store costs ~0.1 s, so contexts are shared (they are safe to share across threads)."""
    if ca_bundle:
        return ssl.create_default_context(cafile=ca_bundle)
    return httpx.create_ssl_context()


def environment_proxies() -> dict[str, str | None]:
    """``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` as httpx mount patterns (``None``: go direct)."""
    try:
        from httpx._utils import get_environment_proxies
    except ImportError:  # pragma: no cover - httpx moved its helper
        return {}
    return dict(get_environment_proxies())


def http_timeout(settings: Settings) -> httpx.Timeout:
    return httpx.Timeout(settings.timeout, connect=settings.connect_timeout)


def retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        max_retries=settings.max_retries,
        backoff_base=settings.backoff_base,
        backoff_cap=settings.backoff_cap,
        retry_after_cap=settings.retry_after_cap,
    )


def strip_foreign_authorization(scope: HostScope, request: httpx.Request) -> None:
    """Request hook: no Authorization header ever leaves for a host outside ``scope`` (covers redirects)."""
    if "authorization" in request.headers and not scope.allows(request.url):
        del request.headers["authorization"]
        _log.warning("dropped the Authorization header of a request to non-ImmPort host %s", request.url.host)


def _mapped_error(response: httpx.Response, read: Callable[[], object]) -> ImmPortError:
    try:
        read()
        content: bytes | None = None
    except Exception:  # the body broke off: report the status without it
        content = b""
    return error_for_response(response, content)


def _transport_failure(
    exc: httpx.HTTPError, request: httpx.Request, deadline: Deadline | None
) -> ImmPortError:
    if deadline is not None and deadline.expired():  # a cut-down timeout fired: say which limit was hit
        return deadline.error(request)
    return error_for_exception(exc, request)


class ImmPortHTTPClient(httpx.Client):
    """``httpx.Client`` raising :mod:`immport.errors` (statuses >= 400, transport failures) from ``send``;
    each ``send`` is bounded by the whole-call ``deadline`` (seconds)."""

    deadline: float = math.inf

    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        with deadline_scope(request, self.deadline) as deadline:
            try:
                response = super().send(request, stream=stream, auth=auth, follow_redirects=follow_redirects)
            except ImmPortError:
                raise
            except httpx.HTTPError as exc:
                raise _transport_failure(exc, request, deadline) from exc
        if response.status_code >= 400:
            try:
                error = _mapped_error(response, response.read)
            finally:
                response.close()
            raise error
        return response


class AsyncImmPortHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` raising :mod:`immport.errors` from ``send``, bounded by ``deadline``."""

    deadline: float = math.inf

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: AuthTypes | UseClientDefault | None = httpx.USE_CLIENT_DEFAULT,
        follow_redirects: bool | UseClientDefault = httpx.USE_CLIENT_DEFAULT,
    ) -> httpx.Response:
        with deadline_scope(request, self.deadline) as deadline:
            try:
                response = await super().send(
                    request, stream=stream, auth=auth, follow_redirects=follow_redirects
                )
            except ImmPortError:
                raise
            except httpx.HTTPError as exc:
                raise _transport_failure(exc, request, deadline) from exc
        if response.status_code >= 400:
            try:
                try:
                    await response.aread()
                    content: bytes | None = None
                except Exception:
                    content = b""
                error = error_for_response(response, content)
            finally:
                await response.aclose()
            raise error
        return response


def build_sync_http_client(
    settings: Settings,
    *,
    scope: HostScope,
    auth: httpx.Auth | None = None,
    base_url: str = "",
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    cache: HttpCache | None = None,
) -> ImmPortHTTPClient:
    policy = retry_policy(settings)
    mounts: dict[str, httpx.BaseTransport | None] = {}
    if transport is None:
        verify = ssl_verify(settings)
        transport = httpx.HTTPTransport(verify=verify)
        for pattern, proxy in environment_proxies().items():
            proxied: httpx.BaseTransport | None = (
                httpx.HTTPTransport(verify=verify, proxy=proxy) if proxy else None
            )
            if proxied is not None and cache is not None:
                proxied = cache_sync_transport(proxied, cache)
            mounts[pattern] = RetryTransport(proxied, policy, sleep) if proxied else None
    if cache is not None:
        transport = cache_sync_transport(transport, cache)
    client = ImmPortHTTPClient(
        base_url=base_url,
        auth=auth,
        timeout=http_timeout(settings),
        headers={"User-Agent": settings.user_agent},
        follow_redirects=True,
        transport=RetryTransport(transport, policy, sleep),
        mounts=mounts,
        event_hooks={"request": [lambda request: strip_foreign_authorization(scope, request)]},
    )
    client.deadline = settings.deadline
    return client


def build_async_http_client(
    settings: Settings,
    *,
    scope: HostScope,
    auth: httpx.Auth | None = None,
    base_url: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    cache: HttpCache | None = None,
) -> AsyncImmPortHTTPClient:
    policy = retry_policy(settings)
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
    if transport is None:
        verify = ssl_verify(settings)
        transport = httpx.AsyncHTTPTransport(verify=verify)
        for pattern, proxy in environment_proxies().items():
            aproxied: httpx.AsyncBaseTransport | None = (
                httpx.AsyncHTTPTransport(verify=verify, proxy=proxy) if proxy else None
            )
            if aproxied is not None and cache is not None:
                aproxied = cache_async_transport(aproxied, cache)
            mounts[pattern] = AsyncRetryTransport(aproxied, policy, sleep) if aproxied else None
    if cache is not None:
        transport = cache_async_transport(transport, cache)

    async def guard(request: httpx.Request) -> None:
        strip_foreign_authorization(scope, request)

    client = AsyncImmPortHTTPClient(
        base_url=base_url,
        auth=auth,
        timeout=http_timeout(settings),
        headers={"User-Agent": settings.user_agent},
        follow_redirects=True,
        transport=AsyncRetryTransport(transport, policy, sleep),
        mounts=mounts,
        event_hooks={"request": [guard]},
    )
    client.deadline = settings.deadline
    return client

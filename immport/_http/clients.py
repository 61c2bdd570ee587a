"""The httpx clients the facade sends through: typed errors on every send, retries below, host guard on top.

:class:`ImmPortHTTPClient` / :class:`AsyncImmPortHTTPClient` are ``httpx.Client`` subclasses whose
``send`` raises :mod:`immport.errors` for statuses >= 400 and transport failures. Because the generated
client is given the same instance, its operations get auth, retries and typed errors too. Proxies come
from ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` like plain httpx (each proxy transport also retries).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from immport._config import Settings
from immport._flows import Clock
from immport._http.cache import HttpCache, cache_transport
from immport._http.deadline import Deadline, deadline_scope
from immport._http.hosts import HostScope, strip_foreign_authorization
from immport._http.mapping import error_for_exception, error_for_response
from immport._http.options import environment_proxies, http_timeout, ssl_verify
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
]


def retry_policy(settings: Settings) -> RetryPolicy:
    return RetryPolicy(
        max_retries=settings.max_retries,
        backoff_base=settings.backoff_base,
        backoff_cap=settings.backoff_cap,
        retry_after_cap=settings.retry_after_cap,
    )


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
                content: bytes | None = None
                try:
                    response.read()
                except Exception:  # the body broke off: report the status without it
                    content = b""
                error = error_for_response(response, content)
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
                content: bytes | None = None
                try:
                    await response.aread()
                except Exception:  # the body broke off: report the status without it
                    content = b""
                error = error_for_response(response, content)
            finally:
                await response.aclose()
            raise error
        return response


def _transports(
    settings: Settings,
    transport: Any,
    cache: HttpCache | None,
    *,
    network: Callable[..., Any],
    retrying: Callable[[Any], Any],
) -> tuple[Any, dict[str, Any]]:
    """The main transport and the proxy mounts, each behind the cache (if any) and the retry policy.
    ``network(verify=..., proxy=...)`` makes a network transport; ``retrying(inner)`` wraps one."""
    mounts: dict[str, Any] = {}
    if transport is None:
        verify = ssl_verify(settings)
        transport = network(verify=verify)
        for pattern, proxy in environment_proxies().items():
            proxied = network(verify=verify, proxy=proxy) if proxy else None
            if proxied is not None and cache is not None:
                proxied = cache_transport(proxied, cache)
            mounts[pattern] = retrying(proxied) if proxied is not None else None
    if cache is not None:
        transport = cache_transport(transport, cache)
    return retrying(transport), mounts


def _client_options(settings: Settings, auth: httpx.Auth | None, base_url: str) -> Any:
    return {
        "base_url": base_url,
        "auth": auth,
        "timeout": http_timeout(settings),
        "headers": {"User-Agent": settings.user_agent},
        "follow_redirects": True,
    }


def build_sync_http_client(
    settings: Settings,
    *,
    scope: HostScope,
    clock: Clock,
    auth: httpx.Auth | None = None,
    base_url: str = "",
    transport: httpx.BaseTransport | None = None,
    cache: HttpCache | None = None,
) -> ImmPortHTTPClient:
    policy = retry_policy(settings)
    main, mounts = _transports(
        settings,
        transport,
        cache,
        network=httpx.HTTPTransport,
        retrying=lambda inner: RetryTransport(inner, policy, clock),
    )
    client = ImmPortHTTPClient(
        **_client_options(settings, auth, base_url),
        transport=main,
        mounts=mounts,
        event_hooks={"request": [lambda request: strip_foreign_authorization(scope, request)]},
    )
    client.deadline = settings.deadline
    return client


def build_async_http_client(
    settings: Settings,
    *,
    scope: HostScope,
    clock: Clock,
    auth: httpx.Auth | None = None,
    base_url: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
    cache: HttpCache | None = None,
) -> AsyncImmPortHTTPClient:
    policy = retry_policy(settings)
    main, mounts = _transports(
        settings,
        transport,
        cache,
        network=httpx.AsyncHTTPTransport,
        retrying=lambda inner: AsyncRetryTransport(inner, policy, clock),
    )

    async def guard(request: httpx.Request) -> None:
        strip_foreign_authorization(scope, request)

    client = AsyncImmPortHTTPClient(
        **_client_options(settings, auth, base_url),
        transport=main,
        mounts=mounts,
        event_hooks={"request": [guard]},
    )
    client.deadline = settings.deadline
    return client

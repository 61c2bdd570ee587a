"""The httpx clients the facade sends through: typed errors on every send, retries below, host guard on top.

:class:`ImmPortHTTPClient` / :class:`AsyncImmPortHTTPClient` are ``httpx.Client`` subclasses whose
``send`` raises :mod:`immport.errors` for statuses >= 400 and transport failures. Because the generated
client is given the same instance, its operations get auth, retries and typed errors too. Proxies come
from ``HTTPS_PROXY`` / ``ALL_PROXY`` / ``NO_PROXY`` like plain httpx (each proxy transport also retries).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator
from typing import Any, Required, TypedDict, Unpack

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


@contextlib.contextmanager
def _typed_failures(request: httpx.Request, limit: float) -> Iterator[None]:
    """A send within the whole-call deadline; an httpx failure becomes an :mod:`immport.errors` error."""
    with deadline_scope(request, limit) as deadline:
        try:
            yield
        except ImmPortError:
            raise
        except httpx.HTTPError as exc:
            raise _transport_failure(exc, request, deadline) from exc


def _status_error(response: httpx.Response, body_broke_off: bool) -> ImmPortError:
    """The typed error of a status >= 400 (its body read, unless it broke off: then the status alone)."""
    return error_for_response(response, b"" if body_broke_off else None)


class ImmPortHTTPClient(httpx.Client):
    """``httpx.Client`` raising :mod:`immport.errors` (statuses >= 400, transport failures) from ``send``;
    each ``send`` is bounded by the whole-call ``deadline`` (seconds)."""

    deadline: float = math.inf

    def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        """httpx's ``send`` (``stream``, ``auth``, ``follow_redirects``), with typed errors."""
        with _typed_failures(request, self.deadline):
            response = super().send(request, **options)
        if response.status_code < 400:
            return response
        broke_off = False
        try:
            response.read()
        except Exception:
            broke_off = True
        finally:
            response.close()
        raise _status_error(response, broke_off)


class AsyncImmPortHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` raising :mod:`immport.errors` from ``send``, bounded by ``deadline``."""

    deadline: float = math.inf

    async def send(self, request: httpx.Request, **options: Any) -> httpx.Response:
        """httpx's ``send`` (``stream``, ``auth``, ``follow_redirects``), with typed errors."""
        with _typed_failures(request, self.deadline):
            response = await super().send(request, **options)
        if response.status_code < 400:
            return response
        broke_off = False
        try:
            await response.aread()
        except Exception:
            broke_off = True
        finally:
            await response.aclose()
        raise _status_error(response, broke_off)


def _transports(
    settings: Settings,
    transport: Any,
    cache: HttpCache | None,
    *,
    network: Callable[..., Any],
    retrying: Callable[[Any], Any],
    asynchronous: bool,
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
                proxied = cache_transport(proxied, cache, asynchronous=asynchronous)
            mounts[pattern] = retrying(proxied) if proxied is not None else None
    if cache is not None:
        transport = cache_transport(transport, cache, asynchronous=asynchronous)
    return retrying(transport), mounts


class ClientParts(TypedDict, total=False):
    """What an httpx client of the facade is built with besides its settings and transport."""

    scope: Required[HostScope]  # the origins that may receive credentials (empty: none)
    clock: Required[Clock]  # the retry policy's sleeps
    auth: httpx.Auth | None
    base_url: str
    cache: HttpCache | None


def _client_options(settings: Settings, parts: ClientParts) -> dict[str, Any]:
    return {
        "base_url": parts.get("base_url", ""),
        "auth": parts.get("auth"),
        "timeout": http_timeout(settings),
        "headers": {"User-Agent": settings.user_agent},
        "follow_redirects": True,
    }


def build_sync_http_client(
    settings: Settings, *, transport: httpx.BaseTransport | None = None, **parts: Unpack[ClientParts]
) -> ImmPortHTTPClient:
    scope = parts["scope"]
    hook = lambda request: strip_foreign_authorization(scope, request)  # noqa: E731
    client: ImmPortHTTPClient = _build(
        ImmPortHTTPClient, httpx.HTTPTransport, RetryTransport, hook, settings, transport, parts
    )
    return client


def build_async_http_client(
    settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None, **parts: Unpack[ClientParts]
) -> AsyncImmPortHTTPClient:
    scope = parts["scope"]

    async def hook(request: httpx.Request) -> None:
        strip_foreign_authorization(scope, request)

    client: AsyncImmPortHTTPClient = _build(
        AsyncImmPortHTTPClient,
        httpx.AsyncHTTPTransport,
        AsyncRetryTransport,
        hook,
        settings,
        transport,
        parts,
    )
    return client


def _build(
    kind: Any, network: Any, retrying: Any, hook: Any, settings: Settings, transport: Any, parts: ClientParts
) -> Any:
    """A client of ``kind`` whose transports (``network``, behind the cache, behind ``retrying``) carry the
    retry policy, and whose request ``hook`` is the host guard."""
    policy, clock = retry_policy(settings), parts["clock"]
    main, mounts = _transports(
        settings,
        transport,
        parts.get("cache"),
        network=network,
        retrying=lambda inner: retrying(inner, policy, clock),
        asynchronous=issubclass(kind, httpx.AsyncClient),
    )
    client = kind(
        **_client_options(settings, parts), transport=main, mounts=mounts, event_hooks={"request": [hook]}
    )
    client.deadline = settings.deadline
    return client

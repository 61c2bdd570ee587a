"""``client.generated``: the generated low-level client, sending through the facade's httpx client.

The generated layer gets its own small httpx client whose transport is the facade's client (one
connection pool, the same credentials, retries, host scope and typed errors for statuses >= 400) and whose
response hook turns a status the spec does not document (a 202, a 304) into an :mod:`immport.errors`
error, instead of the generated ``UnexpectedStatus``.
"""

from __future__ import annotations

import httpx
from immport_api_client import AuthenticatedClient

from immport.errors import APIStatusError

__all__ = ["DOCUMENTED_STATUSES", "async_generated_client", "sync_generated_client"]

# Every Shared Data API operation documents 200 as its only status below 400 (tests check this against the
# spec); statuses >= 400 never reach the generated code: the facade's client raises its typed errors first.
DOCUMENTED_STATUSES = frozenset({200})


def undocumented_status_error(response: httpx.Response) -> APIStatusError:
    request = response.request
    return APIStatusError(
        f"ImmPort answered HTTP {response.status_code} {response.reason_phrase}, a status the API spec does "
        f"not document for this operation (expected {', '.join(map(str, sorted(DOCUMENTED_STATUSES)))})",
        status=response.status_code,
        method=request.method,
        url=request.url,
        body=response.content[:300] if response.is_stream_consumed else None,
    )


class _ViaFacade(httpx.BaseTransport):
    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._http.send(request, stream=True)


class _AsyncViaFacade(httpx.AsyncBaseTransport):
    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._http.send(request, stream=True)


def _check(response: httpx.Response) -> None:
    if response.status_code not in DOCUMENTED_STATUSES:
        try:
            response.read()
        finally:
            response.close()  # a hook's exception would otherwise leave the connection checked out
        raise undocumented_status_error(response)


async def _acheck(response: httpx.Response) -> None:
    if response.status_code not in DOCUMENTED_STATUSES:
        try:
            await response.aread()
        finally:
            await response.aclose()
        raise undocumented_status_error(response)


def _settings_of(http: httpx.Client | httpx.AsyncClient) -> dict[str, object]:
    """What ``build_request`` takes from a client: the generated layer builds requests like the facade."""
    return {"base_url": http.base_url, "headers": http.headers, "timeout": http.timeout, "trust_env": False}


def _new_generated(base_url: str) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=base_url, token="", prefix="", raise_on_unexpected_status=True)


def sync_generated_client(http: httpx.Client, base_url: str) -> AuthenticatedClient:
    """The generated client for ``sync()`` calls, sending through ``http``."""
    via = httpx.Client(transport=_ViaFacade(http), event_hooks={"response": [_check]}, **_settings_of(http))  # type: ignore[arg-type]
    return _new_generated(base_url).set_httpx_client(via)


class _NoSyncTransport(httpx.BaseTransport):
    """The sync side of ``AsyncClient.generated``: a sync call fails loudly, not silently with an
    unconfigured client."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise RuntimeError(
            "AsyncClient.generated is async-only: use the operation's asyncio()/asyncio_detailed(), "
            "or immport.Client for sync()"
        )


def async_generated_client(http: httpx.AsyncClient, base_url: str) -> AuthenticatedClient:
    """The generated client for ``asyncio()`` calls, sending through ``http``."""
    via = httpx.AsyncClient(
        transport=_AsyncViaFacade(http),
        event_hooks={"response": [_acheck]},
        **_settings_of(http),  # type: ignore[arg-type]
    )
    client = _new_generated(base_url).set_async_httpx_client(via)
    client.set_httpx_client(httpx.Client(transport=_NoSyncTransport(), trust_env=False))
    return client

"""Requests sent on a connection of their own, for token requests.

A token request must never wait for a connection of the data pool: when every pooled connection is held by
a response waiting for the new token, the token could never be fetched (a deadlock with 101+ concurrent 401s).
It must also never follow a redirect: a 307/308 would carry the password form to whatever host it names.
:class:`OneShot` opens a connection, sends, reads the body, closes; it follows no redirects. Token requests
are rare (one per token lifetime), so the extra handshake costs nothing that matters.
"""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from immport._config import Settings
from immport._http.deadline import current_deadline
from immport._http.mapping import error_for_exception
from immport._http.options import http_timeout, ssl_verify
from immport.errors import ImmPortError

__all__ = ["OneShot"]

AnyTransport = httpx.BaseTransport | httpx.AsyncBaseTransport


class _Borrowed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport owned by someone else (passed to the client): used, never closed."""

    def __init__(self, inner: AnyTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.BaseTransport)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


@attrs.frozen
class OneShot:
    """Sends one request on a fresh connection (or through the client's own ``transport`` when one was given,
    as tests do), with the settings' TLS and timeouts, following no redirect; the body is read."""

    settings: Settings = attrs.field(factory=Settings)
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None

    def configured(self, settings: Settings, transport: AnyTransport | None) -> OneShot:
        """A copy for a client with these settings and (optional) transport."""
        sync = transport if isinstance(transport, httpx.BaseTransport) else self.transport
        asynchronous = transport if isinstance(transport, httpx.AsyncBaseTransport) else self.async_transport
        return OneShot(settings, sync, asynchronous)

    def _options(self, request: httpx.Request, transport: AnyTransport | None) -> dict[str, Any]:
        timeout = http_timeout(self.settings)
        request.extensions.setdefault("timeout", timeout.as_dict())
        deadline = current_deadline()
        if deadline is not None:
            deadline.clamp(request)
        options: dict[str, Any] = {"timeout": timeout, "follow_redirects": False}
        if transport is not None:
            options["transport"] = _Borrowed(transport)
        else:
            options["verify"] = ssl_verify(self.settings)
        return options

    def send(self, request: httpx.Request) -> httpx.Response:
        try:
            with httpx.Client(**self._options(request, self.transport)) as client:
                return client.send(request)
        except ImmPortError:
            raise
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, request) from exc

    async def asend(self, request: httpx.Request) -> httpx.Response:
        try:
            async with httpx.AsyncClient(**self._options(request, self.async_transport)) as client:
                return await client.send(request)
        except ImmPortError:
            raise
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, request) from exc

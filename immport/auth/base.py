"""Base class of the credential flows, and the host-scoping wrapper the clients install."""

from __future__ import annotations

import abc
import threading
from collections.abc import AsyncGenerator, Generator

import httpx

from immport._config import Settings
from immport._http.hosts import HostScope
from immport._http.oneshot import AnyTransport, OneShot
from immport.auth._steps import AsyncLockBox, Steps, drive_async, drive_sync

__all__ = ["CredentialAuth", "ScopedAuth"]


class CredentialAuth(httpx.Auth, abc.ABC):
    """An ImmPort credential as an ``httpx.Auth``. Subclasses write :meth:`_steps` once for sync and async."""

    def __init__(self) -> None:
        self._thread_lock = threading.Lock()
        self._async_locks = AsyncLockBox()
        self._sender = OneShot()  # token requests: own connection, no redirects

    @abc.abstractmethod
    def _steps(self, request: httpx.Request) -> Steps:
        """Add credentials to ``request`` and yield it (and any token requests) as steps."""

    def _configure(self, settings: Settings, transport: AnyTransport | None = None) -> None:
        """Called by the client with its settings and the transport it was given (if any; tests pass a mock):
        token requests go through the same TLS settings and transport, on a connection of their own."""
        self._sender = self._sender.configured(settings, transport)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return drive_sync(self._steps(request), self._thread_lock, self._sender)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        return drive_async(self._steps(request), self._async_locks, self._sender)


class ScopedAuth(httpx.Auth):
    """Runs ``inner`` only for requests to origins in ``scope``; others go out without Authorization."""

    def __init__(self, inner: httpx.Auth, scope: HostScope) -> None:
        self.inner = inner
        self.scope = scope

    def __repr__(self) -> str:
        return f"ScopedAuth({self.inner!r})"

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self.scope.allows(request.url):
            request.headers.pop("Authorization", None)
            yield request
            return
        yield from self.inner.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self.scope.allows(request.url):
            request.headers.pop("Authorization", None)
            yield request
            return
        flow = self.inner.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                response = yield outgoing
                try:
                    outgoing = await flow.asend(response)
                except StopAsyncIteration:
                    return
        finally:
            await flow.aclose()

"""Base class of the credential flows, and the host-scoping wrapper the clients install."""

from __future__ import annotations

import abc
from collections.abc import AsyncGenerator, Generator

import httpx

from immport._config import Settings
from immport._flows import Flow, FlowLock, Send
from immport._http.hosts import HostScope
from immport._http.oneshot import AnyTransport, OneShot
from immport._runners import AsyncRunner, SyncRunner

__all__ = ["CredentialAuth"]


class CredentialAuth(httpx.Auth, abc.ABC):
    """An ImmPort credential as an ``httpx.Auth``. Subclasses write :meth:`_steps` once, as a flow
    (:mod:`immport._flows`: ``Send`` the request, ``Fetch`` a token, ``Acquire``/``Release`` ``self._lock``);
    the one sync or async runner drives it as httpx's sync or async auth flow."""

    def __init__(self) -> None:
        self._lock = FlowLock()  # single-flight token refresh
        self._sender = OneShot()  # token requests: own connection, no redirects
        self._scope: HostScope | None = None  # None: every host (a credential used outside our clients)

    @abc.abstractmethod
    def _steps(self, request: httpx.Request) -> Flow[None]:
        """Add credentials to ``request`` and send it (and any token requests), as a flow."""

    def configure(self, settings: Settings, transport: AnyTransport | None = None) -> None:
        """Called by the client with its settings and the transport it was given (if any; tests pass a mock):
        token requests go through the same TLS settings and transport, on a connection of their own. From
        then on the credential is used only for ImmPort origins (:class:`HostScope`): those of every client it
        was given to (each client's request hook still drops it for hosts outside that client's own scope)."""
        self._sender = self._sender.configured(settings, transport)
        scope = HostScope.from_settings(settings)
        self._scope = scope if self._scope is None else HostScope(self._scope.origins | scope.origins)

    def _scoped(self, request: httpx.Request) -> Flow[None]:
        if self._scope is not None and not self._scope.allows(request.url):
            request.headers.pop("Authorization", None)
            yield Send(request)  # not an ImmPort origin: no credentials, no token request
            return
        yield from self._steps(request)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return SyncRunner(oneshot=self._sender).auth_flow(self._scoped(request))

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        return AsyncRunner(oneshot=self._sender).auth_flow(self._scoped(request))

"""Base class of the credential flows, and the host-scoping wrapper the clients install."""

from __future__ import annotations

import abc
from collections.abc import AsyncGenerator, Generator

import httpx

from immport._config import Settings
from immport._flows import Flow, FlowLock
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

    @abc.abstractmethod
    def _steps(self, request: httpx.Request) -> Flow[None]:
        """Add credentials to ``request`` and send it (and any token requests), as a flow."""

    def configure(self, settings: Settings, transport: AnyTransport | None = None) -> None:
        """Called by the client with its settings and the transport it was given (if any; tests pass a mock):
        token requests go through the same TLS settings and transport, on a connection of their own."""
        self._sender = self._sender.configured(settings, transport)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        return SyncRunner(oneshot=self._sender).auth_flow(self._steps(request))

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        return AsyncRunner(oneshot=self._sender).auth_flow(self._steps(request))

"""The one credential host guard: which origins (scheme, host, port) may receive ImmPort credentials.

:class:`HostScope` is the rule. It is applied where credentials could leave: an ImmPort credential
(``auth.base.CredentialAuth``) acts only for origins in scope, :class:`ScopedAuth` does the same for any
other ``httpx.Auth``, and :func:`strip_foreign_authorization` (a request hook on every client, the
credential-free file client included, whose scope is empty) drops any Authorization header bound
elsewhere, redirects included. :func:`refuse_credentials` stops a file request that would carry any.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator, Iterable

import attrs
import httpx

from immport._config import Settings
from immport._http.redaction import get_logger
from immport.errors import ImmPortError

__all__ = ["HostScope", "ScopedAuth", "origin_of", "refuse_credentials", "strip_foreign_authorization"]

_log = get_logger()

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def origin_of(url: httpx.URL | str) -> Origin:
    """``(scheme, host, port)`` with the scheme's default port filled in."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    scheme = parsed.scheme.lower()
    port = parsed.port if parsed.port is not None else _DEFAULT_PORTS.get(scheme, 0)
    return scheme, parsed.host.lower(), port


@attrs.frozen
class HostScope:
    """A set of origins. Credentials are attached only to requests whose origin is in the scope."""

    origins: frozenset[Origin] = frozenset()

    @classmethod
    def from_urls(cls, urls: Iterable[str]) -> HostScope:
        return cls(frozenset(origin_of(u) for u in urls))

    @classmethod
    def from_settings(cls, settings: Settings) -> HostScope:
        """The configured ImmPort origins: query, auth, upload and batch URLs."""
        return cls.from_urls([settings.query_url, settings.auth_url, settings.upload_url, settings.batch_url])

    def allows(self, url: httpx.URL | str) -> bool:
        return origin_of(url) in self.origins


def strip_foreign_authorization(scope: HostScope, request: httpx.Request) -> None:
    """Request hook: no Authorization header ever leaves for a host outside ``scope`` (covers redirects)."""
    if "authorization" in request.headers and not scope.allows(request.url):
        del request.headers["authorization"]
        _log.warning("dropped the Authorization header of a request to non-ImmPort host %s", request.url.host)


def refuse_credentials(http: httpx.Client | httpx.AsyncClient, request: httpx.Request) -> None:
    """A file host (presigned S3 URL) never sees ImmPort credentials: raise before such a request leaves."""
    if http.auth is not None or "authorization" in request.headers:
        raise ImmPortError("refusing to send credentials to a file URL (download client carries auth)")


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

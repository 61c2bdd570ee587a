"""Which origins (scheme, host, port) may receive ImmPort credentials."""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import httpx

__all__ = ["HostScope", "origin_of"]

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

    def allows(self, url: httpx.URL | str) -> bool:
        return origin_of(url) in self.origins

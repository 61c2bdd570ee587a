"""Connection options every client shares: TLS trust, timeouts, proxies from the environment."""

from __future__ import annotations

import functools
import ssl

import httpx

from immport._config import Settings

__all__ = ["environment_proxies", "http_timeout", "ssl_verify"]


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

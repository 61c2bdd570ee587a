"""Which HTTP transport an ``AsyncClient`` sends through: httpx's own (default) or aiohttp's.

``AsyncClient(transport="aiohttp")`` sends through ``httpx_aiohttp.AiohttpTransport`` (the ``aiohttp``
extra, the transport openai-python offers): its connection pool costs far less CPU per request than
httpcore's when many requests are in flight. Everything above the transport is the same on both: auth,
the host guard, retries, typed errors, redaction, downloads. TLS verification stays on (same trust store,
``ca_bundle`` included). Proxy variables (``HTTPS_PROXY``...) are not read by the aiohttp transport.
"""

from __future__ import annotations

from typing import Literal

import httpx

from immport._config import Settings
from immport._http.options import ssl_verify
from immport.errors import InvalidRequestError

__all__ = ["AsyncTransportChoice", "async_transport"]

AsyncTransportChoice = httpx.AsyncBaseTransport | Literal["httpx", "aiohttp"] | None


def async_transport(choice: AsyncTransportChoice, settings: Settings) -> httpx.AsyncBaseTransport | None:
    """A new transport for ``choice`` (None: httpx's default, built by the session with proxies)."""
    if choice is None or choice == "httpx":
        return None
    if choice == "aiohttp":
        return _aiohttp(settings)
    if isinstance(choice, httpx.AsyncBaseTransport):
        return choice
    raise InvalidRequestError(
        f"transport must be 'httpx', 'aiohttp' or an httpx.AsyncBaseTransport, got {choice!r}"
    )


def _aiohttp(settings: Settings) -> httpx.AsyncBaseTransport:
    try:
        from httpx_aiohttp import AiohttpTransport
    except ImportError:
        raise InvalidRequestError(
            "transport='aiohttp' needs the aiohttp extra: pip install 'immport[aiohttp]'"
        ) from None
    transport: httpx.AsyncBaseTransport = AiohttpTransport(verify=ssl_verify(settings), trust_env=False)
    return transport

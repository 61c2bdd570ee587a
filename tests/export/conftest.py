"""A running sandbox (real sockets) for the export tests, and a request-counting async transport."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import immport
from immport.sandbox import SandboxConfig, SandboxInfo, running

EXTRA = 6  # generated studies SDY10000..SDY10005 next to the documented five


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    with running(SandboxConfig(rows=20, extra_studies=EXTRA)) as info:
        yield info


@pytest.fixture
def fresh_sandbox() -> Iterator[SandboxInfo]:
    """A sandbox of its own, for tests that change it (release bumps)."""
    with running(SandboxConfig(rows=20, extra_studies=EXTRA)) as info:
        yield info


def sync_client(info: SandboxInfo) -> immport.Client:
    return immport.Client(**info.client_kwargs(), api_key=info.api_key)


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts requests by path on their way to a real transport."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.paths: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()

    def count(self, fragment: str) -> int:
        return sum(fragment in p for p in self.paths)


def async_client(info: SandboxInfo, transport: httpx.AsyncBaseTransport | None = None) -> immport.AsyncClient:
    return immport.AsyncClient(**info.client_kwargs(), api_key=info.api_key, transport=transport)

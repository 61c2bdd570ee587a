"""Transports that count the requests reaching the network (what a cache or a skip saved)."""

from __future__ import annotations

import httpx


class CountingTransport(httpx.BaseTransport):
    """Records each request's path on its way to a real transport."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.paths: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()

    def count(self, fragment: str) -> int:
        return sum(fragment in p for p in self.paths)


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`CountingTransport`."""

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

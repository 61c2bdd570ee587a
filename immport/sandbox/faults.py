"""Fault injection as ASGI middleware: latency, 5xx/429 answers, connection resets and bodies cut mid-way.

Which requests fail is decided by the state's seeded RNG (``error_rate``) or a countdown (``fail_next``),
so a seeded sandbox fails the same requests every run. Only paths starting with ``fault_path_prefix`` are
touched, and never the ``/_sandbox`` admin endpoints.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from immport.sandbox.state import SandboxState

__all__ = ["ConnectionCut", "FaultMiddleware"]

_PROXY_PAGE = (
    "<html><head><title>{code} {phrase}</title></head>"
    "<body><center><h1>{code} {phrase}</h1></center></body></html>"
)
_PHRASES = {"500": "Internal Server Error", "502": "Bad Gateway", "503": "Service Temporarily Unavailable"}


class ConnectionCut(Exception):
    """Raised to make the server drop the connection (the client sees a truncated response)."""


class FaultMiddleware:
    def __init__(self, app: ASGIApp, state: SandboxState) -> None:
        self.app = app
        self.state = state

    def _pick_failure(self) -> str | None:
        tunables = self.state.tunables
        with self.state.lock:
            if tunables.fail_next > 0:
                tunables.fail_next -= 1
                return tunables.error_kinds[0]
            if tunables.error_rate > 0 and self.state.rng.random() < tunables.error_rate:
                return self.state.rng.choice(tunables.error_kinds)
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        tunables = self.state.tunables
        if (
            scope["type"] != "http"
            or path.startswith("/_sandbox")
            or not path.startswith(tunables.fault_path_prefix)
        ):
            await self.app(scope, receive, send)
            return
        if tunables.latency_ms:
            await asyncio.sleep(tunables.latency_ms / 1000)
        kind = self._pick_failure()
        if kind is not None:
            await self._fail(kind, send)
            return
        if tunables.cut_after_bytes is None:
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _cutting_send(send, tunables.cut_after_bytes))

    async def _fail(self, kind: str, send: Send) -> None:
        if kind == "reset":
            # headers promising a body that never comes, then the connection drops
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", b"1024")],
                }
            )
            raise ConnectionCut("sandbox fault: connection reset")
        headers: list[tuple[bytes, bytes]]
        if kind == "429":
            retry_after = str(self.state.tunables.retry_after).encode()
            body = json.dumps(
                {"status": 429, "error": "Too Many Requests", "message": "Rate limit exceeded"}
            ).encode()
            headers = [(b"content-type", b"application/json"), (b"retry-after", retry_after)]
        elif kind == "500":
            body = json.dumps(
                {"status": 500, "error": "Internal Server Error", "message": "sandbox fault"}
            ).encode()
            headers = [(b"content-type", b"application/json")]
        else:
            body = _PROXY_PAGE.format(code=kind, phrase=_PHRASES[kind]).encode()
            headers = [(b"content-type", b"text/html")]
            if kind == "503":
                headers.append((b"retry-after", str(self.state.tunables.retry_after).encode()))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": int(kind), "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _cutting_send(send: Send, limit: int) -> Send:
    sent = 0

    async def wrapped(message: Message) -> None:
        nonlocal sent
        if message["type"] != "http.response.body":
            await send(message)
            return
        body: Any = message.get("body", b"")
        if sent + len(body) <= limit:
            sent += len(body)
            await send(message)
            return
        keep = body[: limit - sent]
        sent = limit
        if keep:
            await send({"type": "http.response.body", "body": keep, "more_body": True})
        raise ConnectionCut(f"sandbox fault: connection cut after {limit} bytes")

    return wrapped

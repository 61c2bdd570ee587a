"""Test doubles for the core tests: a fake clock and a programmable fake ImmPort for httpx.MockTransport."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from urllib.parse import parse_qs

import httpx

QUERY = "https://www.immport.org/data/query"
TOKEN_URL = "https://www.immport.org/auth/token"
NO_ENV: dict[str, str] = {}


Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


class FakeImmPort:
    """Token endpoint issuing ``tokens`` in order; data endpoints answer 200 only for the current token,
    unless ``data_replies`` (a queue of responses) says otherwise. Thread-safe counters."""

    def __init__(
        self,
        tokens: list[str] | None = None,
        *,
        token_field: str = "access_token",
        token_extra: dict[str, object] | None = None,
        token_status: int = 200,
        data_replies: list[Reply] | None = None,
        on_token: Callable[[], None] | None = None,
    ) -> None:
        self.tokens = list(tokens or ["tok-1", "tok-2", "tok-3", "tok-4"])
        self.token_field = token_field
        self.token_extra = token_extra or {}
        self.token_status = token_status
        self.data_replies = list(data_replies or [])
        self.on_token = on_token
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.token_forms: list[dict[str, list[str]]] = []
        self.requests: list[httpx.Request] = []
        self.data_auth: list[str | None] = []  # Authorization of each data request, as sent
        self._lock = threading.Lock()

    @property
    def token_requests(self) -> int:
        return len(self.token_forms)

    def data_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path != "/auth/token"]

    def _token(self, request: httpx.Request) -> httpx.Response:
        if self.on_token is not None:
            self.on_token()
        with self._lock:
            self.token_forms.append(parse_qs(request.content.decode()))
            if self.token_status != 200:
                return httpx.Response(
                    self.token_status, json={"error": "invalid_grant", "status": self.token_status}
                )
            token = self.tokens[len(self.issued)]
            self.issued.append(token)
        return httpx.Response(200, json={"status": 200, self.token_field: token, **self.token_extra})

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            if request.url.path != "/auth/token":
                self.data_auth.append(request.headers.get("authorization"))
            reply = (
                self.data_replies.pop(0) if self.data_replies and request.url.path != "/auth/token" else None
            )
        if request.url.path == "/auth/token":
            return self._token(request)
        if reply is not None:
            return reply(request) if callable(reply) else reply
        sent = request.headers.get("authorization", "").removeprefix("Bearer ")
        current = self.issued[-1] if self.issued else None
        if sent in self.revoked or (current is not None and sent != current):
            return httpx.Response(401, json={"error": "invalid_token"})
        return httpx.Response(200, json=[{"studyAccession": "SDY1"}])

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def json_body(request: httpx.Request) -> object:
    return json.loads(request.content)

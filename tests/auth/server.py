"""A real HTTP server on loopback (uvicorn in a thread) for the auth tests, so connection pools are real.

``POST /auth/token`` issues JWTs whose ``iat``/``exp`` are float seconds (lifetimes under a second work);
``/data/query/...`` answers 200 for a token that is issued, unexpired and not revoked, else 401.
Knobs: revoke tokens, redirect the token endpoint (307) to ``/steal`` on another host name, trickle a
body byte by byte, echo a secret in a body or a reason phrase.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import attrs
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

USERNAME = "alice"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_token(claims: dict[str, object], serial: int) -> str:
    header = _b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(claims).encode())}.sig{serial:06d}{'x' * 20}"


@attrs.define
class AuthServer:
    password: str
    base_url: str = ""
    lifetime: float = 3600.0
    token_redirect: str | None = None  # Location of a redirect answering POST /auth/token
    data_redirect: str | None = None  # Location of a redirect answering every authorised data request
    redirect_status: int = 307
    # replaces the JSON answer of data requests (status data_status); "{token}" and "{signature}" become the
    # bearer token the request carried and its signature part (a server echoing credentials)
    data_body: str | None = None
    data_status: int = 200
    trickle_seconds: float = 10.0
    whole_seconds: bool = False  # iat = int(now), exp = iat + lifetime, as ImmPort and the sandbox issue them
    reject_delay: float = 0.0  # seconds before answering 401 (lets a crowd fill the client's pool first)
    issued: dict[str, float] = attrs.field(factory=dict)  # token -> exp
    revoked: set[str] = attrs.field(factory=set)
    static_tokens: set[str] = attrs.field(factory=set)  # API keys / long-lived tokens always accepted
    token_requests: int = 0
    first_token_at: float | None = None
    last_data_at: float = 0.0
    rejected: int = 0  # data requests answered 401
    stolen: list[dict[str, object]] = attrs.field(factory=list)  # what reached /steal
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/data/query"

    @property
    def foreign_url(self) -> str:
        """The same server under another host name: a different origin for the client."""
        return self.base_url.replace("127.0.0.1", "localhost") + "/steal"

    def client_kwargs(self) -> dict[str, object]:
        return {"query_url": self.query_url, "auth_url": self.base_url, "env": {}}

    def expiries(self) -> int:
        """Token lifetimes that ended between the first token's ``iat`` and the last data request."""
        assert self.first_token_at is not None
        first_iat = math.floor(self.first_token_at) if self.whole_seconds else self.first_token_at
        return math.floor((self.last_data_at - first_iat) / self.lifetime)

    def revoke_all(self) -> None:
        with self.lock:
            self.revoked.update(self.issued)

    def reset(self) -> None:
        with self.lock:
            self.issued.clear()
            self.revoked.clear()
            self.stolen.clear()
            self.token_requests = self.rejected = 0
            self.first_token_at, self.last_data_at = None, 0.0
        self.lifetime, self.token_redirect, self.data_body, self.data_status = 3600.0, None, None, 200
        self.whole_seconds, self.trickle_seconds = False, 10.0
        self.reject_delay, self.data_redirect, self.redirect_status = 0.0, None, 307

    # --- routes -------------------------------------------------------------------------------------

    async def token(self, request: Request) -> Response:
        form = await request.form()
        if self.token_redirect is not None:
            return Response(status_code=self.redirect_status, headers={"Location": self.token_redirect})
        if form.get("username") != USERNAME or form.get("password") != self.password:
            return JSONResponse({"error": "invalid_grant"}, status_code=401)
        now = time.time()
        iat = int(now) if self.whole_seconds else now
        with self.lock:
            self.first_token_at = self.first_token_at or now
            self.token_requests += 1
            token = make_token({"iat": iat, "exp": iat + self.lifetime}, self.token_requests)
            self.issued[token] = iat + self.lifetime
        return JSONResponse({"status": 200, "access_token": token})

    async def data(self, request: Request) -> Response:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        with self.lock:
            self.last_data_at = max(self.last_data_at, time.time())
            exp = math.inf if token in self.static_tokens else self.issued.get(token)
            valid = exp is not None and token not in self.revoked and time.time() < exp
            if not valid:
                self.rejected += 1
        if not valid:
            await asyncio.sleep(self.reject_delay)
            return JSONResponse({"error": "invalid_token"}, status_code=401)
        if self.data_redirect is not None:
            return Response(status_code=self.redirect_status, headers={"Location": self.data_redirect})
        if self.data_body is not None:
            body = self.data_body.replace("{token}", token).replace("{signature}", token.rsplit(".", 1)[-1])
            return Response(body, status_code=self.data_status, media_type="text/html")
        return JSONResponse([{"studyAccession": "SDY1"}])

    async def trickle(self, request: Request) -> Response:
        async def body() -> AsyncIterator[bytes]:
            started = time.monotonic()
            yield b"["
            while time.monotonic() - started < self.trickle_seconds:
                await asyncio.sleep(0.4)
                yield b" "
            yield b"]"

        return StreamingResponse(body(), media_type="application/json")

    async def steal(self, request: Request) -> Response:
        body = await request.body()
        with self.lock:
            self.stolen.append({"headers": dict(request.headers), "body": body.decode("latin-1")})
        return JSONResponse({"status": 200, "access_token": "stolen"})

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/auth/token", self.token, methods=["POST"]),
                Route("/data/query/trickle", self.trickle),
                Route("/data/query/{path:path}", self.data),
                Route("/steal", self.steal, methods=["GET", "POST"]),
            ]
        )


@contextmanager
def running(password: str) -> Iterator[AuthServer]:
    server = AuthServer(password)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    server.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    uv = uvicorn.Server(
        uvicorn.Config(server.app(), log_level="warning", lifespan="off", timeout_graceful_shutdown=1)
    )
    thread = threading.Thread(target=lambda: uv.run(sockets=[sock]), name="auth-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield server
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()

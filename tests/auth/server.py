"""A real HTTP server on loopback for the auth tests, so connection pools are real.

It runs in a process of its own (so the hundreds of client threads of the load tests do not share its GIL);
tests drive it through :class:`RemoteServer`, which reads and sets its knobs over ``/_control``.

``POST /auth/token`` issues JWTs whose ``iat``/``exp`` are float seconds, or whole seconds as ImmPort
issues them (``whole_seconds``); ``/data/query/...`` answers 200 for a token that is issued, unexpired and
not revoked (or allowed for good: API keys, static tokens), else 401. Knobs: revoke tokens, redirect the
token endpoint or data requests to ``/steal`` on another host name, trickle a body byte by byte, echo the
bearer token in a body.
"""

from __future__ import annotations

import asyncio
import base64
import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import httpx
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
    original_password: str = attrs.field(init=False, default="")

    def __attrs_post_init__(self) -> None:
        self.original_password = self.password

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
        self.whole_seconds, self.trickle_seconds, self.password = False, 10.0, self.original_password
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

    async def control(self, request: Request) -> Response:
        if request.method == "POST":
            command = await request.json()
            for name, value in command.get("set", {}).items():
                setattr(self, name, value)
            with self.lock:
                self.static_tokens.update(command.get("allow", []))
            if command.get("call") == "reset":
                self.reset()
            elif command.get("call") == "revoke_all":
                self.revoke_all()
        with self.lock:
            state = {
                field.name: getattr(self, field.name)
                for field in attrs.fields(AuthServer)
                if field.name not in ("lock", "revoked", "static_tokens", "original_password")
            }
        return JSONResponse(state)

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/_control", self.control, methods=["GET", "POST"]),
                Route("/auth/token", self.token, methods=["POST"]),
                Route("/data/query/trickle", self.trickle),
                Route("/data/query/{path:path}", self.data),
                Route("/steal", self.steal, methods=["GET", "POST"]),
            ]
        )


class RemoteServer:
    """The test side of a server running in another process: knobs and counters are its attributes."""

    def __init__(self, base_url: str) -> None:
        object.__setattr__(self, "base_url", base_url)
        object.__setattr__(self, "_http", httpx.Client(base_url=base_url, timeout=30, trust_env=False))

    def _control(self, **command: Any) -> dict[str, Any]:
        response = self._http.request("POST" if command else "GET", "/_control", json=command or None)
        response.raise_for_status()
        state: dict[str, Any] = response.json()
        return state

    def __getattr__(self, name: str) -> Any:
        state = self._control()
        if name not in state:
            raise AttributeError(name)
        return state[name]

    def __setattr__(self, name: str, value: object) -> None:
        self._control(set={name: value})

    @property
    def query_url(self) -> str:
        return f"{self.base_url}/data/query"

    @property
    def foreign_url(self) -> str:
        """The same server under another host name: a different origin for the client."""
        return str(self.base_url).replace("127.0.0.1", "localhost") + "/steal"

    def client_kwargs(self) -> dict[str, object]:
        return {"query_url": self.query_url, "auth_url": self.base_url, "env": {}}

    def allow(self, *tokens: str) -> None:
        """Accept these bearer values for good (API keys, static tokens)."""
        self._control(allow=list(tokens))

    def reset(self) -> None:
        self._control(call="reset")

    def revoke_all(self) -> None:
        self._control(call="revoke_all")

    def expiries(self) -> int:
        """Token lifetimes that ended between the first token's ``iat`` and the last data request."""
        state = self._control()
        first = state["first_token_at"]
        first_iat = math.floor(first) if state["whole_seconds"] else first
        return math.floor((state["last_data_at"] - first_iat) / state["lifetime"])

    def close(self) -> None:
        self._http.close()


PASSWORD_VARIABLE = "AUTH_TEST_SERVER_PASSWORD"  # the password travels in the environment, never in argv


@contextmanager
def running(password: str) -> Iterator[RemoteServer]:
    """Start the server in a child process; stop it on exit."""
    process = subprocess.Popen(
        [sys.executable, __file__],
        env={**os.environ, PASSWORD_VARIABLE: password},
        stdin=subprocess.PIPE,  # the server exits when this closes: no orphan if the test run is killed
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # the port, once the server is listening
        if not line.strip().isdigit():
            raise RuntimeError(f"the auth test server did not start (printed {line!r})")
        remote = RemoteServer(f"http://127.0.0.1:{int(line)}")
        try:
            yield remote
        finally:
            remote.close()
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def main() -> None:
    server = AuthServer(os.environ[PASSWORD_VARIABLE])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    port = sock.getsockname()[1]
    server.base_url = f"http://127.0.0.1:{port}"
    uv = uvicorn.Server(uvicorn.Config(server.app(), log_level="warning", lifespan="off"))

    def announce() -> None:
        while not uv.started:
            time.sleep(0.01)
        print(port, flush=True)

    def orphaned() -> None:
        sys.stdin.read()  # returns when the parent (the test run) goes away
        os._exit(0)

    threading.Thread(target=announce, daemon=True).start()
    threading.Thread(target=orphaned, daemon=True).start()
    uv.run(sockets=[sock])


if __name__ == "__main__":
    main()

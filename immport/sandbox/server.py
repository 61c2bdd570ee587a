"""Run the sandbox on loopback sockets: :func:`running` (background thread) and :func:`serve` (foreground)."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import uvicorn

from immport.sandbox.app import QUERY_PREFIX, Part, build_app
from immport.sandbox.auth import issue_token
from immport.sandbox.config import SandboxConfig
from immport.sandbox.faults import ConnectionCut
from immport.sandbox.state import SandboxState

__all__ = ["SandboxInfo", "running", "serve"]

_PARTS: tuple[tuple[Part, str], ...] = (
    ("query", "port"),
    ("files", "files_port"),
    ("upload", "upload_port"),
    ("batch", "batch_port"),
)


@attrs.frozen
class SandboxInfo:
    """Where a running sandbox listens and how to log in; ready for ``immport.Client(query_url=..., ...)``."""

    query_url: str
    auth_url: str
    upload_url: str
    batch_url: str
    file_url: str
    username: str
    password: str = attrs.field(repr=False)
    api_key: str = attrs.field(repr=False)
    state: SandboxState = attrs.field(repr=False, eq=False)

    def configure(self, **changes: Any) -> None:
        """Change runtime knobs (faults, token/URL lifetime, ticket delay) of the running sandbox."""
        self.state.tunables.update(**changes)

    def bump_release(self, accessions: Iterable[str]) -> None:
        """Move these studies to the next data release (``latest_data_release_version_number``: DR56)."""
        self.state.bump_release(accessions)

    def token(self, *, lifetime: int | None = None) -> str:
        """A JWT for the demo user, as ``/auth/token`` would issue (``lifetime`` may be negative: expired)."""
        return issue_token(self.state, self.username, lifetime=lifetime)

    def client_kwargs(self) -> dict[str, str]:
        return {
            "query_url": self.query_url,
            "auth_url": self.auth_url,
            "upload_url": self.upload_url,
            "batch_url": self.batch_url,
        }


class _QuietFaults(logging.Filter):
    """Turn uvicorn's traceback for a deliberate :class:`ConnectionCut` into a one-line warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], ConnectionCut):
            record.msg, record.args = "%s", (str(record.exc_info[1]),)
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # accepted sockets inherit this; without it headers and body in two writes meet delayed ACKs (~40 ms)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


@contextmanager
def running(config: SandboxConfig | None = None, *, log_level: str = "warning") -> Iterator[SandboxInfo]:
    """Start the four servers (query+auth, files, upload, batch) in a background thread; stop them on exit."""
    config = config or SandboxConfig()
    state = SandboxState.create(config)
    sockets = {part: _bind(config.host, getattr(config, field)) for part, field in _PARTS}
    urls = {part: f"http://{config.host}:{sock.getsockname()[1]}" for part, sock in sockets.items()}
    state.file_base_url = urls["files"]
    servers = [
        uvicorn.Server(
            uvicorn.Config(
                build_app(state, part), log_level=log_level, lifespan="off", timeout_graceful_shutdown=2
            )
        )
        for part in sockets
    ]
    started = threading.Event()
    failure: list[BaseException] = []

    async def main() -> None:
        tasks = [
            asyncio.ensure_future(server.serve(sockets=[sock]))
            for server, sock in zip(servers, sockets.values(), strict=True)
        ]
        while not all(s.started for s in servers):
            if any(t.done() for t in tasks):
                break
            await asyncio.sleep(0.01)
        started.set()
        await asyncio.gather(*tasks)

    def run() -> None:
        try:
            asyncio.run(main())
        except BaseException as exc:  # pragma: no cover - surfaced to the caller below
            failure.append(exc)
            started.set()

    quiet = _QuietFaults()
    logging.getLogger("uvicorn.error").addFilter(quiet)
    thread = threading.Thread(target=run, name="immport-sandbox", daemon=True)
    thread.start()
    started.wait(timeout=30)
    try:
        if failure or not all(s.started for s in servers):
            raise RuntimeError(f"sandbox servers failed to start: {failure[:1]!r}")
        yield SandboxInfo(
            query_url=urls["query"] + QUERY_PREFIX,
            auth_url=urls["query"],
            upload_url=urls["upload"],
            batch_url=urls["batch"],
            file_url=urls["files"],
            username=config.username,
            password=config.password,
            api_key=config.api_keys[0] if config.api_keys else "",
            state=state,
        )
    finally:
        for server in servers:
            server.should_exit = True
        thread.join(timeout=10)
        for sock in sockets.values():
            sock.close()
        logging.getLogger("uvicorn.error").removeFilter(quiet)


def serve(
    config: SandboxConfig | None = None, *, announce: Callable[[str], None] = print, log_level: str = "info"
) -> None:
    """Run in the foreground until SIGINT/SIGTERM; ``announce`` gets one "ready" line with the URLs."""
    stop = threading.Event()

    def handle(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with running(config, log_level=log_level) as info:
            announce(
                f"immport sandbox ready: query_url={info.query_url} auth_url={info.auth_url} "
                f"upload_url={info.upload_url} batch_url={info.batch_url} file_url={info.file_url} "
                f"username={info.username}"
            )
            while not stop.wait(0.5):
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        logging.getLogger(__name__).info("immport sandbox stopped")

"""Run the sandbox on loopback sockets: :func:`running` (background thread) and :func:`serve` (foreground)."""

from __future__ import annotations

import asyncio
import errno
import logging
import shlex
import signal
import socket
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypedDict

import attrs
import uvicorn

from immport.sandbox.app import QUERY_PREFIX, Part, build_app
from immport.sandbox.auth import issue_token
from immport.sandbox.config import DEFAULT_API_KEY, DEFAULT_PASSWORD, SandboxConfig
from immport.sandbox.discovery import remove_record, write_record
from immport.sandbox.faults import ConnectionCut
from immport.sandbox.state import SandboxState

__all__ = ["SandboxInfo", "SandboxPortError", "running", "serve"]


class ClientURLs(TypedDict):
    """The base URLs of a sandbox, as keyword arguments of ``immport.Client``."""

    query_url: str
    auth_url: str
    upload_url: str
    batch_url: str


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

    def reset(self, **changes: Any) -> None:
        """Put every runtime knob back to how the sandbox started, then apply ``changes`` (between tests)."""
        self.state.tunables.update(**{**attrs.asdict(self.state.config.tunables), **changes})

    def bump_release(self, accessions: Iterable[str]) -> None:
        """Move these studies to the next data release (``latest_data_release_version_number``: DR56)."""
        self.state.bump_release(accessions)

    def token(self, *, lifetime: int | None = None) -> str:
        """A JWT for the demo user, as ``/auth/token`` would issue (``lifetime`` may be negative: expired)."""
        return issue_token(self.state, self.username, lifetime=lifetime)

    def client_kwargs(self) -> ClientURLs:
        """The four base URLs, as keyword arguments of ``immport.Client``."""
        return ClientURLs(
            query_url=self.query_url,
            auth_url=self.auth_url,
            upload_url=self.upload_url,
            batch_url=self.batch_url,
        )

    def export_lines(self) -> list[str]:
        """Shell lines that point ``immport`` (Python or CLI) at this sandbox: the four URLs and a credential.

        The built-in demo key or password is printed; one set through ``IMMPORT_SANDBOX_*`` is not.
        """
        urls = self.client_kwargs().items()
        lines = [f"export IMMPORT_{key.upper()}={shlex.quote(str(url))}" for key, url in urls]
        if self.api_key:
            key = self.api_key if self.api_key == DEFAULT_API_KEY else "<your IMMPORT_SANDBOX_API_KEYS key>"
            return [*lines, f"export IMMPORT_API_KEY={key}"]
        password = self.password if self.password == DEFAULT_PASSWORD else "<your IMMPORT_SANDBOX_PASSWORD>"
        return [*lines, f"export IMMPORT_USERNAME={shlex.quote(self.username)} IMMPORT_PASSWORD={password}"]


class SandboxPortError(OSError):
    """A sandbox port cannot be bound (usually: already in use); the message names host and port."""


class _QuietFaults(logging.Filter):
    """Turn uvicorn's traceback for a deliberate :class:`ConnectionCut` into a one-line warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], ConnectionCut):
            record.msg, record.args = "%s", (str(record.exc_info[1]),)
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


def _bind(host: str, port: int, part: str) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # accepted sockets inherit this; without it headers and body in two writes meet delayed ACKs (~40 ms)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        busy = exc.errno == errno.EADDRINUSE
        hint = (
            "another sandbox (or program) is using it: stop it, or pick other ports with --port N "
            "(--port 0: any free ports)"
            if busy
            else "check --host and --port"
        )
        error = SandboxPortError(f"cannot listen on {host}:{port} ({part}): {exc.strerror or exc}; {hint}")
        error.errno = exc.errno
        raise error from None
    sock.setblocking(False)
    return sock


def _bind_all(config: SandboxConfig) -> dict[Part, socket.socket]:
    sockets: dict[Part, socket.socket] = {}
    try:
        for part, field in _PARTS:
            sockets[part] = _bind(config.host, getattr(config, field), part)
    except OSError:
        for sock in sockets.values():
            sock.close()
        raise
    return sockets


@contextmanager
def running(config: SandboxConfig | None = None, *, log_level: str = "warning") -> Iterator[SandboxInfo]:
    """Start the four servers (query+auth, files, upload, batch) in a background thread; stop them on exit."""
    config = config or SandboxConfig()
    state = SandboxState.create(config)
    sockets = _bind_all(config)
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
    config: SandboxConfig | None = None,
    *,
    announce: Callable[[str], None] = print,
    log_level: str = "info",
    on_ready: Callable[[SandboxInfo], None] | None = None,
) -> None:
    """Run in the foreground until SIGINT/SIGTERM.

    ``announce`` gets one "ready" line with the URLs, then the ``export`` lines for another shell.
    While it runs, the sandbox is recorded so ``immport --sandbox auto`` finds it.
    """
    stop = threading.Event()

    def handle(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with running(config, log_level=log_level) as info:
            write_record(info.client_kwargs(), info.username)
            try:
                announce(
                    f"immport sandbox ready: query_url={info.query_url} auth_url={info.auth_url} "
                    f"upload_url={info.upload_url} batch_url={info.batch_url} file_url={info.file_url} "
                    f"username={info.username}"
                )
                announce("# Point immport at it from another shell (Python or the CLI):")
                for line in info.export_lines():
                    announce(line)
                announce("# or, for the CLI only: immport --sandbox auto ...   Stop the sandbox with Ctrl-C.")
                if on_ready is not None:
                    on_ready(info)
                while not stop.wait(0.5):
                    pass
            finally:
                remove_record()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        logging.getLogger(__name__).info("immport sandbox stopped")

"""A sandbox for the CLI tests (one per session), the environment pointing at it, and a CliRunner helper.

The sandbox password and API key are the suite's secret canaries, so any leak into logs fails the run and
the tests below also check that they never reach stdout/stderr.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from click.testing import CliRunner, Result

from immport.cli import app
from immport.cli.sandbox_link import write_record
from immport.sandbox import SandboxInfo
from tests.conftest import canary_sandbox

Secrets = tuple[str, ...]

SANDBOX_ENV = ("IMMPORT_SANDBOX",)


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxInfo]:
    with canary_sandbox(ticket_delay=0.05) as info:
        yield info


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sandbox: SandboxInfo) -> dict[str, str]:
    """No ImmPort variables from the developer's shell; the sandbox user's credentials; a sandbox record."""
    for name in list(os.environ):
        if name.startswith("IMMPORT_"):
            monkeypatch.delenv(name)
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("IMMPORT_USERNAME", sandbox.username)
    monkeypatch.setenv("IMMPORT_PASSWORD", sandbox.password)
    monkeypatch.setenv("COLUMNS", "200")
    write_record(sandbox.client_kwargs(), sandbox.username)
    return {k: v for k, v in os.environ.items()}


@pytest.fixture
def cli(env: dict[str, str], canary_password: str, canary_api_key: str) -> CliInvoker:
    return CliInvoker((canary_password, canary_api_key))


class CliInvoker:
    """``cli("results", "elisa", ...)`` runs ``immport --sandbox auto results elisa ...`` in-process."""

    def __init__(self, secrets: Secrets) -> None:
        self.secrets = secrets

    def __call__(self, *args: str, sandbox: bool = True, input: str | None = None) -> Result:
        argv = ["--sandbox", "auto", *args] if sandbox else list(args)
        result = CliRunner().invoke(app, argv, input=input, catch_exceptions=True)
        for secret in self.secrets:
            assert secret not in result.stdout and secret not in result.stderr
        return result


T = TypeVar("T")

IMMPORT = [sys.executable, "-m", "immport.cli", "--sandbox", "auto"]  # the CLI in a child process


def interrupt_when(
    args: list[str], env: dict[str, str], ready: Callable[[], T], *, poll: float = 0.02
) -> tuple[str, T]:
    """Run ``immport --sandbox auto ARGS`` in a child process and press Ctrl-C once ``ready()`` is truthy
    (or after 60 s). Asserts it exited 130 with no traceback; returns its stderr and the last ``ready()``."""
    process = subprocess.Popen(
        [*IMMPORT, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while not (seen := ready()) and time.monotonic() < deadline:
            time.sleep(poll)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    return stderr, seen


def free_port_block() -> int:
    """A port P with P..P+3 free (the sandbox's layout: query+auth, files, upload, batch)."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            base = int(probe.getsockname()[1])
        if base + 3 > 65535:
            continue
        held: list[socket.socket] = []
        try:
            for offset in range(4):
                sock = socket.socket()
                held.append(sock)
                sock.bind(("127.0.0.1", base + offset))
        except OSError:
            continue
        finally:
            for sock in held:
                sock.close()
        return base
    raise RuntimeError("no block of 4 free ports")


@pytest.fixture
def listening_port() -> Iterator[int]:
    """A loopback port with something listening on it (a taken port, or a "live" sandbox record)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def lookup_in_subprocess(env: dict[str, str], sandbox: str) -> None:
    """``immport --sandbox SANDBOX lookup species`` in a child process succeeds with rows."""
    done = subprocess.run(
        [sys.executable, "-m", "immport.cli", "--sandbox", sandbox, "lookup", "species", "-f", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)

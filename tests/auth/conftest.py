from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from .server import USERNAME, RemoteServer, running


@pytest.fixture(scope="module")
def _server(canary_password: str) -> Iterator[RemoteServer]:
    with running(canary_password) as server:
        yield server


@pytest.fixture
def server(_server: RemoteServer) -> RemoteServer:
    """The module's server with its knobs and counters reset."""
    _server.reset()
    return _server


@pytest.fixture
def quiet_transport_logs(caplog: pytest.LogCaptureFixture) -> None:
    """For the load tests: httpcore's ten DEBUG records per request (every one scanned by the suite's
    canary watch) would cost more CPU than the requests; httpx's INFO line per request stays."""
    caplog.set_level(logging.INFO, logger="httpcore")


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, canary_password: str) -> None:
    """No ImmPort variables from the developer's shell (nor a sandbox record); the server's user."""
    for name in list(os.environ):
        if name.startswith("IMMPORT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("IMMPORT_USERNAME", USERNAME)
    monkeypatch.setenv("IMMPORT_PASSWORD", canary_password)

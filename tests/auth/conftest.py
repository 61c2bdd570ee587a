from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from .server import AuthServer, running


@pytest.fixture(scope="module")
def _server(canary_password: str) -> Iterator[AuthServer]:
    with running(canary_password) as server:
        yield server


@pytest.fixture
def server(_server: AuthServer) -> AuthServer:
    """The module's server with its knobs and counters reset."""
    _server.reset()
    return _server


@pytest.fixture
def quiet_transport_logs(caplog: pytest.LogCaptureFixture) -> None:
    """For the load tests: httpcore's ten DEBUG records per request (every one scanned by the suite's
    canary watch) would cost more CPU than the requests; httpx's INFO line per request stays."""
    caplog.set_level(logging.INFO, logger="httpcore")

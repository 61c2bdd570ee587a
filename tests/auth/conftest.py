from __future__ import annotations

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

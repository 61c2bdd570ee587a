"""A running sandbox (real sockets) for the export tests, and clients for it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

import immport
from immport.sandbox import SandboxConfig, SandboxInfo, running

EXTRA = 6  # generated studies SDY3000..SDY3005 next to the documented five


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    with running(SandboxConfig(rows=20, extra_studies=EXTRA)) as info:
        yield info


@pytest.fixture
def fresh_sandbox() -> Iterator[SandboxInfo]:
    """A sandbox of its own, for tests that change it (release bumps)."""
    with running(SandboxConfig(rows=20, extra_studies=EXTRA)) as info:
        yield info


def sync_client(info: SandboxInfo) -> immport.Client:
    return immport.Client(**info.client_kwargs(), api_key=info.api_key)


def async_client(info: SandboxInfo, transport: httpx.AsyncBaseTransport | None = None) -> immport.AsyncClient:
    return immport.AsyncClient(**info.client_kwargs(), api_key=info.api_key, transport=transport)

"""Pytest fixtures: a local ImmPort sandbox (socket or in-process ASGI) and strict clients over it.

Every fixture skips the test with a clear reason when ``immport.sandbox`` (the ``sandbox`` extra) or the
strict-mode validator (the ``contract`` extra) is not installed.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs
import pytest

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client
    from immport.sandbox import SandboxConfig, SandboxInfo

__all__ = [
    "InProcessSandbox",
    "immport_in_process",
    "immport_sandbox",
    "immport_sandbox_config",
    "immport_strict_client",
]

IN_PROCESS_BASE = "http://localhost"  # never contacted: requests go to the app through ASGITransport


def _require(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        pytest.skip(f"{module} is not available ({exc}); install it with: pip install 'immport[{extra}]'")


@attrs.frozen
class InProcessSandbox:
    """The sandbox app (everything under one base URL) and a way to build async clients served by it."""

    app: Any  # a Starlette application
    config: SandboxConfig

    def async_client(self, **overrides: Any) -> AsyncClient:
        """``immport.AsyncClient`` over ``httpx.ASGITransport``, strict="error", logged in as the demo."""
        import httpx

        from immport.client import AsyncClient

        kwargs: dict[str, Any] = {
            "query_url": f"{IN_PROCESS_BASE}/data/query",
            "auth_url": IN_PROCESS_BASE,
            "upload_url": IN_PROCESS_BASE,
            "batch_url": IN_PROCESS_BASE,
            "username": self.config.username,
            "password": self.config.password,
            "strict": "error",
            "env": {},
            "transport": httpx.ASGITransport(app=self.app),
            **overrides,
        }
        return AsyncClient(**kwargs)


@pytest.fixture(scope="session")
def immport_sandbox_config() -> SandboxConfig:
    """Override in your conftest.py to change rows, seed, credentials... of the sandbox fixtures."""
    sandbox = _require("immport.sandbox", "sandbox")
    config: SandboxConfig = sandbox.SandboxConfig()
    return config


@pytest.fixture(scope="session")
def immport_sandbox(immport_sandbox_config: SandboxConfig) -> Iterator[SandboxInfo]:
    """A sandbox listening on 127.0.0.1 (query+auth, files, upload, batch servers) for the whole session."""
    sandbox = _require("immport.sandbox", "sandbox")
    with sandbox.running(immport_sandbox_config) as info:
        yield info


@pytest.fixture
def immport_in_process(immport_sandbox_config: SandboxConfig) -> InProcessSandbox:
    """A fresh in-process sandbox app; ``immport_in_process.async_client()`` builds a strict AsyncClient."""
    sandbox = _require("immport.sandbox", "sandbox")
    _require("immport.contract.strict", "contract")
    return InProcessSandbox(sandbox.create_app(immport_sandbox_config), immport_sandbox_config)


@pytest.fixture
def immport_strict_client(immport_sandbox: SandboxInfo) -> Iterator[Client]:
    """``immport.Client(strict="error")`` logged in to the socket sandbox: any response that does not
    match the spec raises ``immport.ContractViolation``."""
    _require("immport.contract.strict", "contract")
    from immport.client import Client

    sandbox = immport_sandbox
    client = Client(
        username=sandbox.username,
        password=sandbox.password,
        strict="error",
        env={},
        **sandbox.client_kwargs(),
    )
    with client:
        yield client

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

import immport
from immport.sandbox import SandboxConfig, SandboxInfo, running

from .support import NO_ENV


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(canary_api_key: str, sleeps: list[float]) -> Iterator[immport.Client]:
    with immport.Client(api_key=canary_api_key, env=NO_ENV, max_retries=2, sleep=sleeps.append) as c:
        yield c


@pytest.fixture
async def aclient(canary_api_key: str, sleeps: list[float]) -> AsyncIterator[immport.AsyncClient]:
    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with immport.AsyncClient(api_key=canary_api_key, env=NO_ENV, max_retries=2, sleep=asleep) as c:
        yield c


@pytest.fixture(scope="module")
def sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxInfo]:
    """A sandbox over real sockets for the requesting module; its large files have ``FILE_SIZE`` bytes."""
    with running(SandboxConfig(file_size=request.module.FILE_SIZE)) as info:
        yield info


@pytest.fixture
def box(sandbox: SandboxInfo) -> Iterator[SandboxInfo]:
    """The test module's own ``sandbox`` (real sockets), its fault knobs reset after each test."""
    yield sandbox
    sandbox.configure(
        cut_after_bytes=None, fault_path_prefix="", url_lifetime=7 * 24 * 3600, file_bandwidth=None
    )


@pytest.fixture
def sandbox_client(box: SandboxInfo) -> Iterator[immport.Client]:
    with immport.Client(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as c:
        yield c

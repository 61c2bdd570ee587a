from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

import immport

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

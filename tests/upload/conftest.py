from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

import immport

from .support import NO_ENV


@pytest.fixture
def client(canary_api_key: str) -> Iterator[immport.Client]:
    with immport.Client(api_key=canary_api_key, env=NO_ENV, max_retries=1, sleep=lambda s: None) as c:
        yield c


@pytest.fixture
async def aclient(canary_api_key: str) -> AsyncIterator[immport.AsyncClient]:
    async def no_sleep(seconds: float) -> None:
        return None

    async with immport.AsyncClient(api_key=canary_api_key, env=NO_ENV, max_retries=1, sleep=no_sleep) as c:
        yield c

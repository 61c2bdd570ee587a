"""The expiry storm: one-second JWTs with whole-second ``iat``/``exp`` (as ImmPort and the sandbox issue
them), so each token really lives between 0 and 1 s; 200 concurrent workers make 1,000 requests over five
expiries. No request may fail, and there is at most one token request per expiry (plus the first).

Before the fix the client measured ``exp - iat`` from when it asked, so it believed a token fetched late in
a second had a whole second left: it refreshed too early (a new token with the same ``exp``: 7 to 11 token
requests for 5 expiries) and trusted such an already dead token for the retry after a 401 (failures).
"""

from __future__ import annotations

import asyncio
import math
import random
import time

import pytest

import immport

from .crowd import Outcome, in_tasks, in_threads
from .server import USERNAME, RemoteServer

WORKERS = 200
ROUNDS = 5  # requests per worker: 1,000 in all
LIFETIME = 1.0
SPAN = 6.0 * LIFETIME  # the requests are spread over six lifetimes: at least five expiries are crossed


def _schedule(seed: int) -> list[list[float]]:
    """When each worker sends each request: its k-th at a random moment of the k-th fifth of the span."""
    start = math.floor(time.time()) + 1.0
    rng = random.Random(seed)
    step = SPAN / ROUNDS
    return [[start + (k + rng.random()) * step for k in range(ROUNDS)] for _ in range(WORKERS)]


def _setup(server: RemoteServer) -> str:
    server.lifetime, server.whole_seconds = LIFETIME, True
    return f"{server.query_url}/api/study/summary/SDY1"


def _check(server: RemoteServer, outcome: Outcome) -> None:
    assert outcome.unfinished == 0
    assert outcome.failures == [] and outcome.ok == WORKERS
    expiries = server.expiries()
    assert expiries >= 5
    assert server.token_requests <= expiries + 1, (server.token_requests, expiries)


@pytest.mark.usefixtures("quiet_transport_logs")
def test_expiry_storm_with_threads_has_no_failure_and_one_token_per_expiry(
    server: RemoteServer, canary_password: str
) -> None:
    url = _setup(server)
    plan = _schedule(seed=1)
    with immport.Client(username=USERNAME, password=canary_password, **server.client_kwargs()) as client:

        def worker(i: int) -> None:
            for when in plan[i]:
                time.sleep(max(0.0, when - time.time()))
                client.session.request("GET", url)

        outcome = in_threads(WORKERS, worker, watchdog=60)
    _check(server, outcome)


@pytest.mark.usefixtures("quiet_transport_logs")
async def test_expiry_storm_with_tasks_has_no_failure_and_one_token_per_expiry(
    server: RemoteServer, canary_password: str
) -> None:
    url = _setup(server)
    plan = _schedule(seed=2)
    async with immport.AsyncClient(
        username=USERNAME, password=canary_password, **server.client_kwargs()
    ) as client:

        async def worker(i: int) -> None:
            for when in plan[i]:
                await asyncio.sleep(max(0.0, when - time.time()))
                await client.session.request("GET", url)

        outcome = await in_tasks(WORKERS, worker, watchdog=60)
    _check(server, outcome)

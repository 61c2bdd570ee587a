"""Hundreds of requests meeting a revoked token at once, on one client with a real connection pool
(100 connections): every request completes and exactly one token request is made."""

from __future__ import annotations

import pytest

import immport

from .crowd import in_tasks, in_threads
from .server import USERNAME, RemoteServer

CALLERS = 500  # five times httpx's pool of 100 connections
WATCHDOG = 60.0


@pytest.mark.usefixtures("quiet_transport_logs")
def test_500_threads_on_a_revoked_token_all_succeed_with_one_refresh(
    server: RemoteServer, canary_password: str
) -> None:
    url = f"{server.query_url}/api/study/summary/SDY1"
    client = immport.Client(username=USERNAME, password=canary_password, timeout=10, **server.client_kwargs())
    try:
        client.session.request("GET", url)
        server.revoke_all()  # every request below gets a 401 for the token the client holds
        server.reject_delay = 0.5  # ... slowly enough for the crowd to occupy all 100 connections
        outcome = in_threads(CALLERS, lambda i: client.session.request("GET", url), watchdog=WATCHDOG)
    finally:
        client.close()
    assert outcome.unfinished == 0, f"{outcome.unfinished} requests still waiting after {WATCHDOG}s"
    assert outcome.failures == [] and outcome.ok == CALLERS
    assert server.token_requests == 2  # the first token, then exactly one refresh


@pytest.mark.usefixtures("quiet_transport_logs")
async def test_500_tasks_on_a_revoked_token_all_succeed_with_one_refresh(
    server: RemoteServer, canary_password: str
) -> None:
    url = f"{server.query_url}/api/study/summary/SDY1"
    async with immport.AsyncClient(
        username=USERNAME, password=canary_password, timeout=10, **server.client_kwargs()
    ) as client:
        await client.session.request("GET", url)
        server.revoke_all()
        server.reject_delay = 0.5
        outcome = await in_tasks(CALLERS, lambda i: client.session.request("GET", url), watchdog=WATCHDOG)
    assert outcome.unfinished == 0, f"{outcome.unfinished} requests still waiting after {WATCHDOG}s"
    assert outcome.failures == [] and outcome.ok == CALLERS
    assert server.token_requests == 2

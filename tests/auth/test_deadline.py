"""``timeout=`` bounds each read; ``deadline=`` bounds the whole call. A server trickling a byte every 0.4 s
for 10 s keeps a ``timeout=1`` call alive for 10 s; with ``deadline=1.5`` the call ends after ~1.5 s."""

from __future__ import annotations

import time

import pytest

import immport

from .server import RemoteServer

LIMIT = 1.5
SLACK = 3.0  # generous for a loaded machine, still far below the 10 s the trickle would last


def test_deadline_ends_a_trickling_call(server: RemoteServer, canary_api_key: str) -> None:
    server.allow(canary_api_key)
    with immport.Client(
        api_key=canary_api_key, timeout=1, deadline=LIMIT, **server.client_kwargs()
    ) as client:
        started = time.monotonic()
        with pytest.raises(immport.TransportError, match=r"deadline of 1\.5s") as info:
            client.session.request("GET", f"{server.query_url}/trickle")
        elapsed = time.monotonic() - started
    assert LIMIT <= elapsed < LIMIT + SLACK
    assert info.value.url == f"{server.query_url}/trickle"


async def test_deadline_ends_a_trickling_call_async(server: RemoteServer, canary_api_key: str) -> None:
    server.allow(canary_api_key)
    async with immport.AsyncClient(
        api_key=canary_api_key, timeout=1, deadline=LIMIT, **server.client_kwargs()
    ) as client:
        started = time.monotonic()
        with pytest.raises(immport.TransportError, match=r"deadline of 1\.5s"):
            await client.session.request("GET", f"{server.query_url}/trickle")
        elapsed = time.monotonic() - started
    assert LIMIT <= elapsed < LIMIT + SLACK


def test_deadline_stops_retries_that_could_not_finish_in_time() -> None:
    import httpx

    calls: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(time.monotonic())
        return httpx.Response(503, headers={"Retry-After": "30"})

    with (
        immport.Client(
            env={}, deadline=5, max_retries=3, transport=httpx.MockTransport(handler), sleep=lambda s: None
        ) as client,
        pytest.raises(immport.ServerError),
    ):
        client.session.request("GET", "https://www.immport.org/data/query/api/study/summary/SDY1")
    assert len(calls) == 1  # waiting 30 s for a retry would overrun the 5 s deadline: the 503 is raised


def test_deadline_setting_and_environment() -> None:
    assert immport.Client(env={}).settings.deadline == 600
    assert immport.Client(env={"IMMPORT_DEADLINE": "42"}).settings.deadline == 42
    assert immport.Client(env={}, deadline=7).settings.deadline == 7
    with pytest.raises(immport.InvalidRequestError, match="deadline"):
        immport.Client(env={}, deadline=0)


def test_streamed_body_is_read_at_the_callers_pace(server: RemoteServer, canary_api_key: str) -> None:
    server.allow(canary_api_key)
    server.trickle_seconds = 2.0
    with (
        immport.Client(api_key=canary_api_key, timeout=1, deadline=LIMIT, **server.client_kwargs()) as client,
        client.session.open("GET", f"{server.query_url}/trickle") as response,
    ):
        body = b"".join(response.iter_bytes())
    assert body.startswith(b"[") and body.endswith(b"]")

"""Retry policy (pure) and retries through the clients with a fake clock: no real sleeping anywhere."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import attrs
import httpx
import pytest
from immport_api_client.api.study_result import get_elisa_result

import immport
from immport._http.retry import RetryPolicy, parse_retry_after
from immport.errors import NotFoundError, RateLimitError, ServerError, TransportError

from .support import NO_ENV, QUERY, FakeClock

URL = f"{QUERY}/api/study/summary/SDY1"
UPLOAD = "https://immport-upload.niaid.nih.gov:8443/data/upload/type/online"


class Script:
    """Answers requests from a script of responses/exceptions; counts calls."""

    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.calls = 0

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def client_for(script: Script, clock: FakeClock, **kwargs: Any) -> immport.Client:
    return immport.Client(
        env=NO_ENV, transport=httpx.MockTransport(script.handler), sleep=clock.sleep, **kwargs
    )


# --- the pure policy -------------------------------------------------------------------------------------


def test_policy_retries_only_listed_statuses_for_idempotent_methods() -> None:
    policy = RetryPolicy(rng=lambda: 1.0)
    for status in (408, 429, 500, 502, 503, 504):
        assert policy.after_response("GET", 0, status, {}) == 0.5
    for status in (400, 401, 403, 404, 409, 501):
        assert policy.after_response("GET", 0, status, {}) is None
    assert policy.after_response("POST", 0, 503, {}) is None
    assert policy.after_response("HEAD", 0, 503, {}) == 0.5
    assert policy.after_response("POST", 0, 503, {}, override=True) == 0.5
    assert policy.after_response("GET", 0, 503, {}, override=False) is None


def test_backoff_is_exponential_full_jitter_and_capped() -> None:
    top = RetryPolicy(rng=lambda: 1.0, max_retries=10)
    assert [top.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    half = RetryPolicy(rng=lambda: 0.5)
    assert half.backoff(2) == 1.0
    assert RetryPolicy(rng=lambda: 0.0).backoff(3) == 0.0


def test_policy_gives_up_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2, rng=lambda: 1.0)
    assert policy.after_response("GET", 1, 503, {}) is not None
    assert policy.after_response("GET", 2, 503, {}) is None
    assert RetryPolicy(max_retries=0).after_response("GET", 0, 503, {}) is None


def test_policy_errors() -> None:
    policy = RetryPolicy(rng=lambda: 1.0)
    assert policy.after_error("GET", 0, httpx.ConnectError("refused")) == 0.5
    assert policy.after_error("GET", 0, httpx.ReadTimeout("slow")) == 0.5
    assert policy.after_error("GET", 0, httpx.RemoteProtocolError("closed")) == 0.5
    assert policy.after_error("POST", 0, httpx.ConnectError("refused")) is None
    assert policy.after_error("GET", 0, httpx.UnsupportedProtocol("ftp")) is None
    assert policy.after_error("GET", 0, ValueError("bug")) is None


def test_retry_after_seconds_and_http_date() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC).timestamp()
    assert parse_retry_after("7", now) == 7
    assert parse_retry_after(" 1.5 ", now) == 1.5
    in_30s = format_datetime(datetime(2026, 1, 1, 12, 0, 30, tzinfo=UTC), usegmt=True)
    assert parse_retry_after(in_30s, now) == 30
    past = format_datetime(datetime(2025, 12, 31, tzinfo=UTC), usegmt=True)
    assert parse_retry_after(past, now) == 0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None
    assert parse_retry_after("-5", now) == 0


def test_retry_after_is_used_and_capped() -> None:
    policy = RetryPolicy(rng=lambda: 1.0, retry_after_cap=60, clock=lambda: 0.0)
    assert policy.after_response("GET", 0, 429, {"retry-after": "12"}) == 12
    assert policy.after_response("GET", 0, 503, {"retry-after": "3600"}) == 60
    assert policy.after_response("GET", 0, 429, {"retry-after": "garbage"}) == 0.5  # falls back to backoff


# --- through the client -------------------------------------------------------------------------------------


def test_get_is_retried_until_success() -> None:
    script = Script(httpx.Response(503), httpx.Response(502), httpx.Response(200, json=[]))
    clock = FakeClock()
    with client_for(script, clock) as client:
        assert client.session.request("GET", URL).status_code == 200
    assert script.calls == 3
    assert len(clock.sleeps) == 2
    assert 0 <= clock.sleeps[0] <= 0.5 and 0 <= clock.sleeps[1] <= 1.0


def test_retry_after_header_is_honoured_through_the_client() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC).timestamp())
    date = format_datetime(datetime(2026, 1, 1, 0, 0, 20, tzinfo=UTC), usegmt=True)
    script = Script(
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(503, headers={"Retry-After": date}),
        httpx.Response(503, headers={"Retry-After": "100000"}),
        httpx.Response(200, json=[]),
    )
    client = immport.Client(env=NO_ENV, transport=httpx.MockTransport(script.handler), sleep=clock.sleep)
    transport: Any = client.session.http._transport
    transport.policy = RetryPolicy(clock=lambda: datetime(2026, 1, 1, tzinfo=UTC).timestamp())
    with client:
        client.session.request("GET", URL)
    assert clock.sleeps == [7, 20, 60]


def test_exhausted_retries_raise_typed_error() -> None:
    script = Script(httpx.Response(503, text="maintenance"))
    clock = FakeClock()
    with client_for(script, clock, max_retries=3) as client, pytest.raises(ServerError) as info:
        client.session.request("GET", URL)
    assert script.calls == 4
    assert info.value.status == 503 and info.value.body_snippet == "maintenance"


def test_429_exhausted_is_rate_limit_error() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "1"}))
    with client_for(script, FakeClock(), max_retries=1) as client, pytest.raises(RateLimitError):
        client.session.request("GET", URL)
    assert script.calls == 2


def test_post_is_never_retried_automatically() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={}))
    clock = FakeClock()
    with client_for(script, clock) as client, pytest.raises(ServerError):
        client.session.request("POST", UPLOAD, data={"workspaceId": "1"})
    assert script.calls == 1 and clock.sleeps == []


def test_post_connect_error_is_not_retried() -> None:
    script = Script(httpx.ConnectError("refused"), httpx.Response(200))
    with client_for(script, FakeClock()) as client, pytest.raises(TransportError):
        client.session.request("POST", UPLOAD, data={"a": "b"})
    assert script.calls == 1


def test_retry_false_disables_retries_for_a_get() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))
    with client_for(script, FakeClock()) as client, pytest.raises(ServerError):
        client.session.request("GET", URL, retry=False)
    assert script.calls == 1


def test_retry_true_opts_a_post_in() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={}))
    with client_for(script, FakeClock()) as client:
        assert client.session.request("POST", UPLOAD, data={"a": "b"}, retry=True).status_code == 200
    assert script.calls == 2


def test_404_is_not_retried() -> None:
    script = Script(httpx.Response(404), httpx.Response(200))
    with client_for(script, FakeClock()) as client, pytest.raises(NotFoundError):
        client.session.request("GET", URL)
    assert script.calls == 1


def test_connect_errors_and_timeouts_are_retried_then_mapped() -> None:
    script = Script(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(200, json=[]))
    clock = FakeClock()
    with client_for(script, clock) as client:
        assert client.session.request("GET", URL).status_code == 200
    assert script.calls == 3 and len(clock.sleeps) == 2

    script = Script(httpx.ConnectTimeout("no route"))
    with client_for(script, FakeClock(), max_retries=2) as client, pytest.raises(TransportError) as info:
        client.session.request("GET", URL)
    assert script.calls == 3
    assert "timed out" in str(info.value) and info.value.method == "GET"


def test_max_retries_zero_means_one_attempt() -> None:
    script = Script(httpx.Response(503))
    with client_for(script, FakeClock(), max_retries=0) as client, pytest.raises(ServerError):
        client.session.request("GET", URL)
    assert script.calls == 1


async def test_async_retries_use_the_injected_async_sleep() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "3"}), httpx.Response(200, json=[]))
    clock = FakeClock()
    async with immport.AsyncClient(
        env=NO_ENV, transport=httpx.MockTransport(script.handler), sleep=clock.asleep
    ) as client:
        assert (await client.session.request("GET", URL)).status_code == 200
    assert clock.sleeps == [3]


async def test_async_post_not_retried() -> None:
    script = Script(httpx.Response(502), httpx.Response(200))
    async with immport.AsyncClient(
        env=NO_ENV, transport=httpx.MockTransport(script.handler), sleep=FakeClock().asleep
    ) as client:
        with pytest.raises(ServerError):
            await client.session.request("POST", UPLOAD, data={"a": "b"})
    assert script.calls == 1


def test_generated_operations_are_retried() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json=[]))
    with client_for(script, FakeClock()) as client:
        assert get_elisa_result.sync(client=client.generated, study_accession=["SDY1"]) == []
    assert script.calls == 2


def test_backoff_is_configurable_on_the_client() -> None:
    script = Script(httpx.Response(503), httpx.Response(503), httpx.Response(503), httpx.Response(200))
    clock = FakeClock()
    with client_for(script, clock, backoff_base=2.0, backoff_cap=3.0) as client:
        transport: Any = client.session.http._transport
        transport.policy = attrs.evolve(transport.policy, rng=lambda: 1.0)
        client.session.request("GET", URL)
    assert clock.sleeps == [2.0, 3.0, 3.0]


def test_retries_block_turns_retries_off_for_groups_and_generated_calls() -> None:
    script = Script(httpx.Response(503))
    with client_for(script, FakeClock()) as client:
        with client.retries(False), pytest.raises(ServerError):
            get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])
        assert script.calls == 1
        with client.retries(False), pytest.raises(ServerError):
            client.results.elisa(study_accession="SDY1")
        assert script.calls == 2
        with pytest.raises(ServerError):  # outside the block: retried again
            client.results.elisa(study_accession="SDY1")
        assert script.calls == 2 + 4


async def test_retries_block_in_async_code() -> None:
    script = Script(httpx.Response(503), httpx.Response(200, json={}))
    clock = FakeClock()
    async with immport.AsyncClient(
        env=NO_ENV, transport=httpx.MockTransport(script.handler), sleep=clock.asleep
    ) as client:
        with client.retries(True):  # opt a POST in
            response = await client.session.request("POST", UPLOAD, data={"a": "b"})
    assert response.status_code == 200 and script.calls == 2

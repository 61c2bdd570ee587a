"""Username/password auth: token reply shapes, expiry, proactive refresh, refresh-once, single-flight."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable

import httpx
import pytest

import immport
from immport.auth.password import DEFAULT_TOKEN_LIFETIME, PasswordAuth, refresh_margin
from immport.errors import AuthenticationError, PermissionDeniedError
from tests.auth.crowd import in_threads
from tests.clock import FakeClock

from .support import NO_ENV, QUERY, TOKEN_URL, FakeImmPort

URL = f"{QUERY}/api/study/summary/SDY1"


def make_client(fake: FakeImmPort, clock: FakeClock, password: str = "pw-secret-1") -> immport.Client:
    auth = PasswordAuth("alice", password, clock=clock)
    return immport.Client(auth=auth, env=NO_ENV, transport=fake.transport(), sleep=clock.sleep)


def test_token_request_posts_form_fields_and_uses_access_token(canary_password: str) -> None:
    fake, clock = FakeImmPort(["tok-A"]), FakeClock()
    with make_client(fake, clock, canary_password) as client:
        client.session.request("GET", URL)
    token_request = fake.requests[0]
    assert token_request.method == "POST"
    assert str(token_request.url) == TOKEN_URL
    assert token_request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert token_request.headers["user-agent"] == client.settings.user_agent
    assert fake.token_forms == [{"username": ["alice"], "password": [canary_password]}]
    assert fake.data_auth[0] == "Bearer tok-A"


def test_legacy_token_field_is_accepted() -> None:
    fake, clock = FakeImmPort(["legacy-tok"], token_field="token"), FakeClock()
    with make_client(fake, clock) as client:
        client.session.request("GET", URL)
    assert fake.data_auth[0] == "Bearer legacy-tok"


def test_auth_url_setting_moves_the_token_endpoint() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/auth/token":
            return httpx.Response(200, json={"access_token": "t"})
        return httpx.Response(200, json=[])

    env = {
        "IMMPORT_AUTH_URL": "https://auth.dev.immport.org",
        "IMMPORT_USERNAME": "u",
        "IMMPORT_PASSWORD": "p1234",
    }
    with immport.Client(env=env, transport=httpx.MockTransport(handler)) as client:
        client.session.request("GET", URL)
    assert seen[0] == "https://auth.dev.immport.org/auth/token"


@pytest.mark.parametrize(
    ("make_token", "extra", "expected_lifetime"),
    [
        (lambda jwt, now: jwt({"exp": now + 600, "user_name": "alice"}), {}, 600.0),
        (lambda jwt, now: jwt({"exp": 5000, "iat": 4000}), {}, 1000.0),  # exp - iat ignores clock skew
        (lambda jwt, now: "opaque-token", {"expires_in": 120}, 120.0),
        (lambda jwt, now: "opaque-token", {}, DEFAULT_TOKEN_LIFETIME),
        (lambda jwt, now: jwt({"exp": now - 10}), {"expires_in": 300}, 300.0),  # exp already past: fall back
    ],
)
def test_token_lifetime_sources(
    jwt_maker: Callable[[dict[str, object]], str],
    make_token: Callable[[Callable[[dict[str, object]], str], float], str],
    extra: dict[str, object],
    expected_lifetime: float,
) -> None:
    clock = FakeClock()
    token = make_token(jwt_maker, clock.now)
    fake = FakeImmPort([token, "second"], token_extra=extra)
    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    with immport.Client(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        client.session.request("GET", URL)
        issued = auth._issued
        assert issued is not None
        assert issued.expires_at - issued.issued_at == pytest.approx(expected_lifetime)
        # still before the refresh point: no new token
        clock.advance(expected_lifetime - refresh_margin(expected_lifetime) - 1)
        client.session.request("GET", URL)
        assert fake.token_requests == 1
        # past the refresh point (margin before expiry): refreshed proactively, no 401 needed
        clock.advance(2)
        client.session.request("GET", URL)
        assert fake.token_requests == 2
    assert fake.data_auth[-1] == "Bearer second"


def test_refresh_margin_is_capped_by_lifetime_fraction() -> None:
    assert refresh_margin(3600) == 60
    assert refresh_margin(60) == 6  # never more than a tenth of a short lifetime
    assert refresh_margin(0) == 0


def test_401_refreshes_once_and_retries() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2"]), FakeClock()
    fake.data_replies = [httpx.Response(401, json={"error": "invalid_token"})]
    with make_client(fake, clock) as client:
        response = client.session.request("GET", URL)
    assert response.status_code == 200
    assert fake.token_requests == 2
    assert fake.data_auth == ["Bearer tok-1", "Bearer tok-2"]


def test_403_must_include_token_refreshes_once() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2"]), FakeClock()
    fake.data_replies = [httpx.Response(403, text="Not Authorized, must include Token")]
    with make_client(fake, clock) as client:
        assert client.session.request("GET", URL).status_code == 200
    assert fake.token_requests == 2


def test_plain_403_is_permission_denied_without_refresh() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2"]), FakeClock()
    fake.data_replies = [httpx.Response(403, json={"error": "no access to SDY1"})]
    with make_client(fake, clock) as client, pytest.raises(PermissionDeniedError) as info:
        client.session.request("GET", URL)
    assert fake.token_requests == 1
    assert info.value.status == 403
    assert "no access to SDY1" in (info.value.body_snippet or "")


def test_repeated_401_does_not_loop() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2", "tok-3"]), FakeClock()
    fake.data_replies = [httpx.Response(401), httpx.Response(401), httpx.Response(401)]
    with make_client(fake, clock) as client, pytest.raises(AuthenticationError) as info:
        client.session.request("GET", URL)
    assert fake.token_requests == 2  # the first token and exactly one refresh
    assert len(fake.data_requests()) == 2
    assert info.value.status == 401


def test_failed_token_request_is_authentication_error_without_password(canary_password: str) -> None:
    fake, clock = FakeImmPort(token_status=401), FakeClock()
    with make_client(fake, clock, canary_password) as client, pytest.raises(AuthenticationError) as info:
        client.session.request("GET", URL)
    error = info.value
    assert error.status == 401
    assert "alice" in str(error) and "username and password" in str(error)
    for text in (str(error), repr(error), repr(error.__cause__), str(error.body_snippet)):
        assert canary_password not in text
    assert fake.data_requests() == []  # nothing was sent without a token


def test_token_reply_without_token_field() -> None:
    fake, clock = FakeImmPort(token_field="jwt"), FakeClock()
    with make_client(fake, clock) as client, pytest.raises(AuthenticationError, match="access_token"):
        client.session.request("GET", URL)


def test_password_auth_never_shows_the_password(canary_password: str) -> None:
    auth = PasswordAuth("alice", canary_password)
    assert canary_password not in repr(auth) and canary_password not in str(auth)
    assert "alice" in repr(auth)
    client = immport.Client(
        auth=auth, env=NO_ENV, transport=httpx.MockTransport(lambda r: httpx.Response(200))
    )
    assert canary_password not in repr(client)


def test_single_flight_with_100_threads() -> None:
    entered = threading.Event()

    def slow_token() -> None:  # keep the first token request in flight while the other threads pile up
        entered.set()
        time.sleep(0.05)

    fake, clock = FakeImmPort(["only-token"], on_token=slow_token), FakeClock()
    client = make_client(fake, clock)
    outcome = in_threads(100, lambda _: client.session.request("GET", URL), watchdog=120)
    client.close()
    assert outcome.failures == [] and outcome.unfinished == 0
    assert entered.is_set()
    assert fake.token_requests == 1
    assert len(fake.data_requests()) == 100
    assert set(fake.data_auth) == {"Bearer only-token"}


async def test_single_flight_with_100_asyncio_tasks() -> None:
    fake, clock = FakeImmPort(["only-token"]), FakeClock()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            for _ in range(5):  # yield to the loop so the other tasks reach the lock
                await asyncio.sleep(0)
        return fake.handler(request)

    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    async with immport.AsyncClient(auth=auth, env=NO_ENV, transport=httpx.MockTransport(handler)) as client:
        responses = await asyncio.gather(*(client.session.request("GET", URL) for _ in range(100)))
    assert [r.status_code for r in responses] == [200] * 100
    assert fake.token_requests == 1


async def test_single_flight_refresh_after_expiry_async() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2"], token_extra={"expires_in": 300}), FakeClock()
    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    async with immport.AsyncClient(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        await client.session.request("GET", URL)
        clock.advance(300)  # expired for everyone at once
        await asyncio.gather(*(client.session.request("GET", URL) for _ in range(100)))
    assert fake.token_requests == 2


def test_single_flight_refresh_on_401_with_threads() -> None:
    """100 threads all get a 401 for the same stale token: one refresh, not 100."""
    fake, clock = FakeImmPort(["tok-1", "tok-2", "tok-3"]), FakeClock()
    client = make_client(fake, clock)
    client.session.request("GET", URL)
    fake.revoked.add("tok-1")  # the server stops accepting the cached token before it expires
    results: list[int] = []
    outcome = in_threads(
        100, lambda _: results.append(client.session.request("GET", URL).status_code), watchdog=120
    )
    client.close()
    assert outcome.failures == [] and outcome.unfinished == 0
    assert results == [200] * 100
    assert fake.token_requests == 2


async def test_async_401_refreshes_once() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2", "tok-3"]), FakeClock()
    fake.data_replies = [httpx.Response(401), httpx.Response(401)]
    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    async with immport.AsyncClient(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        with pytest.raises(AuthenticationError):
            await client.session.request("GET", URL)
    assert fake.token_requests == 2


def test_refused_password_is_never_sent_again_even_from_many_threads() -> None:
    fake, clock = FakeImmPort(token_status=401), FakeClock()
    client = make_client(fake, clock)
    outcome = in_threads(20, lambda _: client.session.request("GET", URL), watchdog=120)
    client.close()
    failures = outcome.failures  # "ExceptionType: message", one per thread
    assert len(failures) == 20 and all(f.startswith("AuthenticationError: ") for f in failures)
    assert fake.token_requests == 1  # one refused attempt, not 20 (that could lock the account)
    assert sum("not sent again" in f for f in failures) == 19


def test_token_endpoint_outage_is_not_remembered() -> None:
    fake, clock = FakeImmPort(["tok-1"], token_status=503), FakeClock()
    with make_client(fake, clock) as client:
        with pytest.raises(immport.ServerError):  # ImmPort's side, not the credentials
            client.session.request("GET", URL)
        fake.token_status = 200  # the auth server is back
        assert client.session.request("GET", URL).status_code == 200
    assert fake.token_requests == 2


class UnreachableTokenEndpoint:
    """A fake ImmPort whose ``/auth/token`` cannot be reached until ``down`` is set to False."""

    def __init__(self, fake: FakeImmPort) -> None:
        self.fake = fake
        self.down = True

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token" and self.down:
            raise httpx.ConnectError("auth server unreachable")
        return self.fake.handler(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def test_lock_is_released_when_the_token_request_breaks() -> None:
    server = UnreachableTokenEndpoint(FakeImmPort(["tok-1"]))
    auth = PasswordAuth("alice", "pw-1234", clock=FakeClock())
    with immport.Client(auth=auth, env=NO_ENV, transport=server.transport()) as client:
        with pytest.raises(immport.TransportError):
            client.session.request("GET", URL)
        server.down = False
        assert client.session.request("GET", URL).status_code == 200  # not deadlocked on the flow's lock
    assert not auth._lock.thread_lock.locked()


async def test_async_lock_is_released_when_the_token_request_breaks() -> None:
    server = UnreachableTokenEndpoint(FakeImmPort(["tok-1"]))
    auth = PasswordAuth("alice", "pw-1234", clock=FakeClock())
    async with immport.AsyncClient(auth=auth, env=NO_ENV, transport=server.transport()) as client:
        with pytest.raises(immport.TransportError):
            await client.session.request("GET", URL)
        server.down = False
        response = await asyncio.wait_for(client.session.request("GET", URL), timeout=5)
    assert response.status_code == 200


def test_one_password_auth_across_two_event_loops() -> None:
    fake, clock = FakeImmPort(["tok-1", "tok-2"]), FakeClock()
    auth = PasswordAuth("alice", "pw-1234", clock=clock)

    async def burst() -> list[int]:
        async with immport.AsyncClient(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
            responses = await asyncio.gather(*(client.session.request("GET", URL) for _ in range(10)))
        return [r.status_code for r in responses]

    assert asyncio.run(burst()) == [200] * 10
    clock.advance(3600)  # expired: the second loop must refresh, with a lock bound to the new loop
    assert asyncio.run(burst()) == [200] * 10
    assert fake.token_requests == 2


def test_whole_second_token_expires_at_its_exp_not_a_lifetime_after_the_request(
    jwt_maker: Callable[[dict[str, object]], str],
) -> None:
    # iat is the issue time rounded down: asked at .9 of a second, a 1 s token has 0.1 s left
    clock = FakeClock(1_800_000_000.9)
    first = jwt_maker({"iat": 1_800_000_000, "exp": 1_800_000_001})
    second = jwt_maker({"iat": 1_800_000_001, "exp": 1_800_000_002})
    fake = FakeImmPort([first, second])
    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    with immport.Client(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        client.session.request("GET", URL)
        assert auth._issued is not None and auth._issued.expires_at == 1_800_000_001
        clock.advance(0.2)  # past exp: refreshed before sending, no 401 needed
        client.session.request("GET", URL)
    assert fake.token_requests == 2 and fake.data_auth == [f"Bearer {first}", f"Bearer {second}"]


def test_short_whole_second_token_is_refreshed_once_per_lifetime(
    jwt_maker: Callable[[dict[str, object]], str],
) -> None:
    # refreshing a 2 s token during its last second would buy one second only: wait for exp
    clock = FakeClock(1_800_000_000.5)
    fake = FakeImmPort()
    fake.tokens = []

    def issue() -> None:  # a token as the server would issue it now (whole-second iat)
        iat = int(clock.now)
        fake.tokens.append(jwt_maker({"iat": iat, "exp": iat + 2}))

    fake.on_token = issue
    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    with immport.Client(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        for _ in range(100):  # 20 s in steps of 0.2 s: ten expiries
            client.session.request("GET", URL)
            clock.advance(0.2)
    assert fake.token_requests == 11


def test_skewed_clock_measures_the_lifetime_from_the_request(
    jwt_maker: Callable[[dict[str, object]], str],
) -> None:
    clock = FakeClock(1_800_000_000.0)  # the server's clock is an hour behind ours
    fake = FakeImmPort([jwt_maker({"iat": 1_799_996_400, "exp": 1_799_996_460})])
    auth = PasswordAuth("alice", "pw-1234", clock=clock)
    with immport.Client(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        client.session.request("GET", URL)
    assert auth._issued is not None
    assert (auth._issued.expires_at, auth._issued.refresh_at) == (1_800_000_060.0, 1_800_000_054.0)


def test_a_token_request_finishes_while_another_event_loop_uses_the_same_credential() -> None:
    # a second loop (another thread's AsyncClient, or Client.export's) reaches the refresh lock while the
    # first loop is fetching a token: the first loop still releases the lock it took, and its call succeeds
    auth = PasswordAuth("alice", "pw-1234", clock=FakeClock())

    async def other_loop() -> None:
        async with auth._lock.async_lock():
            pass

    def second_loop_meanwhile() -> None:
        if fake.token_requests == 0:  # only while the first token request is in flight
            thread = threading.Thread(target=lambda: asyncio.run(other_loop()))
            thread.start()
            thread.join()

    fake = FakeImmPort(["tok-1"], on_token=second_loop_meanwhile)

    async def call() -> int:
        async with immport.AsyncClient(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
            return (await client.session.request("GET", URL)).status_code

    assert asyncio.run(call()) == 200
    assert fake.token_requests == 1

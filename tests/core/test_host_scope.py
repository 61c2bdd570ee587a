"""The ImmPort Authorization header only goes to the configured ImmPort origins - never elsewhere."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

import immport
from immport._http.hosts import HostScope, origin_of
from immport.auth import PasswordAuth

from .support import NO_ENV, QUERY, FakeImmPort

UPLOAD = "https://immport-upload.niaid.nih.gov:8443/workspaces"
BATCH = "https://immport-upload.niaid.nih.gov:9443/workspaces"


class Seen:
    def __init__(self, redirect_to: str | None = None) -> None:
        self.by_url: list[tuple[str, str | None]] = []
        self.redirect_to = redirect_to

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.by_url.append((str(request.url), request.headers.get("authorization")))
        if self.redirect_to and request.url.host == "www.immport.org":
            return httpx.Response(302, headers={"Location": self.redirect_to})
        return httpx.Response(200, json={})


def test_origin_includes_scheme_and_port() -> None:
    scope = HostScope.from_urls([QUERY, "https://immport-upload.niaid.nih.gov:8443"])
    assert scope.allows("https://www.immport.org/anything")
    assert scope.allows("https://www.immport.org:443/x")
    assert not scope.allows("http://www.immport.org/x")  # scheme differs
    assert not scope.allows("https://immport-upload.niaid.nih.gov:9443/x")  # port differs
    assert not scope.allows("https://www.immport.org.evil.example/x")
    assert origin_of("HTTPS://WWW.IMMPORT.ORG/x") == ("https", "www.immport.org", 443)


def test_credentials_go_to_every_configured_immport_origin(canary_api_key: str) -> None:
    seen = Seen()
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, transport=httpx.MockTransport(seen.handler)
    ) as client:
        for url in (f"{QUERY}/api/study/SDY1", UPLOAD, BATCH):
            client.session.request("GET", url)
    assert [auth for _, auth in seen.by_url] == [f"Bearer {canary_api_key}"] * 3


@pytest.mark.parametrize(
    "url",
    [
        "https://drs-bucket.s3.amazonaws.com/file?X-Amz-Signature=abc",
        "https://www.immport.org.evil.example/data/query",
        "http://www.immport.org/data/query/api/study/SDY1",
        "https://immport-upload.niaid.nih.gov:10443/x",
    ],
)
def test_no_credentials_to_foreign_origins(url: str, canary_api_key: str, canary_token: str) -> None:
    seen = Seen()
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, transport=httpx.MockTransport(seen.handler)
    ) as client:
        client.session.request("GET", url)
        # even an Authorization header passed by hand is dropped for a foreign host
        client.session.request("GET", url, headers={"Authorization": f"Bearer {canary_token}"})
    assert [auth for _, auth in seen.by_url] == [None, None]


def test_redirect_to_a_foreign_host_drops_the_header(canary_api_key: str) -> None:
    seen = Seen(redirect_to="https://attacker.example/steal")
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, transport=httpx.MockTransport(seen.handler)
    ) as client:
        client.session.request("GET", f"{QUERY}/api/study/SDY1")
    assert seen.by_url == [
        (f"{QUERY}/api/study/SDY1", f"Bearer {canary_api_key}"),
        ("https://attacker.example/steal", None),
    ]


async def test_async_redirect_to_a_foreign_host_drops_the_header(canary_token: str) -> None:
    seen = Seen(redirect_to="https://attacker.example/steal")
    async with immport.AsyncClient(
        token=canary_token, env=NO_ENV, transport=httpx.MockTransport(seen.handler)
    ) as client:
        await client.session.request("GET", f"{QUERY}/api/study/SDY1")
        await client.session.request("GET", "https://attacker.example/direct")
    assert [auth for _, auth in seen.by_url] == [f"Bearer {canary_token}", None, None]


def test_password_flow_fetches_no_token_for_foreign_hosts() -> None:
    fake = FakeImmPort(["t1"])
    auth = PasswordAuth("alice", "pw-1234")
    with immport.Client(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        client.session.request("GET", "https://elsewhere.example/file")
    assert fake.token_requests == 0
    assert fake.data_auth == [None]


def test_download_client_never_carries_credentials(canary_api_key: str) -> None:
    seen = Seen()
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, transport=httpx.MockTransport(seen.handler)
    ) as client:
        client.session.files_http().get(f"{QUERY}/drs/download/s3/abc")  # even an ImmPort URL
    assert seen.by_url == [(f"{QUERY}/drs/download/s3/abc", None)]


def test_unauthenticated_request_to_immport_has_no_header(canary_api_key: str) -> None:
    seen = Seen()
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, transport=httpx.MockTransport(seen.handler)
    ) as client:
        client.session.request("GET", f"{QUERY}/api/search/study", authenticated=False)
    assert seen.by_url[0][1] is None


def test_custom_query_url_is_in_scope_and_default_is_not(canary_api_key: str) -> None:
    seen = Seen()
    dev = "https://www.dev.immport.org/data/query"
    transport = httpx.MockTransport(seen.handler)
    with immport.Client(
        api_key=canary_api_key, query_url=dev, auth_url=dev, env=NO_ENV, transport=transport
    ) as c:
        c.session.request("GET", f"{dev}/api/study/SDY1")
        c.session.request("GET", f"{QUERY}/api/study/SDY1")  # prod is not configured for this client
    assert [auth for _, auth in seen.by_url] == [f"Bearer {canary_api_key}", None]


def test_any_httpx_auth_is_scoped_too() -> None:
    seen = Seen()
    auth = httpx.BasicAuth("user", "basic-secret")
    with immport.Client(auth=auth, env=NO_ENV, transport=httpx.MockTransport(seen.handler)) as client:
        client.session.request("GET", f"{QUERY}/api/study/SDY1")
        client.session.request("GET", "https://elsewhere.example/x")
    assert seen.by_url[0][1] is not None and seen.by_url[0][1].startswith("Basic ")
    assert seen.by_url[1][1] is None


def test_one_credential_shared_by_clients_of_different_hosts_works_for_both() -> None:
    seen = Seen()
    auth = immport.ApiKeyAuth("shared-key-1234")
    dev = "https://www.dev.immport.org/data/query"
    transport = httpx.MockTransport(seen.handler)
    with (
        immport.Client(auth=auth, env=NO_ENV, transport=transport) as prod,
        immport.Client(auth=auth, query_url=dev, auth_url=dev, env=NO_ENV, transport=transport) as devc,
    ):
        prod.session.request("GET", f"{QUERY}/api/study/SDY1")
        devc.session.request("GET", f"{dev}/api/study/SDY1")
        devc.session.request("GET", f"{QUERY}/api/study/SDY1")  # prod is not configured for devc
        prod.session.request("GET", f"{dev}/api/study/SDY1")  # nor dev for prod
    assert [auth for _, auth in seen.by_url] == ["Bearer shared-key-1234"] * 2 + [None, None]


def test_redirect_of_a_cached_request_to_a_foreign_host_drops_the_header(
    canary_api_key: str, tmp_path: Path
) -> None:
    # the cache takes the header off before hishel sees the request; it must not put it back on a
    # redirect to another host (httpx copies the request's extensions to the redirect)
    mirror = "https://mirror.example/data/query/api/study/summary/SDY1"
    seen = Seen(redirect_to=mirror)
    with immport.Client(
        api_key=canary_api_key, env=NO_ENV, cache=tmp_path, transport=httpx.MockTransport(seen.handler)
    ) as client:
        client.session.request("GET", f"{QUERY}/api/study/summary/SDY1")
    assert seen.by_url == [
        (f"{QUERY}/api/study/summary/SDY1", f"Bearer {canary_api_key}"),
        (mirror, None),
    ]

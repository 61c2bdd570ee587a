"""Statuses and transport failures become typed errors with a snippet and a safe URL, never a secret."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from immport_api_client.api.study_result import get_elisa_result

import immport
from immport.errors import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    ImmPortError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
)

from .support import NO_ENV, QUERY

URL = f"{QUERY}/api/study/summary/SDY1"


def failing_client(response: httpx.Response | Exception, **kwargs: Any) -> immport.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(response, Exception):
            raise response
        return response

    return immport.Client(
        env=NO_ENV,
        transport=httpx.MockTransport(handler),
        max_retries=0,
        **kwargs,
    )


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, APIStatusError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, APIStatusError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_status_mapping(status: int, error_type: type[APIStatusError]) -> None:
    client = failing_client(httpx.Response(status, json={"error": "boom", "message": "details here"}))
    with client, pytest.raises(error_type) as info:
        client.session.request("GET", URL, params={"q": "1"})
    error = info.value
    assert type(error) is error_type
    assert error.status == status
    assert error.method == "GET"
    assert error.url == f"{URL}?q=1"
    assert error.body_snippet is not None and "details here" in error.body_snippet
    assert str(status) in str(error)


def test_html_error_page_is_reduced_to_title_and_text() -> None:
    page = (
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>p{}</style></head>"
        "<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body></html>"
    )
    with failing_client(httpx.Response(502, html=page)) as client, pytest.raises(ServerError) as info:
        client.session.request("GET", URL)
    snippet = info.value.body_snippet or ""
    assert snippet.startswith("502 Bad Gateway:")
    assert "invalid response" in snippet and "<h1>" not in snippet


def test_long_bodies_are_cut_to_a_snippet() -> None:
    with failing_client(httpx.Response(500, text="x" * 10_000)) as client, pytest.raises(ServerError) as info:
        client.session.request("GET", URL)
    assert len(info.value.body_snippet or "") <= 301


def test_missing_token_403_without_credentials_explains_how_to_authenticate() -> None:
    reply = httpx.Response(403, text="Not Authorized, must include Token")
    with failing_client(reply) as client, pytest.raises(AuthenticationError) as info:
        client.session.request("GET", URL)
    message = str(info.value)
    assert info.value.status == 403
    assert "IMMPORT_API_KEY" in message and "https://www.immport.org/auth/api/keys" in message


def test_secret_echoed_in_body_or_url_never_reaches_the_error(canary_token: str, canary_api_key: str) -> None:
    reply = httpx.Response(
        401, json={"error": "bad token", "token": canary_token, "echo": f"Bearer {canary_token}"}
    )
    with failing_client(reply, token=canary_token) as client, pytest.raises(AuthenticationError) as info:
        client.session.request("GET", URL, params={"api_key": canary_api_key})
    error = info.value
    for text in (str(error), repr(error), error.body_snippet or "", error.url or ""):
        assert canary_token not in text
        assert canary_api_key not in text
    assert "rejected the credentials" in str(error)


@pytest.mark.parametrize(
    ("exc", "fragment"),
    [
        (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]"), "network or TLS"),
        (httpx.ReadTimeout("timed out"), "timed out"),
        (httpx.RemoteProtocolError("Server disconnected"), "RemoteProtocolError"),
    ],
)
def test_transport_failures_are_transport_errors(exc: Exception, fragment: str) -> None:
    with failing_client(exc) as client, pytest.raises(TransportError) as info:
        client.session.request("GET", URL)
    assert fragment in str(info.value)
    assert info.value.url == URL and info.value.method == "GET"
    assert isinstance(info.value, ImmPortError)


def test_generated_operation_raises_typed_error_instead_of_returning_none() -> None:
    # the spec documents 403 for this operation, so the generated code alone would return None
    reply = httpx.Response(403, json={"error": "forbidden"})
    with failing_client(reply) as client, pytest.raises(PermissionDeniedError):
        get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])


def test_stream_error_status_is_raised_with_body() -> None:
    with (
        failing_client(httpx.Response(404, text="no such study")) as client,
        pytest.raises(NotFoundError) as info,
        client.session.open("GET", URL),
    ):
        pass  # pragma: no cover - never reached
    assert info.value.body_snippet == "no such study"


def test_mid_stream_failure_is_a_transport_error() -> None:
    class Broken(httpx.SyncByteStream):
        def __iter__(self) -> Iterator[bytes]:
            yield b'[{"a": 1},'
            raise httpx.ReadError("connection reset")

    client = failing_client(httpx.Response(200, stream=Broken()))
    with client, client.session.open("GET", URL) as response:
        chunks = response.iter_bytes()
        assert next(chunks) == b'[{"a": 1},'
        with pytest.raises(TransportError, match="connection reset"):
            next(chunks)


async def test_async_status_and_transport_mapping() -> None:
    replies: list[httpx.Response | Exception] = [
        httpx.Response(409, text="ticket exists"),
        httpx.ConnectError("down"),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        reply = replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    async with immport.AsyncClient(
        env=NO_ENV, transport=httpx.MockTransport(handler), max_retries=0
    ) as client:
        with pytest.raises(ConflictError) as info:
            await client.session.request(
                "POST", "https://immport-upload.niaid.nih.gov:8443/data/upload/validation"
            )
        assert info.value.body_snippet == "ticket exists"
        with pytest.raises(TransportError):
            await client.session.request("GET", URL)


def test_malformed_url_is_an_invalid_request_error() -> None:
    from immport.errors import InvalidRequestError

    with (
        failing_client(httpx.Response(200)) as client,
        pytest.raises(InvalidRequestError, match="invalid URL"),
    ):
        client.session.request("GET", "https://[::1/x")

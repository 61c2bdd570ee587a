"""Advice that is true: a POST is never retried, a token-service 5xx is not a bad password."""

from __future__ import annotations

import httpx
import pytest

from immport._http.mapping import error_for_response
from immport.auth.password import parse_token_response
from immport.errors import AuthenticationError, RateLimitError, ServerError

TOKEN_URL = "https://www.immport.org/auth/token"


def test_a_429_on_a_post_does_not_claim_retries_were_exhausted() -> None:
    request = httpx.Request("POST", "https://www.immport.org/data/upload/type/zip")
    error = error_for_response(httpx.Response(429, request=request, content=b""))
    assert isinstance(error, RateLimitError)
    assert "exhausted" not in str(error) and "not retried" in str(error)


def test_a_429_on_a_get_still_says_retries_were_exhausted() -> None:
    request = httpx.Request("GET", "https://www.immport.org/data/query/lookup/disease")
    error = error_for_response(httpx.Response(429, request=request, content=b""))
    assert "retries were exhausted" in str(error)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_token_service_5xx_is_a_server_error_not_a_credentials_problem(status: int) -> None:
    response = httpx.Response(status, request=httpx.Request("POST", TOKEN_URL), content=b"oops")
    with pytest.raises(ServerError) as info:
        parse_token_response(response, 0.0, "alice")
    assert "username and password" not in str(info.value) and "try again later" in str(info.value)
    assert not isinstance(info.value, AuthenticationError)


def test_a_token_service_429_is_a_rate_limit() -> None:
    response = httpx.Response(429, request=httpx.Request("POST", TOKEN_URL), content=b"")
    with pytest.raises(RateLimitError):
        parse_token_response(response, 0.0, "alice")


def test_a_refused_password_still_says_check_the_username_and_password() -> None:
    response = httpx.Response(401, request=httpx.Request("POST", TOKEN_URL), content=b"")
    with pytest.raises(AuthenticationError, match="check the username and password"):
        parse_token_response(response, 0.0, "alice")

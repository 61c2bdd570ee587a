"""Credentials never leave the configured hosts through a redirect: a token request follows no redirect (its
password form is never re-sent), and no Authorization header follows a data request elsewhere."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import immport
from immport.cli import app
from immport.errors import AuthenticationError

from .server import USERNAME, RemoteServer


@pytest.mark.parametrize("status", [307, 308])
def test_token_request_redirected_to_another_host_is_not_followed(
    server: RemoteServer, canary_password: str, status: int
) -> None:
    server.token_redirect, server.redirect_status = server.foreign_url, status
    with (
        immport.Client(username=USERNAME, password=canary_password, **server.client_kwargs()) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.session.request("GET", f"{server.query_url}/api/study/summary/SDY1")
    assert server.stolen == []  # nothing, let alone the password, reached the other host
    assert server.foreign_url in str(info.value) and info.value.status == status
    assert canary_password not in str(info.value)


@pytest.mark.parametrize("status", [307, 308])
async def test_async_token_request_redirected_to_another_host_is_not_followed(
    server: RemoteServer, canary_password: str, status: int
) -> None:
    server.token_redirect, server.redirect_status = server.foreign_url, status
    async with immport.AsyncClient(
        username=USERNAME, password=canary_password, **server.client_kwargs()
    ) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.session.request("GET", f"{server.query_url}/api/study/summary/SDY1")
    assert server.stolen == []
    assert server.foreign_url in str(info.value)


@pytest.mark.parametrize("kind", ["password", "token", "api_key"])
@pytest.mark.parametrize("status", [302, 307, 308])
def test_data_request_redirected_to_another_host_carries_no_credential(
    server: RemoteServer, kind: str, status: int, canary_password: str, canary_token: str,
    canary_api_key: str,
) -> None:  # fmt: skip
    server.allow(canary_token, canary_api_key)
    server.data_redirect, server.redirect_status = server.foreign_url, status
    credential = {
        "password": {"username": USERNAME, "password": canary_password},
        "token": {"token": canary_token},
        "api_key": {"api_key": canary_api_key},
    }[kind]
    with immport.Client(**credential, **server.client_kwargs()) as client:  # type: ignore[arg-type]
        client.session.request("GET", f"{server.query_url}/api/study/summary/SDY1")
    assert len(server.stolen) == 1
    seen = str(server.stolen)
    assert "authorization" not in server.stolen[0]["headers"]  # type: ignore[operator]
    for secret in (canary_password, canary_token, canary_api_key):
        assert secret not in seen


@pytest.mark.usefixtures("cli_env")
def test_cli_login_does_not_follow_a_token_redirect(server: RemoteServer, canary_password: str) -> None:
    server.token_redirect = server.foreign_url
    argv = ["--query-url", server.query_url, "--auth-url", server.base_url, "auth", "login"]
    result = CliRunner().invoke(app, argv, catch_exceptions=True)
    assert server.stolen == []
    assert result.exit_code == 3 and server.foreign_url in result.stderr
    assert canary_password not in result.stdout + result.stderr


@pytest.mark.usefixtures("cli_env")
def test_cli_login_still_reports_a_refused_password(server: RemoteServer) -> None:
    server.password = "another-password"  # put back by the next test's reset
    argv = ["--query-url", server.query_url, "--auth-url", server.base_url, "auth", "login"]
    result = CliRunner().invoke(app, argv, catch_exceptions=True)
    assert result.exit_code == 3 and "rejected the username or password for 'alice'" in result.stderr

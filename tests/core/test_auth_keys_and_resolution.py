"""API key (argument, env, key file, expiry), static token, and the credential resolution order."""

from __future__ import annotations

import json
import logging
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import immport
from immport.auth import ApiKeyAuth, ApiKeyExpiryWarning, BearerTokenAuth, PasswordAuth, resolve_auth
from immport.errors import AuthenticationError, InvalidRequestError

from .support import NO_ENV, QUERY, FakeClock

URL = f"{QUERY}/api/study/summary/SDY1"
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


class Recorder:
    def __init__(self) -> None:
        self.auth: list[str | None] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.auth.append(request.headers.get("authorization"))
        return httpx.Response(200, json=[])

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)


def key_file(tmp_path: Path, api_key: str, expires_at: str | None = "2026-05-21T20:55:24.654328038Z") -> Path:
    data: dict[str, str] = {"id": "3f2a9c1e-key", "api_key": api_key}
    if expires_at is not None:
        data["expires_at"] = expires_at
    path = tmp_path / "immport-api-key.json"
    path.write_text(json.dumps(data))
    return path


def sent_with(recorder: Recorder, **kwargs: Any) -> str | None:
    with immport.Client(transport=recorder.transport(), **kwargs) as client:
        client.session.request("GET", URL)
    return recorder.auth[-1]


def test_api_key_argument(canary_api_key: str) -> None:
    assert sent_with(Recorder(), api_key=canary_api_key, env=NO_ENV) == f"Bearer {canary_api_key}"


def test_api_key_env(canary_api_key: str) -> None:
    assert sent_with(Recorder(), env={"IMMPORT_API_KEY": canary_api_key}) == f"Bearer {canary_api_key}"


def test_api_key_file_argument_and_env(tmp_path: Path, canary_api_key: str) -> None:
    path = key_file(tmp_path, canary_api_key, expires_at="2099-01-01T00:00:00.123456789Z")
    assert sent_with(Recorder(), api_key_file=path, env=NO_ENV) == f"Bearer {canary_api_key}"
    assert sent_with(Recorder(), env={"IMMPORT_API_KEY_FILE": str(path)}) == f"Bearer {canary_api_key}"


def test_key_file_nanosecond_timestamp_is_parsed(tmp_path: Path, canary_api_key: str) -> None:
    clock = FakeClock(NOW.timestamp())
    auth = ApiKeyAuth.from_file(key_file(tmp_path, canary_api_key), clock=clock)
    assert auth.expires_at == datetime(2026, 5, 21, 20, 55, 24, 654328, tzinfo=UTC)
    assert auth.key_id == "3f2a9c1e-key"
    assert canary_api_key not in repr(auth)
    assert "3f2a9c1e-key" in repr(auth)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "not found"),
        ("{not json", "is not JSON"),
        (json.dumps({"id": "x"}), "no 'api_key'"),
        (json.dumps({"api_key": "k" * 10, "expires_at": "next tuesday"}), "ISO 8601"),
    ],
)
def test_bad_key_files(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "key.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(InvalidRequestError, match=message):
        immport.Client(api_key_file=path, env=NO_ENV)


def test_expiry_warning_within_three_days(
    tmp_path: Path, canary_api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock((datetime(2026, 5, 21, 20, 55, tzinfo=UTC) - timedelta(days=2)).timestamp())
    caplog.set_level(logging.WARNING, logger="immport")
    with pytest.warns(ApiKeyExpiryWarning, match=r"expires at 2026-05-21 20:55:24 UTC.*auth/api/keys"):
        auth = ApiKeyAuth.from_file(key_file(tmp_path, canary_api_key), clock=clock)
    assert any("expires at 2026-05-21" in r.getMessage() for r in caplog.records)
    recorder = Recorder()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # warned once only: sending does not warn again
        with immport.Client(auth=auth, env=NO_ENV, transport=recorder.transport()) as client:
            client.session.request("GET", URL)
    assert recorder.auth == [f"Bearer {canary_api_key}"]


def test_no_warning_well_before_expiry(tmp_path: Path, canary_api_key: str) -> None:
    clock = FakeClock(NOW.timestamp())  # 20 days left
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ApiKeyAuth.from_file(key_file(tmp_path, canary_api_key), clock=clock)


def test_expired_key_raises_before_sending(tmp_path: Path, canary_api_key: str) -> None:
    clock = FakeClock(NOW.timestamp())
    auth = ApiKeyAuth.from_file(key_file(tmp_path, canary_api_key), clock=clock)
    recorder = Recorder()
    clock.now = datetime(2026, 5, 22, tzinfo=UTC).timestamp()
    client = immport.Client(auth=auth, env=NO_ENV, transport=recorder.transport())
    with client, pytest.raises(AuthenticationError) as info:
        client.session.request("GET", URL)
    assert recorder.auth == []
    message = str(info.value)
    assert "expired at 2026-05-21 20:55:24 UTC" in message
    assert "https://www.immport.org/auth/api/keys" in message
    assert canary_api_key not in message


def test_already_expired_key_file_fails_at_construction(tmp_path: Path, canary_api_key: str) -> None:
    clock = FakeClock(datetime(2027, 1, 1, tzinfo=UTC).timestamp())
    with pytest.raises(AuthenticationError, match="expired"):
        ApiKeyAuth.from_file(key_file(tmp_path, canary_api_key), clock=clock)


def test_static_token_argument_and_env(canary_token: str) -> None:
    assert sent_with(Recorder(), token=canary_token, env=NO_ENV) == f"Bearer {canary_token}"
    assert sent_with(Recorder(), env={"IMMPORT_TOKEN": canary_token}) == f"Bearer {canary_token}"
    assert sent_with(Recorder(), token=f"bearer {canary_token}", env=NO_ENV) == f"Bearer {canary_token}"
    assert canary_token not in repr(BearerTokenAuth(canary_token))


def test_no_credentials_sends_no_authorization() -> None:
    assert sent_with(Recorder(), env=NO_ENV) is None


def test_auth_false_ignores_environment(canary_api_key: str) -> None:
    assert sent_with(Recorder(), auth=False, env={"IMMPORT_API_KEY": canary_api_key}) is None


def test_explicit_argument_beats_environment(canary_api_key: str, canary_token: str) -> None:
    env = {"IMMPORT_API_KEY": canary_api_key}
    assert sent_with(Recorder(), token=canary_token, env=env) == f"Bearer {canary_token}"


def test_environment_order(
    tmp_path: Path, canary_api_key: str, canary_token: str, canary_password: str
) -> None:
    file_key = "file-key-0123456789"
    full = {
        "IMMPORT_API_KEY": canary_api_key,
        "IMMPORT_API_KEY_FILE": str(key_file(tmp_path, file_key, expires_at=None)),
        "IMMPORT_TOKEN": canary_token,
        "IMMPORT_USERNAME": "alice",
        "IMMPORT_PASSWORD": canary_password,
    }
    chosen = resolve_auth(env=full)
    assert isinstance(chosen, ApiKeyAuth) and chosen.source == "IMMPORT_API_KEY"
    del full["IMMPORT_API_KEY"]
    chosen = resolve_auth(env=full)
    assert isinstance(chosen, ApiKeyAuth) and "key file" in chosen.source
    del full["IMMPORT_API_KEY_FILE"]
    assert isinstance(resolve_auth(env=full), BearerTokenAuth)
    del full["IMMPORT_TOKEN"]
    chosen = resolve_auth(env=full)
    assert isinstance(chosen, PasswordAuth) and chosen.username == "alice"
    del full["IMMPORT_USERNAME"], full["IMMPORT_PASSWORD"]
    assert resolve_auth(env=full) is None


def test_conflicting_explicit_credentials_are_rejected(canary_api_key: str, canary_token: str) -> None:
    with pytest.raises(InvalidRequestError, match="only one kind of credential"):
        immport.Client(api_key=canary_api_key, token=canary_token, env=NO_ENV)


@pytest.mark.parametrize(
    "env", [{"IMMPORT_USERNAME": "alice"}, {"IMMPORT_PASSWORD": "x" * 8}], ids=["no-password", "no-user"]
)
def test_half_of_username_password_is_an_error(env: dict[str, str]) -> None:
    with pytest.raises(InvalidRequestError, match="must be set together"):
        resolve_auth(env=env)


def test_username_without_password_argument() -> None:
    with pytest.raises(InvalidRequestError, match="together"):
        resolve_auth(username="alice", env=NO_ENV)


def test_empty_api_key_is_rejected() -> None:
    with pytest.raises(InvalidRequestError, match="empty"):
        ApiKeyAuth("   ")


def test_client_docstring_documents_resolution_order() -> None:
    doc = immport.Client.__doc__ or ""
    positions = [
        doc.index(name) for name in ("api_key=", "IMMPORT_API_KEY`", "IMMPORT_API_KEY_FILE", "IMMPORT_TOKEN")
    ]
    assert positions == sorted(positions)
    assert "IMMPORT_USERNAME" in doc

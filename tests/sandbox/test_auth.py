"""Token endpoint, bearer checks (JWT and API key) and which endpoints need them."""

from __future__ import annotations

import time

import jwt
import pytest

from .conftest import Q, Sandbox


def test_token_exchange_issues_a_signed_jwt_with_documented_claims(sandbox: Sandbox) -> None:
    sandbox.state.tunables.update(token_lifetime=120)
    response = sandbox.http.post("/auth/token", data={"username": "demo", "password": "demo-password"})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == 200
    claims = jwt.decode(body["access_token"], sandbox.state.jwt_secret, algorithms=["HS256"])
    assert claims["user_name"] == "demo"
    assert claims["scope"] == ["browse", "download"]
    assert "ROLE_USER" in claims["authorities"]
    assert claims["exp"] - claims["iat"] == 120
    # a token signed with another key is not accepted
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(body["access_token"], b"another secret of at least 32 bytes!", algorithms=["HS256"])


@pytest.mark.parametrize(
    "form", [{"username": "demo", "password": "wrong"}, {"username": "x", "password": "y"}, {}]
)
def test_bad_credentials_are_a_json_401(sandbox: Sandbox, form: dict[str, str]) -> None:
    response = sandbox.http.post("/auth/token", data=form)
    assert response.status_code == 401
    assert set(response.json()) >= {"error", "message"}
    assert "access_token" not in response.json()


def test_token_from_the_endpoint_opens_protected_data(sandbox: Sandbox) -> None:
    token = sandbox.http.post("/auth/token", data={"username": "demo", "password": "demo-password"}).json()
    response = sandbox.http.get(
        Q + "/api/study/arm/SDY1", headers={"Authorization": f"bearer {token['access_token']}"}
    )
    assert response.status_code == 200
    assert {row["armAccession"] for row in response.json()} == {"ARM1", "ARM2"}


@pytest.mark.parametrize(
    "path",
    [
        "/result/elisa",
        "/api/study/arm/SDY1",
        "/api/study/manifest/SDY1",
        "/api/study/summary/SDY1",
        "/api/study/getRestrictedStudyAccessions",
        "/drs/download/s3/some-uuid",
    ],
)
def test_protected_endpoints_without_token_answer_403_with_the_documented_message(
    sandbox: Sandbox, path: str
) -> None:
    response = sandbox.http.get(Q + path)
    assert response.status_code == 403
    assert response.json()["message"] == "Not Authorized, must include Token"


def test_non_bearer_scheme_counts_as_no_token(sandbox: Sandbox) -> None:
    response = sandbox.http.get(Q + "/result/elisa", headers={"Authorization": f"Basic {sandbox.token()}"})
    assert response.status_code == 403


@pytest.mark.parametrize("path", ["/api/search/study", "/api/search/subject", "/api/lookup/lkSex"])
def test_search_and_lookups_need_no_token(sandbox: Sandbox, path: str) -> None:
    assert sandbox.http.get(Q + path).status_code == 200


def test_expired_token_is_401(sandbox: Sandbox) -> None:
    response = sandbox.http.get(
        Q + "/result/elisa", headers={"Authorization": f"bearer {sandbox.token(lifetime=-5)}"}
    )
    assert response.status_code == 401
    assert response.json()["message"] == "Token expired"
    assert "invalid_token" in response.headers["www-authenticate"]


def test_forged_token_is_401(sandbox: Sandbox) -> None:
    forged = jwt.encode(
        {"user_name": "demo", "exp": 4102444800}, "not-the-sandbox-secret-but-long-enough", "HS256"
    )
    response = sandbox.http.get(Q + "/result/elisa", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401


def test_api_key_is_accepted_as_bearer_with_any_scheme_case(sandbox: Sandbox) -> None:
    for scheme in ("Bearer", "bearer", "BEARER"):
        response = sandbox.http.get(
            Q + "/api/study/arm/SDY2", headers={"Authorization": f"{scheme} sandbox-api-key"}
        )
        assert response.status_code == 200
    assert (
        sandbox.http.get(Q + "/api/study/arm/SDY2", headers={"Authorization": "Bearer other-key"}).status_code
        == 401
    )


def test_upload_and_batch_need_a_token(sandbox: Sandbox) -> None:
    for path in (
        "/workspaces",
        "/data/upload/registration/demo_20260101_1/status",
        "/data/batch/updater/documentation/templates",
    ):
        response = sandbox.http.get(path)
        assert response.status_code == 403
        assert response.json()["message"] == "Not Authorized, must include Token"
    assert sandbox.http.get("/workspaces", headers=sandbox.auth()).status_code == 200


def test_a_verified_token_still_expires_once_cached(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    from immport.sandbox import auth

    headers = {"Authorization": f"bearer {sandbox.token(lifetime=60)}"}
    assert sandbox.http.get(Q + "/result/elisa", headers=headers).status_code == 200  # verified and cached
    later = time.time() + 120
    monkeypatch.setattr(auth.time, "time", lambda: later)
    response = sandbox.http.get(Q + "/result/elisa", headers=headers)
    assert response.status_code == 401
    assert response.json()["message"] == "Token expired"

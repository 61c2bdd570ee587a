"""Token issuing (``POST /auth/token``) and bearer checks: HS256 JWTs (per-process secret) or API keys."""

from __future__ import annotations

import secrets
import time
import uuid
from functools import lru_cache
from typing import Literal

import attrs
import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse

from immport.sandbox.replies import NOT_AUTHORIZED, SandboxHTTPError
from immport.sandbox.state import SandboxState

__all__ = ["Principal", "authenticate", "issue_token", "token_endpoint"]

AUTHORITIES = ("ROLE_USER", "ROLE_SHARING_USER")
CLIENT_ID = "immport-auth-token-client"


@attrs.frozen
class Principal:
    user: str
    kind: Literal["jwt", "api_key"]


def issue_token(state: SandboxState, user: str, *, lifetime: int | None = None) -> str:
    now = int(time.time())
    claims = {
        "user_name": user,
        "authorities": list(AUTHORITIES),
        "jti": str(uuid.uuid4()),
        "client_id": CLIENT_ID,
        "scope": ["browse", "download"],
        "iat": now,
        "exp": now + (state.tunables.token_lifetime if lifetime is None else lifetime),
    }
    return jwt.encode(claims, state.jwt_secret, algorithm="HS256")


async def token_endpoint(request: Request) -> JSONResponse:
    state: SandboxState = request.app.state.sandbox
    form = await request.form()
    username, password = form.get("username"), form.get("password")
    config = state.config
    if (
        isinstance(username, str)
        and isinstance(password, str)
        and secrets.compare_digest(username.encode(), config.username.encode())
        and secrets.compare_digest(password.encode(), config.password.encode())
    ):
        return JSONResponse({"status": 200, "access_token": issue_token(state, username)})
    return JSONResponse(
        {"status": 401, "error": "invalid_grant", "message": "Bad credentials"},
        status_code=401,
    )


def authenticate(request: Request, state: SandboxState) -> Principal:
    """The caller, or :class:`SandboxHTTPError`: 403 without a bearer, 401 for an expired or invalid one."""
    header = request.headers.get("authorization")
    if not header:
        raise SandboxHTTPError(403, NOT_AUTHORIZED)
    scheme, _, credential = header.partition(" ")
    credential = credential.strip()
    if scheme.lower() != "bearer" or not credential:
        raise SandboxHTTPError(403, NOT_AUTHORIZED)
    for key in state.config.api_keys:
        if secrets.compare_digest(credential.encode(), key.encode()):
            return Principal(state.config.username, "api_key")
    try:
        user, expires = _verified_claims(state.jwt_secret, credential)
    except jwt.ExpiredSignatureError:
        raise SandboxHTTPError(401, "Token expired", headers=_challenge("invalid_token")) from None
    except jwt.PyJWTError:
        raise SandboxHTTPError(401, "Invalid token", headers=_challenge("invalid_token")) from None
    if expires <= time.time():  # a cached token can expire after it was first verified
        raise SandboxHTTPError(401, "Token expired", headers=_challenge("invalid_token"))
    return Principal(user, "jwt")


@lru_cache(maxsize=4096)
def _verified_claims(secret: bytes, token: str) -> tuple[str, float]:
    """Signature-checked (user, exp) of a token, cached: verifying was most of the CPU per request.

    Failures raise and are therefore never cached.
    """
    claims = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp"]})
    return str(claims.get("user_name", "")), float(claims["exp"])


def _challenge(error: str) -> dict[str, str]:
    return {"WWW-Authenticate": f'Bearer error="{error}"'}

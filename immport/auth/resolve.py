"""Which credential a client uses. Order (first match wins):

1. an explicit argument: ``auth=`` (any ``httpx.Auth``), ``api_key=``, ``api_key_file=``, ``token=``,
   or ``username=`` + ``password=`` (passing more than one of these is an error);
2. ``IMMPORT_API_KEY``;
3. ``IMMPORT_API_KEY_FILE``;
4. ``IMMPORT_TOKEN``;
5. ``IMMPORT_USERNAME`` + ``IMMPORT_PASSWORD``;
6. none: only unauthenticated endpoints (search, lookups) work.

``auth=False`` skips the environment and sends no credentials.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Literal

import httpx

from immport.auth.api_key import ApiKeyAuth
from immport.auth.password import PasswordAuth
from immport.auth.token import BearerTokenAuth
from immport.errors import InvalidRequestError

__all__ = ["resolve_auth"]


def resolve_auth(
    *,
    auth: httpx.Auth | Literal[False] | None = None,
    api_key: str | None = None,
    api_key_file: str | os.PathLike[str] | None = None,
    token: str | None = None,
    username: str | None = None,
    password: str | None = None,
    env: Mapping[str, str] | None = None,
) -> httpx.Auth | None:
    """The credential to use, following the order in this module's docstring."""
    explicit = {
        "auth": auth is not None and auth is not False,
        "api_key": api_key is not None,
        "api_key_file": api_key_file is not None,
        "token": token is not None,
        "username/password": username is not None or password is not None,
    }
    chosen = [name for name, given in explicit.items() if given]
    if len(chosen) > 1:
        raise InvalidRequestError(f"pass only one kind of credential, not {' and '.join(chosen)}")
    if auth is False:
        return None
    if auth is not None:
        return auth
    if api_key is not None:
        return ApiKeyAuth(api_key)
    if api_key_file is not None:
        return ApiKeyAuth.from_file(api_key_file)
    if token is not None:
        return BearerTokenAuth(token)
    if username is not None or password is not None:
        if not username or not password:
            raise InvalidRequestError("username and password must be given together")
        return PasswordAuth(username, password)
    return _from_env(os.environ if env is None else env)


def _from_env(env: Mapping[str, str]) -> httpx.Auth | None:
    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    if (key := get("IMMPORT_API_KEY")) is not None:
        return ApiKeyAuth(key, source="IMMPORT_API_KEY")
    if (path := get("IMMPORT_API_KEY_FILE")) is not None:
        return ApiKeyAuth.from_file(path)
    if (value := get("IMMPORT_TOKEN")) is not None:
        return BearerTokenAuth(value, source="IMMPORT_TOKEN")
    user, secret = get("IMMPORT_USERNAME"), get("IMMPORT_PASSWORD")
    if user is not None or secret is not None:
        if user is None or secret is None:
            missing = "IMMPORT_PASSWORD" if user is not None else "IMMPORT_USERNAME"
            raise InvalidRequestError(
                f"IMMPORT_USERNAME and IMMPORT_PASSWORD must be set together ({missing} is not)"
            )
        return PasswordAuth(user, secret)
    return None

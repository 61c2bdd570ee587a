"""A bearer token you already have (``IMMPORT_TOKEN``); it is never refreshed."""

from __future__ import annotations

import httpx

from immport._flows import Flow, Send
from immport._http.redaction import register_secret
from immport.auth.base import CredentialAuth
from immport.errors import InvalidRequestError

__all__ = ["BearerTokenAuth"]


class BearerTokenAuth(CredentialAuth):
    """Sends ``Authorization: Bearer <token>`` as given."""

    def __init__(self, token: str, *, source: str = "token argument") -> None:
        super().__init__()
        token = (token or "").strip()
        if token.lower().startswith("bearer "):
            token = token[7:].strip()
        if not token:
            raise InvalidRequestError(f"the ImmPort token from {source} is empty")
        register_secret(token)
        self._token = token
        self.source = source

    def __repr__(self) -> str:
        return f"BearerTokenAuth(source={self.source!r})"

    def _steps(self, request: httpx.Request) -> Flow[None]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield Send(request)

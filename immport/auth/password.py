"""Username/password -> short-lived JWT from ``POST {auth_url}/auth/token``, refreshed single-flight."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable

import attrs
import httpx

from immport._config import DEFAULT_AUTH_URL, Settings
from immport._flows import Acquire, Fetch, Flow, ReadBody, Release, Send
from immport._http.mapping import is_token_rejection
from immport._http.oneshot import AnyTransport
from immport._http.redaction import get_logger, redact, register_secret
from immport.auth.base import CredentialAuth
from immport.auth.jwt import jwt_claims
from immport.errors import APIStatusError, AuthenticationError, RateLimitError, ServerError, safe_url

__all__ = ["DEFAULT_TOKEN_LIFETIME", "IssuedToken", "PasswordAuth", "parse_token_response", "refresh_margin"]

_log = get_logger()

DEFAULT_TOKEN_LIFETIME = 3600.0
MAX_REFRESH_MARGIN = 60.0
# A tenth of a short lifetime: refreshing earlier than that would cost more than one token per lifetime.
REFRESH_FRACTION = 0.1
CLOCK_TOLERANCE = 2.0  # a token's iat this close to our clock: the server's clock and ours agree


def refresh_margin(lifetime: float) -> float:
    """How long before expiry to refresh: 60 s, but never more than a tenth of the lifetime."""
    return min(MAX_REFRESH_MARGIN, max(lifetime, 0.0) * REFRESH_FRACTION)


@attrs.frozen
class IssuedToken:
    value: str = attrs.field(repr=False)
    issued_at: float
    expires_at: float
    refresh_at: float


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _timing(token: str, body: dict[str, object], issued_at: float) -> tuple[float, float]:
    """``(expires_at, refresh_at)`` on our clock, from JWT ``exp``/``iat``, else ``expires_in``, else 3600 s.

    JWT times are whole seconds and ``iat`` is the issue time rounded *down*: a token with ``exp - iat == 1``
    lives between 0 and 1 s. Measuring ``exp - iat`` from when we asked overestimated its life by up to a
    second, so with short lifetimes we sent tokens the server had already expired, and a token fetched late
    in a second (same ``exp`` as the one it replaced) was trusted for the retry after a 401: the "expiry
    storm" failures. When our clock agrees with the server's, the token expires at ``exp`` itself; and as
    a token requested during second ``s`` expires at ``s + (exp - iat)``, refreshing is worth it only at
    whole seconds before ``exp`` (earlier tokens would buy less than a lifetime each). With a skewed clock,
    ``exp - iat`` is measured from our clock (immune to the skew).
    """
    claims = jwt_claims(token) or {}
    exp, iat = _number(claims.get("exp")), _number(claims.get("iat"))
    if exp is not None and iat is not None and exp > iat:
        lifetime = exp - iat
        if abs(iat - issued_at) > CLOCK_TOLERANCE:
            expires = issued_at + lifetime
            return expires, expires - refresh_margin(lifetime)
        expires = min(issued_at + lifetime, exp)
        margin = refresh_margin(lifetime)
        if iat.is_integer() and exp.is_integer():
            margin = float(math.floor(margin))
        return expires, min(expires, exp - margin)
    if exp is not None and iat is None and exp > issued_at:
        return exp, exp - refresh_margin(exp - issued_at)
    try:
        seconds = float(body.get("expires_in"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = 0.0
    lifetime = seconds if seconds > 0 else DEFAULT_TOKEN_LIFETIME
    return issued_at + lifetime, issued_at + lifetime - refresh_margin(lifetime)


def _token_failure(status: int) -> tuple[type[APIStatusError], str]:
    """Only a refusal (400/401/403) is about the credentials; a 429 or 5xx is ImmPort's side."""
    if status in _CREDENTIALS_REFUSED:
        return AuthenticationError, "check the username and password"
    if status == 429:
        return RateLimitError, "ImmPort is rate limiting token requests; wait and try again"
    if status >= 500:
        return ServerError, "ImmPort's token service had a problem (not your credentials); try again later"
    return AuthenticationError, "check the auth URL (IMMPORT_AUTH_URL)"


def parse_token_response(response: httpx.Response, issued_at: float, username: str) -> IssuedToken:
    """The token in a token-endpoint reply (``access_token`` or ``token``) or AuthenticationError."""
    request = response.request
    if response.has_redirect_location:
        target = safe_url(response.headers["location"])
        raise AuthenticationError(
            f"ImmPort's token endpoint answered HTTP {response.status_code} redirecting to {target}; token "
            "requests never follow redirects, so the credentials were not sent there. Point auth_url "
            "(IMMPORT_AUTH_URL) at the server that issues tokens",
            status=response.status_code,
            method=request.method,
            url=request.url,
        )
    if response.status_code != 200:
        cls, advice = _token_failure(response.status_code)
        raise cls(
            f"ImmPort token request for user {username!r} failed (HTTP {response.status_code}): {advice}",
            status=response.status_code,
            method=request.method,
            url=request.url,
            body=redact(response.text) if response.content else None,
        )
    try:
        body = json.loads(response.content)
    except ValueError:
        body = None
    token = body.get("access_token") or body.get("token") if isinstance(body, dict) else None
    if not isinstance(body, dict) or not isinstance(token, str) or not token.strip():
        raise AuthenticationError(
            "ImmPort token endpoint replied 200 without an 'access_token' or 'token' field",
            status=200,
            method=request.method,
            url=request.url,
        )
    token = token.strip()
    register_secret(token, issued=True)
    expires_at, refresh_at = _timing(token, body, issued_at)
    return IssuedToken(token, issued_at, expires_at, refresh_at)


_CREDENTIALS_REFUSED = frozenset({400, 401, 403})


def _already_rejected(first: AuthenticationError) -> AuthenticationError:
    return AuthenticationError(
        f"{first.message} (not sent again: ImmPort already refused these credentials)",
        status=first.status,
        method=first.method,
        url=first.url,
        body=first.body_snippet,
    )


class PasswordAuth(CredentialAuth):
    """ImmPort username/password. Gets a token, refreshes it shortly before it expires, and on a 401 (or a 403
    "must include Token") refreshes once and retries once. Concurrent requests share one token request."""

    def __init__(
        self,
        username: str,
        password: str,
        *,
        auth_url: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        if not username or not password:
            raise AuthenticationError("PasswordAuth needs a non-empty username and password")
        register_secret(password)
        self.username = username
        self._password = password
        self.auth_url = auth_url.rstrip("/") if auth_url else None
        self._clock = clock
        self._issued: IssuedToken | None = None
        self._rejection: AuthenticationError | None = None  # the server refused these credentials
        self.token_requests = 0  # how many token requests were made (diagnostics)
        self._user_agent: str | None = None

    def __repr__(self) -> str:
        return f"PasswordAuth(username={self.username!r}, auth_url={self.token_url!r})"

    @property
    def token_url(self) -> str:
        return f"{self.auth_url or DEFAULT_AUTH_URL}/auth/token"

    def configure(self, settings: Settings, transport: AnyTransport | None = None) -> None:
        super().configure(settings, transport)
        if self.auth_url is None:
            self.auth_url = settings.auth_url.rstrip("/")
        self._user_agent = settings.user_agent

    def _usable(self, rejected: str | None) -> str | None:
        issued = self._issued
        if issued is None or issued.value == rejected or self._clock() >= issued.refresh_at:
            return None
        return issued.value

    def _token_request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self.token_url,
            data={"username": self.username, "password": self._password},
            headers={
                "Accept": "application/json",
                **({"User-Agent": self._user_agent} if self._user_agent else {}),
            },
        )

    def exchange(self) -> IssuedToken:
        """One token request now, as the flow makes it (own connection, no redirect followed); for
        ``immport auth login``. Does not change the token the flow uses."""
        issued_at = self._clock()
        return parse_token_response(self._sender.send(self._token_request()), issued_at, self.username)

    def _token(self, rejected: str | None) -> Flow[str]:
        """A usable token; at most one token request at a time (double-checked under the lock)."""
        token = self._usable(rejected)
        if token is not None:
            return token
        yield Acquire(self._lock)
        if self._rejection is not None:  # never re-send a refused password (accounts can get locked)
            raise _already_rejected(self._rejection)
        token = self._usable(rejected)
        if token is None:
            issued_at = self._clock()
            self.token_requests += 1
            _log.debug("requesting an ImmPort token for user %r", self.username)
            # on a connection of its own: the data pool may be full of 401s waiting for this very token
            response: httpx.Response = yield Fetch(self._token_request())
            try:
                issued = parse_token_response(response, issued_at, self.username)
            except AuthenticationError as exc:
                if exc.status in _CREDENTIALS_REFUSED:
                    self._rejection = exc
                raise
            previous = self._issued
            if previous is not None and issued.expires_at <= previous.expires_at:
                # no later than the token it replaces: the server's clock is behind ours; wait a second
                # before asking again rather than asking on every request until it catches up
                issued = attrs.evolve(issued, refresh_at=max(issued.refresh_at, self._clock() + 1.0))
            self._issued = issued
            token = issued.value
            _log.debug("got an ImmPort token valid for %.0fs", issued.expires_at - issued.issued_at)
        yield Release(self._lock)
        return token

    def _steps(self, request: httpx.Request) -> Flow[None]:
        token = yield from self._token(rejected=None)
        request.headers["Authorization"] = f"Bearer {token}"
        response: httpx.Response = yield Send(request)
        if response.status_code not in (401, 403):
            return
        # read (and so release the pooled connection) before waiting for the lock or the token
        yield ReadBody(response)
        if not is_token_rejection(response.status_code, response.content):
            return
        _log.info(
            "ImmPort rejected the token (HTTP %d); refreshing it and retrying once", response.status_code
        )
        token = yield from self._token(rejected=token)
        request.headers["Authorization"] = f"Bearer {token}"
        yield Send(request)

"""Turn HTTP statuses and httpx exceptions into :mod:`immport.errors` types (pure functions)."""

from __future__ import annotations

import re

import httpx

from immport._http.redaction import redact
from immport.errors import (
    APIStatusError,
    AuthenticationError,
    ConflictError,
    DecodeError,
    ImmPortError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
)

__all__ = ["API_KEYS_URL", "error_for_exception", "error_for_response", "is_token_rejection"]

API_KEYS_URL = "https://www.immport.org/auth/api/keys"

# ImmPort's 403 for a missing or unusable token: "Not Authorized, must include Token".
_TOKEN_REJECTION = re.compile(r"must include token|invalid[_ ]token|token (?:is )?(?:expired|invalid)", re.I)
_HTML = re.compile(rb"^\s*(?:<!doctype html|<html)", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def is_token_rejection(status: int, body: bytes) -> bool:
    """A 401, or a 403 whose body says the token is missing or invalid."""
    if status == 401:
        return True
    return status == 403 and bool(_TOKEN_REJECTION.search(body[:2000].decode("utf-8", "replace")))


def _readable_body(content: bytes) -> str:
    """Error body as text: HTML pages are reduced to their title and visible text."""
    text = content.decode("utf-8", "replace")
    if _HTML.match(content[:200]):
        title = _TITLE.search(text)
        visible = " ".join(_TAGS.sub(" ", _TITLE.sub(" ", text)).split())
        text = f"{title.group(1).strip()}: {visible}" if title else visible
    return redact(text)


_RETRIED_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})  # the core retries only these (never a POST)


def _message(status: int, reason: str, had_credentials: bool, token_rejected: bool, method: str) -> str:
    if status == 401 or token_rejected:
        if had_credentials:
            return (
                f"ImmPort rejected the credentials (HTTP {status}). Check your API key/token/password; "
                f"API keys expire and can be renewed at {API_KEYS_URL}"
            )
        return (
            f"This ImmPort endpoint needs authentication (HTTP {status}). Give an API key: the api_key "
            f"argument or IMMPORT_API_KEY (create a key at {API_KEYS_URL}); or IMMPORT_API_KEY_FILE, "
            "IMMPORT_TOKEN, IMMPORT_USERNAME/IMMPORT_PASSWORD"
        )
    if status == 403:
        return "ImmPort denied access (HTTP 403): your account may lack access to this study or workspace"
    if status == 404:
        return "Not found (HTTP 404)"
    if status == 429:
        if method.upper() in _RETRIED_METHODS:
            return "Rate limited by ImmPort (HTTP 429); retries were exhausted"
        return f"Rate limited by ImmPort (HTTP 429); the {method.upper()} was not retried (it never is)"
    if status >= 500:
        return f"ImmPort server error (HTTP {status} {reason})".rstrip()
    return f"HTTP {status} {reason}".rstrip()


def error_for_response(response: httpx.Response, content: bytes | None = None) -> APIStatusError:
    """The typed error for a response with status >= 400 (``content`` defaults to the already-read body)."""
    status = response.status_code
    request = response.request
    if content is None:
        content = response.content
    token_rejected = is_token_rejection(status, content)
    had_credentials = "authorization" in request.headers
    cls: type[APIStatusError]
    if token_rejected:
        cls = AuthenticationError
    elif status >= 500:
        cls = ServerError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    return cls(
        _message(status, response.reason_phrase, had_credentials, token_rejected, request.method),
        status=status,
        method=request.method,
        url=request.url,
        body=_readable_body(content) if content else None,
    )


def error_for_exception(exc: Exception, request: httpx.Request | None = None) -> ImmPortError:
    """The typed error for an httpx exception (transport failure, timeout, decoding, redirects)."""
    if isinstance(exc, ImmPortError):
        return exc
    if request is None and isinstance(exc, httpx.RequestError):
        try:
            request = exc.request
        except RuntimeError:
            request = None
    method = request.method if request is not None else None
    url = request.url if request is not None else None
    detail = redact(str(exc)) or type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        message = f"Request timed out ({type(exc).__name__}): {detail}"
        return TransportError(message, method=method, url=url)
    if isinstance(exc, httpx.DecodingError):
        return DecodeError(f"Could not decode the response body: {detail}", method=method, url=url)
    if isinstance(exc, httpx.TooManyRedirects):
        return TransportError(f"Too many redirects: {detail}", method=method, url=url)
    if isinstance(exc, httpx.ConnectError):
        return TransportError(f"Could not connect (network or TLS failure): {detail}", method=method, url=url)
    return TransportError(f"Request failed ({type(exc).__name__}): {detail}", method=method, url=url)

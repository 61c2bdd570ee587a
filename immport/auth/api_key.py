"""ImmPort API keys (``Authorization: Bearer <key>``), from a string or the downloaded key JSON file."""

from __future__ import annotations

import json
import os
import time
import warnings
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from immport._flows import Flow, Send
from immport._http.mapping import API_KEYS_URL
from immport._http.redaction import get_logger, register_secret
from immport.auth.base import CredentialAuth
from immport.errors import ApiKeyExpiryWarning, AuthenticationError, InvalidRequestError

__all__ = ["ApiKeyAuth", "ApiKeyExpiryWarning", "parse_expires_at"]

_log = get_logger()

DEFAULT_WARN_WITHIN = timedelta(days=3)


def parse_expires_at(value: str | datetime) -> datetime:
    """An aware UTC datetime from ``expires_at`` (ISO 8601; nanoseconds are accepted, truncated)."""
    if isinstance(value, datetime):
        parsed = value
    else:
        from dateutil.parser import isoparse

        try:
            parsed = isoparse(str(value).strip())
        except (ValueError, OverflowError):
            raise InvalidRequestError(f"API key expires_at is not an ISO 8601 timestamp: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class ApiKeyAuth(CredentialAuth):
    """An ImmPort API key. With ``expires_at`` it warns (``ApiKeyExpiryWarning`` + log) within
    ``warn_within`` of expiry and, once expired, raises :class:`AuthenticationError` before sending."""

    def __init__(
        self,
        api_key: str,
        *,
        expires_at: str | datetime | None = None,
        key_id: str | None = None,
        source: str = "api_key argument",
        warn_within: timedelta = DEFAULT_WARN_WITHIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        api_key = (api_key or "").strip()
        if not api_key:
            raise InvalidRequestError(f"the ImmPort API key from {source} is empty")
        register_secret(api_key)
        self._api_key = api_key
        self.expires_at = parse_expires_at(expires_at) if expires_at is not None else None
        self.key_id = key_id
        self.source = source
        self.warn_within = warn_within
        self._clock = clock
        self._warned = False
        self.check_expiry()

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, clock: Callable[[], float] = time.time, **kwargs: object
    ) -> ApiKeyAuth:
        """Load the key JSON downloaded from ImmPort: ``{"id": ..., "api_key": ..., "expires_at": ...}``."""
        file = Path(path).expanduser()
        try:
            text = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise InvalidRequestError(f"API key file not found: {file}") from None
        except OSError as exc:
            raise InvalidRequestError(f"cannot read API key file {file}: {exc.strerror}") from None
        try:
            data = json.loads(text)
        except ValueError:
            raise InvalidRequestError(
                f"API key file {file} is not JSON (expected the file ImmPort lets you download)"
            ) from None
        if not isinstance(data, dict) or not isinstance(data.get("api_key"), str):
            raise InvalidRequestError(f"API key file {file} has no 'api_key' string field")
        key_id = data.get("id")
        expires_at = data.get("expires_at")
        return cls(
            data["api_key"],
            expires_at=expires_at if isinstance(expires_at, str) and expires_at else None,
            key_id=str(key_id) if key_id is not None else None,
            source=f"key file {file}",
            clock=clock,
            **kwargs,  # type: ignore[arg-type]
        )

    def __repr__(self) -> str:
        expires = self.expires_at.isoformat() if self.expires_at else None
        return f"ApiKeyAuth(key_id={self.key_id!r}, expires_at={expires!r}, source={self.source!r})"

    def _describe(self) -> str:
        return (
            f"ImmPort API key {self.key_id!r} (from {self.source})"
            if self.key_id
            else f"ImmPort API key (from {self.source})"
        )

    def check_expiry(self) -> None:
        """Raise if the key has expired; warn once when it expires within ``warn_within``."""
        if self.expires_at is None:
            return
        now = datetime.fromtimestamp(self._clock(), UTC)
        when = self.expires_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        if now >= self.expires_at:
            raise AuthenticationError(
                f"{self._describe()} expired at {when}. Create a new key at {API_KEYS_URL} and set "
                "IMMPORT_API_KEY or IMMPORT_API_KEY_FILE (or pass api_key=/api_key_file=)"
            )
        if not self._warned and self.expires_at - now <= self.warn_within:
            self._warned = True
            left = self.expires_at - now
            message = (
                f"{self._describe()} expires at {when} (in {left.days}d {left.seconds // 3600}h); "
                f"create a new key at {API_KEYS_URL}"
            )
            _log.warning("%s", message)
            warnings.warn(message, ApiKeyExpiryWarning, stacklevel=2)

    def _steps(self, request: httpx.Request) -> Flow[None]:
        self.check_expiry()
        request.headers["Authorization"] = f"Bearer {self._api_key}"
        yield Send(request)

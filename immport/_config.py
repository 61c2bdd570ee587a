"""Settings: base URLs, timeouts, retries, CA bundle, user agent, strict mode; from arguments or
``IMMPORT_*`` environment variables.

Settings never hold credentials; those are resolved by :mod:`immport.auth.resolve`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from immport._version import __version__
from immport.errors import InvalidRequestError

if TYPE_CHECKING:
    from immport.contract.violations import StrictPolicy

__all__ = [
    "DEFAULT_AUTH_URL",
    "DEFAULT_BATCH_URL",
    "DEFAULT_QUERY_URL",
    "DEFAULT_UPLOAD_URL",
    "Settings",
    "StrictMode",
]

DEFAULT_QUERY_URL = "https://www.immport.org/data/query"
DEFAULT_AUTH_URL = "https://www.immport.org"
DEFAULT_UPLOAD_URL = "https://immport-upload.niaid.nih.gov:8443"
DEFAULT_BATCH_URL = "https://immport-upload.niaid.nih.gov:9443"

StrictMode = Literal["off", "warn", "error"]

# Plain http is accepted only for hosts that cannot be a real ImmPort server: loopback and local/test-only
# names (a local sandbox, an in-process ASGI app). Everything else must use https.
_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
_LOCAL_SUFFIXES = (".localhost", ".local", ".test", ".internal")

# Settings field -> environment variable.
ENV_VARS: Mapping[str, str] = {
    "query_url": "IMMPORT_QUERY_URL",
    "auth_url": "IMMPORT_AUTH_URL",
    "upload_url": "IMMPORT_UPLOAD_URL",
    "batch_url": "IMMPORT_BATCH_URL",
    "timeout": "IMMPORT_TIMEOUT",
    "connect_timeout": "IMMPORT_CONNECT_TIMEOUT",
    "deadline": "IMMPORT_DEADLINE",
    "max_retries": "IMMPORT_MAX_RETRIES",
    "ca_bundle": "IMMPORT_CA_BUNDLE",
    "user_agent": "IMMPORT_USER_AGENT",
    "strict": "IMMPORT_STRICT",
}


def _default_user_agent() -> str:
    return f"immport-python/{__version__}"


def _base_url(value: str) -> str:
    from urllib.parse import urlsplit

    value = str(value).strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise InvalidRequestError(f"not an absolute http(s) URL: {value!r}")
    if parts.username or parts.password:
        raise InvalidRequestError(
            "base URLs must not contain credentials; use api_key/token/username arguments"
        )
    host = parts.hostname.lower()
    if parts.scheme == "http" and host not in _LOOPBACK_HOSTS and not host.endswith(_LOCAL_SUFFIXES):
        raise InvalidRequestError(f"plain http is only allowed for local test hosts, not {host!r}: use https")
    return value


def strict_mode(value: object) -> StrictMode | StrictPolicy:
    """Normalise ``strict`` arguments and ``IMMPORT_STRICT`` values to ``"off" | "warn" | "error"``;
    a ``StrictPolicy`` (which violation kinds raise) is kept as it is."""
    if value is None or value is False:
        return "off"
    if value is True:
        return "warn"
    if not isinstance(value, str):
        from immport.contract.violations import StrictPolicy

        if isinstance(value, StrictPolicy):
            return value
    text = str(value).strip().lower()
    if text in ("", "0", "off", "false", "no"):
        return "off"
    if text in ("1", "on", "true", "yes", "warn"):
        return "warn"
    if text == "error":
        return "error"
    raise InvalidRequestError(f"strict must be False, True, 'warn' or 'error', not {value!r}")


def _number(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidRequestError(f"expected a number, not {value!r}") from None


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value > 0:
        raise InvalidRequestError(f"{attribute.name} must be > 0, not {value}")


def _retries(value: object) -> int:
    try:
        number = int(cast(Any, value))
    except (TypeError, ValueError):
        raise InvalidRequestError(f"max_retries must be an integer, not {value!r}") from None
    if number < 0:
        raise InvalidRequestError(f"max_retries must be >= 0, not {number}")
    return number


def _ca_bundle(value: object) -> str | None:
    if value is None or value == "":
        return None
    path = os.fspath(value)  # type: ignore[call-overload]
    if not os.path.isfile(path):
        raise InvalidRequestError(f"CA bundle not found: {path}")
    return str(path)


@attrs.frozen(kw_only=True)
class Settings:
    """Client configuration (no secrets). Build with :meth:`from_env` to read ``IMMPORT_*`` variables."""

    query_url: str = attrs.field(default=DEFAULT_QUERY_URL, converter=_base_url)
    auth_url: str = attrs.field(default=DEFAULT_AUTH_URL, converter=_base_url)
    upload_url: str = attrs.field(default=DEFAULT_UPLOAD_URL, converter=_base_url)
    batch_url: str = attrs.field(default=DEFAULT_BATCH_URL, converter=_base_url)
    timeout: float = attrs.field(default=60.0, converter=_number, validator=_positive)
    connect_timeout: float = attrs.field(default=10.0, converter=_number, validator=_positive)
    # whole call (retries, backoff, token refresh, body of a non-streamed call); timeout bounds each read
    deadline: float = attrs.field(default=600.0, converter=_number, validator=_positive)
    max_retries: int = attrs.field(default=3, converter=_retries)
    backoff_base: float = attrs.field(default=0.5, converter=_number, validator=_positive)
    backoff_cap: float = attrs.field(default=8.0, converter=_number, validator=_positive)
    retry_after_cap: float = attrs.field(default=60.0, converter=_number, validator=_positive)
    ca_bundle: str | None = attrs.field(default=None, converter=_ca_bundle)
    user_agent: str = attrs.field(factory=_default_user_agent)
    strict: StrictMode | StrictPolicy = attrs.field(default="off", converter=strict_mode)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults < ``IMMPORT_*`` environment < explicit ``overrides`` (``None`` overrides are ignored)."""
        source = os.environ if env is None else env
        values: dict[str, Any] = {}
        for field, var in ENV_VARS.items():
            raw = source.get(var)
            if raw is not None and raw.strip() != "":
                values[field] = raw.strip()
        unknown = set(overrides) - {f.name for f in attrs.fields(cls)}
        if unknown:
            raise InvalidRequestError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the non-``None`` overrides applied."""
        return attrs.evolve(self, **{k: v for k, v in overrides.items() if v is not None})

"""Sandbox settings: fixed (:class:`SandboxConfig`) and changeable at runtime (:class:`Tunables`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_PASSWORD",
    "ERROR_KINDS",
    "SandboxConfig",
    "Tunables",
    "config_from_env",
]

ERROR_KINDS = frozenset({"503", "502", "500", "429", "reset"})
DEFAULT_PASSWORD = "demo-password"
DEFAULT_API_KEY = "sandbox-api-key"
ENV_PREFIX = "IMMPORT_SANDBOX_"


def _check_kinds(_instance: object, _attribute: object, value: tuple[str, ...]) -> None:
    unknown = set(value) - ERROR_KINDS
    if unknown or not value:
        raise ValueError(f"error kinds must be a non-empty subset of {sorted(ERROR_KINDS)}, got {value!r}")


def _check_rate(_instance: object, _attribute: object, value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"error_rate must be between 0 and 1, got {value!r}")


@attrs.define(kw_only=True)
class Tunables:
    """Knobs that one running sandbox lets tests change between requests (``SandboxInfo.configure``)."""

    latency_ms: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    error_rate: float = attrs.field(default=0.0, validator=_check_rate)
    error_kinds: tuple[str, ...] = attrs.field(default=("503",), converter=tuple, validator=_check_kinds)
    fail_next: int = attrs.field(default=0, validator=attrs.validators.ge(0))
    retry_after: int = attrs.field(default=1, validator=attrs.validators.ge(0))
    cut_after_bytes: int | None = None
    fault_path_prefix: str = ""
    # the file host sends each response body at most this fast (bytes/s; None: as fast as it can), like
    # a store that caps every connection: what segmented (parallel Range) downloads are for
    file_bandwidth: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.gt(0))
    )
    token_lifetime: int = 3600
    url_lifetime: int = 7 * 24 * 3600
    ticket_delay: float = attrs.field(default=0.2, validator=attrs.validators.ge(0))

    def update(self, **changes: Any) -> None:
        """Apply ``changes`` atomically: all are validated before any is stored."""
        unknown = set(changes) - {f.name for f in attrs.fields(Tunables)}
        if unknown:
            raise TypeError(f"unknown sandbox setting(s): {sorted(unknown)}")
        merged = attrs.evolve(self, **changes)
        for field in attrs.fields(Tunables):
            setattr(self, field.name, getattr(merged, field.name))


@attrs.frozen(kw_only=True)
class SandboxConfig:
    """How a sandbox is built. Ports 0 mean "pick a free one"."""

    host: str = "127.0.0.1"
    port: int = 0
    files_port: int = 0
    upload_port: int = 0
    batch_port: int = 0
    rows: int = attrs.field(default=40, validator=attrs.validators.ge(1))
    file_size: int = attrs.field(default=64 * 1024, validator=attrs.validators.ge(16))
    seed: int = 0
    extra_studies: int = attrs.field(  # generated studies SDY3000, SDY3001 ... (at most SDY7999)
        default=0, validator=[attrs.validators.ge(0), attrs.validators.le(5000)]
    )
    bumped_studies: tuple[str, ...] = attrs.field(default=(), converter=tuple)  # released in DR56
    username: str = "demo"
    password: str = attrs.field(default=DEFAULT_PASSWORD, repr=False)
    api_keys: tuple[str, ...] = attrs.field(default=(DEFAULT_API_KEY,), converter=tuple, repr=False)
    workspaces: tuple[int, ...] = attrs.field(default=(999999, 5001), converter=tuple)
    tunables: Tunables = attrs.field(factory=Tunables)


_INT_FIELDS = {
    "port",
    "files_port",
    "upload_port",
    "batch_port",
    "rows",
    "file_size",
    "seed",
    "extra_studies",
}
_TUNABLE_INT = {"latency_ms", "fail_next", "retry_after", "token_lifetime", "url_lifetime"}


def config_from_env(environ: Mapping[str, str] | None = None, **overrides: Any) -> SandboxConfig:
    """A config from ``IMMPORT_SANDBOX_*`` variables (``IMMPORT_SANDBOX_ROWS=100000``), then ``overrides``."""
    env = os.environ if environ is None else environ
    top: dict[str, Any] = {}
    tunable: dict[str, Any] = {}
    for key, raw in env.items():
        if not key.startswith(ENV_PREFIX):
            continue
        name = key[len(ENV_PREFIX) :].lower()
        if name in _INT_FIELDS:
            top[name] = int(raw)
        elif name in {"host", "username", "password"}:
            top[name] = raw
        elif name in {"api_keys", "workspaces", "bumped_studies"}:
            items = [part.strip() for part in raw.split(",") if part.strip()]
            top[name] = tuple(int(i) for i in items) if name == "workspaces" else tuple(items)
        elif name in _TUNABLE_INT:
            tunable[name] = int(raw)
        elif name in {"error_rate", "ticket_delay"}:
            tunable[name] = float(raw)
        elif name in {"cut_after_bytes", "file_bandwidth"}:
            tunable[name] = int(raw) if raw else None
        elif name == "error_kinds":
            tunable[name] = tuple(part.strip() for part in raw.split(",") if part.strip())
        elif name == "fault_path_prefix":
            tunable[name] = raw
        else:
            raise ValueError(f"unknown sandbox environment variable {key}")
    tunable.update(overrides.pop("tunables", {}))
    top.update(overrides)
    return SandboxConfig(**top, tunables=Tunables(**tunable))

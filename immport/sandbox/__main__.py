"""``python -m immport.sandbox``: run the local ImmPort until interrupted.

Settings come from ``IMMPORT_SANDBOX_*`` environment variables, then these flags. The demo password and API
keys are set only through the environment (``IMMPORT_SANDBOX_PASSWORD``, ``IMMPORT_SANDBOX_API_KEYS``) so
they never show in a process list.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from immport.sandbox import EXTRA_HINT
from immport.sandbox.config import config_from_env

__all__ = ["main", "parser"]

_TUNABLE_FLAGS = (
    "latency",
    "error_rate",
    "error_kinds",
    "fail_next",
    "retry_after",
    "cut_after_bytes",
    "fault_path_prefix",
    "token_lifetime",
    "url_lifetime",
    "ticket_delay",
)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m immport.sandbox", description="Run a local ImmPort sandbox.")
    p.add_argument("--host", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="query + auth port (default 8080; 0 = any free port)")
    p.add_argument("--files-port", type=int, help="presigned-file host port (default port+1)")
    p.add_argument("--upload-port", type=int, help="Data Upload API port (default port+2)")
    p.add_argument("--batch-port", type=int, help="Batch Updater API port (default port+3)")
    p.add_argument("--rows", type=int, help="ELISA and fcsAnalyzed rows per study (default 40)")
    p.add_argument("--file-size", type=int, help="size in bytes of each study's largest file (default 65536)")
    p.add_argument("--seed", type=int, help="data and fault seed (default 0)")
    p.add_argument(
        "--extra-studies", type=int, metavar="N", help="N generated studies (SDY3000...) with skewed sizes"
    )
    p.add_argument(
        "--bumped-studies",
        type=lambda v: tuple(a.strip() for a in v.split(",") if a.strip()),
        metavar="SDY,...",
        help="studies released in the next data release (DR56)",
    )
    p.add_argument("--username", help="demo user name (default demo)")
    p.add_argument("--latency", type=int, metavar="MS", help="added latency per request in milliseconds")
    p.add_argument("--error-rate", type=float, help="fraction of requests that fail (0..1)")
    p.add_argument("--error-kinds", help="comma list of 503,502,500,429,reset (default 503)")
    p.add_argument("--fail-next", type=int, help="fail the next N requests")
    p.add_argument("--retry-after", type=int, help="Retry-After seconds on 429/503")
    p.add_argument("--cut-after-bytes", type=int, help="drop connections after this many body bytes")
    p.add_argument("--fault-path-prefix", help="only fault requests whose path starts with this")
    p.add_argument("--token-lifetime", type=int, help="JWT lifetime in seconds (default 3600)")
    p.add_argument("--url-lifetime", type=int, help="presigned URL lifetime in seconds (default 7 days)")
    p.add_argument("--ticket-delay", type=float, help="seconds before a ticket leaves Pending (default 0.2)")
    p.add_argument("--log-level", default="info", help="uvicorn log level (default info)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = vars(parser().parse_args(argv))
    log_level = args.pop("log_level")
    tunables: dict[str, Any] = {}
    for flag in _TUNABLE_FLAGS:
        value = args.pop(flag)
        if value is not None:
            name = "latency_ms" if flag == "latency" else flag
            tunables[name] = tuple(k.strip() for k in value.split(",")) if flag == "error_kinds" else value
    overrides = {key: value for key, value in args.items() if value is not None}
    env_port = os.environ.get("IMMPORT_SANDBOX_PORT")
    port = overrides.setdefault("port", int(env_port) if env_port else 8080)
    for offset, key in enumerate(("files_port", "upload_port", "batch_port"), start=1):
        if key not in overrides and f"IMMPORT_SANDBOX_{key.upper()}" not in os.environ:
            overrides[key] = port + offset if port else 0
    config = config_from_env(**overrides, tunables=tunables)
    try:
        from immport.sandbox.server import SandboxPortError, serve
    except ImportError as exc:
        return _error(f"the sandbox needs the 'sandbox' extra ({exc.name} is not installed): {EXTRA_HINT}")
    try:
        serve(config, announce=lambda line: print(line, flush=True), log_level=log_level)
    except SandboxPortError as exc:
        return _error(str(exc))
    return 0


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())

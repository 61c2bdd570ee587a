"""A local ImmPort: Shared Data API (all 86 operations), auth, DRS file host, Upload and Batch Updater APIs.

Built only from the vendored spec and its own generated data (never from the client facade)::

    with immport.sandbox.running() as info:
        client = immport.Client(**info.client_kwargs())

In-process: ``httpx.ASGITransport(app=immport.sandbox.create_app())``.
Command line: ``python -m immport.sandbox``.
See ``immport/sandbox/README.md`` for what it implements, what it approximates and why.

Needs the ``sandbox`` extra (Starlette, uvicorn, ...); the names below load on first use, so a missing
extra is reported as an ImportError saying what to install.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from immport.sandbox.app import create_app
    from immport.sandbox.config import SandboxConfig, Tunables, config_from_env
    from immport.sandbox.server import SandboxInfo, running, serve

__all__ = ["SandboxConfig", "SandboxInfo", "Tunables", "config_from_env", "create_app", "running", "serve"]

EXTRA_HINT = "pip install 'immport[sandbox]'"
_HOMES = {
    "create_app": "app",
    "SandboxConfig": "config",
    "Tunables": "config",
    "config_from_env": "config",
    "SandboxInfo": "server",
    "running": "server",
    "serve": "server",
}


def missing_extra(exc: ImportError) -> ImportError:
    """The ImportError to raise when a dependency of the sandbox is not installed."""
    return ImportError(
        f"the ImmPort sandbox needs the 'sandbox' extra ({exc.name or exc} is not installed): {EXTRA_HINT}",
        name=exc.name,
    )


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'immport.sandbox' has no attribute {name!r}")
    try:
        module = importlib.import_module(f"immport.sandbox.{home}")
    except ImportError as exc:
        raise missing_extra(exc) from exc
    return getattr(module, name)

"""A local ImmPort: Shared Data API (all 86 operations), auth, DRS file host, Upload and Batch Updater APIs.

Built only from the vendored spec and its own generated data (never from the client facade)::

    with immport.sandbox.running() as info:
        client = immport.Client(**info.client_kwargs())

In-process: ``httpx.ASGITransport(app=immport.sandbox.create_app())``.
Command line: ``python -m immport.sandbox``.
See ``immport/sandbox/README.md`` for what it implements, what it approximates and why.
"""

from __future__ import annotations

from immport.sandbox.app import create_app
from immport.sandbox.config import SandboxConfig, Tunables, config_from_env
from immport.sandbox.server import SandboxInfo, running, serve

__all__ = ["SandboxConfig", "SandboxInfo", "Tunables", "config_from_env", "create_app", "running", "serve"]

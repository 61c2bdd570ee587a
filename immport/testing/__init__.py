"""Contract testing for users' test suites: a pytest plugin with sandbox fixtures and spec assertions.

Enable it in your ``conftest.py``::

    pytest_plugins = ["immport.testing"]

Fixtures: ``immport_sandbox`` (a local ImmPort on 127.0.0.1, session-scoped ``SandboxInfo``),
``immport_in_process`` (the sandbox as an ASGI app; ``.async_client()``), ``immport_strict_client``
(``immport.Client(strict="error")`` over the sandbox) and ``immport_sandbox_config`` (override it).
Assertion: ``assert_matches_spec(operation_id, recorded_response_path)``. See docs/contract-testing.md.
"""

from __future__ import annotations

from immport.testing._assertions import assert_matches_spec, report_for, violations_in
from immport.testing._fixtures import (
    InProcessSandbox,
    immport_in_process,
    immport_sandbox,
    immport_sandbox_config,
    immport_strict_client,
)

__all__ = [
    "InProcessSandbox",
    "assert_matches_spec",
    "immport_in_process",
    "immport_sandbox",
    "immport_sandbox_config",
    "immport_strict_client",
    "report_for",
    "violations_in",
]

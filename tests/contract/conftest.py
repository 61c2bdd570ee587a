"""The immport.testing fixtures for these tests; the mutation-suite figures printed at the end of a run."""

from __future__ import annotations

from typing import Any

import pytest

from immport.testing import immport_in_process, immport_sandbox, immport_strict_client

from .figures import FIGURES

__all__ = ["immport_in_process", "immport_sandbox", "immport_sandbox_config", "immport_strict_client"]


@pytest.fixture(scope="session")
def immport_sandbox_config() -> Any:
    """Overrides the plugin's default (as users may): a smaller sandbox keeps these tests quick."""
    sandbox = pytest.importorskip("immport.sandbox")
    return sandbox.SandboxConfig(rows=6)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("contract mutation suite")
    for base, kinds in sorted(FIGURES.items()):
        applied = sum(a for a, _ in kinds.values())
        caught = sum(c for _, c in kinds.values())
        terminalreporter.write_line(f"{base}: {caught}/{applied} mutations caught with the right class")
        for kind, (a, c) in sorted(kinds.items()):
            terminalreporter.write_line(f"  {kind:26} {c}/{a}")

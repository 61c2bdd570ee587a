"""``immport --sandbox ...`` with no credential configured anywhere uses the sandbox's documented demo key."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from immport.cli import app
from immport.sandbox import SandboxConfig, SandboxInfo, running


@pytest.fixture
def default_sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[SandboxInfo]:
    for name in list(os.environ):
        if name.startswith("IMMPORT_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    with running(SandboxConfig(port=0, files_port=0, upload_port=0, batch_port=0)) as info:
        yield info


def test_sandbox_flag_without_any_credential_uses_the_sandbox_demo_key(default_sandbox: SandboxInfo) -> None:
    argv = ["--sandbox", default_sandbox.auth_url, "results", "elisa", "--study", "SDY2", "-f", "json"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and {row["studyAccession"] for row in rows} == {"SDY2"}


def test_a_configured_credential_wins_over_the_sandbox_demo_key(
    default_sandbox: SandboxInfo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMMPORT_API_KEY", "not-the-sandbox-key")
    argv = ["--sandbox", default_sandbox.auth_url, "results", "elisa", "--study", "SDY2"]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == 3, (result.exit_code, result.stderr)
    assert "rejected the credentials" in result.stderr

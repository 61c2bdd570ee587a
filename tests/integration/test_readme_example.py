"""The README's Python example runs as written against the sandbox, with credentials from the environment."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from immport.sandbox import SandboxInfo, running

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    with running() as info:
        yield info


def _first_python_block() -> str:
    match = re.search(r"```python\n(.*?)```", README.read_text(), re.S)
    assert match, "README has no python example"
    return match.group(1)


@pytest.mark.parametrize("credential", ["IMMPORT_TOKEN", "IMMPORT_API_KEY"])
def test_readme_example_runs(sandbox: SandboxInfo, credential: str) -> None:
    code = _first_python_block()
    assert len([line for line in code.splitlines() if line.strip()]) <= 10
    secret = sandbox.token() if credential == "IMMPORT_TOKEN" else sandbox.api_key
    env = {
        "PATH": "/usr/bin:/bin",
        "IMMPORT_QUERY_URL": sandbox.query_url,
        "IMMPORT_AUTH_URL": sandbox.auth_url,
        credential: secret,
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    total, accessions = lines[0].split(" ", 1)
    assert int(total) >= 1 and "SDY" in accessions
    analyte, value = lines[1].split()
    assert analyte == "VZVQual" and float(value) in (-1.0, 1.0)  # the documented SDY2 ELISA record
    assert "[5 rows x 42 columns]" in result.stdout  # DataFrame head of the 42 ELISA columns
    assert secret not in result.stdout + result.stderr

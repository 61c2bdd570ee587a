"""The README's export -> DuckDB example runs as written (three lines in a client block)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from immport.sandbox import SandboxInfo

README = Path(__file__).resolve().parents[2] / "README.md"


def _export_block() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    found = [b for b in blocks if "client.export(" in b]
    assert found, "README has no export example"
    return found[0]


def test_readme_export_example_runs(sandbox: SandboxInfo, tmp_path: Path) -> None:
    code = _export_block()
    inside = [line for line in code.splitlines() if line.startswith("    ")]  # in `with immport.Client()`
    assert len(inside) == 3  # export -> DuckDB query in three lines
    env = {
        "PATH": "/usr/bin:/bin",
        "IMMPORT_QUERY_URL": sandbox.query_url,
        "IMMPORT_AUTH_URL": sandbox.auth_url,
        "IMMPORT_API_KEY": sandbox.api_key,
    }
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "SDY1" in done.stdout and "SDY2" in done.stdout  # DuckDB's table of the per-study averages
    assert (tmp_path / "immport-data/kind=elisa/study_accession=SDY2/part-0000.parquet").is_file()

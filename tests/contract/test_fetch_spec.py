"""fetch_spec.py and ``codegen.sh --fetch`` print the classified report (in a temp copy of the repo)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from immport.spec import load_spec

from .spec_server import serving
from .test_reports import ELISA, breaking_edit

ROOT = Path(__file__).resolve().parents[2]
VENV = Path(os.environ.get("IMMPORT_VENV", ROOT / ".venv"))
IGNORE = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache")


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """What codegen.sh and fetch_spec.py touch; the real openapi/ and generated_client/ stay untouched."""
    for name in ("codegen.sh", "dev", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    for name in ("openapi", "codegen", "generated_client", "immport"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=IGNORE)
    return tmp_path


@pytest.fixture
def served_spec() -> Iterator[tuple[str, bytes]]:
    body = json.dumps(breaking_edit(load_spec("upstream")), indent=2).encode()
    with serving({"/data/query/v3/api-docs": (200, body, "application/json")}) as base:
        yield f"{base}/data/query/v3/api-docs", body


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fetch_spec_prints_the_classified_report(repo_copy: Path, served_spec: tuple[str, bytes]) -> None:
    url, body = served_spec
    real_spec = _digest(ROOT / "openapi/immport-shared-data-api.openapi.json")
    result = subprocess.run(
        [sys.executable, str(repo_copy / "codegen/fetch_spec.py"), url],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert (
        f"BREAKING removed-parameter {ELISA}/parameters/studyAccession  (parameter studyAccession removed)"
        in lines
    )
    assert any(line.startswith("BREAKING removed-property") and "valuePreferred" in line for line in lines)
    assert (repo_copy / "openapi/immport-shared-data-api.openapi.json").read_bytes() == body
    assert json.loads((repo_copy / "openapi/spec.lock.json").read_text())["source_url"] == url
    assert _digest(ROOT / "openapi/immport-shared-data-api.openapi.json") == real_spec


def test_fetch_spec_falls_back_to_the_plain_summary_without_immport(
    repo_copy: Path, served_spec: tuple[str, bytes]
) -> None:
    """Standard library only (-S: no site-packages, so attrs/httpx are missing): still runs and reports."""
    url, _ = served_spec
    result = subprocess.run(
        [sys.executable, "-S", str(repo_copy / "codegen/fetch_spec.py"), url],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "immport.contract unavailable" in result.stdout
    assert "no operations or schemas added or removed" in result.stdout


def test_codegen_fetch_reports_and_regenerates(repo_copy: Path, served_spec: tuple[str, bytes]) -> None:
    if not (VENV / "bin/openapi-python-client").exists():
        pytest.skip("the codegen toolchain (.venv with openapi-python-client) is not installed")
    url, body = served_spec
    real_generated = _digest(
        ROOT / "generated_client/immport_api_client/api/study_result/get_elisa_result.py"
    )
    env = {**os.environ, "IMMPORT_VENV": str(VENV), "PATH": "/usr/bin:/bin"}
    env.pop("VIRTUAL_ENV", None)
    result = subprocess.run(
        ["bash", "codegen.sh", "--fetch", url],
        cwd=repo_copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"BREAKING removed-parameter {ELISA}/parameters/studyAccession" in result.stdout
    assert "generated 86 operation modules" in result.stdout
    regenerated = (
        repo_copy / "generated_client/immport_api_client/api/study_result/get_elisa_result.py"
    ).read_text()
    assert "study_accession" not in regenerated
    assert (repo_copy / "immport/_generated/spec/upstream.openapi.json").read_bytes() == body
    assert (
        _digest(ROOT / "generated_client/immport_api_client/api/study_result/get_elisa_result.py")
        == real_generated
    )

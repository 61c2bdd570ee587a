"""immport.testing: assert_matches_spec, the sandbox/strict-client fixtures, and the docs' example project."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

import immport
from immport.errors import ContractViolation
from immport.testing import InProcessSandbox, assert_matches_spec, violations_in

from .samples import body_schema, sample, tsv, tsv_cell

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs/contract-testing.md"


def elisa_rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = sample(body_schema("getElisaResult"))
    return rows


def renamed(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ImmPort renames valuePreferred -> valuePreferredNumeric."""
    return [
        {("valuePreferredNumeric" if k == "valuePreferred" else k): v for k, v in row.items()} for row in rows
    ]


# ---- assert_matches_spec ----------------------------------------------------------------------
def test_assert_matches_spec_on_recorded_json_and_tsv(tmp_path: Path) -> None:
    rows = elisa_rows()
    (tmp_path / "elisa.json").write_text(json.dumps(rows))
    header = list(rows[0])
    (tmp_path / "elisa.tsv").write_text(tsv(header, [[tsv_cell(r[h]) for h in header] for r in rows]))
    (tmp_path / "elisa-no-suffix").write_text(json.dumps(rows))
    for name in ("elisa.json", "elisa.tsv", "elisa-no-suffix"):
        assert_matches_spec("getElisaResult", tmp_path / name)
    assert violations_in("getElisaResult", tmp_path / "elisa.tsv", format="tsv") == []


def test_assert_matches_spec_names_the_renamed_field(tmp_path: Path) -> None:
    bad = renamed(elisa_rows())
    (tmp_path / "elisa.json").write_text(json.dumps(bad))
    header = list(bad[0])
    (tmp_path / "elisa.tsv").write_text(tsv(header, [[tsv_cell(r[h]) for h in header] for r in bad]))
    with pytest.raises(AssertionError) as json_failure:
        assert_matches_spec("getElisaResult", tmp_path / "elisa.json")
    assert str(json_failure.value).splitlines() == [
        "elisa.json does not match the spec of getElisaResult"
        " (4 violations: 2 unknown field, 2 missing field)",
        "  unknown field valuePreferredNumeric x2: first at /0/valuePreferredNumeric, expected no such field,"
        " got 1.5",
        "  missing field valuePreferred x2: first at /0/valuePreferred, expected field valuePreferred,"
        " got missing",
    ]
    with pytest.raises(AssertionError) as tsv_failure:
        assert_matches_spec("getElisaResult", tmp_path / "elisa.tsv")
    assert str(tsv_failure.value).splitlines()[1:] == [
        "  unknown field valuePreferredNumeric: first at /header/valuePreferredNumeric,"
        " expected no such column, got present",
        "  missing field valuePreferred: first at /header/valuePreferred, expected column valuePreferred,"
        " got missing",
    ]


def test_the_same_drift_in_many_rows_is_one_line_with_a_count(tmp_path: Path) -> None:
    rows = elisa_rows() * 20
    for row in rows:
        row["maxSubjectAge"] = "old"
    (tmp_path / "elisa.json").write_text(json.dumps(rows))
    with pytest.raises(AssertionError) as failure:
        assert_matches_spec("getElisaResult", tmp_path / "elisa.json")
    assert str(failure.value).splitlines()[1:] == [
        "  wrong type maxSubjectAge x40: first at /0/maxSubjectAge, expected number or null, got string 'old'"
    ]


# ---- strict clients ---------------------------------------------------------------------------
def _mock_client(rows: list[dict[str, Any]], strict: str) -> immport.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=rows)

    return immport.Client(token="t0ken", strict=strict, env={}, transport=httpx.MockTransport(handler))


def test_strict_client_raises_on_a_renamed_field_and_accepts_a_conforming_one() -> None:
    with _mock_client(elisa_rows(), "error") as client:
        assert len(client.results.elisa(study_accession="SDY1")) == 2
    with _mock_client(renamed(elisa_rows()), "error") as client, pytest.raises(ContractViolation) as info:
        client.results.elisa(study_accession="SDY1")
    assert (info.value.operation, info.value.pointer) == ("getElisaResult", "/0/valuePreferredNumeric")
    assert info.value.counts == {"unknown-field": 2, "missing-field": 2}
    with (
        _mock_client(renamed(elisa_rows()), "warn") as client,
        pytest.warns(immport.ContractWarning) as caught,
    ):
        client.results.elisa(study_accession="SDY1")
    assert any("/0/valuePreferredNumeric" in str(w.message) for w in caught)


def test_strict_client_fixture_over_the_socket_sandbox(immport_strict_client: immport.Client) -> None:
    rows = immport_strict_client.results.elisa(study_accession="SDY4")
    assert rows and {row.study_accession for row in rows} == {"SDY4"}
    assert immport_strict_client.settings.strict == "error"
    table = immport_strict_client.results.elisa(study_accession="SDY4", format="tsv")  # TSV checked too
    assert "valuePreferred" in table.columns and len(list(table.rows())) == len(rows)


async def test_in_process_fixture_builds_a_strict_async_client(immport_in_process: InProcessSandbox) -> None:
    async with immport_in_process.async_client() as client:
        assert client.settings.strict == "error"
        rows = await client.results.elisa(study_accession="SDY4")
    assert {row.study_accession for row in rows} == {"SDY4"}


# ---- the documentation's example project ----------------------------------------------------------------
def _doc_files() -> dict[str, str]:
    """Code blocks of docs/contract-testing.md that are preceded by ``<!-- file: NAME -->``."""
    blocks = re.findall(r"<!-- file: (\S+) -->\n```python\n(.*?)```", DOC.read_text(), flags=re.S)
    return dict(blocks)


def _run_example(project: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMMPORT_")}
    options = ["-p", "no:cacheprovider", "-p", "asyncio", "-o", "asyncio_mode=auto",
               "-o", "asyncio_default_fixture_loop_scope=function", "--rootdir", str(project)]  # fmt: skip
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *options, str(project / "tests")],
        cwd=project, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_documented_example_passes_and_fails_on_a_renamed_field(tmp_path: Path) -> None:
    files = _doc_files()
    assert set(files) == {"conftest.py", "tests/test_immport_contract.py"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    recording = tmp_path / "tests/recordings/elisa_SDY1.json"
    recording.parent.mkdir(parents=True)

    recording.write_text(json.dumps(elisa_rows()))
    passing = _run_example(tmp_path)
    assert passing.returncode == 0, passing.stdout[-3000:] + passing.stderr[-2000:]
    assert "3 passed" in passing.stdout

    recording.write_text(json.dumps(renamed(elisa_rows())))
    failing = _run_example(tmp_path)
    assert failing.returncode == 1, failing.stdout[-3000:]
    assert "1 failed, 2 passed" in failing.stdout
    assert "test_recorded_elisa_response_matches_the_spec" in failing.stdout
    assert "missing field valuePreferred x2: first at /0/valuePreferred" in failing.stdout


def test_every_sandbox_answer_passes_strict_mode(immport_strict_client: immport.Client) -> None:
    """End to end: each of the 86 operations, JSON and (where offered) TSV, through Client(strict="error")."""
    from immport.operations import OPERATIONS

    manifest = immport_strict_client.session.invoke("getFileDetails", {"study_accession": "SDY4"})
    arguments = {
        "study_accession": "SDY4",
        "file_uuid": manifest[0].file_uuid,
        "access_method": "s3",
    }
    checked = 0
    for operation_id, operation in sorted(OPERATIONS.items()):
        args = {p.python_name: arguments[p.python_name] for p in operation.params if p.required}
        immport_strict_client.session.invoke(operation_id, args)  # raises ContractViolation on any mismatch
        checked += 1
        if operation.supports_tsv:
            immport_strict_client.session.invoke(operation_id, args, tsv=True)
            checked += 1
    assert checked > len(OPERATIONS) + 50

"""immport export / export verify / export open / availability, through the real command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from immport.export.destination import Destination
from immport.export.journal import Journal
from immport.sandbox import SandboxInfo
from tests.cli.conftest import IMMPORT, CliInvoker, interrupt_when


def test_export_then_verify_then_query_with_duckdb(cli: CliInvoker, tmp_path: Path) -> None:
    dest = tmp_path / "data"
    done = cli("export", str(dest), "--study", "SDY1,SDY4", "--kinds", "elisa,pcr")
    assert done.exit_code == 0, done.stderr
    assert "4 queries, 3 part file(s) written" in done.stderr  # SDY1 has no PCR data: no file
    assert (dest / "kind=pcr/study_accession=SDY4/part-0000.parquet").is_file()

    again = cli("export", str(dest), "--study", "SDY1,SDY4", "--kinds", "elisa,pcr")
    assert "0 queries" in again.stderr and "4 already up to date" in again.stderr

    checked = cli("export", "verify", str(dest), sandbox=False)
    assert checked.exit_code == 0 and "3 part(s) verified" in checked.stderr

    query = "SELECT study_accession, count(*) AS n FROM elisa GROUP BY 1 ORDER BY 1"
    opened = cli("export", "open", str(dest), "--sql", query, "-f", "json", sandbox=False)
    assert opened.exit_code == 0, opened.stderr
    assert json.loads(opened.stdout) == [
        {"study_accession": "SDY1", "n": 40},
        {"study_accession": "SDY4", "n": 40},
    ]


def test_verify_exits_4_when_a_part_changed(cli: CliInvoker, tmp_path: Path) -> None:
    dest = tmp_path / "data"
    assert cli("export", str(dest), "--study", "SDY2", "--kinds", "elisa").exit_code == 0
    part = dest / "kind=elisa/study_accession=SDY2/part-0000.parquet"
    part.write_bytes(part.read_bytes()[:-10])
    checked = cli("export", "verify", str(dest), sandbox=False)
    assert checked.exit_code == 4
    assert "1 changed" in checked.stderr


def test_export_needs_exactly_one_study_selection(cli: CliInvoker, tmp_path: Path) -> None:
    done = cli("export", str(tmp_path), "--study", "SDY1", "--all")
    assert done.exit_code == 2
    assert "exactly one of --study, --term or --all" in done.stderr


def test_availability_as_json(cli: CliInvoker) -> None:
    done = cli("availability", "SDY2", "--kinds", "elisa,hai", "-f", "json")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout) == [
        {
            "study": "SDY2",
            "dataRelease": "DR55",
            "kind": "elisa",
            "hasData": True,
            "rows": 40,
            "source": "count",
        },
        {
            "study": "SDY2",
            "dataRelease": "DR55",
            "kind": "hai",
            "hasData": False,
            "rows": 0,
            "source": "search",
        },
    ]


def test_offline_answers_from_the_cache_and_exits_1_on_a_miss(cli: CliInvoker, tmp_path: Path) -> None:
    cache = str(tmp_path / "cache")
    online = cli("--cache", cache, "lookup", "sex", "-f", "json")
    assert online.exit_code == 0, online.stderr
    offline = cli("--cache", cache, "--offline", "lookup", "sex", "-f", "json")
    assert offline.exit_code == 0 and json.loads(offline.stdout) == json.loads(online.stdout)
    miss = cli("--cache", cache, "--offline", "lookup", "race")
    assert miss.exit_code == 1
    assert "offline: this request has no cached response" in miss.stderr


def test_ctrl_c_exits_130_and_the_same_command_continues(
    env: dict[str, str], tmp_path: Path, sandbox_faults: SandboxInfo
) -> None:
    sandbox_faults.configure(latency_ms=150)
    dest = tmp_path / "data"
    journal = dest / "_immport" / "journal"
    args = ["export", str(dest), "--study", "SDY1,SDY2,SDY4,SDY269,SDY1680", "-j", "2"]
    stderr, _ = interrupt_when(
        args,
        env,
        ready=lambda: len(list(journal.rglob("*.json"))) >= 3,
    )
    assert "interrupted: finished parts are kept" in stderr
    kept = len(Journal(Destination(dest)))  # compacted into journal.json when the run stopped
    assert 3 <= kept < 55

    sandbox_faults.configure(latency_ms=0)
    again = subprocess.run([*IMMPORT, *args], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert f"{55 - kept} queries" in again.stderr and f"{kept} already up to date" in again.stderr

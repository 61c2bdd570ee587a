"""files download: progress, verification (exit 4), skip on re-run, Ctrl-C keeps a resumable .part (130)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from immport.cli.commands.files import _report
from immport.cli.failures import CommandFailed, ExitCode
from immport.errors import TransportError, VerificationError
from immport.files import DownloadResult, FailedFile, ManifestEntry
from immport.sandbox import SandboxInfo
from tests.cli.conftest import IMMPORT, CliInvoker, interrupt_when


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*IMMPORT, *args], env=env, capture_output=True, text=True, timeout=120)


def test_download_in_a_subprocess_with_progress_and_a_report_file(
    env: dict[str, str], tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    done = run(env, "files", "download", "SDY1", "--dest", str(tmp_path / "data"), "-o", str(report))
    assert done.returncode == 0, done.stderr
    assert "SDY1 (6 file(s))" in done.stderr  # the progress bar's label
    assert "6 downloaded" in done.stderr
    records = json.loads(report.read_text())
    assert len(records) == 6 and {r["status"] for r in records} == {"downloaded"}
    assert all(r["md5Verified"] for r in records)
    for record in records:
        assert Path(record["path"]).stat().st_size == record["size"]
    assert not list((tmp_path / "data").rglob("*.part"))


def test_second_run_skips_verified_files(cli: CliInvoker, tmp_path: Path) -> None:
    dest = str(tmp_path / "data")
    assert cli("files", "download", "SDY1", "--type", "result_file", "--dest", dest).exit_code == 0
    again = cli("files", "download", "SDY1", "--type", "result_file", "--dest", dest, "-f", "json")
    assert again.exit_code == 0
    assert {r["status"] for r in json.loads(again.stdout)} == {"present"}


def test_a_corrupt_partial_file_fails_verification_with_exit_4(cli: CliInvoker, tmp_path: Path) -> None:
    dest = tmp_path / "data"
    first = cli("files", "download", "SDY1", "--type", "protocol_file", "--dest", str(dest), "-f", "json")
    (record,) = json.loads(first.stdout)
    target = Path(record["path"])
    size = target.stat().st_size
    target.unlink()
    target.with_name(target.name + ".part").write_bytes(b"x" * size)  # complete size, wrong bytes
    result = cli("files", "download", "SDY1", "--type", "protocol_file", "--dest", str(dest))
    assert result.exit_code == 4
    assert "MD5" in result.stderr and "Traceback" not in result.stderr
    assert not target.exists()


def test_exit_code_is_4_only_when_something_failed_verification() -> None:
    entry = ManifestEntry.from_row(
        {"path": "SDY1/a.txt", "fileUUID": "u", "fileName": "a.txt", "filesizeBytes": 1, "generatedMD5": None}
    )
    verification = DownloadResult(failed=[FailedFile(Path("a"), entry, VerificationError("MD5 differs"))])
    transport = DownloadResult(failed=[FailedFile(Path("a"), entry, TransportError("reset"))])
    with pytest.raises(CommandFailed) as caught:
        _report([verification], None, None)
    assert caught.value.code == ExitCode.VERIFICATION
    with pytest.raises(CommandFailed) as caught:
        _report([transport], None, None)
    assert caught.value.code == ExitCode.API_ERROR


def test_ctrl_c_keeps_the_part_file_and_nothing_at_the_final_path(
    env: dict[str, str], tmp_path: Path, sandbox_faults: SandboxInfo
) -> None:
    # every file response is cut after 2 KiB, so no file can ever complete; the client keeps resuming
    sandbox_faults.configure(cut_after_bytes=2048, fault_path_prefix="/s", latency_ms=100)
    dest = tmp_path / "data"
    stderr, parts = interrupt_when(
        ["files", "download", "SDY1", "--type", "study_file", "--dest", str(dest), "-j", "1"],
        {**env, "IMMPORT_MAX_RETRIES": "1000"},
        ready=lambda: _written_parts(dest),
        poll=0.05,
    )
    assert parts, "no .part file with data appeared"
    assert "interrupted" in stderr
    assert all(p.exists() and p.stat().st_size > 0 for p in parts)
    assert not [p for p in dest.rglob("*") if p.is_file() and not p.name.endswith(".part")]


def _written_parts(dest: Path) -> list[Path]:
    found = []
    for part in dest.rglob("*.part"):
        try:
            if part.stat().st_size > 0:
                found.append(part)
        except FileNotFoundError:  # replaced between listing and stat
            continue
    return found


def test_a_study_without_files_says_so_and_exits_non_zero(cli: CliInvoker, tmp_path: Path) -> None:
    result = cli("files", "download", "SDY99", "--dest", str(tmp_path))
    assert result.exit_code == 1, result.stderr
    assert "error: SDY99 has no files to download" in result.stderr
    assert "0 downloaded" not in result.stderr


def test_a_report_file_of_unknown_format_is_refused_before_downloading(
    cli: CliInvoker, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    result = cli("files", "download", "SDY1", "--dest", str(data), "-o", str(tmp_path / "report.xlsx"))
    assert result.exit_code == 2 and ".xlsx" in result.stderr
    assert not data.exists()


def test_a_destination_given_as_a_study_is_refused_before_anything_is_downloaded(
    cli: CliInvoker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)  # where the files would land (the default --dest is ".")
    result = cli("files", "download", "SDY1", str(tmp_path / "data"))
    assert result.exit_code == 2, result.stderr
    assert f'"{tmp_path / "data"}" is not a study accession' in result.stderr
    assert "--dest" in result.stderr
    assert list(here.iterdir()) == [] and not (tmp_path / "data").exists()

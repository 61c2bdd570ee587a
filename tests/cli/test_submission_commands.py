"""upload and batch commands against the sandbox: templates, validation to completion, reports, rejection."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from immport.sandbox import SandboxInfo
from tests.cli.conftest import IMMPORT, CliInvoker

WORKSPACE = "999999"


@pytest.fixture
def package(cli: CliInvoker, tmp_path: Path) -> Path:
    """The workspace's template zip, as the server hands it out (valid as an empty package)."""
    saved = cli("upload", "templates", WORKSPACE, "--dest", str(tmp_path))
    assert saved.exit_code == 0, saved.stderr
    path = Path(saved.stdout.strip())
    assert zipfile.is_zipfile(path)
    return path


def test_workspaces(cli: CliInvoker) -> None:
    rows = json.loads(cli("upload", "workspaces", "-f", "json").stdout)
    assert int(WORKSPACE) in [row["workspace_id"] for row in rows]


def test_upload_with_wait_in_a_subprocess(env: dict[str, str], package: Path) -> None:
    args = ["upload", "zip", str(package), "-w", WORKSPACE, "--validate", "--wait", "--poll-interval", "0.1"]
    done = subprocess.run(
        [*IMMPORT, *args, "-f", "json"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    ticket = json.loads(done.stdout)
    assert ticket["status"] == "Completed_Validation"
    assert ticket["uploadPurpose"] == "validateData"


def test_validation_steps_one_by_one_then_reports(cli: CliInvoker, package: Path) -> None:
    step_one = json.loads(cli("upload", "zip", str(package), "-w", WORKSPACE, "-f", "json").stdout)
    number = step_one["ticket"]
    assert step_one["status"] == "Pending"
    waited = json.loads(
        cli("upload", "status", number, "--wait", "--poll-interval", "0.1", "-f", "json").stdout
    )
    assert waited["status"] == "Completed"
    summary = cli("upload", "summary", number, "-f", "jsonl")
    assert json.loads(summary.stdout)["summary"]["status"] == "Completed"
    whole = json.loads(cli("upload", "summary", number, "-f", "json").stdout)
    assert whole["summary"]["uploadTicketNumber"] == number
    table = cli("upload", "summary", number, "-f", "tsv")
    assert table.stdout.splitlines()[0].startswith("result_id\tfile_name")
    report = cli("upload", "report", number, "--text")
    assert number in report.stdout
    rows = json.loads(cli("upload", "report", number, "-f", "json").stdout)
    assert rows and {"file_name", "status"} <= set(rows[0])


def test_validate_subcommand_is_step_two(cli: CliInvoker, package: Path, sandbox: SandboxInfo) -> None:
    from immport import Client
    from immport.upload import Upload

    with Client(api_key=sandbox.api_key, **sandbox.client_kwargs()) as client:  # step one, from Python
        ticket = Upload(client).upload_zip(package, int(WORKSPACE), validate_only=True)
    assert ticket.last_status == "Pending_Validation"
    pending = json.loads(cli("upload", "status", str(ticket.number), "-f", "json").stdout)
    assert pending["status"] == "Pending_Validation"
    hint = cli("upload", "status", str(ticket.number))
    assert f"immport upload validate {ticket.number}" in hint.stderr
    done = cli("upload", "validate", str(ticket.number), "--wait", "--poll-interval", "0.1", "-f", "json")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "Completed_Validation"


def test_files_upload_needs_a_package_name_and_reaches_completed(
    cli: CliInvoker, package: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(package) as bundle:
        names = bundle.namelist()
        bundle.extractall(tmp_path / "loose")
    paths = [str(tmp_path / "loose" / name) for name in names]
    missing = cli("upload", "files", *paths, "-w", WORKSPACE)
    assert missing.exit_code == 2 and "--package" in missing.stderr
    done = cli(
        "upload", "files", *paths, "-w", WORKSPACE, "--package", "loose", "--wait", "--poll-interval", "0.1"
    )
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "Completed"


def test_offline_registration_is_pending(cli: CliInvoker) -> None:
    result = cli("upload", "offline", "-w", WORKSPACE, "--package", "big.zip", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["status"] == "Pending"


def test_a_rejected_validation_exits_1_and_points_to_the_report(cli: CliInvoker, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as bundle:
        bundle.writestr("subjectHumans.txt", "not a template\n")
    result = cli("upload", "zip", str(bad), "-w", WORKSPACE, "--validate", "--wait", "--poll-interval", "0.1")
    assert result.exit_code == 1, result.stderr
    assert "Rejected_Validation" in result.stderr and "immport upload report" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_validation_to_completion(cli: CliInvoker, tmp_path: Path) -> None:
    saved = Path(cli("batch", "templates", "--dest", str(tmp_path)).stdout.strip())
    with zipfile.ZipFile(saved) as bundle:
        name = bundle.namelist()[0]
        bundle.extract(name, tmp_path)
    args = [
        "batch",
        "upload",
        str(tmp_path / name),
        "-w",
        WORKSPACE,
        "--validate",
        "--wait",
        "--poll-interval",
        "0.1",
    ]
    result = cli(*args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    ticket = json.loads(result.stdout)
    assert ticket["status"] == "Completed_Batch_Updater_Validation"
    status = json.loads(cli("batch", "status", ticket["ticket"], "-f", "json").stdout)
    assert status["status"] == "Completed_Batch_Updater_Validation"
    summary = cli("batch", "summary", ticket["ticket"], "-f", "csv")
    assert summary.exit_code == 0 and "Completed_Batch_Updater_Validation" in summary.stdout
    report = cli("batch", "report", ticket["ticket"], "--text")
    assert report.exit_code == 0 and "Batch Updater" in report.stdout


def test_batch_validate_subcommand(cli: CliInvoker, tmp_path: Path, sandbox: SandboxInfo) -> None:
    from immport import Client

    saved = Path(cli("batch", "templates", "--dest", str(tmp_path)).stdout.strip())
    with zipfile.ZipFile(saved) as bundle:
        name = bundle.namelist()[0]
        bundle.extract(name, tmp_path)
    with Client(api_key=sandbox.api_key, **sandbox.client_kwargs()) as client:
        pending = client.batch_updater.upload(tmp_path / name, int(WORKSPACE), validate_only=True)
    done = cli("batch", "validate", str(pending.number), "--wait", "--poll-interval", "0.1", "-f", "json")
    assert done.exit_code == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "Completed_Batch_Updater_Validation"


def test_templates_dest_with_a_trailing_slash_is_a_directory(cli: CliInvoker, tmp_path: Path) -> None:
    result = cli("upload", "templates", WORKSPACE, "--dest", f"{tmp_path}/templates/")
    assert result.exit_code == 0, result.stderr
    saved = Path(result.stdout.strip())
    assert saved.parent == tmp_path / "templates" and zipfile.is_zipfile(saved)

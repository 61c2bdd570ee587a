"""Upload and Batch Updater round trips against the local sandbox over real sockets."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import immport
from immport.batch import BatchUpdater
from immport.errors import InvalidRequestError
from immport.sandbox import SandboxConfig, SandboxInfo, running
from immport.upload import TicketTimeoutError, Upload
from tests.clock import FakeClock

from .support import NO_ENV, make_zip

POLL = 0.02  # seconds; the sandbox finishes tickets after ticket_delay


@pytest.fixture(scope="module")
def box() -> Iterator[SandboxInfo]:
    with running(SandboxConfig()) as info:
        info.configure(ticket_delay=0.05)
        yield info


@pytest.fixture
def client(box: SandboxInfo) -> Iterator[immport.Client]:
    with immport.Client(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as c:
        yield c


@pytest.fixture
def templates(client: immport.Client, tmp_path: Path) -> Path:
    return Upload(client).templates(999999, tmp_path)


def test_workspaces_and_templates(client: immport.Client, templates: Path) -> None:
    ids = [w.workspace_id for w in Upload(client).workspaces()]
    assert 999999 in ids
    assert zipfile.is_zipfile(templates) and templates.name == "ImmportTemplates.999999.zip"


def test_templates_into_a_trailing_slash_dest_go_inside_that_new_directory(
    client: immport.Client, tmp_path: Path
) -> None:
    saved = Upload(client).templates(999999, f"{tmp_path}/templates/")
    assert saved == tmp_path / "templates" / "ImmportTemplates.999999.zip"
    assert (tmp_path / "templates").is_dir() and zipfile.is_zipfile(saved)


def test_batch_templates_into_a_trailing_slash_dest_go_inside_that_directory(
    client: immport.Client, tmp_path: Path
) -> None:
    saved = BatchUpdater(client).templates(f"{tmp_path}/batch/")
    assert saved.parent == tmp_path / "batch" and zipfile.is_zipfile(saved)


def test_templates_to_a_name_without_slash_is_that_file(client: immport.Client, tmp_path: Path) -> None:
    saved = Upload(client).templates(999999, tmp_path / "mine.zip")
    assert saved == tmp_path / "mine.zip" and zipfile.is_zipfile(saved)


def test_accepted_package_validate_then_upload(client: immport.Client, templates: Path) -> None:
    upload = Upload(client)
    check = upload.upload_zip(templates, 999999, validate_only=True, check_workspace=True)
    assert check.last_status == "Pending_Validation"
    check.validate()
    assert check.wait(poll_interval=POLL, timeout=10) == "Completed_Validation"
    report = check.database_report()
    assert report.rows and not report.errors

    ticket = upload.upload_zip(templates, 999999, notes="sandbox run")
    final = ticket.wait(poll_interval=POLL, timeout=10)
    assert final == "Completed" and final.is_success
    summary = ticket.summary()
    assert summary.status == "Completed" and not summary.errors
    assert ticket.database_report().text


def test_rejected_package_reports_its_errors(client: immport.Client, tmp_path: Path) -> None:
    package = make_zip(tmp_path / "bad.zip", {"readme.pdf": "no templates here"})
    ticket = Upload(client).upload_zip(package, 999999, validate_only=True)
    ticket.validate()
    final = ticket.wait(poll_interval=POLL, timeout=10)
    assert final == "Rejected_Validation" and final.is_rejected
    report = ticket.database_report()
    assert report.errors and any("template" in (e.error_message or "") for e in report.errors)
    assert ticket.summary().errors


def test_multi_file_upload(client: immport.Client, templates: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(templates) as archive:
        archive.extractall(tmp_path / "loose")
    files = sorted((tmp_path / "loose").iterdir())
    ticket = Upload(client).upload_files(files, 999999, "loose-templates")
    assert ticket.wait(poll_interval=POLL, timeout=10) == "Completed"


def test_offline_ticket_stays_pending_and_wait_times_out(client: immport.Client) -> None:
    ticket = Upload(client).register_offline(999999, "Huge.Package.zip")
    with pytest.raises(TicketTimeoutError) as info:
        ticket.wait(poll_interval=1, timeout=3, clock=FakeClock())
    assert info.value.last_status == "Pending"


def test_unknown_workspace_is_refused_before_posting(client: immport.Client, templates: Path) -> None:
    with pytest.raises(InvalidRequestError, match="unknown workspace"):
        Upload(client).upload_zip(templates, 12345, check_workspace=True)


def test_server_rejects_unknown_workspace_with_its_message(client: immport.Client, templates: Path) -> None:
    with pytest.raises(immport.APIStatusError, match="12345"):
        Upload(client).upload_zip(templates, 12345)


def test_batch_round_trip(client: immport.Client, tmp_path: Path) -> None:
    batch = BatchUpdater(client)
    template = batch.templates(tmp_path)
    with zipfile.ZipFile(template) as archive:
        header = archive.read("UpdateValue.Reagent.txt").decode()
    good = tmp_path / "UpdateValue.Reagent.txt"
    good.write_text(header + "ESR20973\tANA40\tCD27\r\n")

    check = batch.upload(good, 999999, validate_only=True)
    assert check.last_status == "Pending_Batch_Updater_Validation"
    check.validate()
    assert check.wait(poll_interval=POLL, timeout=10) == "Completed_Batch_Updater_Validation"

    ticket = batch.upload(good, 999999)
    assert ticket.wait(poll_interval=POLL, timeout=10) == "Completed_Batch_Updater"
    assert ticket.summary().status == "Completed_Batch_Updater"
    assert ticket.database_report().rows

    bad = tmp_path / "Bad.txt"
    bad.write_text("not a header\n")
    rejected = batch.upload(bad, 999999)
    assert rejected.wait(poll_interval=POLL, timeout=10) == "Rejected_Batch_Updater"
    assert rejected.database_report().errors

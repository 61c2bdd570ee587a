"""Batch Updater API: purposes, empty packageName, both report path spellings, templates."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.batch import AsyncBatchUpdater, BatchUpdater
from immport.errors import InvalidRequestError, NotFoundError
from tests.clock import FakeClock

from .support import BATCH, BATCH_REPORT, fields, form_parts, ticket_json

NUMBER = "testuser_20180523_19554"
REG = f"{BATCH}/data/batch/updater/registration/{NUMBER}"


@pytest.fixture
def batch_file(tmp_path: Path) -> Path:
    path = tmp_path / "UpdateValue.Reagent.txt"
    path.write_text(
        "[data_columns => analyte_preferred~analyte_reported, format => update_value, "
        "key_columns => reagent_accession, table_name => reagent]\n"
        "reagent_accession\tanalyte_preferred\tanalyte_reported\nESR20973\tANA40\tCD27\n"
    )
    return path


@pytest.mark.parametrize(
    ("validate_only", "purpose"), [(False, "batchUpdateUpload"), (True, "batchUpdateValidate")]
)
def test_batch_upload_form(
    client: immport.Client, httpx_mock: HTTPXMock, batch_file: Path, validate_only: bool, purpose: str
) -> None:
    status = "Pending_Batch_Updater_Validation" if validate_only else "Pending_Batch_Updater"
    httpx_mock.add_response(
        url=f"{BATCH}/data/batch/updater", method="POST", json=ticket_json(NUMBER, status, purpose)
    )

    ticket = BatchUpdater(client).upload(batch_file, 999999, validate_only=validate_only)

    request = httpx_mock.get_request()
    assert request is not None
    assert fields(request) == {
        "workspaceId": "999999",
        "packageName": "",
        "uploadNotes": "",
        "uploadPurpose": purpose,
        "serverName": "",
    }
    (part,) = [p for p in form_parts(request) if p.filename]
    assert (part.name, part.filename, part.content) == ("file", batch_file.name, batch_file.read_bytes())
    assert ticket.last_status == status


def test_reports_try_the_documented_example_path_then_the_table_path(
    client: immport.Client, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{REG}/reports/database", status_code=404, json={"message": "no such path"})
    httpx_mock.add_response(
        url=f"{REG}/database",
        json={"database": BATCH_REPORT, "uploadTicketNumber": NUMBER, "type": "database"},
    )
    report = BatchUpdater(client).ticket(NUMBER).database_report()
    assert [r.status for r in report.rows][-1] == "Completed_Batch_Updater"
    assert [r.url.path.rsplit("/", 2)[-2:] for r in httpx_mock.get_requests()] == [
        ["reports", "database"],
        [NUMBER, "database"],
    ]


def test_reports_give_up_after_both_paths_404(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{REG}/reports/summary", status_code=404)
    httpx_mock.add_response(url=f"{REG}/summary", status_code=404)
    with pytest.raises(NotFoundError):
        BatchUpdater(client).summary(NUMBER)


def test_batch_validate_and_wait(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{BATCH}/data/batch/updater/validation",
        json={"uploadTicketNumber": NUMBER, "status": "Pending_Batch_Updater_Validation"},
    )
    httpx_mock.add_response(
        url=f"{REG}/status",
        json={"uploadTicketNumber": NUMBER, "status": "Rejected_Batch_Updater_Validation"},
    )
    ticket = BatchUpdater(client).validate(NUMBER)
    assert fields(httpx_mock.get_requests()[0]) == {"uploadTicketNumber": NUMBER}
    final = ticket.wait(poll_interval=1, timeout=10, clock=FakeClock())
    assert final.is_rejected and final.is_validation


def test_batch_templates(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("UpdateValue.Reagent.txt", "[...]")
    httpx_mock.add_response(
        url=f"{BATCH}/data/batch/updater/documentation/templates", content=buffer.getvalue()
    )
    path = BatchUpdater(client).templates(tmp_path)
    assert path.name == "ImmportBatchUpdaterTemplates.zip" and zipfile.is_zipfile(path)


def test_batch_missing_file_is_refused(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="not found"):
        BatchUpdater(client).upload(tmp_path / "nope.txt", 999999)
    assert httpx_mock.get_requests() == []


async def test_async_batch_upload(
    aclient: immport.AsyncClient, httpx_mock: HTTPXMock, batch_file: Path
) -> None:
    httpx_mock.add_response(
        url=f"{BATCH}/data/batch/updater", json=ticket_json(NUMBER, "Pending_Batch_Updater")
    )
    httpx_mock.add_response(
        url=f"{REG}/status", json={"uploadTicketNumber": NUMBER, "status": "Completed_Batch_Updater"}
    )
    ticket = await AsyncBatchUpdater(aclient).upload(batch_file, 999999)
    assert await ticket.status() == "Completed_Batch_Updater"

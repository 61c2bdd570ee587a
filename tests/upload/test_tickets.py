"""Ticket numbers, statuses, waiting (fake clock), summary and database reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.errors import DecodeError, InvalidRequestError
from immport.upload import AsyncUpload, Ticket, TicketNumber, TicketStatus, TicketTimeoutError, Upload
from immport.upload.report import parse_status_table
from immport.upload.ticket_flows import retry_after_seconds
from tests.clock import FakeClock

from .support import BATCH_REPORT, UPLOAD, UPLOAD_REPORT, VALIDATION_REPORT, make_zip, ticket_json

NUMBER = "testuser_20180523_19544"
STATUS_URL = f"{UPLOAD}/data/upload/registration/{NUMBER}/status"


def test_ticket_number_is_parsed_and_validated() -> None:
    number = TicketNumber.parse("first_last_20240229_7")
    assert (number.user, number.date, number.registration_id) == ("first_last", dt.date(2024, 2, 29), 7)
    assert str(number) == "first_last_20240229_7"
    for bad in ("testuser_20180523", "testuser_2018052_1", "_20180523_1", "testuser_20180230_1", 42, None):
        with pytest.raises(InvalidRequestError):
            TicketNumber.parse(bad)


@pytest.mark.parametrize(
    ("value", "terminal", "success", "rejected"),
    [
        ("Pending", False, False, False),
        ("Pending_Validation", False, False, False),
        ("Completed", True, True, False),
        ("Completed_Validation", True, True, False),
        ("Rejected", True, False, True),
        ("Rejected_Validation", True, False, True),
        ("Pending_Batch_Updater", False, False, False),
        ("Completed_Batch_Updater_Validation", True, True, False),
        ("Rejected_Batch_Updater", True, False, True),
        ("Started", False, False, False),  # seen in client code, not documented
        ("Error", True, False, True),
        ("Completed_Something_New", True, True, False),
        ("Queued_For_Review", False, False, False),
    ],
)
def test_status_classification_tolerates_unknown_values(
    value: str, terminal: bool, success: bool, rejected: bool
) -> None:
    status = TicketStatus(value)
    assert (status.is_terminal, status.is_success, status.is_rejected) == (terminal, success, rejected)
    assert status == value and isinstance(status, str)


def test_known_statuses() -> None:
    assert TicketStatus("Pending_Batch_Updater_Validation").is_known
    assert TicketStatus("Pending_Batch_Updater_Validation").awaits_validate_call
    assert not TicketStatus("Queued_For_Review").is_known


def test_wait_polls_until_terminal_with_fake_clock(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    for status in ("Pending", "Pending", "Completed"):
        httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, status))
    clock = FakeClock()
    seen: list[str] = []

    ticket = Upload(client).ticket(NUMBER)
    final = ticket.wait(
        poll_interval=5, timeout=60, progress=lambda state: seen.append(state.status), clock=clock
    )

    assert final == "Completed" and ticket.last_status == "Completed"
    assert clock.sleeps == [5, 5]
    assert seen == ["Pending", "Pending", "Completed"]


def test_wait_honours_retry_after(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=STATUS_URL, json=ticket_json(NUMBER, "Pending"), headers={"Retry-After": "12"}
    )
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Rejected"))
    clock = FakeClock()
    final = Upload(client).ticket(NUMBER).wait(poll_interval=2, timeout=60, clock=clock)
    assert final.is_rejected and clock.sleeps == [12]


def test_wait_times_out_with_a_typed_error(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Pending"), is_reusable=True)
    clock = FakeClock()
    with pytest.raises(TicketTimeoutError) as info:
        Upload(client).ticket(NUMBER).wait(poll_interval=4, timeout=10, clock=clock)
    assert info.value.last_status == "Pending" and info.value.ticket == NUMBER
    assert isinstance(info.value, TimeoutError)
    assert clock.sleeps == [4, 4, 2]  # never sleeps past the deadline
    assert len(httpx_mock.get_requests()) == 4


def test_wait_keeps_polling_through_transient_errors(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=STATUS_URL, status_code=503, text="<html>busy</html>", is_reusable=False)
    httpx_mock.add_response(url=STATUS_URL, status_code=503, text="<html>busy</html>", is_reusable=False)
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Completed"))
    clock = FakeClock()
    assert Upload(client).ticket(NUMBER).wait(poll_interval=3, timeout=60, clock=clock) == "Completed"
    assert clock.sleeps == [3]  # the client core retried the first 503 once itself (max_retries=1)


def validation_step_one(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> tuple[Upload, Ticket]:
    """A zip sent with ``validate_only=True``: ImmPort answers Pending_Validation (step 2 not asked yet)."""
    package = make_zip(tmp_path / "p.zip", {"a.txt": "a"})
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/type/online",
        json=ticket_json(NUMBER, "Pending_Validation", "validateData"),
    )
    upload = Upload(client)
    return upload, upload.upload_zip(package, 999999, validate_only=True)


def test_wait_refuses_a_validation_that_was_never_requested(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    _, ticket = validation_step_one(client, httpx_mock, tmp_path)
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Pending_Validation", "validateData"))
    with pytest.raises(InvalidRequestError, match="validate"):
        ticket.wait(clock=FakeClock())


def test_summary_is_typed_with_error_rows(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    row = {
        "uploadRegistrationResultId": 1101350,
        "description": None,
        "errorMessage": None,
        "fileName": "testuser_20180523_19544___Test.zip",
        "lineNumber": None,
        "status": "Completed",
        "uploadTicketNumber": NUMBER,
        "dateCreated": "2018-05-23",
        "createdBy": "testuser",
        "dateLastUpdated": "2018-05-23",
        "lastUpdatedBy": "testuser",
    }
    error_row = dict(row, uploadRegistrationResultId=1101351, errorMessage="Sex 'Mle' invalid", lineNumber=5)
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/registration/{NUMBER}/reports/summary",
        json={
            "summary": {
                "uploadRegistrationId": 19544,
                "workspaceName": "Test Creation Scripts I",
                "fileName": "Test.zip",
                "status": "Rejected",
                "uploadTicketNumber": NUMBER,
                "dateCreated": "2018-05-23",
                "createdBy": "testuser",
                "uploadMethod": "Secure Web",
                "uploadRegistrationResults": [row, error_row],
            },
            "uploadTicketNumber": NUMBER,
            "type": "summary",
        },
    )
    summary = Upload(client).ticket(NUMBER).summary()
    assert summary.registration_id == 19544 and summary.status is not None and summary.status.is_rejected
    assert summary.date_created == dt.date(2018, 5, 23) and summary.upload_method == "Secure Web"
    assert len(summary.results) == 2
    (error,) = summary.errors
    assert error.error_message == "Sex 'Mle' invalid" and error.line_number == 5


def test_database_report_rows_and_raw_text(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/registration/{NUMBER}/reports/database",
        json={"database": VALIDATION_REPORT, "uploadTicketNumber": NUMBER, "type": "database"},
    )
    report = Upload(client).database_report(NUMBER)
    assert report.text == VALIDATION_REPORT and report.ticket == NUMBER
    assert [r.status for r in report.rows] == ["Parsing", "Stored in:file_info", "Error", "Completed"]
    first = report.rows[0]
    assert (first.file_name, first.line_number, first.error_message) == ("protocols.txt", None, None)
    assert first.description == "Template: protocols.txt, Size:748 bytes"
    (error,) = report.errors
    assert (error.file_name, error.line_number) == ("subjectsAnimal.txt", 5)
    assert error.error_message == "Sex 'Mle' is not in lkSex"


def test_report_without_text_is_a_decode_error(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/registration/{NUMBER}/reports/database",
        json={"uploadTicketNumber": NUMBER},
    )
    with pytest.raises(DecodeError, match="no database report"):
        Upload(client).database_report(NUMBER)


def test_batch_report_table_has_no_file_name_column() -> None:
    rows = parse_status_table(BATCH_REPORT)
    assert [(r.file_name, r.line_number, r.status) for r in rows] == [
        (None, 0, "Parsing"),
        (None, 71, "Information"),
        (None, 0, "Completed_Batch_Updater"),
    ]


def test_upload_report_has_no_status_table() -> None:
    assert parse_status_table(UPLOAD_REPORT) == ()


def test_retry_after_forms() -> None:
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Thu, 01 Jan 1970 00:00:30 GMT") == 0.0  # a date in the past: no wait
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


async def test_async_wait_uses_the_same_flow(aclient: immport.AsyncClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Pending"))
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Completed"))
    clock = FakeClock()
    final = await AsyncUpload(aclient).ticket(NUMBER).wait(poll_interval=1.5, timeout=30, clock=clock)
    assert final == "Completed" and clock.sleeps == [1.5]


def test_wait_with_a_rich_status_line(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Pending"))
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Completed"))
    clock = FakeClock()
    assert Upload(client).ticket(NUMBER).wait(poll_interval=1, progress=True, clock=clock) == "Completed"
    assert clock.sleeps == [1]


def test_api_level_validate_marks_the_ticket_object(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    upload, ticket = validation_step_one(client, httpx_mock, tmp_path)
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/validation",
        json={"uploadTicketNumber": NUMBER, "status": "Pending_Validation"},
    )
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Pending_Validation", "validateData"))
    httpx_mock.add_response(url=STATUS_URL, json=ticket_json(NUMBER, "Completed_Validation", "validateData"))
    assert upload.validate(ticket) is ticket and ticket.validation_requested is True
    assert ticket.wait(poll_interval=1, clock=FakeClock()) == "Completed_Validation"


def test_a_detached_ticket_has_its_methods_and_calling_one_says_it_is_not_attached() -> None:
    ticket = Ticket(TicketNumber.parse(NUMBER))
    assert hasattr(ticket, "status") and hasattr(ticket, "wait")
    with pytest.raises(InvalidRequestError, match="this ticket is not attached to a client"):
        ticket.status()

"""Data Upload API over pytest-httpx: exact multipart bodies, input checks, no POST retries, tickets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.errors import (
    APIStatusError,
    DecodeError,
    InvalidRequestError,
    NotFoundError,
    TransportError,
    UploadMayHaveRegisteredError,
)
from immport.upload import AsyncUpload, TicketStatus, Upload

from .support import UPLOAD, fields, form_parts, make_zip, ticket_json

ONLINE = f"{UPLOAD}/data/upload/type/online"
OFFLINE = f"{UPLOAD}/data/upload/type/offline"
WORKSPACES = {
    "workspaces": [
        {
            "workspaceId": 999999,
            "name": "Test Creation Scripts I",
            "type": "PW",
            "category": "TEST",
            "dateCreated": 1527000000000,
            "dateLastUpdated": 1527086400000,
            "createdBy": "testuser",
            "lastUpdatedBy": "testuser",
            "somethingNew": True,
        }
    ]
}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return make_zip(tmp_path / "Test.Fcm_Derived_Data.Comprehensive.zip", {"protocols.txt": "protocols\n"})


def test_workspaces_are_typed(client: immport.Client, httpx_mock: HTTPXMock, canary_api_key: str) -> None:
    httpx_mock.add_response(url=f"{UPLOAD}/workspaces", json=WORKSPACES)
    (ws,) = Upload(client).workspaces()
    assert ws.workspace_id == 999999 and ws.name == "Test Creation Scripts I" and ws.category == "TEST"
    assert ws.date_created == dt.datetime(2018, 5, 22, 14, 40, tzinfo=dt.UTC)
    assert ws.raw["somethingNew"] is True
    assert httpx_mock.get_request().headers["authorization"] == f"Bearer {canary_api_key}"  # type: ignore[union-attr]


def test_zip_upload_sends_the_documented_multipart_form(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_response(url=ONLINE, method="POST", json=ticket_json("testuser_20180523_19544", "Pending"))

    ticket = Upload(client).upload_zip(package, 999999, notes="first try")

    parts = form_parts(httpx_mock.get_request())  # type: ignore[arg-type]
    assert [(p.name, p.text) for p in parts if p.filename is None] == [
        ("workspaceId", "999999"),
        ("packageName", ""),
        ("uploadNotes", "first try"),
        ("uploadPurpose", "uploadData"),
        ("serverName", ""),
    ]
    (file_part,) = [p for p in parts if p.filename is not None]
    assert file_part.name == "file" and file_part.filename == package.name
    assert file_part.content == package.read_bytes() and file_part.content_type == "application/zip"
    assert str(ticket.number) == "testuser_20180523_19544"
    assert ticket.number.user == "testuser" and ticket.number.date == dt.date(2018, 5, 23)
    assert ticket.number.registration_id == 19544
    assert ticket.last_status == TicketStatus.PENDING and ticket.workspace_id == 999999


def validation_replies(httpx_mock: HTTPXMock, *, step_two: str) -> str:
    """ImmPort's answers to a zip sent with validate_only (Pending_Validation), then to step 2 (``step_two``);
    returns the ticket number."""
    number = "testuser_20180523_19543"
    httpx_mock.add_response(url=ONLINE, json=ticket_json(number, "Pending_Validation", "validateData"))
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/validation", json={"uploadTicketNumber": number, "status": step_two}
    )
    return number


def test_validate_only_uses_validate_data_then_step_two(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    number = validation_replies(httpx_mock, step_two="Completed_Validation")

    ticket = Upload(client).upload_zip(package, 999999, validate_only=True)
    assert ticket.last_status.awaits_validate_call  # type: ignore[union-attr]
    status = ticket.validate()

    first, second = httpx_mock.get_requests()
    assert fields(first)["uploadPurpose"] == "validateData"
    assert second.method == "POST" and fields(second) == {"uploadTicketNumber": number}
    assert status == "Completed_Validation" and status.is_success and status.is_terminal


def test_multi_file_upload_repeats_the_file_field(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    paths = []
    for name in ("basic_study_design.txt", "protocols.txt", "MBAA_protocol.txt"):
        (tmp_path / name).write_text(f"{name}\tSchema Version 3.38\n")
        paths.append(tmp_path / name)
    httpx_mock.add_response(url=ONLINE, json=ticket_json("testuser_20180523_19553", "Pending"))

    Upload(client).upload_files(paths, 999999, "multiPartFilesUploadMultipleFiles", server_name="srv")

    parts = form_parts(httpx_mock.get_request())  # type: ignore[arg-type]
    assert fields(httpx_mock.get_request()) == {  # type: ignore[arg-type]
        "workspaceId": "999999",
        "packageName": "multiPartFilesUploadMultipleFiles",
        "uploadNotes": "",
        "uploadPurpose": "uploadData",
        "serverName": "srv",
    }
    files = [(p.name, p.filename, p.content) for p in parts if p.filename is not None]
    assert files == [("file", p.name, p.read_bytes()) for p in paths]


def test_offline_registration_is_multipart_without_a_file(
    client: immport.Client, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=OFFLINE, json=ticket_json("testuser_20180523_19546", "Pending"))

    ticket = Upload(client).register_offline(999999, "Test.Fcm_Derived_Data.Comprehensive.zip")

    request = httpx_mock.get_request()
    assert request is not None
    assert all(p.filename is None for p in form_parts(request))
    assert fields(request) == {
        "workspaceId": "999999",
        "packageName": "Test.Fcm_Derived_Data.Comprehensive.zip",
        "uploadNotes": "",
        "uploadPurpose": "uploadData",
        "serverName": "",
    }
    assert ticket.last_status == "Pending"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda u, d: u.upload_zip(d / "missing.zip", 999999), "not found"),
        (lambda u, d: u.upload_zip(d, 999999), "directory"),
        (lambda u, d: u.upload_zip(d / "plain.txt", 999999), "not a zip"),
        (lambda u, d: u.upload_zip(d / "pkg.zip", 0), "workspace_id"),
        (lambda u, d: u.upload_zip(d / "pkg.zip", "999999"), "workspace_id"),
        (lambda u, d: u.upload_zip(d / "pkg.zip", True), "workspace_id"),
        (lambda u, d: u.upload_zip(d / "pkg.zip", 1, notes=None), "notes"),
        (lambda u, d: u.upload_files([d / "plain.txt"], 999999, ""), "package_name"),
        (lambda u, d: u.upload_files([d / "plain.txt"], 999999, "   "), "package_name"),
        (lambda u, d: u.upload_files([d / "plain.txt"], 999999, "x" * 256), "longer"),
        (lambda u, d: u.upload_files([d / "plain.txt"], 999999, "a/b"), "separators"),
        (lambda u, d: u.upload_files([], 999999, "pkg"), "non-empty list"),
        (lambda u, d: u.upload_files(d / "plain.txt", 999999, "pkg"), "non-empty list"),
        (lambda u, d: u.upload_files([d / "plain.txt", d / "sub/plain.txt"], 999999, "pkg"), "share a name"),
        (lambda u, d: u.upload_files([d / "plain.txt", d / "nope.txt"], 999999, "pkg"), "not found"),
        (lambda u, d: u.register_offline(999999, ""), "package_name"),
        (lambda u, d: u.status("not-a-ticket"), "ticket number"),
        (lambda u, d: u.status("testuser_20181332_1"), "impossible date"),
        (lambda u, d: u.validate("testuser_2018_1"), "ticket number"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path, call: object, message: str
) -> None:
    (tmp_path / "plain.txt").write_text("not a zip")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/plain.txt").write_text("same name")
    make_zip(tmp_path / "pkg.zip", {"a.txt": "a"})
    with pytest.raises(InvalidRequestError, match=message):
        call(Upload(client), tmp_path)  # type: ignore[operator]
    assert httpx_mock.get_requests() == []


def test_unknown_workspace_is_caught_when_checking(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_response(url=f"{UPLOAD}/workspaces", json=WORKSPACES)
    with pytest.raises(InvalidRequestError, match=r"unknown workspace id 9999 \(yours: 999999\)"):
        Upload(client).upload_zip(package, 9999, check_workspace=True)
    assert [r.method for r in httpx_mock.get_requests()] == ["GET"]  # no POST went out


def test_server_error_message_is_added_to_the_typed_error(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_response(
        url=ONLINE, status_code=400, json={"error": "Bad Request", "message": "Workspace 9999 does not exist"}
    )
    with pytest.raises(APIStatusError, match="Workspace 9999 does not exist") as info:
        Upload(client).upload_zip(package, 9999)
    assert info.value.status == 400
    assert len(httpx_mock.get_requests()) == 1


def test_error_body_with_status_200_is_an_error(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/registration/invalid_19991231_99999/status",
        json={"error": "Not Found", "message": "No upload ticket invalid_19991231_99999"},
    )
    with pytest.raises(APIStatusError, match="No upload ticket"):
        Upload(client).status("invalid_19991231_99999")


def test_unknown_ticket_404_is_not_found(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/registration/invalid_19991231_99999/status",
        status_code=404,
        json={"error": "Not Found", "message": "ticket invalid_19991231_99999 not found"},
    )
    with pytest.raises(NotFoundError, match="ticket invalid_19991231_99999 not found"):
        Upload(client).status("invalid_19991231_99999")


def test_timed_out_upload_is_not_retried_and_says_it_may_have_registered(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"), url=ONLINE)
    with pytest.raises(UploadMayHaveRegisteredError, match="may have been registered") as info:
        Upload(client).upload_zip(package, 999999)
    assert "status" in str(info.value) and "database report" in str(info.value)
    assert len(httpx_mock.get_requests()) == 1


def test_gateway_timeout_on_upload_may_have_registered(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_response(url=ONLINE, status_code=504, text="<html>504</html>")
    with pytest.raises(UploadMayHaveRegisteredError):
        Upload(client).upload_zip(package, 999999)
    assert len(httpx_mock.get_requests()) == 1


def test_server_errors_on_upload_are_not_retried(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_response(url=ONLINE, status_code=503, headers={"Retry-After": "0"})
    with pytest.raises(immport.ServerError):
        Upload(client).upload_zip(package, 999999)
    assert len(httpx_mock.get_requests()) == 1


def test_connection_refused_means_nothing_was_sent(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), url=ONLINE)
    with pytest.raises(TransportError) as info:
        Upload(client).upload_zip(package, 999999)
    assert not isinstance(info.value, UploadMayHaveRegisteredError)


def test_timed_out_validate_is_not_retried(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ReadTimeout("timed out"), url=f"{UPLOAD}/data/upload/validation")
    with pytest.raises(UploadMayHaveRegisteredError):
        Upload(client).validate("testuser_20180523_19543")
    assert len(httpx_mock.get_requests()) == 1


def test_templates_saved_atomically(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    zipped = make_zip(tmp_path / "src.zip", {"protocols.txt": "x"}).read_bytes()
    httpx_mock.add_response(url=f"{UPLOAD}/data/upload/documentation/templates/999999", content=zipped)
    out = tmp_path / "out"
    out.mkdir()

    path = Upload(client).templates(999999, out)

    assert path == out / "ImmportTemplates.999999.zip" and path.read_bytes() == zipped
    assert list(out.iterdir()) == [path]


def test_templates_that_are_not_a_zip_write_nothing(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(
        url=f"{UPLOAD}/data/upload/documentation/templates/999999", text="<html>login</html>"
    )
    with pytest.raises(DecodeError, match="not a zip"):
        Upload(client).templates(999999, tmp_path / "t.zip")
    assert list(tmp_path.iterdir()) == []


def test_malformed_ticket_from_server_is_a_decode_error(
    client: immport.Client, httpx_mock: HTTPXMock, package: Path
) -> None:
    httpx_mock.add_response(url=ONLINE, json={"uploadTicketNumber": "garbage", "status": "Pending"})
    with pytest.raises(DecodeError, match="malformed ticket"):
        Upload(client).upload_zip(package, 999999)


async def test_async_upload_and_validate(
    aclient: immport.AsyncClient, httpx_mock: HTTPXMock, package: Path
) -> None:
    validation_replies(httpx_mock, step_two="Rejected_Validation")
    upload = AsyncUpload(aclient)
    ticket = await upload.upload_zip(package, 999999, validate_only=True)
    status = await ticket.validate()
    assert status.is_rejected and status.is_terminal and not status.is_success
    assert fields(httpx_mock.get_requests()[0])["packageName"] == ""

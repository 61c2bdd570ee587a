"""Data Upload and Batch Updater APIs: tickets, their state machine and reports, decided by the content."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from typing import Any

import pytest

from .conftest import GOOD_ROW, SUBJECT_COLUMNS, Sandbox, make_zip, subject_template

UP = "/data/upload"
BATCH = "/data/batch/updater"
BATCH_HEADER = (
    "[data_columns => analyte_preferred~analyte_reported, format => update_value, "
    "key_columns => reagent_accession, table_name => reagent]"
)


def post(sandbox: Sandbox, path: str, fields: dict[str, str], files: Any = None) -> Any:
    return sandbox.http.post(path, data=fields, files=files, headers=sandbox.auth())


def get(sandbox: Sandbox, path: str) -> Any:
    return sandbox.http.get(path, headers=sandbox.auth())


def upload_zip(
    sandbox: Sandbox, content: bytes, purpose: str = "uploadData", name: str = "package.zip"
) -> Any:
    fields = {
        "workspaceId": "999999",
        "packageName": "",
        "uploadNotes": "test",
        "uploadPurpose": purpose,
        "serverName": "",
    }
    return post(sandbox, UP + "/type/online", fields, files={"file": (name, content, "application/zip")})


def good_package() -> bytes:
    return make_zip({"subjectHumans.txt": subject_template(GOOD_ROW), "protocol.pdf": "%PDF-1.4"})


def test_workspaces_and_templates(sandbox: Sandbox) -> None:
    body = get(sandbox, "/workspaces").json()
    assert list(body["workspaces"][0]) == [
        "workspaceId",
        "name",
        "type",
        "category",
        "dateCreated",
        "dateLastUpdated",
        "createdBy",
        "lastUpdatedBy",
    ]
    assert body["workspaces"][0]["workspaceId"] == 999999
    response = get(sandbox, UP + "/documentation/templates/999999")
    assert response.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert "subjectHumans.txt" in names
    assert get(sandbox, UP + "/documentation/templates/9999").status_code == 404
    batch = get(sandbox, BATCH + "/documentation/templates")
    assert zipfile.ZipFile(io.BytesIO(batch.content)).namelist() == ["UpdateValue.Reagent.txt"]


def test_filled_template_from_the_server_is_accepted(sandbox: Sandbox) -> None:
    archive = zipfile.ZipFile(io.BytesIO(get(sandbox, UP + "/documentation/templates/999999").content))
    template = archive.read("subjectHumans.txt").decode()
    ticket = upload_zip(sandbox, make_zip({"subjectHumans.txt": template + GOOD_ROW + "\r\n"})).json()
    assert (
        get(sandbox, f"{UP}/registration/{ticket['uploadTicketNumber']}/status").json()["status"]
        == "Completed"
    )


def test_accepted_zip_upload_goes_pending_then_completed(sandbox: Sandbox) -> None:
    sandbox.state.tunables.update(ticket_delay=3600)
    response = upload_zip(sandbox, good_package())
    assert response.status_code == 200
    ticket = response.json()
    assert (
        ticket["status"] == "Pending"
        and ticket["uploadPurpose"] == "uploadData"
        and ticket["workspaceId"] == 999999
    )
    number = ticket["uploadTicketNumber"]
    assert re.fullmatch(rf"demo_{datetime.now(UTC):%Y%m%d}_\d+", number)
    assert get(sandbox, f"{UP}/registration/{number}/status").json() == {
        "uploadTicketNumber": number,
        "status": "Pending",
    }
    assert get(sandbox, f"{UP}/registration/{number}/reports/database").status_code == 409
    sandbox.state.tunables.update(ticket_delay=0)
    assert get(sandbox, f"{UP}/registration/{number}/status").json()["status"] == "Completed"
    summary = get(sandbox, f"{UP}/registration/{number}/reports/summary").json()
    assert summary["type"] == "summary" and summary["uploadTicketNumber"] == number
    assert summary["summary"]["status"] == "Completed" and summary["summary"]["uploadMethod"] == "Secure Web"
    statuses = [r["status"] for r in summary["summary"]["uploadRegistrationResults"]]
    assert statuses[0] == "Registered" and statuses[-1] == "Completed" and "Error" not in statuses
    database = get(sandbox, f"{UP}/registration/{number}/reports/database").json()
    assert database["type"] == "database"
    assert database["database"].startswith("EXPERIMENT DATA UPLOAD REPORT\r\n")


@pytest.mark.parametrize(
    ("template", "line", "fragment"),
    [
        (subject_template(GOOD_ROW, banner=False), 2, "Missing header"),
        (subject_template(GOOD_ROW, columns=SUBJECT_COLUMNS.replace("Sex", "Gender")), 3, "Column 'Gender'"),
        (
            subject_template(GOOD_ROW, GOOD_ROW.replace("Female", "Feline")),
            5,
            "'Feline' is not a valid value",
        ),
        (subject_template(GOOD_ROW.replace("\t30\t30", "\tthirty\t30")), 4, "must be a number"),
        (subject_template("\tSUB_B\tARM_A"), 4, "tab-separated values"),
    ],
)
def test_malformed_template_is_rejected_with_an_error_row(
    sandbox: Sandbox, template: str, line: int, fragment: str
) -> None:
    number = upload_zip(sandbox, make_zip({"subjectHumans.txt": template})).json()["uploadTicketNumber"]
    assert get(sandbox, f"{UP}/registration/{number}/status").json()["status"] == "Rejected"
    results = get(sandbox, f"{UP}/registration/{number}/reports/summary").json()["summary"][
        "uploadRegistrationResults"
    ]
    errors = [r for r in results if r["errorMessage"]]
    assert len(errors) == 1
    assert errors[0]["fileName"] == "subjectHumans.txt" and errors[0]["lineNumber"] == line
    assert fragment in errors[0]["errorMessage"] and errors[0]["status"] == "Error"
    text = get(sandbox, f"{UP}/registration/{number}/reports/database").json()["database"]
    lines = text.split("\r\n")
    assert lines[4] == "File Name\tLine Number\tStatus\tError Message\tDescription"
    error_rows = [row.split("\t") for row in lines[5:] if row and row.split("\t")[2] == "Error"]
    assert error_rows == [
        ["subjectHumans.txt", str(line), "Error", errors[0]["errorMessage"], errors[0]["description"]]
    ]
    assert "\n" not in text.replace("\r\n", "")


def test_zip_upload_input_errors_are_400_json(sandbox: Sandbox) -> None:
    not_zip = upload_zip(sandbox, b"just text", name="package.zip")
    assert not_zip.status_code == 400 and set(not_zip.json()) == {"error", "message"}
    corrupt = upload_zip(sandbox, b"PK\x03\x04garbage", name="package.zip")
    assert corrupt.status_code == 400
    fields = {"workspaceId": "999999", "packageName": "pkg", "uploadPurpose": "uploadData"}
    named_zip = post(sandbox, UP + "/type/online", fields, files={"file": ("p.zip", good_package())})
    assert named_zip.status_code == 400 and "packageName must be empty" in named_zip.json()["message"]
    bad_purpose = post(
        sandbox,
        UP + "/type/online",
        {**fields, "packageName": "", "uploadPurpose": "upload"},
        files={"file": ("p.zip", good_package())},
    )
    assert bad_purpose.status_code == 400
    unknown_ws = post(
        sandbox,
        UP + "/type/online",
        {**fields, "packageName": "", "workspaceId": "9999"},
        files={"file": ("p.zip", good_package())},
    )
    assert unknown_ws.status_code == 400 and "9999" in unknown_ws.json()["message"]
    assert not any(t.workspace_id == 9999 for t in sandbox.state.tickets.values())


def test_unknown_ticket_is_404_json(sandbox: Sandbox) -> None:
    for path in (f"{UP}/registration/invalid_19991231_99999/status", f"{BATCH}/registration/nope/summary"):
        response = get(sandbox, path)
        assert response.status_code == 404 and set(response.json()) == {"error", "message"}


def test_multi_file_upload_needs_package_name(sandbox: Sandbox) -> None:
    files = [
        ("file", ("subjectHumans.txt", subject_template(GOOD_ROW).encode())),
        (
            "file",
            (
                "experiments.txt",
                b"experiments\tSchema Version 3.38\r\nPlease do not delete or edit this "
                b"column\r\nColumn Name\tUser Defined ID\tName\tDescription\t"
                b"Measurement Technique\r\n\tE1\tExp one\t\tELISA\r\n",
            ),
        ),
    ]
    fields = {"workspaceId": "999999", "packageName": "", "uploadPurpose": "uploadData"}
    assert post(sandbox, UP + "/type/online", fields, files=files).status_code == 400
    ticket = post(sandbox, UP + "/type/online", {**fields, "packageName": "my package"}, files=files).json()
    assert (
        get(sandbox, f"{UP}/registration/{ticket['uploadTicketNumber']}/status").json()["status"]
        == "Completed"
    )


def test_two_step_validation(sandbox: Sandbox) -> None:
    good = upload_zip(sandbox, good_package(), purpose="validateData").json()
    assert good["status"] == "Pending_Validation"
    number = good["uploadTicketNumber"]
    # nothing happens until the validation request
    assert get(sandbox, f"{UP}/registration/{number}/status").json()["status"] == "Pending_Validation"
    validated = post(sandbox, UP + "/validation", {"uploadTicketNumber": number, "workspaceId": "999999"})
    assert validated.json() == {"uploadTicketNumber": number, "status": "Completed_Validation"}
    text = get(sandbox, f"{UP}/registration/{number}/reports/database").json()["database"]
    assert text.startswith("The validation report is based on ImmPort workspace (workspace_id = 999999)")
    bad = upload_zip(
        sandbox,
        make_zip({"subjectHumans.txt": subject_template(GOOD_ROW, banner=False)}),
        purpose="validateData",
    ).json()["uploadTicketNumber"]
    assert (
        post(sandbox, UP + "/validation", {"uploadTicketNumber": bad}).json()["status"]
        == "Rejected_Validation"
    )
    plain = upload_zip(sandbox, good_package()).json()["uploadTicketNumber"]
    assert post(sandbox, UP + "/validation", {"uploadTicketNumber": plain}).status_code == 400
    assert post(sandbox, UP + "/validation", {"uploadTicketNumber": "nope"}).status_code == 404


def test_offline_upload_waits_for_the_drop_zone(sandbox: Sandbox) -> None:
    fields = {"workspaceId": "999999", "packageName": "big_package", "uploadPurpose": "uploadData"}
    assert post(sandbox, UP + "/type/offline", {**fields, "packageName": ""}).status_code == 400
    number = post(sandbox, UP + "/type/offline", fields).json()["uploadTicketNumber"]
    assert get(sandbox, f"{UP}/registration/{number}/status").json()["status"] == "Pending"
    arrived = sandbox.http.put(f"/_sandbox/dropzone/{number}", content=good_package())
    assert arrived.status_code == 200
    assert get(sandbox, f"{UP}/registration/{number}/status").json()["status"] == "Completed"


def batch_upload(sandbox: Sandbox, text: str, purpose: str, package: str = "") -> Any:
    fields = {
        "workspaceId": "999999",
        "packageName": package,
        "uploadNotes": "",
        "uploadPurpose": purpose,
        "serverName": "",
    }
    return post(
        sandbox, BATCH, fields, files={"file": ("UpdateValue.Reagent.txt", text.encode(), "text/plain")}
    )


GOOD_BATCH = (
    BATCH_HEADER + "\r\nreagent_accession\tanalyte_preferred\tanalyte_reported\r\nRGT1\tIL6\tIL-6\r\n"
)


def test_batch_update_upload_and_both_report_paths(sandbox: Sandbox) -> None:
    assert batch_upload(sandbox, GOOD_BATCH, "batchUpdateUpload", package="x").status_code == 400
    assert batch_upload(sandbox, GOOD_BATCH, "uploadData").status_code == 400
    sandbox.state.tunables.update(ticket_delay=3600)
    ticket = batch_upload(sandbox, GOOD_BATCH, "batchUpdateUpload").json()
    assert ticket["status"] == "Pending_Batch_Updater"
    sandbox.state.tunables.update(ticket_delay=0)
    number = ticket["uploadTicketNumber"]
    assert get(sandbox, f"{BATCH}/registration/{number}/status").json()["status"] == "Completed_Batch_Updater"
    for report in ("summary", "database"):
        plain = get(sandbox, f"{BATCH}/registration/{number}/{report}").json()
        assert plain == get(sandbox, f"{BATCH}/registration/{number}/reports/{report}").json()
        assert plain["type"] == report
    text = get(sandbox, f"{BATCH}/registration/{number}/reports/database").json()["database"]
    assert text.startswith("Batch Updater Job Report\r\nDatabase Submission Report\r\n")
    # batch tickets are not visible through the upload API
    assert get(sandbox, f"{UP}/registration/{number}/status").status_code == 404


def test_batch_validation_accepts_and_rejects_by_content(sandbox: Sandbox) -> None:
    good = batch_upload(sandbox, GOOD_BATCH, "batchUpdateValidate").json()
    assert good["status"] == "Pending_Batch_Updater_Validation"
    result = post(sandbox, BATCH + "/validation", {"uploadTicketNumber": good["uploadTicketNumber"]}).json()
    assert result["status"] == "Completed_Batch_Updater_Validation"
    broken = GOOD_BATCH.replace("table_name => reagent", "table_name => unicorns")
    bad = batch_upload(sandbox, broken, "batchUpdateValidate").json()["uploadTicketNumber"]
    result = post(sandbox, BATCH + "/validation", {"uploadTicketNumber": bad}).json()
    assert result["status"] == "Rejected_Batch_Updater_Validation"
    rows = get(sandbox, f"{BATCH}/registration/{bad}/reports/summary").json()["summary"][
        "uploadRegistrationResults"
    ]
    assert [(r["lineNumber"], r["fileName"]) for r in rows if r["errorMessage"]] == [
        (1, "UpdateValue.Reagent.txt")
    ]
    short_row = GOOD_BATCH + "RGT2\tIL8\r\n"
    rejected = batch_upload(sandbox, short_row, "batchUpdateUpload").json()["uploadTicketNumber"]
    assert (
        get(sandbox, f"{BATCH}/registration/{rejected}/status").json()["status"] == "Rejected_Batch_Updater"
    )

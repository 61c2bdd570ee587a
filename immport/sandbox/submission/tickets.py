"""Upload and batch tickets: registration, status over time and the summary/database reports.

A ticket's outcome is decided when its content is checked; the outcome becomes visible once ``ticket_delay``
seconds have passed since processing started (upload, validation request or drop-zone arrival).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any, Final, Literal

import attrs

from immport.sandbox.submission.templates import Finding

__all__ = ["Ticket", "database_report", "summary_report"]

Kind = Literal["upload", "batch"]

# purpose -> (pending status, completed status, rejected status, needs a separate validation request)
_FLOWS: Final[dict[str, tuple[str, str, str, bool]]] = {
    "uploadData": ("Pending", "Completed", "Rejected", False),
    "validateData": ("Pending_Validation", "Completed_Validation", "Rejected_Validation", True),
    "batchUpdateUpload": (
        "Pending_Batch_Updater",
        "Completed_Batch_Updater",
        "Rejected_Batch_Updater",
        False,
    ),
    "batchUpdateValidate": (
        "Pending_Batch_Updater_Validation",
        "Completed_Batch_Updater_Validation",
        "Rejected_Batch_Updater_Validation",
        True,
    ),
}
PURPOSES: Final[dict[Kind, frozenset[str]]] = {
    "upload": frozenset({"uploadData", "validateData"}),
    "batch": frozenset({"batchUpdateUpload", "batchUpdateValidate"}),
}


@attrs.define
class Ticket:
    number: str
    registration_id: int
    kind: Kind
    purpose: str
    workspace_id: int
    workspace_name: str
    user: str
    file_name: str
    notes: str
    created: datetime
    findings: list[Finding] | None  # None until the content is known (offline uploads)
    started_at: float | None = None  # monotonic time processing started

    @property
    def needs_validation_request(self) -> bool:
        return _FLOWS[self.purpose][3]

    def start(self) -> None:
        if self.started_at is None and self.findings is not None:
            self.started_at = time.monotonic()

    def status(self, delay: float) -> str:
        pending, completed, rejected, _ = _FLOWS[self.purpose]
        if self.started_at is None or time.monotonic() - self.started_at < delay:
            return pending
        assert self.findings is not None
        return rejected if any(f.status == "Error" for f in self.findings) else completed

    def finished(self, delay: float) -> bool:
        return not self.status(delay).startswith("Pending")

    def as_json(self, delay: float) -> dict[str, Any]:
        return {
            "uploadTicketNumber": self.number,
            "uploadPurpose": self.purpose,
            "workspaceId": self.workspace_id,
            "status": self.status(delay),
        }


def _result(
    ticket: Ticket,
    k: int,
    status: str,
    description: str,
    *,
    error: str | None = None,
    file_name: str | None = None,
    line: int | None = None,
) -> dict[str, Any]:
    stamp = ticket.created.strftime("%Y-%m-%d")
    return {
        "uploadRegistrationResultId": ticket.registration_id * 100 + k,
        "description": description,
        "errorMessage": error,
        "fileName": file_name,
        "lineNumber": line,
        "status": status,
        "uploadTicketNumber": ticket.number,
        "dateCreated": stamp,
        "createdBy": ticket.user,
        "dateLastUpdated": stamp,
        "lastUpdatedBy": ticket.user,
    }


def summary_report(ticket: Ticket, delay: float) -> dict[str, Any]:
    status = ticket.status(delay)
    suffix = "_Batch_Updater" if ticket.kind == "batch" else ""
    rows = [_result(ticket, 1, f"Registered{suffix}", "Upload registered")]
    if not status.startswith("Pending") and ticket.findings is not None:
        rows.append(_result(ticket, 2, f"Started{suffix}", "Processing started"))
        rows.append(_result(ticket, 3, "Parsing", "Parsing package"))
        for k, finding in enumerate(ticket.findings, start=4):
            rows.append(
                _result(
                    ticket,
                    k,
                    finding.status,
                    finding.description,
                    error=finding.message,
                    file_name=finding.file_name or None,
                    line=finding.line_number,
                )
            )
        if not status.startswith("Rejected"):
            rows.append(_result(ticket, len(rows) + 1, "Parsed", "Package parsed"))
        rows.append(_result(ticket, len(rows) + 1, status, f"Ticket {status}"))
    return {
        "summary": {
            "uploadRegistrationId": ticket.registration_id,
            "workspaceName": ticket.workspace_name,
            "fileName": ticket.file_name,
            "status": status,
            "uploadTicketNumber": ticket.number,
            "dateCreated": ticket.created.strftime("%Y-%m-%d"),
            "createdBy": ticket.user,
            "uploadMethod": "Secure Web",
            "uploadRegistrationResults": rows,
        },
        "uploadTicketNumber": ticket.number,
        "type": "summary",
    }


def database_report(ticket: Ticket, delay: float) -> dict[str, Any]:
    """The text report (CRLF lines: 4 header lines, then a TSV table) wrapped as the API returns it."""
    status = ticket.status(delay)
    if ticket.kind == "batch":
        title = "Batch Updater Job Report"
        second = "Database Submission Report"
    elif ticket.purpose == "validateData":
        title = (
            f"The validation report is based on ImmPort workspace (workspace_id = {ticket.workspace_id}) "
            "and the uploaded package."
        )
        second = "VALIDATION REPORT"
    else:
        title = "EXPERIMENT DATA UPLOAD REPORT"
        second = f"Workspace: {ticket.workspace_name} (workspace_id = {ticket.workspace_id})"
    lines = [
        title,
        second,
        f"Upload Ticket Number: {ticket.number}\tStatus: {status}",
        "",
        "File Name\tLine Number\tStatus\tError Message\tDescription",
    ]
    for finding in ticket.findings or []:
        lines.append(
            "\t".join(
                [
                    finding.file_name,
                    "" if finding.line_number is None else str(finding.line_number),
                    finding.status,
                    finding.message or "",
                    finding.description,
                ]
            )
        )
    text = "\r\n".join(lines) + "\r\n"
    return {"database": text, "uploadTicketNumber": ticket.number, "type": "database"}


def now_utc() -> datetime:
    return datetime.now(UTC)

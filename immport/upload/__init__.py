"""Data Upload API: workspaces, templates, zip/multi-file/offline uploads, validation, tickets, reports."""

from immport.errors import TicketTimeoutError
from immport.upload.api import AsyncUpload, Upload
from immport.upload.models import (
    RegistrationResult,
    TicketNumber,
    TicketState,
    TicketSummary,
    Workspace,
)
from immport.upload.report import DatabaseReport, ReportRow
from immport.upload.status import TicketStatus
from immport.upload.ticket import AsyncTicket, Ticket

__all__ = [
    "AsyncTicket",
    "AsyncUpload",
    "DatabaseReport",
    "RegistrationResult",
    "ReportRow",
    "Ticket",
    "TicketNumber",
    "TicketState",
    "TicketStatus",
    "TicketSummary",
    "TicketTimeoutError",
    "Upload",
    "Workspace",
]

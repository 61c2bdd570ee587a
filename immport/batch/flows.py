"""The Batch Updater's own calls: its endpoints (two report path spellings) and the batch-file POST.

The ticket calls (status, reports, validate, wait) are the Data Upload API's: ``immport.upload.ticket_flows``.
"""

from __future__ import annotations

from os import PathLike

from immport._flows import Flow
from immport.upload.models import TicketState
from immport.upload.ticket_flows import Form, TicketService, check_file, submit_flow

BATCH_UPDATE_UPLOAD = "batchUpdateUpload"
BATCH_UPDATE_VALIDATE = "batchUpdateValidate"
TEMPLATES_NAME = "ImmportBatchUpdaterTemplates.zip"


def batch_service(host: str) -> TicketService:
    # The Batch Updater docs show both ".../{TICKET}/reports/summary" (examples) and ".../{TICKET}/summary":
    # the documented example is tried first, then the other spelling on 404.
    return TicketService("Batch Updater API", host, "/data/batch/updater", ("reports/{kind}", "{kind}"))


def templates_url(service: TicketService) -> tuple[str, str]:
    """The batch updater template zip's URL, and the file name it is saved under."""
    return service.url("/documentation/templates"), TEMPLATES_NAME


def batch_upload(
    service: TicketService, path: str | PathLike[str], form: Form, *, validate_only: bool
) -> Flow[TicketState]:
    """One batch file (``.txt`` or zip), ``packageName`` sent EMPTY."""
    file = check_file(path)
    purpose = BATCH_UPDATE_VALIDATE if validate_only else BATCH_UPDATE_UPLOAD
    return submit_flow(service, "", form, purpose=purpose, files=(file,), what=f"batch update {file.name}")

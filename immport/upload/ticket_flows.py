"""The ticket calls the Data Upload and Batch Updater APIs share, written once as flows.

Each API names its endpoints with a ``TicketService``; ``immport.upload.flows`` and ``immport.batch.flows``
build their POSTs on ``submit_flow`` and read tickets with the flows here (sync and async runners drive them).

Retry rules: GETs (workspaces, templates, status, reports) go through the core's retry policy (idempotent,
backoff, Retry-After). POSTs (uploads, offline registration, validate) are sent exactly once
(``retry=False``); if the connection breaks or times out after sending, ``UploadMayHaveRegisteredError``
says the server may have acted and how to check.
"""

from __future__ import annotations

import contextlib
import os
import time
import zipfile
from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from os import PathLike
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attrs
import httpx

from immport._flows import Call, Flow, Now, Sleep, get_json, json_body, raise_for_error_body
from immport._http.retry import parse_retry_after
from immport.errors import (
    DecodeError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TicketTimeoutError,
    TransportError,
    UploadMayHaveRegisteredError,
)
from immport.upload.models import (
    TicketNumber,
    TicketState,
    TicketSummary,
    Workspace,
    workspaces_from_json,
)
from immport.upload.report import DatabaseReport
from immport.upload.status import TicketStatus

_ZIP_TYPE = "application/zip"


@attrs.frozen
class TicketService:
    """Where one API keeps its ticket endpoints."""

    name: str
    host: str
    prefix: str  # "/data/upload" or "/data/batch/updater"
    report_paths: tuple[str, ...]  # "{kind}" templates tried in order, the next one on 404

    def url(self, path: str) -> str:
        return f"{self.host.rstrip('/')}{self.prefix}{path}"

    def ticket_url(self, ticket: TicketNumber, path: str) -> str:
        return self.url(f"/registration/{quote(ticket.value, safe='')}/{path}")


# ---------------------------------------------------------------- input checks (before anything is sent)


def check_workspace_id(workspace_id: object) -> int:
    if isinstance(workspace_id, bool) or not isinstance(workspace_id, int) or workspace_id <= 0:
        raise InvalidRequestError(f"workspace_id must be a positive integer, got {workspace_id!r}")
    return workspace_id


def check_file(path: str | PathLike[str]) -> Path:
    file = Path(path)
    if not file.exists():
        raise InvalidRequestError(f"file not found: {file}")
    if file.is_dir():
        raise InvalidRequestError(f"expected a file, got a directory: {file}")
    if not os.access(file, os.R_OK):
        raise InvalidRequestError(f"file is not readable: {file}")
    return file


def check_text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidRequestError(f"{what} must be a string, got {type(value).__name__}")
    return value


@attrs.frozen
class Form:
    """The text fields of every ticket-creating POST, checked when made (before anything is sent)."""

    workspace_id: int
    notes: str
    server_name: str
    check_workspace: bool  # first GET /workspaces and refuse an id that is not the user's

    @classmethod
    def checked(cls, workspace_id: object, notes: object, server_name: object, check_workspace: bool) -> Form:
        return cls(
            check_workspace_id(workspace_id),
            check_text(notes, "notes"),
            check_text(server_name, "server_name"),
            bool(check_workspace),
        )

    def fields(self, purpose: str, package_name: str) -> dict[str, str]:
        return {
            "workspaceId": str(self.workspace_id),
            "packageName": package_name,
            "uploadNotes": self.notes,
            "uploadPurpose": purpose,
            "serverName": self.server_name,
        }


# ---------------------------------------------------------------- reads


def workspaces_flow(host: str) -> Flow[list[Workspace]]:
    payload = yield from get_json(f"{host.rstrip('/')}/workspaces")
    return workspaces_from_json(payload)


def templates_flow(url: str, default_name: str, dest: str | PathLike[str]) -> Flow[Path]:
    """Save the template zip atomically (``.part`` then rename); nothing is written unless it is a zip.

    ``dest`` is a directory (the zip goes inside under its own name) when it exists as one or ends in a
    path separator (``"templates/"``, created if missing); otherwise it is the zip's file name.
    """
    target = _templates_target(dest, default_name)
    if not target.parent.is_dir():
        raise InvalidRequestError(f"directory does not exist: {target.parent}")
    response = yield Call("GET", url)
    if not response.content.startswith(b"PK"):
        payload: Any = None
        with contextlib.suppress(DecodeError):
            payload = json_body(response)
        raise_for_error_body(payload, response)
        raise DecodeError("templates response is not a zip file", url=url, body=response.content[:200])
    part = target.with_name(target.name + ".part")
    part.write_bytes(response.content)
    os.replace(part, target)
    return target


def _templates_target(dest: str | PathLike[str], default_name: str) -> Path:
    text = os.fspath(dest)
    folder = Path(text)
    if folder.is_dir():
        return folder / default_name
    if text.endswith(("/", os.sep)):
        if folder.exists():
            raise InvalidRequestError(f"not a directory: {text}")
        folder.mkdir(parents=True)
        return folder / default_name
    return folder


def status_flow(service: TicketService, ticket: TicketNumber) -> Flow[TicketState]:
    payload = yield from get_json(service.ticket_url(ticket, "status"))
    return TicketState.from_json(payload)


def report_flow(service: TicketService, ticket: TicketNumber, kind: str) -> Flow[Any]:
    """GET a report, trying each documented path spelling in turn on 404."""
    last: NotFoundError | None = None
    for template in service.report_paths:
        try:
            return (yield from get_json(service.ticket_url(ticket, template.format(kind=kind))))
        except NotFoundError as exc:
            last = exc
    assert last is not None
    raise last


def summary_flow(service: TicketService, ticket: TicketNumber) -> Flow[TicketSummary]:
    return TicketSummary.from_json((yield from report_flow(service, ticket, "summary")))


def database_flow(service: TicketService, ticket: TicketNumber) -> Flow[DatabaseReport]:
    return DatabaseReport.from_json((yield from report_flow(service, ticket, "database")))


# ---------------------------------------------------------------- POSTs (never retried)


def _post_once(
    service: TicketService, url: str, fields: Mapping[str, str], files: Sequence[Path], what: str
) -> Flow[TicketState]:
    """One multipart POST. Text fields go as form-data parts even when there is no file."""
    with ExitStack() as stack:
        parts: list[tuple[str, tuple[Any, ...]]] = [(name, (None, value)) for name, value in fields.items()]
        for path in files:
            handle = stack.enter_context(path.open("rb"))
            parts.append(
                ("file", (path.name, handle, _ZIP_TYPE if zipfile.is_zipfile(path) else "text/plain"))
            )
        try:
            response = yield Call("POST", url, files=parts, retry=False)
        except TransportError as exc:
            if isinstance(exc.__cause__, httpx.ConnectError):
                raise  # never reached the server
            raise UploadMayHaveRegisteredError(
                f"{what} to the {service.name} may have been registered although no answer came back "
                f"({exc.message}). It was not retried. Check with workspaces()/status(ticket) or the "
                f"database report before sending it again.",
                method="POST",
                url=url,
            ) from exc
        except ServerError as exc:
            if exc.status != 504:
                raise
            raise UploadMayHaveRegisteredError(
                f"{what}: gateway timeout; the {service.name} may still have registered it. It was not "
                f"retried. Check status(ticket) or the database report before sending it again.",
                status=504,
                method="POST",
                url=url,
            ) from exc
    payload = json_body(response)
    raise_for_error_body(payload, response)
    return TicketState.from_json(payload)


def _check_workspace_exists(host: str, workspace_id: int) -> Flow[None]:
    workspaces = yield from workspaces_flow(host)
    if workspace_id not in {w.workspace_id for w in workspaces}:
        known = ", ".join(str(w.workspace_id) for w in workspaces) or "none"
        raise InvalidRequestError(f"unknown workspace id {workspace_id} (yours: {known})")


def submit_flow(
    service: TicketService,
    endpoint: str,
    form: Form,
    *,
    purpose: str,
    package_name: str = "",
    files: Sequence[Path] = (),
    what: str,
) -> Flow[TicketState]:
    """A ticket-creating POST (an upload, a batch file, an offline registration), sent once."""
    if form.check_workspace:
        yield from _check_workspace_exists(service.host, form.workspace_id)
    fields = form.fields(purpose, package_name)
    return (yield from _post_once(service, service.url(endpoint), fields, files, what))


def validate_flow(service: TicketService, ticket: TicketNumber) -> Flow[TicketState]:
    """Step 2 of a validation: POST ``uploadTicketNumber`` to ``.../validation``."""
    url = service.url("/validation")
    return (
        yield from _post_once(service, url, {"uploadTicketNumber": ticket.value}, (), "validation request")
    )


# ---------------------------------------------------------------- waiting


def retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` (delta-seconds or HTTP date) in seconds; None when absent or unreadable."""
    return parse_retry_after(value, time.time())


StatusCallback = Callable[[TicketState], None]


def wait_flow(
    service: TicketService,
    ticket: TicketNumber,
    *,
    poll_interval: float,
    timeout: float,
    on_status: StatusCallback,
    validation_requested: bool | None = None,
) -> Flow[TicketState]:
    """Poll ``.../status`` until terminal (honours Retry-After); TicketTimeoutError at ``timeout``."""
    if poll_interval <= 0 or timeout <= 0:
        raise InvalidRequestError("poll_interval and timeout must be positive")
    start = yield Now()
    last: TicketStatus | None = None
    while True:
        delay = poll_interval
        try:
            response = yield Call("GET", service.ticket_url(ticket, "status"))
            payload = json_body(response)
            raise_for_error_body(payload, response)
            state = TicketState.from_json(payload)
        except (TransportError, ServerError, RateLimitError):
            pass  # the core already retried; keep polling until the deadline
        else:
            last = state.status
            on_status(state)
            if state.status.is_terminal:
                return state
            if state.status.awaits_validate_call and validation_requested is False:
                raise InvalidRequestError(
                    f"ticket {ticket} is {state.status}: call validate() (step 2) before waiting"
                )
            delay = max(delay, retry_after_seconds(response.headers.get("retry-after")) or 0.0)
        now = yield Now()
        remaining = timeout - (now - start)
        if remaining <= 0:
            raise TicketTimeoutError(
                f"ticket {ticket} still {last or 'unknown'} after {timeout:g}s",
                ticket=ticket.value,
                last_status=last,
            )
        yield Sleep(min(delay, remaining))

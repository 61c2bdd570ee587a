"""Data Upload API (facts §4) and Batch Updater API (facts §5) routes; both need a token or API key."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from immport.sandbox.auth import Principal, authenticate
from immport.sandbox.replies import SandboxHTTPError, upload_error
from immport.sandbox.state import SandboxState
from immport.sandbox.submission.templates import (
    batch_template_zip,
    check_batch_file,
    check_package,
    template_zip,
)
from immport.sandbox.submission.tickets import (
    PURPOSES,
    Kind,
    Ticket,
    database_report,
    now_utc,
    summary_report,
)

__all__ = ["batch_routes", "upload_routes", "workspace_records"]

Endpoint = Callable[[Request], Awaitable[Response]]
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def _guarded(endpoint: Callable[[Request, SandboxState, Principal], Awaitable[Response]]) -> Endpoint:
    """Authenticate, then run; SandboxHTTPError becomes the ``{error, message}`` JSON body."""

    async def run(request: Request) -> Response:
        state: SandboxState = request.app.state.sandbox
        try:
            principal = authenticate(request, state)
            return await endpoint(request, state, principal)
        except SandboxHTTPError as exc:
            response = upload_error(exc.status, exc.message)
            response.headers.update(exc.headers)
            return response

    return run


def workspace_records(state: SandboxState) -> list[dict[str, Any]]:
    records = []
    for k, workspace_id in enumerate(state.config.workspaces):
        stamp = 1_527_000_000_000 + k * 86_400_000
        records.append(
            {
                "workspaceId": workspace_id,
                "name": "Sandbox Workspace" if k == 0 else f"Sandbox Workspace {k + 1}",
                "type": "PW",
                "category": "TEST" if k == 0 else "LSR",
                "dateCreated": stamp,
                "dateLastUpdated": stamp,
                "createdBy": state.config.username,
                "lastUpdatedBy": state.config.username,
            }
        )
    return records


async def workspaces(request: Request, state: SandboxState, principal: Principal) -> Response:
    return JSONResponse({"workspaces": workspace_records(state)})


def _workspace_name(state: SandboxState, workspace_id: int) -> str:
    for record in workspace_records(state):
        if record["workspaceId"] == workspace_id:
            return str(record["name"])
    raise KeyError(workspace_id)


def _zip_response(content: bytes, name: str) -> Response:
    return Response(
        content,
        media_type="application/zip",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


async def upload_templates(request: Request, state: SandboxState, principal: Principal) -> Response:
    raw = request.path_params["workspace_id"]
    try:
        _workspace_name(state, int(raw))
    except (KeyError, ValueError):
        raise SandboxHTTPError(404, f"workspace '{raw}' not found") from None
    return _zip_response(template_zip(), "templates.zip")


async def batch_templates(request: Request, state: SandboxState, principal: Principal) -> Response:
    raw = request.path_params.get("workspace_id")
    if raw is not None:
        try:
            _workspace_name(state, int(raw))
        except (KeyError, ValueError):
            raise SandboxHTTPError(404, f"workspace '{raw}' not found") from None
    return _zip_response(batch_template_zip(), "ImmportBatchUpdaterTemplates.zip")


def _text_field(form: FormData, name: str) -> str:
    value = form.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SandboxHTTPError(400, f"field '{name}' must be a text field")
    return value.strip()


async def _read_files(form: FormData) -> list[tuple[str, bytes]]:
    files = []
    for value in form.getlist("file"):
        if not isinstance(value, UploadFile):
            raise SandboxHTTPError(400, "field 'file' must be a file part")
        files.append((value.filename or "upload", await value.read()))
    unknown = set(form.keys()) - {
        "file",
        "workspaceId",
        "packageName",
        "uploadNotes",
        "uploadPurpose",
        "serverName",
    }
    if unknown:
        raise SandboxHTTPError(400, f"unknown field '{sorted(unknown)[0]}'")
    return files


def _register(
    state: SandboxState, principal: Principal, form: FormData, kind: Kind, file_name: str, findings: Any
) -> Ticket:
    workspace_id = int(_text_field(form, "workspaceId"))
    registration = next(state.registrations)
    created = now_utc()
    ticket = Ticket(
        number=f"{principal.user}_{created:%Y%m%d}_{registration}",
        registration_id=registration,
        kind=kind,
        purpose=_text_field(form, "uploadPurpose"),
        workspace_id=workspace_id,
        workspace_name=_workspace_name(state, workspace_id),
        user=principal.user,
        file_name=file_name,
        notes=_text_field(form, "uploadNotes"),
        created=created,
        findings=findings,
    )
    if not ticket.needs_validation_request:
        ticket.start()
    state.tickets[ticket.number] = ticket
    return ticket


def _common_checks(state: SandboxState, form: FormData, kind: Kind) -> None:
    raw = _text_field(form, "workspaceId")
    if not raw:
        raise SandboxHTTPError(400, "workspaceId is required")
    try:
        _workspace_name(state, int(raw))
    except ValueError:
        raise SandboxHTTPError(400, f"workspaceId must be a number, got '{raw}'") from None
    except KeyError:
        raise SandboxHTTPError(400, f"workspace {raw} does not exist or you have no access to it") from None
    purpose = _text_field(form, "uploadPurpose")
    if purpose not in PURPOSES[kind]:
        raise SandboxHTTPError(
            400, f"uploadPurpose must be one of {', '.join(sorted(PURPOSES[kind]))}, got '{purpose}'"
        )


def _check_zip(name: str, content: bytes) -> None:
    if not content.startswith(_ZIP_MAGIC):
        raise SandboxHTTPError(400, f"'{name}' is not a zip file (send packageName for multi-file uploads)")
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            if archive.testzip() is not None:
                raise zipfile.BadZipFile
    except zipfile.BadZipFile:
        raise SandboxHTTPError(400, f"'{name}' is not a readable zip file") from None


async def upload_online(request: Request, state: SandboxState, principal: Principal) -> Response:
    async with request.form(max_files=100) as form:
        files = await _read_files(form)
        _common_checks(state, form, "upload")
        package = _text_field(form, "packageName")
        if not files:
            raise SandboxHTTPError(400, "at least one 'file' part is required")
        if not package:
            if len(files) != 1:
                raise SandboxHTTPError(400, "packageName is required when uploading several files")
            _check_zip(*files[0])
            file_name = files[0][0]
        else:
            for name, _content in files:
                if name.lower().endswith(".zip"):
                    raise SandboxHTTPError(400, "packageName must be empty for a zip upload")
            file_name = package
        ticket = _register(state, principal, form, "upload", file_name, check_package(files))
    return JSONResponse(ticket.as_json(state.tunables.ticket_delay))


async def upload_offline(request: Request, state: SandboxState, principal: Principal) -> Response:
    async with request.form() as form:
        files = await _read_files(form)
        _common_checks(state, form, "upload")
        package = _text_field(form, "packageName")
        if files:
            raise SandboxHTTPError(
                400, "offline uploads carry no file; the package arrives through the drop zone"
            )
        if not package:
            raise SandboxHTTPError(400, "packageName is required for offline uploads")
        if _text_field(form, "uploadPurpose") != "uploadData":
            raise SandboxHTTPError(400, "offline uploads support uploadPurpose=uploadData only")
        ticket = _register(state, principal, form, "upload", package, None)
    return JSONResponse(ticket.as_json(state.tunables.ticket_delay))


async def batch_upload(request: Request, state: SandboxState, principal: Principal) -> Response:
    async with request.form() as form:
        files = await _read_files(form)
        _common_checks(state, form, "batch")
        if _text_field(form, "packageName"):
            raise SandboxHTTPError(400, "packageName must be empty for batch updater uploads")
        if len(files) != 1:
            raise SandboxHTTPError(400, "exactly one 'file' part is required")
        name, content = files[0]
        if name.lower().endswith(".zip"):
            _check_zip(name, content)
        ticket = _register(state, principal, form, "batch", name, check_batch_file(files))
    return JSONResponse(ticket.as_json(state.tunables.ticket_delay))


def _ticket(state: SandboxState, number: str, kind: Kind) -> Ticket:
    ticket = state.tickets.get(number)
    if ticket is None or ticket.kind != kind:
        raise SandboxHTTPError(404, f"upload ticket '{number}' not found")
    return ticket


def _validation_endpoint(kind: Kind) -> Endpoint:
    async def validate(request: Request, state: SandboxState, principal: Principal) -> Response:
        async with request.form() as form:
            number = _text_field(form, "uploadTicketNumber")
        if not number:
            raise SandboxHTTPError(400, "uploadTicketNumber is required")
        ticket = _ticket(state, number, kind)
        if not ticket.needs_validation_request:
            raise SandboxHTTPError(400, f"ticket '{number}' was not registered for validation")
        ticket.start()
        return JSONResponse(
            {"uploadTicketNumber": number, "status": ticket.status(state.tunables.ticket_delay)}
        )

    return _guarded(validate)


def _report_endpoint(kind: Kind, report: str) -> Endpoint:
    async def show(request: Request, state: SandboxState, principal: Principal) -> Response:
        ticket = _ticket(state, request.path_params["ticket"], kind)
        delay = state.tunables.ticket_delay
        if report == "status":
            return JSONResponse({"uploadTicketNumber": ticket.number, "status": ticket.status(delay)})
        if report == "summary":
            return JSONResponse(summary_report(ticket, delay))
        if not ticket.finished(delay):
            raise SandboxHTTPError(
                409, f"the database report of '{ticket.number}' exists once the ticket has finished"
            )
        return JSONResponse(database_report(ticket, delay))

    return _guarded(show)


async def drop_zone(request: Request) -> Response:
    """Sandbox only: an offline ticket's package "arrives" (``PUT /_sandbox/dropzone/{ticket}``, zip body)."""
    state: SandboxState = request.app.state.sandbox
    ticket = state.tickets.get(request.path_params["ticket"])
    if ticket is None or ticket.findings is not None:
        return upload_error(404, "no offline ticket waiting for that package")
    content = await request.body()
    try:
        _check_zip(ticket.file_name, content)
    except SandboxHTTPError as exc:
        return upload_error(exc.status, exc.message)
    ticket.findings = check_package([(ticket.file_name + ".zip", content)])
    ticket.start()
    return JSONResponse(ticket.as_json(state.tunables.ticket_delay))


def upload_routes() -> list[Route]:
    base = "/data/upload"
    reg = base + "/registration/{ticket}"
    return [
        Route("/workspaces", _guarded(workspaces), methods=["GET"]),
        Route(base + "/documentation/templates/{workspace_id}", _guarded(upload_templates), methods=["GET"]),
        Route(base + "/type/online", _guarded(upload_online), methods=["POST"]),
        Route(base + "/type/offline", _guarded(upload_offline), methods=["POST"]),
        Route(base + "/validation", _validation_endpoint("upload"), methods=["POST"]),
        Route(reg + "/status", _report_endpoint("upload", "status"), methods=["GET"]),
        Route(reg + "/reports/summary", _report_endpoint("upload", "summary"), methods=["GET"]),
        Route(reg + "/reports/database", _report_endpoint("upload", "database"), methods=["GET"]),
        Route("/_sandbox/dropzone/{ticket}", drop_zone, methods=["PUT"]),
    ]


def batch_routes() -> list[Route]:
    base = "/data/batch/updater"
    reg = base + "/registration/{ticket}"
    routes = [
        Route("/workspaces", _guarded(workspaces), methods=["GET"]),
        Route(base + "/documentation/templates", _guarded(batch_templates), methods=["GET"]),
        Route(base + "/documentation/templates/{workspace_id}", _guarded(batch_templates), methods=["GET"]),
        Route(base, _guarded(batch_upload), methods=["POST"]),
        Route(base + "/validation", _validation_endpoint("batch"), methods=["POST"]),
        Route(reg + "/status", _report_endpoint("batch", "status"), methods=["GET"]),
    ]
    for report in ("summary", "database"):  # the docs' table omits /reports/, their examples include it
        routes.append(Route(f"{reg}/{report}", _report_endpoint("batch", report), methods=["GET"]))
        routes.append(Route(f"{reg}/reports/{report}", _report_endpoint("batch", report), methods=["GET"]))
    return routes

"""The Data Upload API's own calls: zip, multi-file and offline uploads (ticket calls: ``ticket_flows``)."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from os import PathLike
from pathlib import Path

from immport._flows import Flow
from immport.errors import InvalidRequestError
from immport.upload.models import TicketState
from immport.upload.ticket_flows import Form, TicketService, check_file, check_workspace_id, submit_flow

UPLOAD_DATA = "uploadData"
VALIDATE_DATA = "validateData"
MAX_PACKAGE_NAME = 255  # not documented by ImmPort; a conservative file-name limit


def upload_service(host: str) -> TicketService:
    return TicketService("Data Upload API", host, "/data/upload", ("reports/{kind}",))


def templates_url(service: TicketService, workspace_id: object) -> tuple[str, str]:
    """The template zip's URL for a workspace, and the file name it is saved under."""
    ws = check_workspace_id(workspace_id)
    return service.url(f"/documentation/templates/{ws}"), f"ImmportTemplates.{ws}.zip"


def check_zip(path: str | PathLike[str]) -> Path:
    file = check_file(path)
    if not zipfile.is_zipfile(file):
        raise InvalidRequestError(f"not a zip file: {file} (use upload_files for loose template files)")
    return file


def check_package_name(name: object) -> str:
    """Multi-file and offline uploads need a package name; zip uploads must send it empty."""
    if not isinstance(name, str) or not name.strip():
        raise InvalidRequestError(
            "package_name must be a non-empty string for multi-file and offline uploads"
        )
    if len(name) > MAX_PACKAGE_NAME:
        raise InvalidRequestError(f"package_name is longer than {MAX_PACKAGE_NAME} characters")
    if re.search(r"[/\\\x00-\x1f]", name):
        raise InvalidRequestError(
            f"package_name must not contain path separators or control characters: {name!r}"
        )
    return name


def _purpose(validate_only: bool) -> str:
    return VALIDATE_DATA if validate_only else UPLOAD_DATA


def zip_upload(
    service: TicketService, path: str | PathLike[str], form: Form, *, validate_only: bool
) -> Flow[TicketState]:
    """Data Upload #3/#5: one zip, ``packageName`` sent EMPTY."""
    file = check_zip(path)
    what = f"upload of {file.name}"
    return submit_flow(
        service, "/type/online", form, purpose=_purpose(validate_only), files=(file,), what=what
    )


def files_upload(
    service: TicketService,
    paths: Sequence[str | PathLike[str]],
    package_name: object,
    form: Form,
    *,
    validate_only: bool,
) -> Flow[TicketState]:
    """Data Upload #4/#6: one ``file`` part per file, ``packageName`` required."""
    if isinstance(paths, str | PathLike) or not paths:
        raise InvalidRequestError("paths must be a non-empty list of files")
    files = tuple(check_file(p) for p in paths)
    names = [f.name for f in files]
    if len(set(names)) != len(names):
        raise InvalidRequestError(f"two files share a name: {sorted(n for n in names if names.count(n) > 1)}")
    package = check_package_name(package_name)
    what = f"upload of {len(files)} file(s) as {package}"
    return submit_flow(
        service,
        "/type/online",
        form,
        purpose=_purpose(validate_only),
        package_name=package,
        files=files,
        what=what,
    )


def offline_registration(service: TicketService, package_name: object, form: Form) -> Flow[TicketState]:
    """Data Upload #2: reserve a ticket for a package delivered later; ``packageName`` required."""
    package = check_package_name(package_name)
    what = f"offline registration of {package}"
    return submit_flow(service, "/type/offline", form, purpose=UPLOAD_DATA, package_name=package, what=what)

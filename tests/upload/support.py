"""Helpers for the upload/batch/UI tests: hosts, a multipart body parser, a fake clock, sample files."""

from __future__ import annotations

import io
import zipfile
from email import policy
from email.parser import BytesParser
from pathlib import Path

import attrs
import httpx

UPLOAD = "https://immport-upload.niaid.nih.gov:8443"
BATCH = "https://immport-upload.niaid.nih.gov:9443"
QUERY = "https://www.immport.org/data/query"
NO_ENV: dict[str, str] = {}


@attrs.frozen
class Part:
    name: str
    filename: str | None
    content: bytes
    content_type: str | None

    @property
    def text(self) -> str:
        return self.content.decode()


def form_parts(request: httpx.Request) -> list[Part]:
    """The multipart/form-data parts of ``request``, in order (parsed with the stdlib email parser)."""
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    raw = b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + request.read()
    message = BytesParser(policy=policy.HTTP).parsebytes(raw)
    parts = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        explicit_type = part["content-type"]
        parts.append(Part(name, part.get_filename(), payload, str(explicit_type) if explicit_type else None))
    return parts


def fields(request: httpx.Request) -> dict[str, str]:
    return {p.name: p.text for p in form_parts(request) if p.filename is None}


def make_zip(path: Path, members: dict[str, str]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    path.write_bytes(buffer.getvalue())
    return path


def ticket_json(
    number: str, status: str, purpose: str = "uploadData", workspace: int = 999999
) -> dict[str, object]:
    return {
        "uploadTicketNumber": number,
        "uploadPurpose": purpose,
        "workspaceId": workspace,
        "status": status,
    }


# The documented validation database report (docs' example, shortened), with an error row added.
VALIDATION_REPORT = (
    "The validation report is based on ImmPort workspace (workspace_id = 999999).\n"
    "The validation report was generated on 2018-05-23-14:22:48.\n"
    "The data package file submitted was /home/immport/data/testuser_20180523_19543___Test.zip.\n"
    "\n"
    "File Name\tLine Number\tStatus\tError Message\tDescription\n"
    "protocols.txt\t\tParsing\t\tTemplate: protocols.txt, Size:748 bytes\n"
    "protocols.txt\t3\tStored in:file_info\t\tSize:748 bytes\n"
    "subjectsAnimal.txt\t5\tError\tSex 'Mle' is not in lkSex\tSex 'Mle' is not in lkSex\n"
    "nobody_20180523_1000000001___testuser_20180523_19543___Test.zip\t\tCompleted\t\t\n"
)

BATCH_REPORT = (
    "*** Batch Updater Job Report ***\n\n"
    "The validation report is based on ImmPort workspace (workspace_id = 999999).\n\n"
    "Line Number\tStatus\tError Message\tDescription\n"
    "0\tParsing\t\tSize:2180 bytes\n"
    "71\tInformation\t\tThe header was read as follows: [table_name => reagent]\n"
    "0\tCompleted_Batch_Updater\t\t\n\n"
    "*** Database Submission Report ***\n"
)

UPLOAD_REPORT = (
    "EXPERIMENT DATA UPLOAD REPORT\r\n=============================\r\n\r\n"
    "SUBMISSION TICKET NUMBER:    testuser_20180523_19544\r\n\r\n"
    "FILENAME: experiments.txt    Total records: 1\r\n"
    "-------------------------------------------------------------\r\n"
    "USER_DEFINED_ID\tEXPERIMENT_ACCESSION\tNAME\r\nFlowCyt Expt\tEXP15457\tAnnexin\r\n"
)

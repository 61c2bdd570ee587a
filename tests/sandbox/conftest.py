"""Fixtures: an in-process sandbox (Starlette TestClient) and helpers for tokens and upload packages."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

with warnings.catch_warnings():  # Starlette suggests httpx2 for its TestClient; the tests use httpx
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
    from starlette.testclient import TestClient

from immport.sandbox import SandboxConfig, Tunables
from immport.sandbox.app import build_app
from immport.sandbox.auth import issue_token
from immport.sandbox.state import SandboxState
from immport.sandbox.submission.templates import TEMPLATES

Q = "/data/query"


class Sandbox:
    """An in-process sandbox: ``http`` is a TestClient over the all-in-one app, ``state`` its shared state."""

    def __init__(self, config: SandboxConfig) -> None:
        self.state = SandboxState.create(config)
        self.http = TestClient(build_app(self.state), raise_server_exceptions=False)

    def token(self, lifetime: int | None = None) -> str:
        return issue_token(self.state, self.state.config.username, lifetime=lifetime)

    def auth(self) -> dict[str, str]:
        return {"Authorization": f"bearer {self.token()}"}

    def get(self, path: str, params: Any = None, *, auth: bool = True) -> httpx.Response:
        return self.http.get(Q + path, params=params, headers=self.auth() if auth else None)


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    config = SandboxConfig(rows=40, file_size=20_000, tunables=Tunables(ticket_delay=0))
    box = Sandbox(config)
    with box.http:
        yield box


def make_zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


SUBJECT_COLUMNS = "\t".join(TEMPLATES["subjectHumans"].columns)  # the sandbox's template, as a header


def subject_template(*rows: str, columns: str = SUBJECT_COLUMNS, banner: bool = True) -> str:
    lines = ["subjectHumans\tSchema Version 3.38"]
    if banner:
        lines.append("Please do not delete or edit this column")
    lines.append("Column Name\t" + columns)
    lines.extend(rows)
    return "\r\n".join(lines) + "\r\n"


GOOD_ROW = (
    "\tSUB_A\tARM_A\tFemale\t30\t30\tYears\tAge at enrollment\tWhite\tNot Hispanic or Latino\tvolunteer"
)

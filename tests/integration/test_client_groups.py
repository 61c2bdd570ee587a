"""The public client exposes every product area as a group, end to end against the sandbox over sockets."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import immport
from immport.sandbox import SandboxConfig, SandboxInfo, running
from immport.sandbox.config import Tunables
from immport.upload import TicketStatus


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    with running(SandboxConfig(tunables=Tunables(ticket_delay=0.05))) as info:
        yield info


def _client(info: SandboxInfo) -> immport.Client:
    return immport.Client(username=info.username, password=info.password, **info.client_kwargs())


def test_files_download_verifies_every_file(sandbox: SandboxInfo, tmp_path: Path) -> None:
    with _client(sandbox) as client:
        manifest = client.files.manifest("SDY1")
        result = client.files.download("SDY1", tmp_path)
    assert result.failed == [] and len(result.downloaded) == len(manifest) > 0
    for row in manifest:
        data = (tmp_path / row.path).read_bytes()
        assert hashlib.md5(data).hexdigest() == row.generated_md5
        assert len(data) == row.filesize_bytes
    assert not list(tmp_path.rglob("*.part"))


async def test_async_files_download(sandbox: SandboxInfo, tmp_path: Path) -> None:
    async with immport.AsyncClient(api_key=sandbox.api_key, **sandbox.client_kwargs()) as client:
        result = await client.files.download("SDY2", tmp_path, concurrency=2)
    assert result.failed == [] and result.downloaded


def test_upload_and_batch_groups_reach_their_own_hosts(sandbox: SandboxInfo, tmp_path: Path) -> None:
    with _client(sandbox) as client:
        workspaces = client.upload.workspaces()
        assert workspaces
        templates = client.upload.templates(workspaces[0].workspace_id, tmp_path / "templates.zip")
        assert zipfile.is_zipfile(templates)
        batch_templates = client.batch_updater.templates(tmp_path / "batch.zip")
        assert zipfile.is_zipfile(batch_templates)
    assert sandbox.upload_url != sandbox.batch_url != sandbox.query_url


def test_upload_validate_to_completion(sandbox: SandboxInfo, tmp_path: Path) -> None:
    with _client(sandbox) as client:
        workspace = client.upload.workspaces()[0].workspace_id
        package = client.upload.templates(workspace, tmp_path / "templates.zip")
        ticket = client.upload.upload_zip(package, workspace, validate_only=True)
        ticket.validate()
        final = ticket.wait(poll_interval=0.05, timeout=10)
    assert isinstance(final, str)
    assert TicketStatus(final).is_terminal

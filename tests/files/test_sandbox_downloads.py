"""Downloads against the local sandbox over real sockets: full study, cut connection at 50 %, expired URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

import immport
from immport.errors import PermissionDeniedError
from immport.files import adownload, download
from immport.files.transfer import part_path
from immport.sandbox import SandboxInfo

from .support import NO_ENV, FakeClock, md5

FILE_SIZE = 64 * 1024


@pytest.fixture
def client(sandbox_client: immport.Client) -> immport.Client:
    return sandbox_client  # this module's tests run against the sandbox, not pytest-httpx


def _manifest(client: immport.Client, box: SandboxInfo) -> list[dict[str, object]]:
    rows = client.session.request("GET", f"{box.query_url}/api/study/manifest/SDY1").json()
    assert isinstance(rows, list)
    return rows


def test_whole_study_downloads_and_every_md5_matches_the_manifest(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    rows = _manifest(client, box)
    result = download(client, "SDY1", tmp_path, concurrency=3)
    assert result.ok and len(result.downloaded) == len(rows) > 1
    for row in rows:
        path = tmp_path / str(row["path"])
        assert md5(path.read_bytes()) == row["generatedMD5"]
        assert path.stat().st_size == row["filesizeBytes"]
    again = download(client, "SDY1", tmp_path)
    assert len(again.skipped) == len(rows) and not again.downloaded


def test_cut_at_half_resumes_and_resends_nothing(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    rows = [r for r in _manifest(client, box) if r["filesizeBytes"] == FILE_SIZE][:1]
    box.configure(cut_after_bytes=FILE_SIZE // 2, fault_path_prefix="/s3/")

    result = download(client, rows, tmp_path, clock=FakeClock())

    (done,) = result.downloaded
    assert done.md5 == rows[0]["generatedMD5"] and done.size == FILE_SIZE
    assert done.resumed_from[0] == 0 and len(done.resumed_from) == 2
    first_part = done.resumed_from[1]
    assert 0 < first_part <= FILE_SIZE // 2
    resent = done.bytes_transferred - FILE_SIZE
    assert resent == 0
    print(f"\nresume after cut at 50%: first connection kept {first_part} B, re-sent {resent} B")


async def test_async_cut_resumes_too(box: SandboxInfo, tmp_path: Path) -> None:
    async with immport.AsyncClient(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as aclient:
        rows = (await aclient.session.request("GET", f"{box.query_url}/api/study/manifest/SDY1")).json()
        rows = [r for r in rows if r["filesizeBytes"] == FILE_SIZE][:1]
        box.configure(cut_after_bytes=FILE_SIZE // 2, fault_path_prefix="/s3/")
        result = await adownload(aclient, rows, tmp_path, clock=FakeClock())
    (done,) = result.downloaded
    assert done.md5 == rows[0]["generatedMD5"] and done.bytes_transferred == FILE_SIZE
    assert len(done.resumed_from) == 2


def test_expired_url_is_resolved_again_once_then_reported(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    rows = _manifest(client, box)[:1]
    box.configure(url_lifetime=0)
    result = download(client, rows, tmp_path, raise_on_error=False)
    (failed,) = result.failed
    assert isinstance(failed.error, PermissionDeniedError)
    assert not failed.path.exists() and not part_path(failed.path).exists()

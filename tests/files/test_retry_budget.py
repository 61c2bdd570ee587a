"""A download's retry budget counts failures in a row without progress: a cut after bytes arrived is free."""

from __future__ import annotations

import time
from pathlib import Path

import immport
from immport.files import adownload, download
from immport.files.result import DownloadEvent
from immport.sandbox import SandboxInfo

from .support import NO_ENV, md5

FILE_SIZE = 8 * 2**20
CUT_EVERY = 800 * 2**10  # 8 MiB / 800 KiB: ten cuts, then the eleventh connection ends the file


def _big_row(client: immport.Client, box: SandboxInfo) -> dict[str, object]:
    rows = client.session.request("GET", f"{box.query_url}/api/study/manifest/SDY1").json()
    return next(r for r in rows if r["filesizeBytes"] == FILE_SIZE)


def test_ten_cuts_with_progress_finish_in_one_call_with_default_settings(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    events: list[DownloadEvent] = []
    with immport.Client(api_key=sandbox.api_key, env=NO_ENV, **sandbox.client_kwargs()) as client:
        row = _big_row(client, sandbox)
        sandbox.configure(cut_after_bytes=CUT_EVERY, fault_path_prefix="/s3/")
        try:
            start = time.monotonic()
            result = download(client, [row], tmp_path, progress=events.append)
            elapsed = time.monotonic() - start
        finally:
            sandbox.configure(cut_after_bytes=None, fault_path_prefix="")

    (done,) = result.downloaded
    assert md5(done.path.read_bytes()) == row["generatedMD5"]
    assert done.size == FILE_SIZE
    assert done.bytes_transferred == FILE_SIZE  # 0 bytes re-sent
    assert done.resumed_from == tuple(range(0, FILE_SIZE, CUT_EVERY))  # 11 connections, 10 cuts
    assert [e.kind for e in events].count("retry") == 10
    assert elapsed < 10, f"10 cuts of 8 MiB took {elapsed:.1f} s"


async def test_async_download_treats_cuts_with_progress_the_same_way(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    async with immport.AsyncClient(api_key=sandbox.api_key, env=NO_ENV, **sandbox.client_kwargs()) as client:
        rows = (await client.session.request("GET", f"{sandbox.query_url}/api/study/manifest/SDY1")).json()
        row = next(r for r in rows if r["filesizeBytes"] == FILE_SIZE)
        sandbox.configure(cut_after_bytes=CUT_EVERY, fault_path_prefix="/s3/")
        try:
            result = await adownload(client, [row], tmp_path)
        finally:
            sandbox.configure(cut_after_bytes=None, fault_path_prefix="")

    (done,) = result.downloaded
    assert md5(done.path.read_bytes()) == row["generatedMD5"]
    assert done.bytes_transferred == FILE_SIZE
    assert len(done.resumed_from) == 11

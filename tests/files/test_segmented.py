"""Segmented downloads: parallel Range pieces over real sockets (the sandbox), resumable, MD5 verified."""

from __future__ import annotations

import functools
import importlib
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.files import download, segments
from immport.files.manifest import entries_from_rows
from immport.files.result import DownloadedFile
from immport.files.segments import pieces_path
from immport.files.transfer import DownloadCancelled, TransferOptions, file_flow, part_path
from immport.sandbox import SandboxInfo

from .support import FILES, NO_ENV, QUERY, FakeClock, FileHost, manifest_row, md5, resolver_reply

FILE_SIZE = 4 * 2**20
PIECE = 256 * 2**10  # 16 pieces


@pytest.fixture
def client(sandbox_client: immport.Client) -> immport.Client:
    return sandbox_client  # this module's tests run against the sandbox, not pytest-httpx


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ramp-up that always doubles up to ``segments`` (on loopback the real one may settle on one)."""

    def measured(self: segments.Ramp, rate: float) -> None:
        self.best = self.width = min(2 * self.width, self.limit)
        self.settled = self.width == self.limit

    monkeypatch.setattr(segments.Ramp, "measured", measured)


def _big_row(client: immport.Client, box: SandboxInfo) -> dict[str, Any]:
    rows = client.session.request("GET", f"{box.query_url}/api/study/manifest/SDY1").json()
    return next(r for r in rows if r["filesizeBytes"] == FILE_SIZE)


def _options(client: immport.Client, segments: int, **more: Any) -> TransferOptions:
    settings: dict[str, Any] = {"segments": segments, "segment_from": 1, "piece_size": PIECE, **more}
    return TransferOptions(query_url=client.settings.query_url, **settings)


def _fetch(client: immport.Client, row: dict[str, Any], dest: Path, options: TransferOptions) -> Any:
    (entry,) = entries_from_rows([row])
    return client.session.run(file_flow(entry, dest / "file", options))  # real clock: the ramp measures


@pytest.mark.usefixtures("parallel")
def test_pieces_arrive_over_range_requests_and_the_md5_matches(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    row = _big_row(client, box)
    done = _fetch(client, row, tmp_path, _options(client, 4))
    assert isinstance(done, DownloadedFile)
    assert md5((tmp_path / "file").read_bytes()) == row["generatedMD5"] == done.md5
    assert done.resumed_from == tuple(range(0, FILE_SIZE, PIECE))  # one Range request per piece
    assert done.bytes_transferred == FILE_SIZE
    assert (
        not part_path(tmp_path / "file").exists() and not pieces_path(part_path(tmp_path / "file")).exists()
    )


def test_segments_beat_a_per_connection_bandwidth_cap(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    row = _big_row(client, box)
    box.configure(file_bandwidth=2_000_000)  # 4 MiB: about 2.1 s over one connection
    start = time.monotonic()
    one = _fetch(client, row, tmp_path / "one", _options(client, 1))
    single = time.monotonic() - start
    start = time.monotonic()
    many = _options(client, 4, piece_size=64 * 1024)  # 64 pieces: the ramp-up rounds take a small share
    four = _fetch(client, row, tmp_path / "four", many)
    parallel = time.monotonic() - start
    assert one.md5 == four.md5 == row["generatedMD5"]
    assert single >= 2.0
    # beating one capped connection by a quarter means pieces flowed in parallel; how far the ramp-up goes
    # depends on the machine's noise (1.3x-4x here), and the >= 3x target is benchmarks/download.py's figure
    assert parallel < single * 0.8, f"4 segments {parallel:.2f} s vs one connection {single:.2f} s"


@pytest.mark.usefixtures("parallel")
def test_cut_pieces_resume_inside_the_piece_and_resend_nothing(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    row = _big_row(client, box)
    box.configure(cut_after_bytes=100_000, fault_path_prefix="/s3/")  # every piece needs 3 connections
    done = _fetch(client, row, tmp_path, _options(client, 4))
    assert done.md5 == row["generatedMD5"]
    assert done.bytes_transferred == FILE_SIZE
    assert len(done.resumed_from) == 3 * (FILE_SIZE // PIECE)


@pytest.mark.usefixtures("parallel")
def test_a_stopped_download_keeps_its_pieces_and_the_next_call_fetches_only_the_rest(
    client: immport.Client, box: SandboxInfo, tmp_path: Path
) -> None:
    row = _big_row(client, box)
    seen: list[int] = []

    def half_way() -> bool:
        return bool(seen) and seen[-1] >= FILE_SIZE // 2

    options = _options(client, 2, should_stop=half_way, emit=lambda e: seen.append(e.bytes_done))
    with pytest.raises(DownloadCancelled):
        _fetch(client, row, tmp_path, options)
    part = part_path(tmp_path / "file")
    recorded = json.loads(pieces_path(part).read_text())
    kept = len(recorded["done"]) * PIECE
    assert recorded["size"] == FILE_SIZE and FILE_SIZE // 4 <= kept < FILE_SIZE

    done = _fetch(client, row, tmp_path, _options(client, 4))
    assert done.md5 == row["generatedMD5"]
    assert done.bytes_transferred == FILE_SIZE - kept  # the recorded pieces are not fetched again
    assert not pieces_path(part).exists()


@pytest.mark.usefixtures("parallel")
def test_download_segments_large_files_by_default(
    client: immport.Client, box: SandboxInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = importlib.import_module("immport.files.download")
    small = functools.partial(TransferOptions, segment_from=1, piece_size=PIECE)  # as if the file were large
    monkeypatch.setattr(module, "TransferOptions", small)
    row = _big_row(client, box)
    result = download(client, [row], tmp_path)
    (done,) = result.downloaded
    assert done.md5 == row["generatedMD5"] and len(done.resumed_from) == FILE_SIZE // PIECE
    single = download(client, [row], tmp_path / "single", segments=1)
    assert single.downloaded[0].resumed_from == (0,)


@pytest.mark.usefixtures("parallel")
async def test_async_segmented_download_matches_too(box: SandboxInfo, tmp_path: Path) -> None:
    async with immport.AsyncClient(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as aclient:
        rows = (await aclient.session.request("GET", f"{box.query_url}/api/study/manifest/SDY1")).json()
        row = next(r for r in rows if r["filesizeBytes"] == FILE_SIZE)
        (entry,) = entries_from_rows([row])
        options = TransferOptions(
            query_url=aclient.settings.query_url, segments=4, segment_from=1, piece_size=PIECE
        )
        done = await aclient.session.run(file_flow(entry, tmp_path / "file", options), FakeClock())
    assert isinstance(done, DownloadedFile)
    assert md5((tmp_path / "file").read_bytes()) == row["generatedMD5"]
    assert done.bytes_transferred == FILE_SIZE and len(done.resumed_from) == FILE_SIZE // PIECE


def test_host_ignoring_range_gets_one_connection_instead(
    canary_api_key: str, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    httpx_mock.add_response(url=f"{QUERY}/drs/download/s3/u-a", json=resolver_reply("a.bin"))
    host = FileHost({"a.bin": data}, ignore_range=True, chunk=64 * 1024)
    httpx_mock.add_callback(host, url=re.compile(re.escape(FILES) + r"/.*"), is_reusable=True)
    with immport.Client(api_key=canary_api_key, env=NO_ENV) as c:
        (entry,) = entries_from_rows([manifest_row("a.bin", data, "u-a")])
        options = TransferOptions(
            query_url=c.settings.query_url, segments=4, segment_from=1, piece_size=PIECE
        )
        done = c.session.run(file_flow(entry, tmp_path / "a.bin", options), FakeClock())
    assert isinstance(done, DownloadedFile)
    assert (tmp_path / "a.bin").read_bytes() == data
    assert done.resumed_from == (0,)
    assert not pieces_path(part_path(tmp_path / "a.bin")).exists()


def test_pieces_finishing_at_once_on_many_threads_all_get_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segments, "RECORD_EVERY", 0.0)  # every finished piece saves the record
    (entry,) = entries_from_rows([manifest_row("a.bin", b"x" * (64 * PIECE), "u-a")])
    options = TransferOptions(query_url=QUERY, piece_size=PIECE)
    plan = segments.PiecePlan(entry, tmp_path / "a.bin.part", "https://files.invalid/a", options)
    try:
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(plan.finished, range(64)))  # saving concurrently must not collide
    finally:
        plan.close(keep=True)
    recorded = json.loads(pieces_path(tmp_path / "a.bin.part").read_text())
    assert recorded["done"] == list(range(64))


def test_ramp_doubles_connections_while_throughput_grows_and_keeps_the_best() -> None:
    capped = segments.Ramp(limit=4)
    assert capped.round_pieces == 1  # a warm-up piece first, not measured
    capped.measured(5.0)
    assert (capped.width, capped.round_pieces) == (1, segments.RAMP_PIECES)
    for rate in (30.0, 61.0, 118.0):  # each doubling nearly doubles the throughput
        assert not capped.settled
        capped.measured(rate)
    assert (capped.settled, capped.width) == (True, 4)

    machine_bound = segments.Ramp(limit=4)
    machine_bound.measured(1.0)
    machine_bound.measured(220.0)
    assert machine_bound.width == 2
    machine_bound.measured(230.0)  # a second connection adds less than 25 %: back to one
    assert (machine_bound.settled, machine_bound.width) == (True, 1)

    halfway = segments.Ramp(limit=8)
    for rate in (1.0, 30.0, 60.0, 100.0, 110.0):  # 4 helps, 8 does not
        halfway.measured(rate)
    assert (halfway.settled, halfway.width) == (True, 4)
    assert segments.Ramp(limit=1).settled


def test_when_one_connection_is_as_fast_the_rest_comes_over_one_plain_request(
    client: immport.Client, box: SandboxInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(segments, "RAMP_GAIN", 1e9)  # a second connection never looks worth keeping
    row = _big_row(client, box)
    done = _fetch(client, row, tmp_path, _options(client, 4))
    assert done.md5 == row["generatedMD5"] == md5((tmp_path / "file").read_bytes())
    assert done.bytes_transferred == FILE_SIZE
    # a warm-up piece, two pieces over one connection, four over two; then one request to the end
    assert done.resumed_from == tuple(range(0, 8 * PIECE, PIECE))
    assert not pieces_path(part_path(tmp_path / "file")).exists()

"""File downloads over loopback (MD5 verified) vs curl; a file host capping each connection; resumed cuts.

Every side downloads the same 1 GiB file from the sandbox's file host, running in its own process. Ours is
``immport.files.download`` with its defaults (a file this large comes in 8 MiB ``Range`` pieces over up to
4 connections, as many as raise the throughput; MD5 computed while it arrives; ``fsync`` and atomic rename
at the end); curl
is ``curl -s -o`` on the same presigned URL over one connection (no MD5, no fsync).
"""

from __future__ import annotations

import hashlib
import resource
import shutil
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks._harness import Context, Row, Stats, judge, profile_call
from benchmarks._sandbox import Served, served

TITLE = "Downloads: one large file from the sandbox's file host over loopback"
STUDY = "SDY1"  # its first manifest file has the configured size
CAP = 32_000_000  # bytes/s per connection for the capped figure


def _big_row(client: Any, size: int) -> Any:
    for row in client.files.manifest(STUDY):
        if row.filesize_bytes == size:
            return row
    raise RuntimeError(f"no {size}-byte file in the {STUDY} manifest")


def _ours_once(client: Any, row: Any, dest: Path, **kwargs: Any) -> Any:
    from immport.files import download

    shutil.rmtree(dest, ignore_errors=True)  # a verified file already in place would be skipped
    dest.mkdir(parents=True)
    result = download(client, [row], dest, concurrency=1, **kwargs)
    if not result.ok or len(result.downloaded) != 1:
        raise RuntimeError(f"download failed: {result}")
    got = result.downloaded[0]
    if not got.md5_verified:
        raise RuntimeError("MD5 was not verified (no generatedMD5 in the manifest)")
    got.path.unlink()
    return got


def _curl_once(curl: str, url: str, dest: Path, *, md5sum: str | None = None) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    subprocess.run([curl, "-s", "-f", "-o", str(dest / "file"), url], check=True)
    if md5sum is not None:  # what a user runs to get the same guarantee as ours
        subprocess.run([md5sum, str(dest / "file")], check=True, capture_output=True)
    (dest / "file").unlink()


def _md5_ceiling(size: int) -> float:
    """MB/s of hashlib.md5 over ``size`` bytes in memory: no download verifying MD5 in line is faster."""
    block = b"\x5a" * (8 << 20)
    digest = hashlib.md5(usedforsecurity=False)
    start = time.perf_counter()
    for _ in range(size // len(block)):
        digest.update(block)
    return size / (time.perf_counter() - start) / 1e6


def _httpx_once(url: str, dest: Path) -> None:
    """A bare httpx stream to a file: what the transport alone costs (no MD5, no fsync, no .part)."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    with httpx.Client() as http, http.stream("GET", url) as response, (dest / "file").open("wb") as fh:
        response.raise_for_status()
        for chunk in response.iter_raw():
            fh.write(chunk)
    (dest / "file").unlink()


def _restart_from_zero(url: str, size: int, sandbox: Served) -> int:
    """Bytes a download without resume receives when the first connection is cut: it starts over."""
    received = 0
    with httpx.Client(timeout=60) as http:
        while True:
            try:
                with http.stream("GET", url) as response:
                    for chunk in response.iter_raw():
                        received += len(chunk)
                    if response.num_bytes_downloaded == size:
                        return received
            except httpx.HTTPError:
                sandbox.configure(cut_after_bytes=None, fault_path_prefix="")  # one cut, like ours gets


def _profile_one_file(client: Any, row: Any, dest: Path) -> str:
    """Profile one file's flow on this thread (download() runs it on a worker the profiler cannot see)."""
    from immport.files.manifest import entries_from_rows
    from immport.files.transfer import TransferOptions, file_flow

    shutil.rmtree(dest, ignore_errors=True)
    entry = entries_from_rows([row])[0]
    options = TransferOptions(query_url=client.settings.query_url)
    return profile_call(lambda: client.session.run(file_flow(entry, dest / "file", options)))


def _mbps(size: int, seconds: list[float]) -> Stats:
    return Stats(tuple(size / s / 1e6 for s in seconds))


CPU: dict[str, list[float]] = {}  # side -> CPU seconds (this process and its children) per download


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _alternate(
    runs: int, sides: dict[str, Callable[[], object]], *, context_rounds: dict[str, int]
) -> dict[str, list[float]]:
    """Wall seconds of each side, round-robin with the order rotating; ``context_rounds`` limits some.

    Also records each side's CPU seconds in ``CPU`` (curl's and md5sum's as children of this process).
    """
    names = list(sides)
    times: dict[str, list[float]] = {name: [] for name in names}
    for k in range(runs):
        for j in range(len(names)):
            name = names[(j + k) % len(names)]
            if k >= context_rounds.get(name, runs):
                continue
            cpu, start = _cpu(), time.perf_counter()
            sides[name]()
            times[name].append(time.perf_counter() - start)
            CPU.setdefault(name, []).append(_cpu() - cpu)
    return times


def _vs_curl(ctx: Context, client: Any, row: Any, url: str, size: int, row_out: Row, checked: Row) -> None:
    curl, md5sum = shutil.which("curl"), shutil.which("md5sum")
    work = ctx.workdir
    sides: dict[str, Callable[[], object]] = {
        "ours": lambda: _ours_once(client, row, work / "ours"),
        "ours, one connection": lambda: _ours_once(client, row, work / "ours1", segments=1),
        "bare httpx": lambda: _httpx_once(url, work / "httpx"),
    }
    if curl is not None:
        sides["curl"] = lambda: _curl_once(curl, url, work / "curl")
        if md5sum is not None:
            sides["curl + md5sum"] = lambda: _curl_once(curl, url, work / "curlmd5", md5sum=md5sum)
    times = _alternate(
        max(3, ctx.runs - 2), sides, context_rounds={"ours, one connection": 2, "bare httpx": 2}
    )
    row_out.ours = _mbps(size, times["ours"])
    row_out.notes.append(
        "client CPU per GiB (load-independent; the sandbox is another process): "
        + ", ".join(f"{name} {statistics.median(cpu) * 2**30 / size:.2f} s" for name, cpu in CPU.items())
    )
    row_out.notes.append(
        f"context: hashlib.md5 alone hashes {_md5_ceiling(size):.0f} MB/s in memory on this machine "
        "(one thread: MD5 cannot be split), the ceiling of any download that verifies MD5 as it arrives"
    )
    if "curl + md5sum" in times:
        checked.ours, checked.baseline = row_out.ours, _mbps(size, times["curl + md5sum"])
        checked.ratio = checked.ours.median / checked.baseline.median
    else:
        checked.pending = "curl or md5sum is absent"
    for name in ("ours, one connection", "bare httpx"):
        stats = _mbps(size, times[name])
        row_out.notes.append(
            f"context: {name} did {stats.median:.0f} MB/s ({stats.min:.0f} - {stats.max:.0f})"
        )
    row_out.notes.append(
        "ours = immport.files.download defaults (8 MiB Range pieces over up to 4 connections, as many "
        "as help; MD5 while receiving, fsync, atomic rename; MD5 verified against the manifest); curl -s -o "
        "on the same presigned URL (one connection, no MD5, no fsync); bare httpx = one stream written to "
        "a file (no MD5, no fsync)"
    )
    if curl is None:
        row_out.pending = "curl is absent on this machine (ours measured: see notes)"
        return
    row_out.baseline = _mbps(size, times["curl"])
    row_out.ratio = row_out.ours.median / row_out.baseline.median
    judge(row_out, row_out.ratio, at_least=0.9)
    if ctx.profile and not row_out.met:
        row_out.profile = _profile_one_file(client, row, work / "ours")


def _capped(ctx: Context, sandbox: Served, client: Any, row: Any, size: int, row_out: Row) -> None:
    sandbox.configure(file_bandwidth=CAP)
    try:
        work = ctx.workdir
        sides: dict[str, Callable[[], object]] = {
            "segmented": lambda: _ours_once(client, row, work / "seg"),
            "one connection": lambda: _ours_once(client, row, work / "one", segments=1),
        }
        times = _alternate(2 if not ctx.quick else ctx.runs, sides, context_rounds={})
    finally:
        sandbox.configure(file_bandwidth=None)
    row_out.ours = _mbps(size, times["segmented"])
    row_out.baseline = _mbps(size, times["one connection"])
    row_out.ratio = row_out.ours.median / row_out.baseline.median
    judge(row_out, row_out.ratio, at_least=3.0)
    row_out.notes.append(
        f"the file host sends each response at most {CAP / 1e6:.0f} MB/s; both sides are "
        "immport.files.download (defaults: up to 4 connections after ramp-up rounds, 8 MiB pieces; "
        "vs segments=1), MD5 verified; "
        "resumable piece by piece (see resume_resent_segmented)"
    )


def _resume(
    client: Any, sandbox: Served, row: Any, url: str, size: int, dest: Path, row_out: Row, *, segmented: bool
) -> None:
    """Cut once at 50% (one connection), or cut every piece's connection at half the piece (segmented)."""
    from immport.files.transfer import PIECE_SIZE

    cut = PIECE_SIZE // 2 if segmented else size // 2
    sandbox.configure(cut_after_bytes=cut, fault_path_prefix="/s3/")
    events: list[str] = []

    def on_event(event: Any) -> None:
        if event.kind == "retry":
            events.append(str(event.message))
            if not segmented and len(events) == 1:
                sandbox.configure(cut_after_bytes=None, fault_path_prefix="")

    try:
        got = _ours_once(client, row, dest, progress=on_event, segments=4 if segmented else 1)
    finally:
        sandbox.configure(cut_after_bytes=None, fault_path_prefix="")
    resent = got.bytes_transferred - size
    row_out.ours = Stats((100 * resent / size,))
    row_out.met = resent <= 0.01 * size and got.md5_verified
    row_out.notes.append(
        f"{len(events)} cut(s); {len(got.resumed_from)} Range requests; {resent:,} bytes re-sent of "
        f"{size:,}; MD5 verified: {got.md5_verified}; first cut seen as: {events[:1]}"
    )
    if not segmented:  # measured: a client without resume starts over after the same single cut
        sandbox.configure(cut_after_bytes=cut, fault_path_prefix="/s3/")
        try:
            received = _restart_from_zero(url, size, sandbox)
        finally:
            sandbox.configure(cut_after_bytes=None, fault_path_prefix="")
        row_out.baseline = Stats((100 * (received - size) / size,))
        row_out.ratio = resent / (received - size) if received > size else None
        row_out.notes.append(f"restart from 0 (bare httpx, no Range) received {received:,} bytes in all")


def run(ctx: Context) -> list[Row]:
    size = (64 if ctx.quick else 1024) * 2**20  # 64 MiB: the smallest file that is segmented
    label = f"{size / 2**20:.0f} MiB"
    throughput = Row(
        "download", "download_vs_curl", f"{label} file, throughput (MD5 on) vs curl",
        "immport.files.download", "curl -s -o", "MB/s", ">= 0.9x throughput",
    )  # fmt: skip
    capped = Row(
        "download", "download_segmented_capped",
        f"{label} file, each connection capped at {CAP / 1e6:.0f} MB/s: segmented vs one connection",
        "download (segmented)", "download(segments=1)", "MB/s", ">= 3x throughput",
        ratio_label="segmented/one connection (speed-up)",
    )  # fmt: skip
    resume = Row(
        "download", "resume_resent", f"{label} file cut once at 50%, resumed: bytes re-sent",
        "resume via Range (segments=1)", "restart from 0 (measured)", "%", "<= 1% of file",
        ratio_label="re-sent ours/restart",
    )  # fmt: skip
    resume_seg = Row(
        "download", "resume_resent_segmented", f"{label} file, every piece's connection cut half-way",
        "segmented, resumed inside each piece", "-", "%", "<= 1% of file",
    )  # fmt: skip
    checked = Row(
        "download", "download_vs_curl_md5sum", f"{label} file: the same guarantee with curl, then md5sum",
        "immport.files.download", "curl -s -o; md5sum", "MB/s", "(context)",
    )  # fmt: skip
    rows = [throughput, checked, capped, resume, resume_seg]
    try:
        from immport.files.segments import segmented_flow  # noqa: F401
    except ImportError as exc:
        for r in rows:
            r.pending = f"immport.files segmented downloads ({exc})"
        return rows
    with served(rows=40, file_size=size) as sandbox, sandbox.client() as client:
        row = _big_row(client, size)  # the sandbox computes the file's MD5 for this manifest, once
        url = str(client.files.drs_url(row.file_uuid, "s3").url)
        _vs_curl(ctx, client, row, url, size, throughput, checked)
        _capped(ctx, sandbox, client, row, size, capped)
        _resume(client, sandbox, row, url, size, ctx.workdir / "resume", resume, segmented=False)
        _resume(client, sandbox, row, url, size, ctx.workdir / "resume", resume_seg, segmented=True)
    return rows

"""File download over loopback (with MD5 verification) vs curl, and bytes re-sent when resuming a cut."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from benchmarks._harness import Context, Row, Stats, profile_call
from benchmarks._sandbox import Served, served

TITLE = "Downloads: one large file from the sandbox's file host over loopback"
STUDY = "SDY1"  # its first manifest file has the configured size


def _download_fn() -> Any:
    """``client.files.download`` if the facade has it, else ``immport.files.download(client, ...)``."""
    try:
        from immport.files import download
    except ImportError:
        return None
    return download


def _big_row(client: Any, size: int) -> Any:
    rows = client.files.manifest(STUDY)
    for row in rows:
        if row.filesize_bytes == size:
            return row
    raise RuntimeError(f"no {size}-byte file in the {STUDY} manifest")


def _ours_once(client: Any, download: Any, row: Any, dest: Path, **kwargs: Any) -> Any:
    shutil.rmtree(dest, ignore_errors=True)  # a verified file already in place would be skipped
    dest.mkdir(parents=True)
    result = download(client, [row], dest, concurrency=1, **kwargs)
    if not result.ok or len(result.downloaded) != 1:
        raise RuntimeError(f"download failed: {result}")
    return result.downloaded[0]


def _curl_once(curl: str, url: str, dest: Path) -> None:
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    subprocess.run([curl, "-s", "-f", "-o", str(dest / "file"), url], check=True)


def _httpx_once(url: str, dest: Path) -> None:
    """A bare httpx stream to a file: what the transport alone costs (no MD5, no fsync, no .part)."""
    import httpx

    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    with httpx.Client() as http, http.stream("GET", url) as response, (dest / "file").open("wb") as fh:
        response.raise_for_status()
        for chunk in response.iter_raw():
            fh.write(chunk)


def _profile_one_file(client: Any, row: Any, dest: Path) -> str:
    """Profile one file's flow on this thread (download() runs it on a worker the profiler cannot see)."""
    from immport._flows import SyncRunner
    from immport.files.manifest import entries_from_rows
    from immport.files.transfer import TransferOptions, file_flow

    shutil.rmtree(dest, ignore_errors=True)
    entry = entries_from_rows([row])[0]
    options = TransferOptions(query_url=client.settings.query_url)
    return profile_call(lambda: SyncRunner(client).run(file_flow(entry, dest / "file", options)))


def _throughput(size: int, seconds: list[float]) -> Stats:
    return Stats(tuple(size / s / 1e6 for s in seconds))


def _measure(ctx: Context, sandbox: Served, size: int, throughput: Row, resume: Row) -> None:
    download = _download_fn()
    curl = shutil.which("curl")
    with sandbox.client() as client:
        row = _big_row(client, size)  # the sandbox computes the file's MD5 for this manifest, once
        url = str(client.files.drs_url(row.file_uuid, "s3").url)
        ours_dir, curl_dir = ctx.workdir / "ours", ctx.workdir / "curl"
        runs = max(3, ctx.runs - 2)
        mine: list[float] = []
        theirs: list[float] = []
        bare: list[float] = []
        for k in range(runs):
            # the bare-httpx context is measured in the first two rounds only (it has no target)
            order: tuple[str, ...] = ("ours", "curl", "httpx") if k % 2 == 0 else ("curl", "httpx", "ours")
            if k >= 2:
                order = tuple(who for who in order if who != "httpx")
            for who in order:
                start = time.perf_counter()
                if who == "ours":
                    got = _ours_once(client, download, row, ours_dir)
                    mine.append(time.perf_counter() - start)
                    if not got.md5_verified:
                        throughput.notes.append(
                            "WARNING: MD5 was not verified (no generatedMD5 in the manifest)"
                        )
                elif who == "httpx":
                    _httpx_once(url, curl_dir)
                    bare.append(time.perf_counter() - start)
                elif curl is not None:
                    _curl_once(curl, url, curl_dir)
                    theirs.append(time.perf_counter() - start)
        bare_stats = _throughput(size, bare)
        throughput.notes.append(
            f"context: a bare httpx stream to a file (no MD5/fsync) did "
            f"{bare_stats.median:.0f} MB/s ({bare_stats.min:.0f} - {bare_stats.max:.0f})"
        )
        throughput.ours = _throughput(size, mine)
        throughput.notes.append(
            "ours = immport.files.download (resolve DRS URL, stream to .part, MD5, fsync, "
            "atomic rename); curl -s -o on the presigned URL (no MD5, no fsync)"
        )
        if curl is None:
            throughput.pending = "curl is absent on this machine (ours measured: see notes)"
            throughput.notes.append(f"ours alone: {throughput.ours.median:.0f} MB/s")
        else:
            throughput.baseline = _throughput(size, theirs)
            throughput.ratio = throughput.ours.median / throughput.baseline.median
            throughput.met = throughput.ratio >= 0.9
            if ctx.profile and not throughput.met:
                throughput.profile = _profile_one_file(client, row, ours_dir)

        # resume: the file host drops the connection after half the file; the retry must ask for the rest
        half = size // 2
        sandbox.configure(cut_after_bytes=half, fault_path_prefix="/s3/")
        events: list[str] = []

        def on_event(event: Any) -> None:
            if event.kind == "retry" and not events:
                events.append(str(event.message))
                sandbox.configure(cut_after_bytes=None, fault_path_prefix="")

        try:
            got = _ours_once(client, download, row, ours_dir, progress=on_event)
        finally:
            sandbox.configure(cut_after_bytes=None, fault_path_prefix="")
        resent = got.bytes_transferred - size
        resume.ours = Stats((100 * resent / size,))
        resume.baseline = Stats((100 * half / size,))
        resume.ratio = resent / half if half else None
        resume.met = resent <= 0.01 * size and got.md5_verified
        resume.notes.append(
            f"connections started at offsets {list(got.resumed_from)}; {resent:,} bytes re-sent "
            f"of {size:,}; MD5 verified: {got.md5_verified}; cut seen as: {events[:1]}"
        )


def run(ctx: Context) -> list[Row]:
    size = (32 if ctx.quick else 1024) * 2**20
    label = f"{size / 2**20:.0f} MiB"
    throughput = Row(
        "download",
        "download_vs_curl",
        f"{label} file, throughput (MD5 on) vs curl",
        "immport.files.download",
        "curl -s -o",
        "MB/s",
        ">= 0.9x throughput",
    )
    resume = Row(
        "download",
        "resume_resent",
        f"{label} file cut at 50%, resumed: bytes re-sent",
        "resume via Range",
        "restart from 0 (no resume)",
        "%",
        "<= 1% of file",
        ratio_label="re-sent ours/restart",
    )
    rows = [throughput, resume]
    if _download_fn() is None:
        for row in rows:
            row.pending = "immport.files.download"
        return rows
    with served(rows=40, file_size=size) as sandbox:
        _measure(ctx, sandbox, size, throughput, resume)
    return rows

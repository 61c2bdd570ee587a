"""Download a study's files (or given manifest rows) into a directory: bounded concurrency, resume, verify.

``download`` (threads) and ``adownload`` (asyncio semaphore) run the same per-file flow
(``transfer.file_flow``); only the way jobs are scheduled differs. Aspera is not supported: ImmPort
retired its Aspera download service in July 2026, DRS (s3/stream URLs) is the download path.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from os import PathLike
from pathlib import Path

import attrs

from immport._flows import AsyncClientLike, AsyncRunner, Clock, SyncClientLike, SyncRunner
from immport.errors import DownloadCancelled, DownloadFailedError, InvalidRequestError
from immport.files.manifest import ManifestEntry, entries_from_rows, manifest_flow, target_path
from immport.files.progress import Progress, progress_callback
from immport.files.result import (
    DownloadedFile,
    DownloadEvent,
    DownloadResult,
    FailedFile,
    ProgressCallback,
    SkippedFile,
)
from immport.files.transfer import SEGMENTS, TransferOptions, file_flow

Source = str | Iterable[object]


@attrs.frozen
class _Job:
    entry: ManifestEntry
    target: Path


def _check_arguments(dest: str | PathLike[str], concurrency: int, segments: int) -> Path:
    for name, value in (("concurrency", concurrency), ("segments", segments)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidRequestError(f"{name} must be a positive integer, got {value!r}")
    root = Path(dest)
    if root.exists() and not root.is_dir():
        raise InvalidRequestError(f"destination is not a directory: {root}")
    return root


def _plan(entries: list[ManifestEntry], dest: Path) -> list[_Job]:
    dest.mkdir(parents=True, exist_ok=True)
    return [_Job(entry, target_path(dest, entry.path)) for entry in entries]


class _Collector:
    """Outcomes in manifest order, plus the finished/failed events; thread-safe."""

    def __init__(self, jobs: list[_Job], emit: ProgressCallback, fail_fast: bool) -> None:
        self._jobs = jobs
        self._emit = emit
        self._fail_fast = fail_fast
        self._outcomes: dict[int, DownloadedFile | SkippedFile | FailedFile | ManifestEntry] = {}
        self._lock = threading.Lock()
        self.stop = threading.Event()
        total = sum(job.entry.size or 0 for job in jobs)
        emit(DownloadEvent("planned", None, 0, total, message=f"{len(jobs)} file(s)"))

    def record(self, index: int, outcome: DownloadedFile | SkippedFile | Exception) -> None:
        job = self._jobs[index]
        stored: DownloadedFile | SkippedFile | FailedFile | ManifestEntry
        if isinstance(outcome, DownloadCancelled):
            stored = job.entry
        elif isinstance(outcome, Exception):
            stored = FailedFile(job.target, job.entry, outcome)
            self._emit(DownloadEvent("failed", job.entry.path, 0, job.entry.size, message=str(outcome)))
            if self._fail_fast:
                self.stop.set()
        else:
            stored = outcome
            if isinstance(outcome, DownloadedFile):
                self._emit(DownloadEvent("finished", job.entry.path, outcome.size, outcome.size))
        with self._lock:
            self._outcomes[index] = stored

    def result(self, *, raise_on_error: bool) -> DownloadResult:
        result = DownloadResult()
        for index, job in enumerate(self._jobs):
            outcome = self._outcomes.get(index, job.entry)
            if isinstance(outcome, DownloadedFile):
                result.downloaded.append(outcome)
            elif isinstance(outcome, SkippedFile):
                result.skipped.append(outcome)
            elif isinstance(outcome, FailedFile):
                result.failed.append(outcome)
            else:
                result.cancelled.append(outcome)
        if (raise_on_error or self._fail_fast) and not result.ok:
            raise DownloadFailedError(result)
        return result


def _options(
    client: SyncClientLike | AsyncClientLike, emit: ProgressCallback, stop: threading.Event, segments: int
) -> TransferOptions:
    settings = client.settings
    return TransferOptions(
        query_url=settings.query_url,
        max_retries=settings.max_retries,
        emit=emit,
        should_stop=stop.is_set,
        segments=segments,
    )


def download(
    client: SyncClientLike,
    source: Source,
    dest: str | PathLike[str],
    *,
    file_type: str = "all",
    concurrency: int = 4,
    segments: int = SEGMENTS,
    progress: Progress = False,
    fail_fast: bool = False,
    raise_on_error: bool = True,
    clock: Clock | None = None,
) -> DownloadResult:
    """Download a study's files (``source="SDY1"``) or the given manifest rows into ``dest``.

    Manifest paths are kept under ``dest``. Each file streams to ``<name>.part`` and resumes with a
    ``Range`` request after a broken connection; its size and MD5 (``generatedMD5``) are checked before
    it is moved into place. Files already present and verified are skipped. One file's failure does not
    stop the others (unless ``fail_fast``); see ``DownloadResult``. ``progress``: True for rich bars, or
    a callable receiving ``DownloadEvent``s. Files of 64 MiB and more come in 8 MiB ``Range`` pieces over
    up to ``segments`` parallel connections, as many as raise the throughput (resumable piece by piece;
    ``segments=1``: one connection).
    """
    root = _check_arguments(dest, concurrency, segments)
    if isinstance(source, str):
        entries = SyncRunner(client, clock).run(manifest_flow(client.settings.query_url, source, file_type))
    else:
        entries = entries_from_rows(source)
    jobs = _plan(entries, root)
    _ = client._download_http  # create the (lazy) download client once, before the worker threads race for it
    with progress_callback(progress) as emit:
        collector = _Collector(jobs, emit, fail_fast)
        options = _options(client, emit, collector.stop, segments)

        def run_one(index: int) -> None:
            if collector.stop.is_set():
                return
            job = jobs[index]
            try:
                outcome = SyncRunner(client, clock).run(file_flow(job.entry, job.target, options))
            except Exception as exc:
                collector.record(index, exc)
            else:
                collector.record(index, outcome)

        with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="immport-download") as pool:
            list(pool.map(run_one, range(len(jobs))))
    return collector.result(raise_on_error=raise_on_error)


async def adownload(
    client: AsyncClientLike,
    source: Source,
    dest: str | PathLike[str],
    *,
    file_type: str = "all",
    concurrency: int = 4,
    segments: int = SEGMENTS,
    progress: Progress = False,
    fail_fast: bool = False,
    raise_on_error: bool = True,
    clock: Clock | None = None,
) -> DownloadResult:
    """The asyncio twin of ``download`` (same per-file flow; at most ``concurrency`` files at once)."""
    root = _check_arguments(dest, concurrency, segments)
    if isinstance(source, str):
        entries = await AsyncRunner(client, clock).run(
            manifest_flow(client.settings.query_url, source, file_type)
        )
    else:
        entries = entries_from_rows(source)
    jobs = _plan(entries, root)
    semaphore = asyncio.Semaphore(concurrency)
    with progress_callback(progress) as emit:
        collector = _Collector(jobs, emit, fail_fast)
        options = _options(client, emit, collector.stop, segments)

        async def run_one(index: int) -> None:
            async with semaphore:
                if collector.stop.is_set():
                    return
                job = jobs[index]
                try:
                    outcome = await AsyncRunner(client, clock).run(file_flow(job.entry, job.target, options))
                except Exception as exc:
                    collector.record(index, exc)
                else:
                    collector.record(index, outcome)

        await asyncio.gather(*(run_one(index) for index in range(len(jobs))))
    return collector.result(raise_on_error=raise_on_error)

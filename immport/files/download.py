"""Download a study's files (or given manifest rows) into a directory: bounded concurrency, resume, verify.

Written once, as a flow (``Downloads.download``): the manifest call, then one ``transfer.file_flow`` per
file, at most ``concurrency`` at a time (``Parallel``: threads on a ``Client``, tasks on an ``AsyncClient``).
Aspera is not supported: ImmPort retired its Aspera download service in July 2026, DRS (s3/stream URLs)
is the download path.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, Unpack

import attrs

from immport._bind import M, Resource, flow_method
from immport._flows import Clock, Flow, Parallel
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

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

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
        self.jobs = jobs
        self._emit = emit
        self._fail_fast = fail_fast
        self._outcomes: dict[int, DownloadedFile | SkippedFile | FailedFile | ManifestEntry] = {}
        self._lock = threading.Lock()
        self.stop = threading.Event()
        total = sum(job.entry.size or 0 for job in jobs)
        emit(DownloadEvent("planned", None, 0, total, message=f"{len(jobs)} file(s)"))

    def record(self, index: int, outcome: DownloadedFile | SkippedFile | Exception) -> None:
        job = self.jobs[index]
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
        for index, job in enumerate(self.jobs):
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


class DownloadOptions(TypedDict, total=False):
    """Keyword options of :func:`download` / :func:`adownload` (see ``client.files.download``)."""

    file_type: str
    concurrency: int
    segments: int
    progress: Progress
    fail_fast: bool
    raise_on_error: bool
    clock: Clock | None


class Downloads(Resource[M]):
    """``client.files.download``, written once for both clients."""

    @flow_method
    def download(
        self,
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
    ) -> Flow[DownloadResult]:
        """Download a study's files (``"SDY1"``) or manifest rows into ``dest``, verified by size and MD5.

        Manifest paths are kept under ``dest``. Each file streams to ``<name>.part`` and resumes with a
        ``Range`` request after a broken connection; its size and MD5 (``generatedMD5``) are checked before
        it is moved into place. Files already present and verified are skipped. One file's failure does not
        stop the others (unless ``fail_fast``). ``progress``: True for rich bars, or a callable receiving
        ``DownloadEvent``s. Files of 64 MiB and more come in 8 MiB ``Range`` pieces over up to ``segments``
        parallel connections, as many as raise the throughput (``segments=1``: one connection).

        Raises :class:`~immport.files.DownloadFailedError` (``.result`` has every outcome) when any file
        failed; ``raise_on_error=False`` returns the result instead (falsy when not ``ok``). ``clock``:
        for tests (a fake clock for the backoff sleeps).
        """
        root = _check_arguments(dest, concurrency, segments)
        settings = self._session.settings
        if isinstance(source, str):
            entries = yield from manifest_flow(settings.query_url, source, file_type)
        else:
            entries = entries_from_rows(source)
        jobs = _plan(entries, root)
        with progress_callback(progress) as emit:
            collector = _Collector(jobs, emit, fail_fast)
            options = TransferOptions(
                query_url=settings.query_url,
                max_retries=settings.max_retries,
                emit=emit,
                should_stop=collector.stop.is_set,
                segments=segments,
            )
            yield Parallel([_job_flow(collector, index, options) for index in range(len(jobs))], concurrency)
        return collector.result(raise_on_error=raise_on_error)


def _job_flow(collector: _Collector, index: int, options: TransferOptions) -> Flow[None]:
    """One file of a download; its outcome (a failure included) is recorded as soon as it is known."""
    if collector.stop.is_set():
        return
    job = collector.jobs[index]
    try:
        outcome = yield from file_flow(job.entry, job.target, options)
    except Exception as exc:
        collector.record(index, exc)
    else:
        collector.record(index, outcome)


def download(
    client: Client, source: Source, dest: str | PathLike[str], **options: Unpack[DownloadOptions]
) -> DownloadResult:
    """``client.files.download(source, dest, ...)``; see :meth:`Downloads.download`."""
    return client.files.download(source, dest, **options)


async def adownload(
    client: AsyncClient, source: Source, dest: str | PathLike[str], **options: Unpack[DownloadOptions]
) -> DownloadResult:
    """``await aclient.files.download(source, dest, ...)``; see :meth:`Downloads.download`."""
    return await client.files.download(source, dest, **options)

"""What a download run reports: per-file events for progress, and the final result."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Literal

import attrs

from immport.errors import DownloadFailedError
from immport.files.manifest import ManifestEntry

EventKind = Literal["planned", "start", "progress", "retry", "finished", "skipped", "failed"]


@attrs.frozen
class DownloadEvent:
    """Passed to a ``progress=callback``. ``planned`` comes once first with the total of all sizes."""

    kind: EventKind
    path: PurePosixPath | None
    bytes_done: int = 0
    total: int | None = None
    message: str | None = None


ProgressCallback = Callable[[DownloadEvent], None]


@attrs.frozen
class DownloadedFile:
    path: Path
    entry: ManifestEntry
    size: int
    md5: str
    md5_verified: bool  # False only when the manifest had no generatedMD5
    bytes_transferred: int  # bytes read from the network for this file (resume re-sends show up here)
    resumed_from: tuple[int, ...]  # .part offsets each (re)connection started from


@attrs.frozen
class SkippedFile:
    path: Path
    entry: ManifestEntry


@attrs.frozen
class FailedFile:
    path: Path
    entry: ManifestEntry
    error: Exception


@attrs.define
class DownloadResult:
    downloaded: list[DownloadedFile] = attrs.field(factory=list)
    skipped: list[SkippedFile] = attrs.field(factory=list)
    failed: list[FailedFile] = attrs.field(factory=list)
    cancelled: list[ManifestEntry] = attrs.field(factory=list)  # not attempted after a fail_fast stop

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled

    def __bool__(self) -> bool:
        """False when a file failed or was not attempted, so ``if result:`` means "all went well"."""
        return self.ok

    def raise_for_failures(self) -> None:
        if not self.ok:
            raise DownloadFailedError(self)

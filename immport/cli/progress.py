"""Download progress on stderr: rich bars driven by the facade's ``DownloadEvent`` callbacks."""

from __future__ import annotations

import threading
from pathlib import PurePosixPath
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from immport.cli.console import stderr

if TYPE_CHECKING:
    from immport.files import DownloadEvent

E = TypeVar("E")


class LiveBars(Generic[E]):
    """A rich ``Progress`` shown on stderr while the ``with`` block runs, fed events (the facade's progress
    callback) one at a time: downloads call back from several threads."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._lock = threading.Lock()

    def __enter__(self) -> Self:
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()

    def __call__(self, event: E) -> None:
        with self._lock:
            self._handle(event)

    def _handle(self, event: E) -> None:
        raise NotImplementedError


class DownloadBars(LiveBars["DownloadEvent"]):
    """One overall bar plus one bar per file in flight; finished files drop off; failures stay visible."""

    def __init__(self, label: str, *, enabled: bool = True) -> None:
        super().__init__(
            Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=stderr(),
                transient=False,
                disable=not enabled,
            )
        )
        self._label = label
        self._overall: TaskID | None = None
        self._files: dict[PurePosixPath, TaskID] = {}
        self._done: dict[PurePosixPath, int] = {}

    def _handle(self, event: DownloadEvent) -> None:
        bars = self._progress
        if event.kind == "planned":
            self._overall = bars.add_task(f"{self._label} ({event.message})", total=event.total or None)
            return
        if event.path is None:
            return
        task = self._files.get(event.path)
        if task is None:
            task = self._files[event.path] = bars.add_task(f"  {event.path.name}", total=event.total)
        before = self._done.get(event.path, 0)
        if event.kind == "progress":
            self._done[event.path] = max(before, event.bytes_done)
            bars.update(task, completed=event.bytes_done, total=event.total)
            self._advance(event.bytes_done - before)
        elif event.kind == "retry":
            bars.update(task, description=f"  {event.path.name} (retrying)")
        elif event.kind in ("finished", "skipped"):
            size = event.total or event.bytes_done
            self._advance(size - before)
            self._done[event.path] = max(before, size)
            bars.update(task, completed=size, visible=False)
        elif event.kind == "failed":
            bars.update(task, description=f"  {event.path.name}: failed")

    def _advance(self, amount: int) -> None:
        if self._overall is not None and amount > 0:
            self._progress.advance(self._overall, amount)

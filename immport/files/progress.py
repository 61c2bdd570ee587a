"""Progress reporting: a user callback, or a rich bar per file plus an overall bar (``progress=True``)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import Any

from immport.errors import InvalidRequestError
from immport.files.result import DownloadEvent, ProgressCallback

Progress = bool | Callable[[DownloadEvent], None]


class RichProgress:
    """Turns DownloadEvents into rich progress bars (rich comes with the ``cli`` extra)."""

    def __init__(self) -> None:
        try:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TransferSpeedColumn,
            )
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise InvalidRequestError("progress=True needs rich: pip install 'immport[cli]'") from exc
        self._progress: Any = Progress(
            TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn()
        )
        self._tasks: dict[PurePosixPath, Any] = {}
        self._done: dict[PurePosixPath, int] = {}
        self._overall: Any = None
        self._lock = threading.Lock()

    def __call__(self, event: DownloadEvent) -> None:
        with self._lock:
            self._handle(event)

    def _handle(self, event: DownloadEvent) -> None:
        bar = self._progress
        if event.kind == "planned":
            self._overall = bar.add_task("total", total=event.total)
            return
        if event.path is None:
            return
        task = self._tasks.get(event.path)
        if task is None:
            task = self._tasks[event.path] = bar.add_task(event.path.name, total=event.total)
        previous = self._done.get(event.path, 0)
        if event.kind == "progress":
            self._done[event.path] = event.bytes_done
            bar.update(task, completed=event.bytes_done)
            if self._overall is not None:
                bar.advance(self._overall, max(event.bytes_done - previous, 0))
        elif event.kind in ("skipped", "finished"):
            bar.update(task, completed=event.total or event.bytes_done, visible=False)
            if self._overall is not None and event.total:
                bar.advance(self._overall, max(event.total - previous, 0))
        elif event.kind == "failed":
            bar.update(task, description=f"[red]{event.path.name} failed", visible=True)

    @contextlib.contextmanager
    def running(self) -> Iterator[RichProgress]:
        with self._progress:
            yield self


@contextlib.contextmanager
def progress_callback(progress: Progress) -> Iterator[ProgressCallback]:
    """The callback to feed events to, for the duration of a download run."""
    if progress is True:
        with RichProgress().running() as rich_progress:
            yield rich_progress
    elif callable(progress):
        yield progress
    else:
        yield lambda event: None

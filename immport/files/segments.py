"""Segmented downloads: one large file over several parallel ``Range`` connections, resumable, MD5 in order.

The file is cut into pieces (``TransferOptions.piece_size``). Up to ``segments`` piece flows, run at once
through the runner's ``Parallel`` step, each take the next missing piece, GET it with ``Range`` and write it
in place into the preallocated ``<name>.part``; short ramp-up rounds first check that more connections
raise the throughput (they do when each connection is capped, not when the machine is the limit). A
hashing thread follows the contiguous prefix of finished pieces and reads them back (from the page cache,
just written), so MD5 overlaps the transfer. The finished pieces are recorded in ``<name>.part.pieces``
after an ``fdatasync`` of the ``.part``: a later call fetches only the missing ones. A file host that
ignores ``Range`` (answers 200) gets the one-connection download instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any

import attrs

from immport._flows import CloseFile, Flow, Now, OpenFile, Parallel, ReadChunk, Sleep, WriteChunk
from immport._http.redaction import get_logger
from immport.errors import (
    APIStatusError,
    DecodeError,
    DownloadCancelled,
    ImmPortError,
    PermissionDeniedError,
    TransportError,
)
from immport.files._writer import ChunkWriter, start_writeback
from immport.files.common import (
    RetryBudget,
    TransferOptions,
    finish,
    part_path,
    raise_for_file_status,
    range_start,
    resolve_flow,
)
from immport.files.manifest import ManifestEntry
from immport.files.result import DownloadedFile, DownloadEvent

RECORD_EVERY = 1.0  # seconds between two records of the finished pieces
RAMP_PIECES = 2  # pieces per connection in each ramp-up round
RAMP_GAIN = 1.25  # doubling the connections must raise the throughput this much to keep them
HASH_POLL = 0.01  # seconds between two looks at the hashing thread at the end of a ramp-up round
_HASH_BLOCK = 1 << 20
_datasync = getattr(os, "fdatasync", os.fsync)  # fdatasync is POSIX-only
_log = get_logger("immport.files")


def pieces_path(part: Path) -> Path:
    return part.with_name(part.name + ".pieces")


class _RangeNotSupported(ImmPortError):
    """The file host answered a ``Range`` request with the whole file."""


class PiecePlan:
    """The pieces of one ``.part``: which are missing, which are on disk, and the MD5 of the finished prefix.

    Thread-safe: piece flows on several threads (or tasks) take and finish pieces; a hashing thread follows.
    """

    def __init__(self, entry: ManifestEntry, part: Path, url: str, options: TransferOptions) -> None:
        assert entry.size
        self.entry, self.part, self.url, self.options = entry, part, url, options
        self.size, self.piece = entry.size, options.piece_size
        self.count = -(-self.size // self.piece)
        self.record = pieces_path(part)
        self.transferred = 0  # bytes read from the network
        self.starts: list[int] = []  # the offset each Range request started from
        self._lock = threading.Condition()
        self._saving = threading.Lock()
        self._done = self._load()
        self._bytes_done = sum(self.bounds(i)[1] - self.bounds(i)[0] for i in self._done)
        self._todo: deque[int] = deque()
        self._stopping = self._closed = False
        self._recorded_at = 0.0
        self._fd = os.open(part, os.O_RDWR | os.O_CREAT, 0o644)
        if os.fstat(self._fd).st_size != self.size:
            os.ftruncate(self._fd, self.size)  # sparse: the pieces land in place
        self._write_record()  # from now on the .part is known as a segmented one
        self._md5: Any = hashlib.md5(usedforsecurity=False)  # of the first ``_hashed`` pieces
        self._hashed = 0
        self._hasher = threading.Thread(target=self._hash, name="immport-md5", daemon=True)
        self._hasher.start()

    def _load(self) -> set[int]:
        try:
            saved = json.loads(self.record.read_text())
            if saved["size"] == self.size and saved["piece"] == self.piece and self.part.exists():
                return {int(i) for i in saved["done"] if 0 <= int(i) < self.count}
        except (OSError, ValueError, KeyError, TypeError):
            pass
        self.part.unlink(missing_ok=True)  # no usable record: nothing in the .part can be trusted
        return set()

    def bounds(self, index: int) -> tuple[int, int]:
        start = index * self.piece
        return start, min(start + self.piece, self.size)

    # ---- the piece flows' side

    def restart(self, limit: int | None = None) -> None:
        """Queue the missing pieces (at most ``limit`` of them, in file order) for the next round."""
        with self._lock:
            self._stopping = False
            missing = [i for i in range(self.count) if i not in self._done]
            self._todo = deque(missing if limit is None else missing[:limit])

    @property
    def queued(self) -> int:
        return len(self._todo)

    @property
    def remaining(self) -> int:
        """Pieces not on disk yet."""
        with self._lock:
            return self.count - len(self._done)

    def take(self) -> int | None:
        with self._lock:
            if self._stopping or self.options.should_stop() or not self._todo:
                return None
            return self._todo.popleft()

    def stop(self) -> None:
        with self._lock:
            self._stopping = True

    def received(self, started_at: int | None, length: int) -> None:
        with self._lock:
            if started_at is not None:
                self.starts.append(started_at)
            self.transferred += length
            self._bytes_done += length
            done = self._bytes_done
        if length:
            self.options.emit(DownloadEvent("progress", self.entry.path, done, self.size))

    def finished(self, index: int) -> None:
        with self._lock:
            self._done.add(index)
            self._lock.notify_all()

    def save(self, *, wait: bool = True) -> None:
        """Make the finished pieces durable, then record them (a crash loses at most the unrecorded).

        One save at a time; ``wait=False`` returns at once when another piece flow is saving.
        """
        if not self._saving.acquire(blocking=wait):
            return
        try:
            _datasync(self._fd)
            self._write_record()
        finally:
            self._saving.release()

    def _write_record(self) -> None:
        with self._lock:
            done = sorted(self._done)
            self._recorded_at = time.monotonic()
        tmp = self.record.with_name(self.record.name + ".tmp")
        tmp.write_text(json.dumps({"size": self.size, "piece": self.piece, "done": done}))
        os.replace(tmp, self.record)

    # ---- the hashing thread

    def _hash(self) -> None:
        for index in range(self.count):
            with self._lock:
                while index not in self._done and not self._closed:
                    self._lock.wait()
                if self._closed:
                    return
            start, end = self.bounds(index)
            pos = start
            while pos < end:
                block = os.pread(self._fd, min(_HASH_BLOCK, end - pos), pos)
                if not block:
                    return  # the .part was cut short under us: the size check in finish() reports it
                self._md5.update(block)
                pos += len(block)
            start_writeback(self._fd, start, end - start)  # hashed: nothing reads it again
            with self._lock:
                self._hashed = index + 1
                self._lock.notify_all()
                due = time.monotonic() - self._recorded_at >= RECORD_EVERY
            if due:  # here, off the network path: the fdatasync may take a while
                self.save(wait=False)

    def md5(self) -> str:
        """The MD5 of the whole file, once every piece is finished (waits for the hashing thread)."""
        self._hasher.join()
        if self._hashed != self.count:
            raise DecodeError(f"{self.entry.path}: the .part changed while it was being hashed")
        return str(self._md5.hexdigest())

    def hash_caught_up(self) -> bool:
        """Every finished piece of the prefix is hashed (or the hashing thread has stopped)."""
        with self._lock:
            return self._hashed >= len(self._done) or not self._hasher.is_alive()

    def prefix(self) -> tuple[int, Any] | None:
        """(bytes, their MD5 object) when the finished pieces are exactly a prefix of the file, else None.

        Waits for the hashing thread to reach the end of that prefix, then stops it: for going on over
        one connection from there.
        """
        with self._lock:
            finished = len(self._done)
            if self._done != set(range(finished)):
                return None
            while self._hashed < finished and self._hasher.is_alive():
                self._lock.wait(timeout=1.0)
            if self._hashed < finished:
                return None
            self._closed = True
            self._lock.notify_all()
        self._hasher.join()
        return self.bounds(finished - 1)[1] if finished else 0, self._md5

    def close(self, *, keep: bool) -> None:
        """Stop the hashing thread and close the ``.part``; record what is done (``keep``) or forget it."""
        with self._lock:
            self._closed = self._stopping = True
            self._lock.notify_all()
        self._hasher.join()
        if self._fd < 0:
            return
        try:
            if keep:
                self.save()
        finally:
            os.close(self._fd)
            self._fd = -1
        if not keep:
            self.record.unlink(missing_ok=True)


@attrs.frozen
class Handoff:
    """The ramp-up settled on one connection: the one-connection download goes on from ``offset``."""

    offset: int  # the .part holds the file's first ``offset`` bytes
    digest: Any  # their MD5 object
    transferred: int
    starts: tuple[int, ...]


def segmented_flow(
    entry: ManifestEntry, target: Path, url: str, options: TransferOptions
) -> Flow[DownloadedFile | Handoff | None]:
    """Download ``entry`` in parallel pieces; None when the host ignores ``Range`` (use one connection),
    a ``Handoff`` when one connection is as fast as several (go on with the one-connection download)."""
    part = part_path(target)
    plan = PiecePlan(entry, part, url, options)
    try:
        outcome = yield from _all_pieces_flow(plan)
        if isinstance(outcome, Handoff):
            os.truncate(part, outcome.offset)  # a plain prefix from now on (before the record goes)
    except BaseException:
        plan.close(keep=True)  # resumable: the next call fetches the missing pieces only
        raise
    plan.close(keep=False)
    if outcome is None:
        part.unlink(missing_ok=True)
        return None
    if isinstance(outcome, Handoff):
        return outcome
    return finish(entry, target, part, outcome, plan.transferred, tuple(sorted(plan.starts)))


@attrs.define
class Ramp:
    """How many connections to use: double them while that raises the throughput by ``RAMP_GAIN``.

    More connections help when each one is capped (a store's per-connection limit, a long fat link); they
    do not when the machine is the limit (loopback, a slow disk), where they only add contention.
    """

    limit: int
    width: int = 1  # connections in the current round
    best: int = 1
    best_rate: float = 0.0
    settled: bool = False
    warm: bool = False  # the first round (one piece: connection set-up, first writes) is not measured

    def __attrs_post_init__(self) -> None:
        self.settled = self.limit <= 1

    @property
    def round_pieces(self) -> int:
        return self.width * RAMP_PIECES if self.warm else 1

    def measured(self, rate: float) -> None:
        """Record the current round's throughput (bytes/s) and choose the next round's width."""
        if not self.warm:
            self.warm = True
            return
        if rate > self.best_rate * RAMP_GAIN:
            self.best, self.best_rate = self.width, rate
            if self.width < self.limit:
                self.width = min(2 * self.width, self.limit)
                return
        self.width, self.settled = self.best, True


def _all_pieces_flow(plan: PiecePlan) -> Flow[str | Handoff | None]:
    """Run the piece flows until every piece is in; the file's MD5, or None when ``Range`` is ignored.

    Ramp-up rounds of ``RAMP_PIECES`` pieces per connection measure whether more connections help; the
    rest of the file then comes over the best number found, or, when that is one, over one plain
    connection (a ``Handoff``: no pieces, no read-back for MD5).
    """
    re_resolved = False
    ramp = Ramp(plan.options.segments)
    while plan.remaining:
        plan.restart(None if ramp.settled else ramp.round_pieces)
        started, before = (yield Now()), plan.transferred
        outcomes = yield Parallel([_pieces_flow(plan) for _ in range(max(1, min(ramp.width, plan.queued)))])
        errors = [o for o in outcomes if isinstance(o, ImmPortError)]
        if any(isinstance(e, _RangeNotSupported) for e in errors):
            return None
        if any(isinstance(e, PermissionDeniedError) for e in errors) and not re_resolved:
            re_resolved = True  # the presigned URL expired: resolve it again, once
            plan.url = yield from resolve_flow(plan.options.query_url, plan.entry)
            continue
        if errors or plan.options.should_stop():
            real = [e for e in errors if not isinstance(e, DownloadCancelled)]
            raise (real or errors or [DownloadCancelled(f"stopped: {plan.entry.path}")])[0]
        if not ramp.settled:
            while not plan.hash_caught_up():  # the round ends when its bytes are hashed too: MD5 is
                yield Sleep(HASH_POLL)  # part of the pipeline, and may be what limits it
            elapsed = (yield Now()) - started
            rate = (plan.transferred - before) / elapsed if elapsed > 0 else 0.0
            width = ramp.width
            ramp.measured(rate)
            _log.debug(
                "%s: %d connection(s) did %.0f MB/s; next: %d%s",
                plan.entry.path, width, rate / 1e6, ramp.width, " (settled)" if ramp.settled else "",
            )  # fmt: skip
            if ramp.settled and ramp.width == 1 and plan.remaining:
                prefix = plan.prefix()
                if prefix is not None:
                    offset, digest = prefix
                    return Handoff(offset, digest, plan.transferred, tuple(sorted(plan.starts)))
    return plan.md5()


def _pieces_flow(plan: PiecePlan) -> Flow[None]:
    """Take missing pieces until none is left; a failure stops the other piece flows too."""
    try:
        while (index := plan.take()) is not None:
            yield from _piece_flow(plan, index)
    except BaseException:
        plan.stop()
        raise


def _piece_flow(plan: PiecePlan, index: int) -> Flow[None]:
    start, end = plan.bounds(index)
    pos = start
    budget = RetryBudget(plan.options.max_retries, plan.options.backoff)
    while pos < end:
        received = 0
        try:
            refused: APIStatusError | None = None
            headers = {"Accept-Encoding": "identity", "Range": f"bytes={pos}-{end - 1}"}
            try:
                response = yield OpenFile(plan.url, headers)
                status = response.status_code
            except APIStatusError as exc:
                response, status, refused = None, exc.status or 0, exc
            if status in (401, 403):
                raise PermissionDeniedError("file URL refused", status=status, method="GET", url=plan.url)
            raise_for_file_status(status, refused, plan.url)
            if status == 200:
                raise _RangeNotSupported(f"file host ignored Range for {plan.entry.path}", url=plan.url)
            if range_start(response) != pos:
                raise DecodeError("file host sent another range than the one asked for", url=plan.url)
            plan.received(pos, 0)
            with plan.part.open("r+b") as fh:
                fh.seek(pos)
                writer = ChunkWriter(fh, None, writeback=False)  # the hashing thread reads it back
                try:
                    while pos < end:
                        if plan.options.should_stop():
                            raise DownloadCancelled(f"stopped after another file failed: {plan.entry.path}")
                        chunk = yield ReadChunk()
                        if not chunk:
                            break
                        if len(chunk) > end - pos:
                            raise DecodeError("file host sent more than the range asked for", url=plan.url)
                        yield WriteChunk(writer, chunk)
                        pos += len(chunk)
                        received += len(chunk)
                        plan.received(None, len(chunk))
                finally:
                    writer.close()
            yield CloseFile()
            if pos < end:
                raise TransportError(
                    f"connection closed {end - pos} bytes before the end of a piece",
                    method="GET",
                    url=plan.url,
                )
        except TransportError as exc:
            delay = budget.after_failure(received)
            if delay is None:
                raise
            plan.options.emit(DownloadEvent("retry", plan.entry.path, 0, plan.size, message=str(exc)))
            if delay:
                yield Sleep(delay)
    plan.finished(index)

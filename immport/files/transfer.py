"""One file: resolve the DRS id, stream to ``<name>.part`` with Range resume, verify, move into place.

Written once as a flow (see ``immport._flows``); the sync and async downloaders drive the same generator.
Disk writes and MD5 run on a writer thread (``_writer``) so they overlap the socket reads.
Aspera is not supported: ImmPort retired its Aspera download service in July 2026.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from immport._flows import CloseFile, Flow, OpenFile, ReadChunk, Sleep, WriteChunk
from immport.errors import (
    APIStatusError,
    DecodeError,
    DownloadCancelled,
    PermissionDeniedError,
    TransportError,
)
from immport.files._writer import ChunkWriter
from immport.files.common import (
    RetryBudget,
    TransferOptions,
    finish,
    fsync,
    is_verified,
    md5_of,
    part_path,
    raise_for_file_status,
    range_start,
    resolve_flow,
)
from immport.files.manifest import ManifestEntry
from immport.files.result import DownloadedFile, DownloadEvent, SkippedFile
from immport.files.segments import Handoff, pieces_path, segmented_flow

# ---------------------------------------------------------------- download one file


def file_flow(
    entry: ManifestEntry, target: Path, options: TransferOptions
) -> Flow[DownloadedFile | SkippedFile]:
    """Resolve, download with resume, verify, then atomically move ``.part`` to ``target``."""
    if is_verified(target, entry):
        options.emit(DownloadEvent("skipped", entry.path, entry.size or 0, entry.size))
        return SkippedFile(target, entry)
    options.emit(DownloadEvent("start", entry.path, 0, entry.size))
    part = part_path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    url = yield from resolve_flow(options.query_url, entry)
    re_resolved = restarted = False
    budget = RetryBudget(options.max_retries, options.backoff)
    transferred = 0
    starts: list[int] = []
    digest: Any = None
    carried: tuple[Any, int] | None = None  # the last attempt's digest and the .part size it covers
    if _segmented(entry, part, options):
        segmented = yield from segmented_flow(entry, target, url, options)
        if isinstance(segmented, Handoff):  # one connection is as fast: go on from the pieces' prefix
            carried = (segmented.digest, segmented.offset)
            transferred, starts = segmented.transferred, list(segmented.starts)
        elif segmented is not None:
            return segmented
    while True:
        offset = part.stat().st_size if part.exists() else 0
        if entry.size is not None and offset > entry.size:
            part.unlink()
            offset = 0
        if entry.size is not None and offset == entry.size and offset > 0:
            digest = md5_of(part)
            break  # a complete .part from an earlier run: just verify it
        headers = {"Accept-Encoding": "identity"}
        received = 0  # bytes this attempt brought
        if offset:
            headers["Range"] = f"bytes={offset}-"
        try:
            refused: APIStatusError | None = None
            try:
                response = yield OpenFile(url, headers)
                status = response.status_code
            except APIStatusError as exc:  # the core's download client raises on >= 400
                response, status, refused = None, exc.status or 0, exc
            if status in (401, 403):  # presigned URL expired or refused: re-resolve once
                yield CloseFile()
                if re_resolved:
                    raise PermissionDeniedError(
                        "file URL refused even after re-resolving it", status=status, method="GET", url=url
                    )
                re_resolved = True
                url = yield from resolve_flow(options.query_url, entry)
                continue
            if status == 416 and offset and not restarted:  # our .part is not a prefix the server knows
                yield CloseFile()
                part.unlink()
                restarted = True
                continue
            raise_for_file_status(status, refused, url)
            if status == 206 and range_start(response) != offset:
                if restarted:
                    raise DecodeError("file host keeps sending the wrong Content-Range", url=url)
                yield CloseFile()  # a range we did not ask for: start clean
                part.unlink(missing_ok=True)
                restarted = True
                continue
            resume = status == 206  # a 200 is the whole file: restart cleanly
            starts.append(offset if resume else 0)
            if not resume:
                digest = hashlib.md5(usedforsecurity=False)
            elif carried is not None and carried[1] == offset:
                digest = carried[0]  # this call hashed the .part already: do not read it again
            else:
                digest = md5_of(part)
            carried = None
            done = offset if resume else 0
            with part.open("ab" if resume else "wb") as fh:
                writer = ChunkWriter(fh, digest)  # writes + hashes on its own thread
                try:
                    while True:
                        if options.should_stop():
                            raise DownloadCancelled(f"stopped after another file failed: {entry.path}")
                        chunk = yield ReadChunk()
                        if not chunk:
                            break
                        yield WriteChunk(writer, chunk)
                        done += len(chunk)
                        received += len(chunk)
                        transferred += len(chunk)
                        options.emit(DownloadEvent("progress", entry.path, done, entry.size))
                finally:
                    writer.close()  # all queued chunks reach the .part (resumable) before it closes
                    carried = (digest, done)  # only when every queued chunk was written and hashed
                fsync(fh)
            yield CloseFile()
            if entry.size is not None and done < entry.size:
                raise TransportError(
                    f"connection closed after {done} of {entry.size} bytes", method="GET", url=url
                )
            break
        except TransportError as exc:
            delay = budget.after_failure(received)
            if delay is None:
                raise
            options.emit(DownloadEvent("retry", entry.path, 0, entry.size, message=str(exc)))
            if delay:
                yield Sleep(delay)
    return finish(entry, target, part, digest.hexdigest(), transferred, tuple(starts))


def _segmented(entry: ManifestEntry, part: Path, options: TransferOptions) -> bool:
    """Parallel pieces for a large file of known size, or to go on with an earlier segmented ``.part``."""
    if entry.size is None or entry.size == 0:
        return False
    if pieces_path(part).exists():
        return True
    return options.segments > 1 and entry.size >= options.segment_from and not part.exists()

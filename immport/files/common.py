"""What both ways of fetching one file share: options, the retry budget, DRS resolution, the ``.part``
file, checking a file response and moving the verified file into place."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote, urlsplit

import attrs
import httpx

from immport._flows import Call, Flow, json_body
from immport.errors import (
    APIStatusError,
    DecodeError,
    ImmPortError,
    TransportError,
    VerificationError,
)
from immport.files.manifest import ManifestEntry
from immport.files.result import DownloadedFile, DownloadEvent

ACCESS_METHODS = ("s3", "stream")  # tried in this order
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")
_HASH_BLOCK = 1 << 20


SEGMENTS = 4  # parallel Range connections for one large file
SEGMENT_FROM = 64 << 20  # files at least this big are segmented
PIECE_SIZE = 8 << 20  # a segmented file is fetched piece by piece


@attrs.frozen
class TransferOptions:
    query_url: str
    # transient failures of the file GET in a row without a byte received (each resumes from the .part);
    # an attempt that received bytes resets the count and the backoff, and the next one starts at once
    max_retries: int = 3
    backoff: float = 0.5  # seconds, doubled per failure in a row, capped at 30
    emit: Callable[[DownloadEvent], None] = lambda event: None
    should_stop: Callable[[], bool] = lambda: False
    segments: int = SEGMENTS  # 1: one connection per file
    segment_from: int = SEGMENT_FROM
    piece_size: int = PIECE_SIZE


@attrs.define
class RetryBudget:
    """Failures in a row without a byte received; an attempt that brought bytes starts a new budget."""

    max_retries: int
    backoff: float
    failures: int = 0

    def after_failure(self, received: int) -> float | None:
        """Seconds to wait before the next attempt (0 after progress), or None when the budget is spent."""
        if received:
            self.failures = 0
            return 0.0
        self.failures += 1
        if self.failures > self.max_retries:
            return None
        return float(min(self.backoff * 2 ** (self.failures - 1), 30.0))


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def md5_of(path: Path, limit: int | None = None) -> Any:
    digest = hashlib.md5(usedforsecurity=False)
    remaining = limit
    with path.open("rb") as fh:
        while remaining is None or remaining > 0:
            block = fh.read(_HASH_BLOCK if remaining is None else min(_HASH_BLOCK, remaining))
            if not block:
                break
            digest.update(block)
            if remaining is not None:
                remaining -= len(block)
    return digest


def is_verified(path: Path, entry: ManifestEntry) -> bool:
    """Present with the manifest size and MD5 (needs both to be known)."""
    if entry.size is None or entry.generated_md5 is None or not path.is_file():
        return False
    return bool(path.stat().st_size == entry.size and md5_of(path).hexdigest() == entry.generated_md5)


def resolver_urls(query_url: str, file_uuid: str) -> list[str]:
    base = query_url.rstrip("/")
    return [f"{base}/drs/download/{method}/{quote(file_uuid, safe='')}" for method in ACCESS_METHODS]


def resolve_flow(query_url: str, entry: ManifestEntry) -> Flow[str]:
    """FileDownloadURL ``{message,url,status}`` from ``/drs/download/s3/...``, falling back to ``stream``."""
    assert entry.file_uuid
    errors: list[ImmPortError] = []
    for url in resolver_urls(query_url, entry.file_uuid):
        try:
            response = yield Call("GET", url)
            payload = json_body(response)
            return _download_url(payload, response)
        except (APIStatusError, DecodeError, TransportError) as exc:
            errors.append(exc)
    last = errors[-1]
    last.message = f"could not resolve a download URL for {entry.path} (s3, then stream): {last.message}"
    last.args = (last.message,)
    raise last


def _download_url(payload: Any, response: httpx.Response) -> str:
    url = payload.get("url") if isinstance(payload, dict) else None
    status = payload.get("status") if isinstance(payload, dict) else None
    scheme = urlsplit(url).scheme if isinstance(url, str) else ""
    if (isinstance(status, int | float) and status >= 400) or scheme not in ("http", "https"):
        message = payload.get("message") if isinstance(payload, dict) else None
        raise DecodeError(
            f"resolver gave no usable download URL ({message or 'no url'})",
            status=response.status_code,
            method="GET",
            url=response.request.url,
        )
    assert isinstance(url, str)
    return url


def raise_for_file_status(status: int, refused: APIStatusError | None, url: str) -> None:
    """TransportError (retried) for 429 and 5xx; the error for any other status but 200 and 206."""
    if status == 429 or status >= 500:
        raise TransportError(f"file host answered {status}", status=status, method="GET", url=url)
    if status not in (200, 206):
        raise refused or APIStatusError(f"file host answered {status}", status=status, method="GET", url=url)


def range_start(response: httpx.Response) -> int | None:
    match = _CONTENT_RANGE.match(response.headers.get("content-range", "").strip())
    return int(match.group(1)) if match else None


def fsync(fh: IO[bytes]) -> None:
    fh.flush()
    os.fsync(fh.fileno())


def finish(
    entry: ManifestEntry, target: Path, part: Path, md5: str, transferred: int, starts: tuple[int, ...]
) -> DownloadedFile:
    """Check size and MD5 against the manifest, then move ``part`` into place (or keep nothing)."""
    size = part.stat().st_size
    problem = None
    if entry.size is not None and size != entry.size:
        problem = f"size {size} != manifest filesizeBytes {entry.size}"
    elif entry.generated_md5 is not None and md5 != entry.generated_md5:
        problem = f"MD5 {md5} != manifest generatedMD5 {entry.generated_md5}"
    if problem:
        part.unlink(missing_ok=True)
        with contextlib.suppress(FileNotFoundError):
            target.unlink()  # nothing unverified stays at the final path
        raise VerificationError(f"{entry.path}: {problem}; nothing was kept")
    os.replace(part, target)
    return DownloadedFile(target, entry, size, md5, entry.generated_md5 is not None, transferred, starts)

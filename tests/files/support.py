"""A fake DRS file host for pytest-httpx: Range support, cut connections, expiring URLs, request log."""

from __future__ import annotations

import hashlib
import re
from collections.abc import AsyncIterator, Iterator

import httpx

QUERY = "https://www.immport.org/data/query"
FILES = "https://bucket.s3.us-east-1.amazonaws.com"
NO_ENV: dict[str, str] = {}


def md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def manifest_row(path: str, data: bytes, uuid: str, *, md5sum: str | None = None) -> dict[str, object]:
    return {
        "fileDetailsId": 1,
        "fileUUID": uuid,
        "path": path,
        "fileName": path.rsplit("/", 1)[-1],
        "filesizeBytes": len(data),
        "generatedMD5": md5sum or md5(data),
        "reportedMD5": None,
        "studyAccession": "SDY1",
        "fileType": "study_file",
    }


class CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """Sends ``chunks`` then, if ``cut``, breaks like a peer closing the connection mid-body."""

    def __init__(self, chunks: list[bytes], cut: bool) -> None:
        self.chunks, self.cut = chunks, cut

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.cut:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.cut:
            raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


class FileHost:
    """Serves ``data`` at any URL under FILES; scripted failures per request number."""

    def __init__(
        self,
        files: dict[str, bytes],
        *,
        cut_at: dict[int, int] | None = None,  # request number -> bytes sent before the cut
        status_for: dict[int, int] | None = None,  # request number -> status (e.g. 403)
        ignore_range: bool = False,
        chunk: int = 1000,
    ) -> None:
        self.files = files
        self.cut_at = cut_at or {}
        self.status_for = status_for or {}
        self.ignore_range = ignore_range
        self.chunk = chunk
        self.requests: list[httpx.Request] = []
        self.bytes_sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = len(self.requests)
        self.requests.append(request)
        if number in self.status_for:
            return httpx.Response(self.status_for[number], text="<Error>AccessDenied</Error>")
        data = self.files[request.url.path.rsplit("/", 1)[-1]]
        start, status, headers = 0, 200, {}
        match = re.match(r"bytes=(\d+)-$", request.headers.get("range", ""))
        if match and not self.ignore_range:
            start, status = int(match.group(1)), 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        body = data[start:]
        headers["Content-Length"] = str(len(body))
        limit = self.cut_at.get(number)
        sent = body if limit is None else body[:limit]
        self.bytes_sent += len(sent)
        chunks = [sent[i : i + self.chunk] for i in range(0, len(sent), self.chunk)]
        return httpx.Response(status, headers=headers, stream=CutStream(chunks, limit is not None))


def resolver_reply(name: str) -> dict[str, object]:
    return {"message": "ok", "url": f"{FILES}/{name}?X-Amz-Signature=abc&X-Amz-Expires=604800", "status": 200}

"""DRS URL resolution and the S3-like file host serving presigned URLs (Range, expiry, no Authorization)."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import time
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from immport.sandbox.data.catalog import FileEntry, file_bytes, file_md5
from immport.sandbox.replies import SandboxHTTPError
from immport.sandbox.state import SandboxState

__all__ = ["drs_url_body", "file_routes"]

BUCKET = "immport-sandbox-shared-data"
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK = 256 * 1024  # body pieces handed to the server


def _sign(state: SandboxState, path: str, expires: int) -> str:
    return hmac.new(state.url_secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()


def drs_url_body(
    state: SandboxState, request: Request, access_method: str, file_uuid: str
) -> dict[str, object]:
    """The FileDownloadURL body for ``/drs/download/{accessMethod}/{fileUUID}``."""
    if access_method not in ("s3", "stream"):
        raise SandboxHTTPError(400, f"accessMethod must be 's3' or 'stream', got '{access_method}'")
    entry = state.catalog.file_by_uuid(file_uuid)
    if entry is None:
        raise SandboxHTTPError(404, f"no file with DRS id '{file_uuid}'")
    base = state.file_base_url or str(request.base_url).rstrip("/")
    lifetime = state.tunables.url_lifetime
    now = int(time.time())
    expires_at = now + lifetime
    if access_method == "s3":
        path = f"/s3/{BUCKET}/{quote(entry.path)}"
        query = {
            "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
            "X-Amz-Credential": f"SANDBOXKEY/{datetime.now(UTC):%Y%m%d}/us-east-1/s3/aws4_request",
            "X-Amz-Date": f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}",
            "X-Amz-Expires": str(lifetime),
            "X-Amz-SignedHeaders": "host",
            "X-Amz-Issued": str(now),
            "X-Amz-Signature": _sign(state, path, expires_at),
        }
    else:
        path = f"/stream/{entry.uuid}"
        query = {"expires": str(expires_at), "signature": _sign(state, path, expires_at)}
    return {"message": "Download URL generated", "url": f"{base}{path}?{urlencode(query)}", "status": 200}


def _s3_error(status: int, code: str, message: str) -> Response:
    xml_head = '<?xml version="1.0" encoding="UTF-8"?>'
    body = f"{xml_head}\n<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    return Response(body, status_code=status, media_type="application/xml")


def _check_url(state: SandboxState, request: Request) -> Response | None:
    """An S3-style error for a leaked Authorization header, a bad signature or an expired URL."""
    if "authorization" in request.headers:
        return _s3_error(
            400, "InvalidArgument", "Only one auth mechanism allowed; presigned URL and Authorization header"
        )
    query = request.query_params
    if "X-Amz-Signature" in query:
        signature = query["X-Amz-Signature"]
        try:
            expires_at = int(query["X-Amz-Issued"]) + int(query["X-Amz-Expires"])
        except (KeyError, ValueError):
            return _s3_error(403, "AccessDenied", "Malformed presigned URL")
    else:
        signature = query.get("signature", "")
        try:
            expires_at = int(query.get("expires", ""))
        except ValueError:
            return _s3_error(403, "AccessDenied", "Malformed presigned URL")
    if not hmac.compare_digest(signature, _sign(state, request.url.path, expires_at)):
        return _s3_error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match")
    if time.time() >= expires_at:
        return _s3_error(403, "AccessDenied", "Request has expired")
    return None


def _entry_for(state: SandboxState, request: Request) -> FileEntry | None:
    if request.url.path.startswith("/stream/"):
        return state.catalog.file_by_uuid(request.path_params["file_uuid"])
    path = request.path_params["key"]
    study = path.split("/", 1)[0]
    found = state.catalog.study(study)
    if found is None:
        return None
    return next((e for e in state.catalog.files(found) if e.path == path), None)


async def serve_file(request: Request) -> Response:
    state: SandboxState = request.app.state.sandbox
    problem = _check_url(state, request)
    if problem is not None:
        return problem
    entry = _entry_for(state, request)
    if entry is None:
        return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
    headers = {
        "accept-ranges": "bytes",
        "etag": f'"{file_md5(entry)}"',
        "content-disposition": f'attachment; filename="{entry.name}"',
    }
    start, end, status = 0, entry.size, 200
    range_header = request.headers.get("range")
    if range_header:
        match = _RANGE.match(range_header.strip())
        if match is not None and (
            match.group(1) or match.group(2)
        ):  # multi-range: ignored, full body (RFC 9110)
            first, last = match.group(1), match.group(2)
            if first:
                start = int(first)
                end = min(int(last) + 1, entry.size) if last else entry.size
            else:
                start = max(entry.size - int(last), 0)
            if start >= entry.size or start >= end:
                headers["content-range"] = f"bytes */{entry.size}"
                return Response(status_code=416, headers=headers)
            status = 206
            headers["content-range"] = f"bytes {start}-{end - 1}/{entry.size}"
    headers["content-length"] = str(end - start)
    if request.method == "HEAD":
        return Response(status_code=status, headers=headers, media_type="application/octet-stream")
    return StreamingResponse(
        _paced(file_bytes(entry, start, end, chunk=_CHUNK), state),
        status_code=status,
        headers=headers,
        media_type="application/octet-stream",
    )


async def _paced(chunks: Iterator[bytes], state: SandboxState) -> AsyncIterator[bytes]:
    """The chunks, no faster than ``file_bandwidth`` bytes/s (read per chunk, so a change applies at once).

    An async generator: Starlette would move every chunk of a plain iterator through a worker thread.
    """
    loop = asyncio.get_running_loop()
    began, sent, rate = loop.time(), 0, None
    for chunk in chunks:
        if state.tunables.file_bandwidth != rate:  # (re)start the clock when the cap changes
            began, sent, rate = loop.time(), 0, state.tunables.file_bandwidth
        sent += len(chunk)
        if rate:  # wait until this chunk fits under the cap
            ahead = sent / rate - (loop.time() - began)
            if ahead > 0:
                await asyncio.sleep(ahead)
        yield chunk


def file_routes() -> list[Route]:
    return [
        Route("/s3/" + BUCKET + "/{key:path}", serve_file, methods=["GET", "HEAD"]),
        Route("/stream/{file_uuid}", serve_file, methods=["GET", "HEAD"]),
    ]

"""Manifest, DRS URL resolution and the presigned file host (Range, expiry, Authorization leak)."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

import pytest

from .conftest import Q, Sandbox


def manifest(sandbox: Sandbox, params: Any = None) -> list[dict[str, Any]]:
    return sandbox.get("/api/study/manifest/SDY1", params).json()


def resolve(sandbox: Sandbox, file_uuid: str, method: str = "s3") -> str:
    response = sandbox.get(f"/drs/download/{method}/{file_uuid}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == 200 and body["message"]
    return str(body["url"])


def test_manifest_lists_files_with_spec_field_names(sandbox: Sandbox) -> None:
    files = manifest(sandbox)
    assert len(files) == 6
    first = files[0]
    assert first["path"] == "SDY1/StudyFiles/SDY1_study_summary.txt"
    assert not any(f["path"].startswith("/") for f in files)
    assert first["filesizeBytes"] == 20_000
    assert {"generatedMD5", "reportedMD5", "fileUUID", "filesizeBytes"} <= set(first)
    assert [f["fileType"] for f in manifest(sandbox, {"fileType": "protocol_file"})] == ["protocol_file"]


def test_downloaded_bytes_match_manifest_md5_and_size(sandbox: Sandbox) -> None:
    for entry in manifest(sandbox)[:3]:
        url = resolve(sandbox, entry["fileUUID"])
        response = sandbox.http.get(url)
        assert response.status_code == 200
        assert len(response.content) == entry["filesizeBytes"]
        assert hashlib.md5(response.content).hexdigest() == entry["generatedMD5"]


def test_url_points_elsewhere_with_fake_signature_and_expiry(sandbox: Sandbox) -> None:
    url = resolve(sandbox, manifest(sandbox)[0]["fileUUID"])
    parts = urlsplit(url)
    assert not parts.path.startswith(Q)
    assert "X-Amz-Signature=" in parts.query and "X-Amz-Expires=604800" in parts.query
    stream_url = resolve(sandbox, manifest(sandbox)[0]["fileUUID"], "stream")
    assert "/stream/" in stream_url and "signature=" in stream_url


def test_range_requests(sandbox: Sandbox) -> None:
    entry = manifest(sandbox)[0]
    url = resolve(sandbox, entry["fileUUID"])
    full = sandbox.http.get(url).content
    part = sandbox.http.get(url, headers={"Range": "bytes=100-4195"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-4195/{entry['filesizeBytes']}"
    assert part.content == full[100:4196]
    tail = sandbox.http.get(url, headers={"Range": "bytes=19000-"})
    assert tail.status_code == 206 and tail.content == full[19000:]
    suffix = sandbox.http.get(url, headers={"Range": "bytes=-10"})
    assert suffix.content == full[-10:]
    beyond = sandbox.http.get(url, headers={"Range": "bytes=20000-"})
    assert beyond.status_code == 416
    assert beyond.headers["content-range"] == "bytes */20000"


def test_authorization_header_on_the_file_host_is_400(sandbox: Sandbox) -> None:
    url = resolve(sandbox, manifest(sandbox)[0]["fileUUID"])
    response = sandbox.http.get(url, headers=sandbox.auth())
    assert response.status_code == 400
    assert "InvalidArgument" in response.text


def test_expired_or_tampered_url_is_403(sandbox: Sandbox) -> None:
    file_uuid = manifest(sandbox)[0]["fileUUID"]
    sandbox.state.tunables.update(url_lifetime=0)
    expired = sandbox.http.get(resolve(sandbox, file_uuid))
    assert expired.status_code == 403 and "expired" in expired.text
    sandbox.state.tunables.update(url_lifetime=600)
    good = resolve(sandbox, file_uuid)
    tampered = good.replace("X-Amz-Expires=600", "X-Amz-Expires=900")
    assert sandbox.http.get(tampered).status_code == 403
    assert sandbox.http.get(good).status_code == 200


@pytest.mark.parametrize(("method", "file_uuid", "status"), [("ftp", None, 400), ("s3", "not-a-file", 404)])
def test_drs_errors(sandbox: Sandbox, method: str, file_uuid: str | None, status: int) -> None:
    file_uuid = file_uuid or manifest(sandbox)[0]["fileUUID"]
    assert sandbox.get(f"/drs/download/{method}/{file_uuid}").status_code == status


def test_head_reports_size_without_body(sandbox: Sandbox) -> None:
    entry = manifest(sandbox)[0]
    response = sandbox.http.head(resolve(sandbox, entry["fileUUID"]))
    assert response.status_code == 200
    assert response.headers["content-length"] == str(entry["filesizeBytes"])
    assert response.headers["etag"] == f'"{entry["generatedMD5"]}"'
    assert response.content == b""

"""Downloads: manifest -> DRS resolver (s3, then stream) -> credential-free GET with Range resume + MD5."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.errors import (
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    TransportError,
    VerificationError,
)
from immport.files import DownloadEvent, DownloadFailedError, adownload, download

from .support import FILES, QUERY, FakeClock, FileHost, manifest_row, md5, resolver_reply

DATA_A = bytes(range(256)) * 40  # 10240 bytes
DATA_B = b"protocol text\n" * 300
FILE_URL = re.compile(re.escape(FILES) + r"/.*")


def add_manifest(httpx_mock: HTTPXMock, rows: list[dict[str, object]], file_type: str = "all") -> None:
    httpx_mock.add_response(url=f"{QUERY}/api/study/manifest/SDY1?fileType={file_type}", json=rows)


def add_resolver(httpx_mock: HTTPXMock, uuid: str, name: str, method: str = "s3", **kw: object) -> None:
    httpx_mock.add_response(
        url=f"{QUERY}/drs/download/{method}/{uuid}",
        json=resolver_reply(name),
        **kw,  # type: ignore[arg-type]
    )


def test_study_download_keeps_manifest_paths_verifies_and_never_sends_credentials_to_file_host(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path, canary_api_key: str
) -> None:
    add_manifest(
        httpx_mock,
        [
            manifest_row("SDY1/StudyFiles/a.bin", DATA_A, "u-a"),
            manifest_row("SDY1/Protocols/b.txt", DATA_B, "u-b"),
        ],
    )
    add_resolver(httpx_mock, "u-a", "a.bin")
    add_resolver(httpx_mock, "u-b", "b.txt")
    host = FileHost({"a.bin": DATA_A, "b.txt": DATA_B})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)

    result = download(client, "SDY1", tmp_path, concurrency=2)

    assert result.ok and not result.failed and not result.skipped
    assert (tmp_path / "SDY1/StudyFiles/a.bin").read_bytes() == DATA_A
    assert (tmp_path / "SDY1/Protocols/b.txt").read_bytes() == DATA_B
    assert sorted(f.md5 for f in result.downloaded) == sorted([md5(DATA_A), md5(DATA_B)])
    assert all(f.md5_verified for f in result.downloaded)
    assert not list(tmp_path.rglob("*.part"))
    for request in host.requests:
        assert "authorization" not in request.headers
    api_requests = [r for r in httpx_mock.get_requests() if r.url.host == "www.immport.org"]
    assert len(api_requests) == 3
    assert all(r.headers["authorization"] == f"Bearer {canary_api_key}" for r in api_requests)


def test_cut_connection_resumes_with_range_and_resends_nothing(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    half = len(DATA_A) // 2
    add_resolver(httpx_mock, "u-a", "a.bin")
    host = FileHost({"a.bin": DATA_A}, cut_at={0: half})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)
    clock = FakeClock()

    result = download(client, [manifest_row("SDY1/a.bin", DATA_A, "u-a")], tmp_path, clock=clock)

    assert result.ok
    (done,) = result.downloaded
    assert (tmp_path / "SDY1/a.bin").read_bytes() == DATA_A
    assert "range" not in host.requests[0].headers
    assert host.requests[1].headers["range"] == f"bytes={half}-"
    assert done.resumed_from == (0, half)
    assert done.bytes_transferred == len(DATA_A)  # nothing sent twice
    assert host.bytes_sent == len(DATA_A)
    assert clock.sleeps == []  # bytes arrived before the cut: the next attempt starts at once


def test_progress_resets_the_retry_budget_and_the_backoff(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    # max_retries=2: two empty cuts, one cut after 1000 bytes, two empty cuts again, then the rest
    host = FileHost({"a.bin": DATA_A}, cut_at={0: 0, 1: 0, 2: 1000, 3: 0, 4: 0})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)
    clock = FakeClock()

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, clock=clock)

    (done,) = result.downloaded
    assert (tmp_path / "a.bin").read_bytes() == DATA_A
    assert done.resumed_from == (0, 0, 0, 1000, 1000, 1000)
    assert clock.sleeps == [0.5, 1.0, 0.5, 1.0]


def test_failures_in_a_row_without_progress_exhaust_the_budget(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    host = FileHost({"a.bin": DATA_A}, cut_at={0: 1000, 1: 0, 2: 0, 3: 0})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)
    clock = FakeClock()

    result = download(
        client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, clock=clock, raise_on_error=False
    )

    (failed,) = result.failed
    assert isinstance(failed.error, TransportError)
    assert len(host.requests) == 4  # max_retries=2: the first cut was free, then 1 + 2 empty attempts
    assert clock.sleeps == [0.5, 1.0]


def test_server_ignoring_range_restarts_cleanly(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    host = FileHost({"a.bin": DATA_A}, cut_at={0: 3000}, ignore_range=True)
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, clock=FakeClock())

    (done,) = result.downloaded
    assert host.requests[1].headers["range"] == "bytes=3000-"
    assert (tmp_path / "a.bin").read_bytes() == DATA_A
    assert done.resumed_from == (0, 0)
    assert done.bytes_transferred == 3000 + len(DATA_A)


def test_existing_part_file_is_hashed_and_resumed(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    (tmp_path / "a.bin.part").write_bytes(DATA_A[:4096])
    add_resolver(httpx_mock, "u-a", "a.bin")
    host = FileHost({"a.bin": DATA_A})
    httpx_mock.add_callback(host, url=FILE_URL)

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path)

    (done,) = result.downloaded
    assert host.requests[0].headers["range"] == "bytes=4096-"
    assert done.md5 == md5(DATA_A) and done.bytes_transferred == len(DATA_A) - 4096
    assert not (tmp_path / "a.bin.part").exists()


def test_md5_mismatch_keeps_nothing(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}), url=FILE_URL)
    row = manifest_row("d/a.bin", DATA_A, "u-a", md5sum="0" * 32)

    result = download(client, [row], tmp_path, raise_on_error=False)

    (failed,) = result.failed
    assert isinstance(failed.error, VerificationError)
    assert "generatedMD5" in str(failed.error)
    assert not (tmp_path / "d/a.bin").exists() and not (tmp_path / "d/a.bin.part").exists()
    with pytest.raises(DownloadFailedError) as info:
        result.raise_for_failures()
    assert info.value.result is result


def test_size_mismatch_is_rejected_too(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A[:100]}), url=FILE_URL)
    row = manifest_row("a.bin", DATA_A[:100], "u-a")
    row["filesizeBytes"] = 50

    result = download(client, [row], tmp_path, raise_on_error=False)

    assert isinstance(result.failed[0].error, VerificationError)
    assert list(tmp_path.iterdir()) == []


def test_rerun_skips_verified_files_without_any_request(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    (tmp_path / "SDY1").mkdir()
    (tmp_path / "SDY1/a.bin").write_bytes(DATA_A)
    add_manifest(httpx_mock, [manifest_row("SDY1/a.bin", DATA_A, "u-a")])

    result = download(client, "SDY1", tmp_path)

    assert [s.path for s in result.skipped] == [tmp_path / "SDY1/a.bin"]
    assert not result.downloaded and len(httpx_mock.get_requests()) == 1  # the manifest only


def test_present_but_corrupt_file_is_downloaded_again(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    (tmp_path / "a.bin").write_bytes(b"x" * len(DATA_A))
    add_resolver(httpx_mock, "u-a", "a.bin")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}), url=FILE_URL)

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path)

    assert len(result.downloaded) == 1 and (tmp_path / "a.bin").read_bytes() == DATA_A


def test_expired_presigned_url_is_resolved_again_once(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin", is_reusable=True)
    host = FileHost({"a.bin": DATA_A}, status_for={0: 403})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path)

    assert result.ok and len(host.requests) == 2
    resolver_calls = [r for r in httpx_mock.get_requests() if "/drs/download/s3/" in r.url.path]
    assert len(resolver_calls) == 2


def test_second_refusal_after_re_resolve_fails_the_file(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin", is_reusable=True)
    host = FileHost({"a.bin": DATA_A}, status_for={0: 403, 1: 403})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, raise_on_error=False)

    assert isinstance(result.failed[0].error, PermissionDeniedError)
    assert len(host.requests) == 2


def test_s3_resolver_error_falls_back_to_stream(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(
        url=f"{QUERY}/drs/download/s3/u-a", status_code=400, json={"message": "no s3 copy"}
    )
    add_resolver(httpx_mock, "u-a", "a.bin", method="stream")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}), url=FILE_URL)

    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path)

    assert result.ok
    paths = [r.url.path for r in httpx_mock.get_requests()]
    assert paths[:2] == ["/data/query/drs/download/s3/u-a", "/data/query/drs/download/stream/u-a"]


def test_one_failure_is_collected_and_the_others_succeed(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    rows = [manifest_row("a.bin", DATA_A, "u-a"), manifest_row("b.txt", DATA_B, "u-b")]
    add_resolver(httpx_mock, "u-a", "a.bin")
    for method in ("s3", "stream"):
        httpx_mock.add_response(
            url=f"{QUERY}/drs/download/{method}/u-b", status_code=404, json={"message": "gone"}
        )
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}), url=FILE_URL)

    result = download(client, rows, tmp_path, concurrency=1, raise_on_error=False)

    assert [f.entry.file_uuid for f in result.downloaded] == ["u-a"]
    assert [f.entry.file_uuid for f in result.failed] == ["u-b"]
    assert isinstance(result.failed[0].error, NotFoundError)
    assert "s3, then stream" in str(result.failed[0].error) and "gone" in str(result.failed[0].error)


def test_fail_fast_raises_with_partial_result(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    rows = [manifest_row("b.txt", DATA_B, "u-b"), manifest_row("a.bin", DATA_A, "u-a")]
    for method in ("s3", "stream"):
        httpx_mock.add_response(url=f"{QUERY}/drs/download/{method}/u-b", status_code=404)

    with pytest.raises(DownloadFailedError) as info:
        download(client, rows, tmp_path, concurrency=1, fail_fast=True)

    assert [f.entry.file_uuid for f in info.value.result.failed] == ["u-b"]
    assert [e.file_uuid for e in info.value.result.cancelled] == ["u-a"]


def test_raise_on_error_raises_summary(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    for method in ("s3", "stream"):
        httpx_mock.add_response(url=f"{QUERY}/drs/download/{method}/u-b", status_code=404)
    with pytest.raises(DownloadFailedError, match="1 file"):
        download(client, [manifest_row("b.txt", DATA_B, "u-b")], tmp_path, raise_on_error=True)


def test_progress_callback_sees_the_whole_run(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}, chunk=4096), url=FILE_URL)
    events: list[DownloadEvent] = []

    download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, progress=events.append)

    kinds = [e.kind for e in events]
    assert kinds[0] == "planned" and events[0].total == len(DATA_A)
    assert kinds[1] == "start" and kinds[-1] == "finished"
    progress = [e.bytes_done for e in events if e.kind == "progress"]
    assert progress == [4096, 8192, len(DATA_A)]


def test_rich_progress_bar_runs(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}), url=FILE_URL)
    result = download(client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, progress=True)
    assert result.ok


def test_result_file_paths_lose_their_leading_slash(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    row = manifest_row("x", DATA_B, "u-b")
    del row["path"]
    row["filePath"] = "/SDY208/ResultFiles/b.txt"
    add_resolver(httpx_mock, "u-b", "b.txt")
    httpx_mock.add_callback(FileHost({"b.txt": DATA_B}), url=FILE_URL)

    download(client, [row, dict(row)], tmp_path)  # filePath rows repeat per sample: de-duplicated

    assert (tmp_path / "SDY208/ResultFiles/b.txt").read_bytes() == DATA_B


@pytest.mark.parametrize("path", ["../evil.txt", "SDY1/../../evil.txt", "C:/evil.txt", "/"])
def test_paths_escaping_dest_are_refused_before_sending(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path, path: str
) -> None:
    with pytest.raises(InvalidRequestError):
        download(client, [manifest_row(path, DATA_B, "u-b")], tmp_path / "dest")
    assert httpx_mock.get_requests() == []
    assert not (tmp_path / "evil.txt").exists()


def test_symlink_escape_is_refused(client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path) -> None:
    (tmp_path / "dest").mkdir()
    (tmp_path / "dest/link").symlink_to(tmp_path)
    with pytest.raises(InvalidRequestError, match="escapes"):
        download(client, [manifest_row("link/evil.txt", DATA_B, "u-b")], tmp_path / "dest")


@pytest.mark.parametrize(
    ("source", "kwargs", "message"),
    [
        ("SDY-1", {}, "study accession"),
        ("SDY1", {"file_type": "pdf"}, "file_type"),
        ("SDY1", {"concurrency": 0}, "concurrency"),
        ([{"path": "a.txt", "filesizeBytes": 1}], {}, "fileUUID"),
        ([{"fileUUID": "u"}], {}, "no path"),
        ([manifest_row("a", b"1", "u-1"), manifest_row("a", b"2", "u-2")], {}, "same path"),
    ],
)
def test_bad_input_is_rejected_before_sending(
    client: immport.Client,
    httpx_mock: HTTPXMock,
    tmp_path: Path,
    source: object,
    kwargs: dict[str, object],
    message: str,
) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        download(client, source, tmp_path, **kwargs)  # type: ignore[arg-type]
    assert httpx_mock.get_requests() == []


def test_dest_that_is_a_file_is_refused(client: immport.Client, tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(InvalidRequestError, match="not a directory"):
        download(client, [], tmp_path / "f")


def test_wrapped_manifest_and_file_type_parameter(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(
        url=f"{QUERY}/api/study/manifest/SDY1?fileType=protocol_file",
        json={"content": [manifest_row("SDY1/Protocols/b.txt", DATA_B, "u-b")]},
    )
    add_resolver(httpx_mock, "u-b", "b.txt")
    httpx_mock.add_callback(FileHost({"b.txt": DATA_B}), url=FILE_URL)

    result = download(client, "sdy1", tmp_path, file_type="protocol_file")

    assert [f.path for f in result.downloaded] == [tmp_path / "SDY1/Protocols/b.txt"]


async def test_async_download_resumes_after_a_cut(
    aclient: immport.AsyncClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    rows = [manifest_row("a.bin", DATA_A, "u-a"), manifest_row("b.txt", DATA_B, "u-b")]
    add_resolver(httpx_mock, "u-a", "a.bin")
    add_resolver(httpx_mock, "u-b", "b.txt")
    host = FileHost({"a.bin": DATA_A, "b.txt": DATA_B}, cut_at={0: 2500})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)

    result = await adownload(aclient, rows, tmp_path, concurrency=2, clock=FakeClock())

    assert result.ok and len(result.downloaded) == 2
    assert (tmp_path / "a.bin").read_bytes() == DATA_A and (tmp_path / "b.txt").read_bytes() == DATA_B
    assert sum(f.bytes_transferred for f in result.downloaded) == len(DATA_A) + len(DATA_B)
    assert any(r.headers.get("range") == "bytes=2500-" for r in host.requests)
    assert all("authorization" not in r.headers for r in host.requests)


async def test_async_md5_mismatch_keeps_nothing(
    aclient: immport.AsyncClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    httpx_mock.add_callback(FileHost({"a.bin": DATA_A}), url=FILE_URL)
    result = await adownload(
        aclient, [manifest_row("a.bin", DATA_A, "u-a", md5sum="f" * 32)], tmp_path, raise_on_error=False
    )
    assert isinstance(result.failed[0].error, VerificationError)
    assert list(tmp_path.iterdir()) == []


def test_download_client_with_credentials_is_refused(tmp_path: Path) -> None:
    from immport._flows import OpenFile
    from immport._runners import SyncRunner

    leaky = httpx.Client(headers={"Authorization": "Bearer leaked"})

    def flow():  # type: ignore[no-untyped-def]
        yield OpenFile(f"{FILES}/a.bin")

    with pytest.raises(immport.ImmPortError, match="credentials"):
        SyncRunner(files=lambda: leaky).run(flow())


def test_generated_file_details_models_are_accepted_as_rows(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    from immport_api_client.models import FileDetails

    model = FileDetails.from_dict(manifest_row("SDY1/StudyFiles/b.txt", DATA_B, "u-b"))
    add_resolver(httpx_mock, "u-b", "b.txt")
    httpx_mock.add_callback(FileHost({"b.txt": DATA_B}), url=FILE_URL)

    result = download(client, [model], tmp_path)

    assert [f.entry.generated_md5 for f in result.downloaded] == [md5(DATA_B)]
    assert (tmp_path / "SDY1/StudyFiles/b.txt").read_bytes() == DATA_B


def test_file_host_5xx_after_core_retries_is_retried_by_resuming(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path, sleeps: list[float]
) -> None:
    add_resolver(httpx_mock, "u-a", "a.bin")
    host = FileHost({"a.bin": DATA_A}, cut_at={0: 5000}, status_for={1: 503, 2: 503, 3: 503})
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)
    clock = FakeClock()
    events: list[DownloadEvent] = []

    result = download(
        client, [manifest_row("a.bin", DATA_A, "u-a")], tmp_path, clock=clock, progress=events.append
    )

    (done,) = result.downloaded
    assert done.bytes_transferred == len(DATA_A) and done.resumed_from == (0, 5000)
    assert len(sleeps) == 2  # the core retried the 503 twice (max_retries=2) ...
    assert clock.sleeps == [0.5]  # ... and the download flow backed off after the 503s (not after the cut)
    assert [e.kind for e in events].count("retry") == 2
    assert host.requests[4].headers["range"] == "bytes=5000-"

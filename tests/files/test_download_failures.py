"""client.files.download raises when files failed (unless told to collect); a failed result is falsy."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.errors import NotFoundError
from immport.files import DownloadFailedError

from .support import QUERY, manifest_row

DATA = b"protocol text\n" * 300


def refuse_everything(httpx_mock: HTTPXMock, uuids: list[str]) -> None:
    for uuid in uuids:
        for method in ("s3", "stream"):
            httpx_mock.add_response(url=f"{QUERY}/drs/download/{method}/{uuid}", status_code=404)


ROWS = [manifest_row("SDY1/a.txt", DATA, "u-a"), manifest_row("SDY1/b.txt", DATA, "u-b")]


def test_client_download_raises_by_default_naming_each_failed_file_and_its_cause(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    refuse_everything(httpx_mock, ["u-a", "u-b"])
    with pytest.raises(DownloadFailedError) as info:
        client.files.download(ROWS, tmp_path)
    message = str(info.value)
    assert "2 file(s) failed" in message
    assert "SDY1/a.txt: " in message and "SDY1/b.txt: " in message and "404" in message
    assert [type(f.error) for f in info.value.result.failed] == [NotFoundError, NotFoundError]


async def test_async_client_download_raises_by_default(
    aclient: immport.AsyncClient, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    refuse_everything(httpx_mock, ["u-a", "u-b"])
    with pytest.raises(DownloadFailedError, match="2 file"):
        await aclient.files.download(ROWS, tmp_path)


def test_raise_on_error_false_collects_and_the_failed_result_is_falsy(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    refuse_everything(httpx_mock, ["u-a", "u-b"])
    result = client.files.download(ROWS, tmp_path, raise_on_error=False)
    assert len(result.failed) == 2 and not result.ok
    assert bool(result) is False


def test_a_message_lists_the_first_five_causes_and_counts_the_rest(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    rows = [manifest_row(f"f{i}.txt", DATA, f"u-{i}") for i in range(7)]
    refuse_everything(httpx_mock, [f"u-{i}" for i in range(7)])
    with pytest.raises(DownloadFailedError) as info:
        client.files.download(rows, tmp_path, concurrency=1)
    message = str(info.value)
    assert all(f"f{i}.txt: " in message for i in range(5)) and "f5.txt: " not in message
    assert message.endswith("; and 2 more")

"""The writer thread: order, hashing, write-back hints, error hand-over, what stays on disk when stopped."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import re
import threading
from pathlib import Path
from typing import IO, Any

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport._flows import WriteChunk
from immport._runners import AsyncRunner
from immport.files import _writer, download, transfer
from immport.files._writer import ChunkWriter
from immport.files.manifest import entries_from_rows
from immport.files.result import DownloadEvent
from immport.files.transfer import TransferOptions, file_flow

from .support import FILES, QUERY, FileHost, manifest_row, md5, resolver_reply

DATA = bytes(range(251)) * 97  # 24347 bytes, not a multiple of the host's 1000-byte chunks
FILE_URL = re.compile(re.escape(FILES) + r"/.*")


def _serve(httpx_mock: HTTPXMock, host: FileHost) -> None:
    httpx_mock.add_response(
        url=f"{QUERY}/drs/download/s3/u-a", json=resolver_reply("a.bin"), is_reusable=True
    )
    httpx_mock.add_callback(host, url=FILE_URL, is_reusable=True)


class FailingFile:
    """A file whose writes fail with ENOSPC once ``room`` bytes are used."""

    def __init__(self, fh: IO[bytes], room: int) -> None:
        self.fh, self.room = fh, room

    def write(self, chunk: bytes) -> int:
        if len(chunk) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(chunk)
        return self.fh.write(chunk)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fh, name)


def test_chunks_are_written_and_hashed_in_order(tmp_path: Path) -> None:
    chunks = [bytes([i]) * (100 + i) for i in range(200)]
    digest = hashlib.md5(usedforsecurity=False)
    with (tmp_path / "out").open("wb") as fh:
        writer = ChunkWriter(fh, digest, depth=2)
        for chunk in chunks:
            writer.put(chunk)
        writer.close()
        writer.close()  # idempotent
    assert (tmp_path / "out").read_bytes() == b"".join(chunks)
    assert digest.hexdigest() == md5(b"".join(chunks))


def test_write_back_hints_keep_the_content_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_writer, "WRITEBACK_EVERY", 1000)  # a hint every ~1000 bytes
    path = tmp_path / "out"
    path.write_bytes(b"already here")  # an appended .part: hints start after the existing bytes
    digest = hashlib.md5(usedforsecurity=False)
    with path.open("ab") as fh:
        writer = ChunkWriter(fh, digest)
        for start in range(0, len(DATA), 700):
            piece = DATA[start : start + 700]
            if not writer.try_put(piece):
                writer.put(piece)
        writer.close()
    assert path.read_bytes() == b"already here" + DATA
    assert digest.hexdigest() == md5(DATA)


def test_writer_error_reaches_the_reader_and_the_queue_never_jams(tmp_path: Path) -> None:
    with (tmp_path / "out").open("wb") as fh:
        writer = ChunkWriter(FailingFile(fh, room=250), hashlib.md5(usedforsecurity=False), depth=1)  # type: ignore[arg-type]
        for _ in range(100):  # would hang if the thread stopped draining after the error
            with contextlib.suppress(OSError):
                writer.put(b"x" * 100)
        with pytest.raises(OSError, match="No space left"):
            writer.close()
        with pytest.raises(OSError, match="No space left"):
            writer.put(b"more")
    assert (tmp_path / "out").read_bytes() == b"x" * 200  # what was written stays a clean prefix


def test_disk_full_fails_the_file_and_keeps_no_final_file(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        transfer, "ChunkWriter", lambda fh, digest: ChunkWriter(FailingFile(fh, room=5000), digest)
    )
    _serve(httpx_mock, FileHost({"a.bin": DATA}))

    result = download(client, [manifest_row("a.bin", DATA, "u-a")], tmp_path, raise_on_error=False)

    (failed,) = result.failed
    assert isinstance(failed.error, OSError) and failed.error.errno == errno.ENOSPC
    assert not (tmp_path / "a.bin").exists()
    assert (tmp_path / "a.bin.part").read_bytes() == DATA[:5000]


def test_interrupt_leaves_every_received_byte_in_the_part_and_the_next_run_resumes(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    host = FileHost({"a.bin": DATA})
    _serve(httpx_mock, host)
    entry = entries_from_rows([manifest_row("a.bin", DATA, "u-a")])[0]

    def ctrl_c_after_7_chunks(event: DownloadEvent) -> None:
        if event.kind == "progress" and event.bytes_done >= 7000:
            raise KeyboardInterrupt

    options = TransferOptions(query_url=QUERY, emit=ctrl_c_after_7_chunks)
    with pytest.raises(KeyboardInterrupt):
        client.session.run(file_flow(entry, tmp_path / "a.bin", options))
    assert (tmp_path / "a.bin.part").read_bytes() == DATA[:7000]  # nothing queued was lost
    assert not (tmp_path / "a.bin").exists()

    result = download(client, [manifest_row("a.bin", DATA, "u-a")], tmp_path)

    (done,) = result.downloaded
    assert host.requests[-1].headers["range"] == "bytes=7000-"
    assert done.md5 == md5(DATA) and (tmp_path / "a.bin").read_bytes() == DATA


async def test_async_runner_waits_for_room_off_the_event_loop() -> None:
    loop_thread = threading.current_thread()

    class FullWriter:
        def __init__(self) -> None:
            self.put_on: list[tuple[bytes, threading.Thread]] = []

        def try_put(self, chunk: bytes) -> bool:
            return False

        def put(self, chunk: bytes) -> None:
            self.put_on.append((chunk, threading.current_thread()))

    writer = FullWriter()

    def flow():  # type: ignore[no-untyped-def]
        yield WriteChunk(writer, b"abc")  # type: ignore[arg-type]
        return "done"

    assert await AsyncRunner().run(flow()) == "done"
    ((chunk, thread),) = writer.put_on
    assert chunk == b"abc" and thread is not loop_thread

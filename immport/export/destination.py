"""Where an export goes: a local directory or any fsspec/pyarrow filesystem URL (``s3://``, ``memory://``).

Every file is written under a hidden temporary name and moved into place when complete, so readers (and a
resumed export) never see half a file. Files are not fsync'ed (that cost ~6 ms per part on the event loop):
a killed process loses nothing the kernel has accepted; after a power cut, ``immport export verify`` finds
any part the disk lost, and a re-run with ``force`` refetches it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Iterator
from typing import IO, Any

import fsspec  # type: ignore[import-untyped]

from immport.errors import InvalidRequestError

__all__ = ["Destination", "HashingWriter"]

TEMP_SUFFIX = ".tmp"


class HashingWriter:
    """A write-only file wrapper that counts and sha256-hashes what goes through it."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._sha = hashlib.sha256()
        self.size = 0
        self.closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._raw.write(data)
        self._sha.update(data)
        self.size += len(data)
        return len(data)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        self._raw.flush()

    def close(self) -> None:
        self.closed = True  # the owner closes the raw file

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readable(self) -> bool:
        return False

    @property
    def sha256(self) -> str:
        return self._sha.hexdigest()


class Destination:
    """A root directory on one filesystem, with atomic writes."""

    def __init__(self, target: str | os.PathLike[str], filesystem: Any = None) -> None:
        if filesystem is not None:
            self.fs = _as_fsspec(filesystem)
            self.root = str(target).rstrip("/")
        else:
            self.fs, self.root = fsspec.core.url_to_fs(os.fspath(target))
            self.root = self.root.rstrip("/") or "/"
        self.local = "file" in _protocols(self.fs)
        if self.local:
            self.root = os.path.abspath(self.root)
        self.url = self.root if self.local else self.fs.unstrip_protocol(self.root)

    def __repr__(self) -> str:
        return f"Destination({self.url!r})"

    def path(self, relative: str) -> str:
        return f"{self.root}/{relative}"

    def exists(self, relative: str) -> bool:
        return bool(self.fs.exists(self.path(relative)))

    def read_bytes(self, relative: str) -> bytes:
        return bytes(self.fs.cat_file(self.path(relative)))

    def find(self, relative: str, suffix: str) -> list[str]:
        """Paths (relative to the root) of the files under ``relative`` whose names end with ``suffix``."""
        base = self.path(relative)
        if not self.fs.exists(base):
            return []
        prefix = len(self.root) + 1
        found = [p for p in self.fs.find(base) if p.endswith(suffix)]
        return sorted(_strip(p, self.fs)[prefix:] for p in found)

    def remove(self, relative: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.fs.rm_file(self.path(relative))

    @contextlib.contextmanager
    def atomic_writer(self, relative: str) -> Iterator[HashingWriter]:
        """Write ``relative`` through a hidden temporary file, moved into place only if the block succeeds."""
        final = self.path(relative)
        directory, _, name = final.rpartition("/")
        temp = f"{directory}/.{name}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}"
        self.fs.makedirs(directory, exist_ok=True)
        try:
            with self.fs.open(temp, "wb") as raw:
                writer = HashingWriter(raw)
                yield writer
            self._move(temp, final)
        except BaseException:
            with contextlib.suppress(Exception):
                self.fs.rm_file(temp)
            raise

    def write_bytes(self, relative: str, data: bytes) -> None:
        with self.atomic_writer(relative) as out:
            out.write(data)

    def remove_stale_temporaries(self) -> int:
        """Temporary files left by an interrupted run (kill -9): never visible, removed on the next run."""
        stale = [p for p in self.find("", TEMP_SUFFIX) if p.rpartition("/")[2].startswith(".")]
        for relative in stale:
            self.remove(relative)
        return len(stale)

    def _move(self, temp: str, final: str) -> None:
        if self.local:
            os.replace(temp, final)  # atomic, replaces an older version in one step
        else:
            self.fs.mv(temp, final)


def _protocols(fs: Any) -> tuple[str, ...]:
    protocol = fs.protocol
    return (protocol,) if isinstance(protocol, str) else tuple(protocol)


def _strip(path: str, fs: Any) -> str:
    return str(fs._strip_protocol(path))


def _as_fsspec(filesystem: Any) -> Any:
    """An fsspec filesystem, wrapping a ``pyarrow.fs.FileSystem`` when given one."""
    if isinstance(filesystem, fsspec.AbstractFileSystem):
        return filesystem
    try:
        import pyarrow.fs as pafs  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - pyarrow is part of the export extra
        pafs = None
    if pafs is not None and isinstance(filesystem, pafs.FileSystem):
        from fsspec.implementations.arrow import ArrowFSWrapper  # type: ignore[import-untyped]

        return ArrowFSWrapper(filesystem)
    raise InvalidRequestError(
        f"filesystem must be an fsspec or pyarrow filesystem, got {type(filesystem).__name__}"
    )

"""``immport export verify DIR``: recompute every part's size and sha256 and compare with the journal."""

from __future__ import annotations

import hashlib
import os
from typing import Any

import attrs

from immport.errors import InvalidRequestError
from immport.export.destination import Destination
from immport.export.journal import JOURNAL_DIR, Journal

__all__ = ["VerifyReport", "verify"]

_CHUNK = 1 << 20


@attrs.frozen
class VerifyReport:
    checked: int
    mismatched: list[str]  # size or checksum differs from the journal
    missing: list[str]  # in the journal, not on the filesystem
    unrecorded: list[str]  # Parquet files the journal does not know

    @property
    def ok(self) -> bool:
        return not (self.mismatched or self.missing or self.unrecorded)

    def summary(self) -> str:
        if self.ok:
            return f"{self.checked} part(s) verified: sizes and sha256 match the journal"
        problems = [
            f"{len(names)} {what}: {', '.join(names[:5])}"
            for what, names in (
                ("changed", self.mismatched),
                ("missing", self.missing),
                ("not in the journal", self.unrecorded),
            )
            if names
        ]
        return f"{self.checked} part(s) checked; " + "; ".join(problems)


def _digest(destination: Destination, relative: str) -> tuple[int, str]:
    sha = hashlib.sha256()
    size = 0
    with destination.fs.open(destination.path(relative), "rb") as handle:
        while chunk := handle.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return size, sha.hexdigest()


def verify(target: Destination | str | os.PathLike[str], *, filesystem: Any = None) -> VerifyReport:
    destination = target if isinstance(target, Destination) else Destination(target, filesystem)
    journal = Journal(destination)
    if not journal.exists():
        raise InvalidRequestError(f"no export at {destination.url} (it has no {JOURNAL_DIR}/)")
    mismatched: list[str] = []
    missing: list[str] = []
    recorded: set[str] = set()
    checked = 0
    for record in journal:
        if not record.path:
            continue  # a query that returned no rows: no file
        recorded.add(record.path)
        checked += 1
        if not destination.exists(record.path):
            missing.append(record.path)
            continue
        if _digest(destination, record.path) != (record.bytes, record.sha256):
            mismatched.append(record.path)
    on_disk = [
        p
        for p in destination.find("", ".parquet")
        if p.startswith("kind=") and not p.rpartition("/")[2].startswith(".")
    ]
    unrecorded = [p for p in on_disk if p not in recorded]
    return VerifyReport(checked, mismatched, missing, unrecorded)

"""The export journal: one small JSON record per finished part, in ``_immport/journal/`` of the output.

A part is recorded only after its Parquet file has been moved into place, so the journal never names a
file that is not complete; a part written but not yet recorded (killed in between) is simply redone, and
its file (same name) replaced. Each record is its own file, written atomically, which works the same on a
local disk and on object stores (no appends). At the end of a run the records are compacted into one
``_immport/journal.json`` (and their files removed), so the next run reads one file plus what came after.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from immport.export.destination import Destination

__all__ = ["JOURNAL_DIR", "Journal", "PartRecord"]

META_DIR = "_immport"
JOURNAL_DIR = f"{META_DIR}/journal"
GLOBAL = "_all"  # the journal's name for parts that belong to no study (lookups)
SNAPSHOT = f"{META_DIR}/journal.json"


@attrs.frozen(kw_only=True)
class PartRecord:
    """One finished part: what was asked, what was written."""

    kind: str
    study: str | None
    path: str  # relative to the export root
    rows: int
    bytes: int
    sha256: str
    data_release: str | None
    request: dict[str, Any]  # operation_id, endpoint, params
    finished_at: str

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.kind, self.study)

    def to_json(self) -> builtins.bytes:
        return json.dumps(attrs.asdict(self), indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, data: builtins.bytes) -> PartRecord:
        return cls.from_mapping(json.loads(data))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any]) -> PartRecord:
        values: dict[str, Any] = {f.name: raw.get(f.name) for f in attrs.fields(cls)}
        return cls(**values)


def _hidden(relative: str) -> bool:
    return relative.rpartition("/")[2].startswith(".")


def _record_path(kind: str, study: str | None) -> str:
    return f"{JOURNAL_DIR}/{kind}/{study or GLOBAL}.json"


class Journal:
    """The finished parts of one export directory, keyed by (kind, study)."""

    def __init__(self, destination: Destination) -> None:
        self._dest = destination
        self.records: dict[tuple[str, str | None], PartRecord] = {}
        if destination.exists(SNAPSHOT):
            for raw in json.loads(destination.read_bytes(SNAPSHOT)):
                record = PartRecord.from_mapping(raw)
                self.records[record.key] = record
        self._files = [p for p in destination.find(JOURNAL_DIR, ".json") if not _hidden(p)]
        for relative in self._files:  # recorded after the last compaction: newer than the snapshot
            try:
                record = PartRecord.from_json(destination.read_bytes(relative))
            except (ValueError, TypeError):
                continue  # unreadable record: treat the part as not done
            self.records[record.key] = record

    def exists(self) -> bool:
        return bool(self.records) or self._dest.exists(SNAPSHOT) or self._dest.exists(JOURNAL_DIR)

    def __iter__(self) -> Iterator[PartRecord]:
        return iter(sorted(self.records.values(), key=lambda r: (r.kind, r.study or "")))

    def __len__(self) -> int:
        return len(self.records)

    def get(self, kind: str, study: str | None) -> PartRecord | None:
        return self.records.get((kind, study))

    def record(self, record: PartRecord) -> None:
        path = _record_path(record.kind, record.study)
        self._dest.write_bytes(path, record.to_json())
        self.records[record.key] = record
        self._files.append(path)

    def compact(self) -> None:
        """All records into the snapshot (atomically), then the per-part files it now holds removed."""
        if not self._files:
            return
        snapshot = [attrs.asdict(r) for r in self]
        self._dest.write_bytes(SNAPSHOT, json.dumps(snapshot, indent=0, sort_keys=True).encode())
        for relative in self._files:
            self._dest.remove(relative)
        self._files = []

    def studies(self) -> set[str]:
        return {r.study for r in self.records.values() if r.study is not None}

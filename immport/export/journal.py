"""The export journal: one small JSON record per finished part, in ``_immport/journal/`` of the output.

A part is recorded only after its Parquet file has been moved into place, so the journal never names a
file that is not complete; a part written but not yet recorded (killed in between) is simply redone, and
its file (same name) replaced. Each record is its own file, written atomically, which works the same on a
local disk and on object stores (no appends).
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterator
from typing import Any

import attrs

from immport.export.destination import Destination

__all__ = ["JOURNAL_DIR", "Journal", "PartRecord"]

META_DIR = "_immport"
JOURNAL_DIR = f"{META_DIR}/journal"
GLOBAL = "_all"  # the journal's name for parts that belong to no study (lookups)


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
        raw = json.loads(data)
        return cls(**{f.name: raw.get(f.name) for f in attrs.fields(cls)})


def _record_path(kind: str, study: str | None) -> str:
    return f"{JOURNAL_DIR}/{kind}/{study or GLOBAL}.json"


class Journal:
    """The finished parts of one export directory, keyed by (kind, study)."""

    def __init__(self, destination: Destination) -> None:
        self._dest = destination
        self.records: dict[tuple[str, str | None], PartRecord] = {}
        for relative in destination.find(JOURNAL_DIR, ".json"):
            if relative.rpartition("/")[2].startswith("."):
                continue
            try:
                record = PartRecord.from_json(destination.read_bytes(relative))
            except (ValueError, TypeError):
                continue  # unreadable record: treat the part as not done
            self.records[record.key] = record

    def __iter__(self) -> Iterator[PartRecord]:
        return iter(sorted(self.records.values(), key=lambda r: (r.kind, r.study or "")))

    def __len__(self) -> int:
        return len(self.records)

    def get(self, kind: str, study: str | None) -> PartRecord | None:
        return self.records.get((kind, study))

    def record(self, record: PartRecord) -> None:
        self._dest.write_bytes(_record_path(record.kind, record.study), record.to_json())
        self.records[record.key] = record

    def studies(self) -> set[str]:
        return {r.study for r in self.records.values() if r.study is not None}

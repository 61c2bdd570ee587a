"""What an export reports: progress events while it runs, and the summary when it ends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

import attrs

from immport.export.journal import PartRecord

if TYPE_CHECKING:
    from immport.export.destination import Destination

__all__ = ["ExportEvent", "ExportResult", "FailedPart", "ProgressCallback"]


@attrs.frozen
class ExportEvent:
    """``planned`` (total = parts to fetch, studies = studies with parts to fetch), ``part`` (one written),
    ``failed`` (one failed), ``study`` (the last part of a study finished; message = its accession)."""

    kind: Literal["planned", "part", "failed", "study"]
    total: int = 0
    studies: int = 0
    record: PartRecord | None = None
    message: str = ""


ProgressCallback = Callable[[ExportEvent], None]


@attrs.frozen
class FailedPart:
    kind: str
    study: str | None
    error: Exception


@attrs.define
class ExportResult:
    """The outcome of one run. ``connect()`` opens the dataset in DuckDB (the ``duckdb`` extra)."""

    destination: Destination = attrs.field(repr=False)
    url: str
    written: list[PartRecord] = attrs.field(factory=list)
    up_to_date: int = 0
    unavailable: int = 0
    failed: list[FailedPart] = attrs.field(factory=list)
    disappeared: list[str] = attrs.field(factory=list)  # journal studies search no longer returns
    not_found: list[str] = attrs.field(factory=list)  # requested accessions search did not return
    studies: int = 0
    data_release: str | None = None
    elapsed: float = 0.0

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.written)

    @property
    def bytes(self) -> int:
        return sum(r.bytes for r in self.written)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        files = sum(1 for r in self.written if r.path)
        lines = [
            f"export to {self.url}: {len(self.written)} queries, {files} part file(s) written "
            f"({self.rows:,} rows, {self.bytes:,} bytes) for {self.studies} studies in {self.elapsed:.1f} s; "
            f"{self.up_to_date} already up to date, {self.unavailable} not requested (no data), "
            f"{len(self.failed)} failed"
        ]
        if self.data_release:
            lines.append(f"ImmPort data release: {self.data_release}")
        if self.disappeared:
            lines.append(f"no longer shared (files kept): {', '.join(self.disappeared)}")
        if self.not_found:
            lines.append(f"not found: {', '.join(self.not_found)}")
        for failure in self.failed[:5]:
            lines.append(f"failed: {failure.kind} {failure.study or ''}: {failure.error}")
        if self.failed:
            lines.append("run the same export again to retry the failed parts")
        return "\n".join(lines)

    def connect(self, **kwargs: Any) -> Any:
        """A DuckDB connection with one view per data kind (see :func:`immport.export.connect`)."""
        from immport.export.duck import connect

        return connect(self.destination, **kwargs)

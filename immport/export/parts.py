"""One part: one narrow query (one kind, one study) streamed through the ``iter_*`` decoder into Parquet.

Rows arrive one at a time from the client's incremental decoder; every 2,048 typed rows become an Arrow
batch, and Parquet row groups of ``batch_rows`` rows are written as they fill, so memory stays bounded
whatever the size of the study. The file is zstd-compressed,
written under a hidden temporary name and moved into place when complete (see :mod:`destination`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Protocol

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from immport.export.destination import Destination, HashingWriter
from immport.export.journal import PartRecord
from immport.export.kinds import Kind
from immport.export.provenance import file_metadata
from immport.export.schema import PARTITION_KEY, kind_schema
from immport.operations import prepare

__all__ = ["BATCH_ROWS", "RowSource", "part_path", "request_of", "write_part"]

BATCH_ROWS = 8_192  # rows per Parquet row group
CONVERT_ROWS = 1_024  # typed rows held before they become an Arrow batch
PART_NAME = "part-0000.parquet"


class RowSource(Protocol):
    """What a part needs from the client's session: the streaming call behind every ``iter_*`` method."""

    def stream(
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> AsyncIterator[Any]: ...


def part_path(kind: Kind, study: str | None) -> str:
    """``kind=elisa/study_accession=SDY2/part-0000.parquet`` (lookups: ``kind=lookup_sex/part-0000.parquet``).

    One file per (kind, study) with a fixed name: a newer data release replaces it in one atomic move,
    so a reader never sees the old and the new rows side by side.
    """
    if study is None:
        return f"kind={kind.name}/{PART_NAME}"
    return f"kind={kind.name}/{PARTITION_KEY}={study}/{PART_NAME}"


def request_of(kind: Kind, study: str | None) -> dict[str, Any]:
    """The request as sent (operation, endpoint, query parameters), for the journal and the provenance."""
    call = prepare(kind.operation, kind.arguments(study), tsv=False)
    return {
        "operation_id": kind.operation.operation_id,
        "method": call.method,
        "endpoint": call.path,
        "params": [list(pair) for pair in call.params],
    }


async def write_part(
    client: RowSource,
    destination: Destination,
    kind: Kind,
    study: str | None,
    *,
    data_release: str | None,
    global_release: str | None,
    exported_at: str,
    batch_rows: int = BATCH_ROWS,
) -> PartRecord:
    """Fetch one (kind, study) and write its part; the returned record is what the journal stores."""
    schema = kind_schema(kind)
    request = request_of(kind, study)
    metadata = file_metadata(
        kind=kind.name,
        study=study,
        request=request,
        data_release=data_release,
        global_release=global_release,
        exported_at=exported_at,
    )
    relative = part_path(kind, study)
    stream = aiter(client.stream(kind.operation.operation_id, kind.arguments(study)))
    first = await anext(stream, _END)
    if first is _END:  # no data: no file (and none left from an earlier release)
        destination.remove(relative)
        return _record(kind, study, "", 0, None, data_release, request, exported_at)
    rows = 0
    with destination.atomic_writer(relative) as out:  # opened only once there is a row to write
        writer = pq.ParquetWriter(out, schema.schema.with_metadata(metadata), compression="zstd")
        group = _RowGroup(writer, batch_rows)
        try:
            buffer: list[Any] = [first]
            async for row in stream:
                buffer.append(row)
                if len(buffer) >= CONVERT_ROWS:  # typed rows -> Arrow early: columns are ~4x smaller
                    group.add(schema.batch(buffer))
                    buffer = []
            if buffer:
                group.add(schema.batch(buffer))
            group.flush()
            rows = group.written
        finally:
            writer.close()
    return _record(kind, study, relative, rows, out, data_release, request, exported_at)


_END: Any = object()


class _RowGroup:
    """Arrow batches collected into row groups of ``size`` rows (readers prefer few, large groups)."""

    def __init__(self, writer: Any, size: int) -> None:
        self._writer = writer
        self._size = size
        self._batches: list[Any] = []
        self._rows = 0
        self.written = 0

    def add(self, batch: Any) -> None:
        self._batches.append(batch)
        self._rows += batch.num_rows
        if self._rows >= self._size:
            self.flush()

    def flush(self) -> None:
        if not self._batches:
            return
        self._writer.write_table(pa.Table.from_batches(self._batches), row_group_size=self._size)
        self.written += self._rows
        self._batches, self._rows = [], 0


def _record(
    kind: Kind,
    study: str | None,
    relative: str,
    rows: int,
    out: HashingWriter | None,
    data_release: str | None,
    request: dict[str, Any],
    exported_at: str,
) -> PartRecord:
    return PartRecord(
        kind=kind.name,
        study=study,
        path=relative,
        rows=rows,
        bytes=out.size if out is not None else 0,
        sha256=out.sha256 if out is not None else "",
        data_release=data_release,
        request=request,
        finished_at=exported_at,
    )

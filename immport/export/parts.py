"""One part: one narrow query (one kind, one study) streamed through the ``iter_*`` decoder into Parquet.

Rows arrive one at a time from the client's incremental decoder and are written in record batches of
``batch_rows``, so memory stays bounded whatever the size of the study. The file is zstd-compressed,
written under a hidden temporary name and moved into place when complete (see :mod:`destination`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import Any, Protocol

import pyarrow.parquet as pq  # type: ignore[import-untyped]

from immport.export.destination import Destination
from immport.export.journal import PartRecord
from immport.export.kinds import Kind
from immport.export.provenance import file_metadata
from immport.export.schema import PARTITION_KEY, kind_schema
from immport.operations import prepare

__all__ = ["BATCH_ROWS", "RowSource", "part_path", "request_of", "write_part"]

BATCH_ROWS = 16_384
PART_NAME = "part-0000.parquet"


class RowSource(Protocol):
    """What a part needs from the client: the streaming call behind every ``iter_*`` method."""

    def _invoke_stream(
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
    rows = 0
    stream = client._invoke_stream(kind.operation.operation_id, kind.arguments(study))
    with destination.atomic_writer(relative) as out:
        writer = pq.ParquetWriter(out, schema.schema.with_metadata(metadata), compression="zstd")
        try:
            buffer: list[Any] = []
            async for row in stream:
                buffer.append(row)
                if len(buffer) >= batch_rows:
                    writer.write_batch(schema.batch(buffer))
                    rows += len(buffer)
                    buffer = []
            if buffer:
                writer.write_batch(schema.batch(buffer))
                rows += len(buffer)
        finally:
            writer.close()
        if rows == 0:
            out.discard()
    if rows == 0:  # no data: no file (and none left from an earlier release)
        destination.remove(relative)
    return PartRecord(
        kind=kind.name,
        study=study,
        path=relative if rows else "",
        rows=rows,
        bytes=out.size if rows else 0,
        sha256=out.sha256 if rows else "",
        data_release=data_release,
        request=request,
        finished_at=exported_at,
    )

"""Streamed JSON-array and TSV bodies: rows are encoded as they are generated and sent in ~64 KiB chunks."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from starlette.responses import Response, StreamingResponse

__all__ = ["TSV_MEDIA_TYPE", "json_array_chunks", "stream_rows", "tsv_cell", "tsv_chunks"]

TSV_MEDIA_TYPE = "text/tab-separated-values"
CHUNK = 64 * 1024


def _batched(pieces: Iterable[str]) -> Iterator[bytes]:
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer).encode()
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode()


_ENCODER = json.JSONEncoder(separators=(",", ":"))
_ROWS_PER_ENCODE = 64  # one encoder call per batch of rows is ~40% faster than one per row


def json_array_chunks(rows: Iterable[Any]) -> Iterator[bytes]:
    def pieces() -> Iterator[str]:
        yield "["
        first = True
        iterator = iter(rows)
        while batch := list(itertools.islice(iterator, _ROWS_PER_ENCODE)):
            yield ("" if first else ",") + _ENCODER.encode(batch)[1:-1]
            first = False
        yield "]"

    return _batched(pieces())


def tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        value = json.dumps(value, separators=(",", ":"))
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def tsv_chunks(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> Iterator[bytes]:
    def pieces() -> Iterator[str]:
        yield "\t".join(columns) + "\n"
        for row in rows:
            yield "\t".join(tsv_cell(row.get(c)) for c in columns) + "\n"

    return _batched(pieces())


def stream_rows(
    rows: Iterable[Mapping[str, Any]], *, tsv: bool, columns: Sequence[str], stream: bool = True
) -> Response:
    """A 200 response with ``rows`` as a JSON array, or as TSV with ``columns`` as the header.

    ``stream`` sends chunks as they are generated (unbounded results); otherwise the body is built at once
    and sent with a Content-Length (small results: no thread hop per chunk).
    """
    chunks = tsv_chunks(columns, rows) if tsv else json_array_chunks(rows)
    media_type = TSV_MEDIA_TYPE if tsv else "application/json"
    if stream:
        return StreamingResponse(chunks, media_type=media_type)
    return Response(b"".join(chunks), media_type=media_type)

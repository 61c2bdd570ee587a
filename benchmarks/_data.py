"""Benchmark payloads from the sandbox's own generator: the exact JSON and TSV bytes it would serve."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

ELISA_OPERATION = "getElisaResult"
ELISA_SCHEMA = "VElisaResult"
FCS_OPERATION = "getFcsAnalyzedResult"
FCS_SCHEMA = "VFcsAnalyzedResult"


def _result_rows(assay: str, schema: str, rows: int) -> Iterator[dict[str, Any]]:
    """``rows`` records of ``/result/{assay}`` spread over every sandbox study that has the assay.

    Uses the generator function the sandbox's ``/result/{assay}`` route uses (``result_records``).
    """
    from immport.sandbox.data import records
    from immport.sandbox.data.catalog import STUDIES, Catalog

    studies = [s for s in STUDIES if assay in s.assays]
    per_study = -(-rows // len(studies))
    catalog = Catalog(seed=0, rows=per_study, file_size=1024)
    generated: Iterator[dict[str, Any]]
    if hasattr(records, "result_records"):
        generated = records.result_records(catalog, assay, studies, schema)
    else:  # the sandbox's earlier API: context rows, projected one by one
        generated = (
            records.project(schema, ctx, n + 1)
            for n, ctx in enumerate(records.result_rows(catalog, assay, studies))  # type: ignore[attr-defined]
        )
    for n, record in enumerate(generated):
        if n == rows:
            return
        yield record


@functools.cache
def _elisa_records(rows: int) -> tuple[dict[str, Any], ...]:
    return tuple(_result_rows("elisa", ELISA_SCHEMA, rows))


@functools.cache
def elisa_json(rows: int) -> bytes:
    """A JSON array of ``rows`` ELISA results, encoded as the sandbox encodes it."""
    from immport.sandbox.encode import json_array_chunks

    return b"".join(json_array_chunks(_elisa_records(rows)))


@functools.cache
def elisa_tsv(rows: int) -> bytes:
    """The same ``rows`` ELISA results as the sandbox's ``format=tsv`` body."""
    from immport.sandbox.encode import tsv_chunks
    from immport.sandbox.spec_ops import schema_properties

    columns = [name for name, _ in schema_properties(ELISA_SCHEMA)]
    return b"".join(tsv_chunks(columns, _elisa_records(rows)))


def null_share(payload: bytes) -> float:
    """Share of null cells in a JSON payload (to show the data is realistic, not all-filled)."""
    import orjson

    rows = orjson.loads(payload)
    cells = sum(len(r) for r in rows)
    nulls = sum(1 for r in rows for v in r.values() if v is None)
    return nulls / cells if cells else 0.0

"""The msgspec bulk decoder (whole bodies, runs of streamed rows) gives exactly what the per-row decoder
gives, types included, for every list operation with a flat row model."""

from __future__ import annotations

import json

import attrs
import pytest

from immport._parse import bulk_decoder
from immport.operations import OPERATIONS, Operation, row_schema
from tests.data_layer.support import random_rows

FLAT_LIST_OPS = sorted(
    op.operation_id
    for op in OPERATIONS.values()
    if op.returns_list and (schema := row_schema(op)) is not None and schema.flat
)


def per_row(op: Operation, rows: list[dict[str, object]]) -> list[object]:
    schema = row_schema(op)
    assert schema is not None
    return [schema.from_json(json.loads(json.dumps(r))) for r in rows]


@pytest.mark.parametrize("operation_id", FLAT_LIST_OPS)
def test_bulk_decoder_equals_the_per_row_decoder(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    bulk = bulk_decoder(op)
    assert bulk is not None
    rows = random_rows(op, 60, seed=len(operation_id), extras=False)  # nulls, absent keys, all kinds
    fast, slow = bulk(json.dumps(rows).encode()), per_row(op, rows)
    assert fast == slow
    for a, b in zip(fast, slow, strict=True):
        for field in attrs.fields(type(b)):
            assert type(getattr(a, field.name)) is type(getattr(b, field.name)), field.name


def test_every_list_operation_but_the_string_list_has_a_flat_row_model() -> None:
    assert len(FLAT_LIST_OPS) == sum(1 for op in OPERATIONS.values() if op.returns_list) - 1

"""Arrow schemas derived from the spec's field kinds, so a column has one type in every study.

A kind's schema comes from its row model's :class:`~immport.operations.FieldSpec` list (generated from
the spec), never from the data: a column that is all null in one study is still ``double`` there.
Nested values (arrays, objects, sub-models) are stored as JSON text. ``study_accession`` is left out of
per-study files: it is the hive partition key (``study_accession=SDY2/``) and readers restore it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from functools import cache
from operator import attrgetter
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from immport._records import as_record
from immport.errors import InvalidRequestError
from immport.export.kinds import Kind
from immport.operations import FieldSpec, row_schema

__all__ = ["PARTITION_KEY", "KindSchema", "kind_schema"]

PARTITION_KEY = "study_accession"
_log = logging.getLogger("immport.export")

_ARROW_TYPES: dict[str, Any] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date-time": pa.timestamp("us", tz="UTC"),
    "date": pa.date32(),
}


def _plain(value: Any) -> Any:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    record = as_record(value)
    return value if record is None else record


def _json_cell(value: Any) -> str | None:
    value = _plain(value)
    return None if value is None else json.dumps(value, default=str, sort_keys=True)


class KindSchema:
    """The Arrow schema of one kind and the conversion of its typed rows into record batches."""

    def __init__(self, kind: Kind, fields: Sequence[FieldSpec], *, drop: frozenset[str]) -> None:
        self.kind = kind
        self._fields = [f for f in fields if f.attr_name not in drop]
        self._cells: list[Callable[[Any], Any] | None] = [  # None: a scalar column, taken as it is
            None if f.kind in _ARROW_TYPES else _json_cell for f in self._fields
        ]
        self.schema = pa.schema(
            [pa.field(f.attr_name, _ARROW_TYPES.get(f.kind, pa.string())) for f in self._fields]
        )

    def batch(self, rows: Sequence[Any]) -> Any:
        """A ``pyarrow.RecordBatch`` of typed rows (attrs models, or plain values for value lists)."""
        columns = []
        for field, cell, arrow_field in zip(self._fields, self._cells, self.schema, strict=True):
            values = list(map(attrgetter(field.attr_name), rows))
            if cell is not None:
                values = list(map(cell, values))
            columns.append(_array(values, arrow_field))
        return pa.RecordBatch.from_arrays(columns, schema=self.schema)


def _array(values: list[Any], field: Any) -> Any:
    try:
        return pa.array(values, type=field.type)
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
        pass
    # a value of the wrong type (an unparsable date-time kept as text, a string in a number field): that
    # cell becomes null, the column keeps its type
    kept, dropped = [], 0
    for value in values:
        try:
            pa.array([value], type=field.type)
            kept.append(value)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
            kept.append(None)
            dropped += 1
    _log.warning("column %s: %d value(s) not of type %s stored as null", field.name, dropped, field.type)
    return pa.array(kept, type=field.type)


@cache
def kind_schema(kind: Kind) -> KindSchema:
    schema = row_schema(kind.operation)
    if schema is None:  # every exportable kind has a row model; plain-value lists are not kinds
        raise InvalidRequestError(f"{kind.name}: no row schema")
    drop = frozenset({PARTITION_KEY}) if kind.per_study else frozenset()
    return KindSchema(kind, schema.fields, drop=drop)

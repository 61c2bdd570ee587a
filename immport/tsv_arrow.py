"""The fast path of ``TsvTable.rows()``: pyarrow's C CSV reader splits and types the cells.

Used only when pyarrow is installed (the ``pandas`` extra). It takes only bodies whose rows the Python
path (``RowBuilder``) would build identically; for anything else (a bare ``\\r``, duplicate header names,
a cell pyarrow does not parse as its type, a ragged row, no pyarrow) it answers None and the Python path
runs, which raises the DecodeError naming the line and field.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable
from itertools import repeat
from typing import Any

from immport._fastparse import model_defaults
from immport._operation import RowSchema
from immport._parse import gc_paused

__all__ = ["arrow_rows"]

_ARROW_KINDS = ("integer", "number", "boolean")  # typed by pyarrow; every other kind is read as text


def arrow_rows(
    body: bytes,
    schema: RowSchema,
    header: list[str],
    convert: dict[str, Callable[[str], Any]],
) -> list[Any] | None:
    """The models of the data lines of ``body`` (header line included), or None when the Python path
    must decide. ``convert`` maps a kind to the converter the Python path uses (for columns read as text)."""
    if len(set(header)) != len(header) or (b"\r" in body and body.count(b"\r") != body.count(b"\r\n")):
        return None  # (the Python path splits only on \n; pyarrow would also end a line at a bare \r)
    try:
        import numpy  # noqa: F401  (the conversion of text columns)
        import pyarrow as pa  # type: ignore[import-untyped]
    except ImportError:
        return None
    kinds = {f.wire_name: f.kind for f in schema.fields}
    text = pa.dictionary(pa.int32(), pa.string())  # repeated texts become one Python str each
    table = None
    # integers first as int64; if pyarrow refuses (an integer written "12.0"), as text through ``convert``
    for integer in (pa.int64(), text):
        arrow_types = {"integer": integer, "number": pa.float64(), "boolean": pa.bool_()}
        table = _read(body, [arrow_types.get(kinds.get(c, ""), text) for c in header])
        if table is not None:
            break
    if table is None:
        return None
    size = table.num_rows
    if size == 0:
        return []
    if len(header) > 1 and _has_empty_line(table, body):
        return None  # pyarrow reads an empty line as a row of nulls, the Python path as a line too short
    with gc_paused():
        try:
            cells = [_values(table.column(i), convert.get(kinds.get(c, ""))) for i, c in enumerate(header)]
        except (ValueError, KeyError, OverflowError):
            return None  # a date the Python path refuses: it raises the DecodeError
        column = {c: i for i, c in enumerate(header)}
        defaults = model_defaults(schema.model, schema.fields)
        args = [
            cells[column[f.wire_name]] if f.wire_name in column else repeat(d, size)
            for f, d in zip(schema.fields, defaults, strict=True)
        ]
        models = list(map(schema.model, *args))  # (map passes the cells as arguments: no row tuples)
        extra = [(c, cells[i]) for i, c in enumerate(header) if c not in kinds]
        if extra:
            keys = [c for c, _ in extra]
            for model, values in zip(models, zip(*(v for _, v in extra), strict=True), strict=True):
                model.additional_properties = dict(zip(keys, values, strict=True))
    return models


def _read(body: bytes, types: list[Any]) -> Any:
    """The data lines as a pyarrow Table of the given column types, or None if pyarrow refuses them."""
    import pyarrow as pa
    import pyarrow.csv as pa_csv  # type: ignore[import-untyped]

    names = [f"c{i}" for i in range(len(types))]  # header names need not be valid or unique for pyarrow
    try:
        return pa_csv.read_csv(
            io.BytesIO(body),
            read_options=pa_csv.ReadOptions(column_names=names, skip_rows=1),
            parse_options=pa_csv.ParseOptions(
                delimiter="\t", quote_char=False, escape_char=False, ignore_empty_lines=False
            ),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict(zip(names, types, strict=True)),
                null_values=[""],
                strings_can_be_null=True,
                true_values=["true"],
                false_values=["false"],
            ),
        )
    except (pa.ArrowException, ValueError):
        return None


def _has_empty_line(table: Any, body: bytes) -> bool:
    """Whether the body has an empty data line (searched only when pyarrow read a row of nulls)."""
    import pyarrow.compute as pc  # type: ignore[import-untyped]

    all_null = functools.reduce(pc.and_, (column.is_null() for column in table.columns))
    return bool(pc.any(all_null).as_py()) and (b"\n\n" in body or b"\n\r\n" in body)


def _values(column: Any, to_value: Callable[[str], Any] | None) -> list[Any]:
    """A column's cells as the Python path gives them (null -> None). Text columns arrive dictionary
    encoded: each distinct text becomes one Python object (through ``to_value`` for dates), then numpy
    picks them by index."""
    import numpy as np
    import pyarrow as pa

    if not pa.types.is_dictionary(column.type):
        values: list[Any] = column.to_pylist()
        return values
    chunk = column.combine_chunks()  # (one dictionary for the whole column)
    texts = chunk.dictionary.to_pylist()
    distinct = np.empty(len(texts) + 1, dtype=object)  # the last slot is null's
    distinct[: len(texts)] = texts if to_value is None else [to_value(t) for t in texts]
    result: list[Any] = distinct[chunk.indices.fill_null(len(texts)).to_numpy()].tolist()
    return result

"""Fast construction of the generated attrs models from decoded JSON objects.

Same result as the generated ``Model.from_dict`` (values passed through as-is, ``null`` -> None, absent
-> None, date-time strings -> ``datetime`` when they parse, unknown keys -> ``additional_properties``),
without its per-field Python work: ImmPort sends every field of a row (nulls explicit), so a row with
exactly the schema's keys is read with one C-level ``itemgetter`` call and built with one positional
``__init__`` call; other rows take ``map(dict.pop, ...)``, still without per-field bytecode.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable
from typing import Any

from immport.operations._types import FieldSpec, RowSchema

SCALAR_KINDS = frozenset({"string", "integer", "number", "boolean", "date-time", "date", "array"})


def parse_datetime(value: Any) -> Any:
    """ISO date-time strings become ``datetime``; anything else (None, unparsable) passes through."""
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def fast_decoder(model: type[Any], fields: tuple[FieldSpec, ...]) -> Callable[[dict[str, Any]], Any]:
    """A function building ``model`` from a decoded JSON object (the dict is consumed)."""
    wire = tuple(f.wire_name for f in fields)
    count = len(wire)
    nones = (None,) * count  # an absent field reads as None, like the generated from_dict
    dates = tuple(f.attr_name for f in fields if f.kind == "date-time")
    get_all = operator.itemgetter(*wire) if count > 1 else (lambda d: (d[wire[0]],))

    def decode(d: dict[str, Any]) -> Any:
        obj = None
        if len(d) == count:  # the usual row: exactly the schema's keys (any order), nulls explicit
            try:
                obj = model(*get_all(d))
                obj.additional_properties = {}
            except KeyError:  # as many keys, but not the same ones
                obj = None
        if obj is None:  # absent and/or unknown keys: the from_dict way, in C-level map()
            obj = model(*map(d.pop, wire, nones))
            obj.additional_properties = d
        for name in dates:
            setattr(obj, name, parse_datetime(getattr(obj, name)))
        return obj

    return decode


def row_schema_of(model: type[Any], fields: tuple[FieldSpec, ...]) -> RowSchema:
    """RowSchema of one model: fast decoder for a flat model, the generated ``from_dict`` for a nested one."""
    flat = all(f.kind in SCALAR_KINDS for f in fields)
    decode = fast_decoder(model, fields) if flat else model.from_dict
    return RowSchema(model, fields, decode, flat)

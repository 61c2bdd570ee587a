"""Fast, type-checked construction of the generated attrs models from decoded JSON objects.

Same result as the generated ``Model.from_dict`` (``null`` -> None, absent -> the model's default, unknown
keys -> ``additional_properties``) except that every value is checked against its schema kind: a field
annotated ``float`` never holds a ``str``. ``number`` values become ``float`` (JSON ``5`` -> ``5.0``),
integral ``integer`` values ``int``, date-time strings ``datetime``; any other mismatch raises
:class:`WrongType`, which the caller turns into a DecodeError naming the operation, row and field.

The common row (exactly the schema's keys, values of the right types) costs two C-level passes: one
``itemgetter`` call and a ``type`` check per value through ``map``; only rows failing it take the per-field
path in Python.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable
from typing import Any

import attrs

from immport._operation import FieldSpec, RowSchema
from immport.errors import WrongShape, WrongType

SCALAR_KINDS = frozenset({"string", "integer", "number", "boolean", "date-time", "date", "array"})

_NONE = type(None)
# the Python types a decoded JSON value of each kind may arrive as, unchanged (None: null)
_EXACT: dict[str, frozenset[type]] = {
    "string": frozenset({str, _NONE}),
    "integer": frozenset({int, _NONE}),
    "number": frozenset({float, _NONE}),
    "boolean": frozenset({bool, _NONE}),
    "date-time": frozenset({str, _NONE}),  # parsed after the check
    "date": frozenset({str, _NONE}),
    "array": frozenset({list, _NONE}),
}


def _parse_datetime(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value)


def _parse_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def coerce(field: FieldSpec, value: Any) -> Any:
    """``value`` as its field's Python type (None stays None); WrongType if it is not of that kind."""
    if value is None:
        return None
    kind, cls = field.kind, type(value)
    if kind == "number" and cls is int:
        return float(value)
    if kind == "integer" and cls is float and value.is_integer():
        return int(value)
    if kind in ("date-time", "date") and cls is str:
        try:
            return _parse_datetime(value) if kind == "date-time" else _parse_date(value)
        except ValueError:
            raise WrongType(field, value) from None
    if cls in _EXACT.get(kind, (cls,)):
        return value
    raise WrongType(field, value)


def fast_decoder(model: type[Any], fields: tuple[FieldSpec, ...]) -> Callable[[dict[str, Any]], Any]:
    """A function building ``model`` from a decoded JSON object (the dict is consumed); WrongType on a
    value of the wrong type."""
    wire = tuple(f.wire_name for f in fields)
    count = len(wire)
    defaults = tuple(model_defaults(model, fields))
    exact = tuple(_EXACT[f.kind] for f in fields)
    dates = tuple((f.attr_name, f) for f in fields if f.kind in ("date-time", "date"))
    get_all = operator.itemgetter(*wire) if count > 1 else (lambda d: (d[wire[0]],))
    contains = frozenset.__contains__

    def decode(d: dict[str, Any]) -> Any:
        values: Any = None
        if len(d) == count:  # the usual row: exactly the schema's keys (any order), nulls explicit
            try:
                values = get_all(d)
            except KeyError:  # as many keys, but not the same ones
                values = None
        if values is None:  # absent and/or unknown keys: the from_dict way
            present = checked(fields, [d.pop(name, _ABSENT) for name in wire], d)
            obj = model(*[dflt if v is _ABSENT else v for v, dflt in zip(present, defaults, strict=True)])
            obj.additional_properties = d
            return obj
        if not all(map(contains, exact, map(type, values))):  # C-level check of every value's type
            return model(*checked(fields, values, d))
        obj = model(*values)
        for name, field in dates:  # still strings
            value = getattr(obj, name)
            if value is not None:
                setattr(obj, name, checked((field,), (value,), d)[0])
        return obj

    return decode


_ABSENT = object()  # marks an absent key while checking


def checked(fields: tuple[FieldSpec, ...], values: Any, row: Any) -> list[Any]:
    """``coerce`` per field (absent keys left as ``_ABSENT``); the WrongType carries ``row``."""
    try:
        return [v if v is _ABSENT else coerce(f, v) for f, v in zip(fields, values, strict=True)]
    except WrongType as exc:
        exc.row = row
        raise


def model_defaults(model: type[Any], fields: tuple[FieldSpec, ...]) -> list[Any]:
    """The value an absent key gets: the generated model's default for that field (None for a field
    without a plain default; the strict mode reports a missing required field)."""
    by_name = {
        a.name: None if a.default is attrs.NOTHING or isinstance(a.default, attrs.Factory) else a.default  # type: ignore[arg-type]
        for a in attrs.fields(model)
    }
    return [by_name[f.attr_name] for f in fields]


def nested_decoder(model: type[Any], fields: tuple[FieldSpec, ...]) -> Callable[[dict[str, Any]], Any]:
    """``model.from_dict`` after checking (and coercing) the object's own scalar fields; WrongType for a
    scalar of the wrong type, WrongShape when ``from_dict`` fails on a nested part."""
    scalars = tuple(f for f in fields if f.kind in SCALAR_KINDS and f.kind not in ("date-time", "date"))
    dates = tuple(f for f in fields if f.kind in ("date-time", "date"))  # from_dict parses these itself
    from_dict = model.from_dict

    def decode(d: dict[str, Any]) -> Any:
        present = [f for f in scalars if f.wire_name in d]
        for f, value in zip(
            present, checked(tuple(present), [d[f.wire_name] for f in present], d), strict=True
        ):
            d[f.wire_name] = value
        checked(dates, [d.get(f.wire_name, _ABSENT) for f in dates], d)
        try:
            return from_dict(d)
        except (TypeError, AttributeError, KeyError, ValueError) as exc:
            raise WrongShape(
                f"does not match the {model.__name__} schema ({type(exc).__name__}: {exc})"
            ) from None

    return decode


def row_schema_of(model: type[Any], fields: tuple[FieldSpec, ...]) -> RowSchema:
    """RowSchema of one model: fast decoder for a flat model, checked ``from_dict`` for a nested one."""
    flat = all(f.kind in SCALAR_KINDS for f in fields)
    decode = fast_decoder(model, fields) if flat else nested_decoder(model, fields)
    return RowSchema(model, fields, decode, flat)

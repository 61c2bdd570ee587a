"""Turn whatever the facade returns (attrs models, dicts, strings) into flat records for the writers."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from pathlib import PurePath
from typing import Any

import attrs
import orjson

from immport._records import Record as Record
from immport._records import as_record


def to_record(row: object) -> Record:
    """One row as a dict keyed by the API's (wire) field names; a bare value as ``{"value": ...}``."""
    record = as_record(row)
    return {"value": row} if record is None else record


def jsonable(value: object) -> Any:
    """``json.dumps`` default: dates as ISO 8601, models as records, sets as lists."""
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, PurePath):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if hasattr(value, "to_dict") or attrs.has(type(value)):
        return to_record(value)
    return str(value)


def dumps(value: object) -> str:
    """Compact JSON text (orjson: several times faster than json on large result sets)."""
    return orjson.dumps(value, default=jsonable, option=orjson.OPT_NON_STR_KEYS).decode()


def cell(value: object, *, human: bool = False) -> str:
    """One value as text for TSV/CSV/table cells: empty for null, JSON for nested values.

    ``human`` (tables): a list of plain values reads as ``a, b`` instead of JSON.
    """
    if value is None:
        return ""
    if human and isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(map(str, value))
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return cell(value.value)
    if isinstance(value, list | tuple | dict | set | frozenset) or hasattr(value, "to_dict"):
        return dumps(value)
    return str(value)

"""Strict mode's fast path: a complete msgspec decoder for an operation whose strict JSON Schema msgspec
can decide on its own (or more strictly), so that a body it takes has no violation the check could report.

Decided from the compiled contract: the body is an array of records; a record is an object with every
property required and no other allowed; each property asserts a JSON type (plus ``null`` where the spec
says nullable) and at most a string enum, nothing else (no ``format``, pattern, length, ``items``...); the
properties are exactly the row model's fields, and each field's kind maps onto its JSON type. The decoder
then requires every field, forbids unknown ones and types each field as ``T``, ``Literal[...]`` and
``| None`` only where nullable. msgspec is never more lenient than the check: it takes ``1`` for a number
as the check does, and refuses ``1.0`` for an integer (which the check takes), an invalid date-time or a
wrapper object; such bodies go through the full check.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Any, Literal

from immport._operation import FieldSpec
from immport.contract._strict_schema import contract_for

__all__ = ["exact_decoder"]

_RECORD_KEYS = frozenset({"type", "properties", "required", "additionalProperties"})
_FIELD_KEYS = frozenset({"type", "enum"})
_KINDS = {  # JSON Schema type -> the row field kinds whose msgspec type takes no more than it
    "string": frozenset({"string", "date-time", "date"}),
    "integer": frozenset({"integer"}),
    "number": frozenset({"number"}),
    "boolean": frozenset({"boolean"}),
    "array": frozenset({"array"}),  # only with no ``items`` schema: msgspec takes list[Any]
}


@cache
def exact_decoder(operation_id: str) -> Callable[[bytes | str], list[Any]] | None:
    """The complete decoder of an operation's JSON body (row models), None when it gets no fast path."""
    from immport._generated.rows import ROW_FIELDS
    from immport._parse import rows_decoder
    from immport.operations import OPERATIONS

    operation = OPERATIONS.get(operation_id)
    schema = contract_for(operation_id).schema
    if operation is None or not operation.returns_list or operation.model_ref is None or schema is None:
        return None
    if set(schema) != {"type", "items"} or schema["type"] != "array":
        return None
    types = field_types(schema["items"], ROW_FIELDS.get(operation.model_ref, ()))
    return rows_decoder(operation.model_ref, types) if types is not None else None


def field_types(record: Mapping[str, Any], fields: Sequence[FieldSpec]) -> tuple[Any, ...] | None:
    """One msgspec type per row field for a record schema it decides exactly; None when it cannot."""
    properties: Mapping[str, Any] = record.get("properties") or {}
    if (
        not set(record) <= _RECORD_KEYS
        or record.get("type") != "object"
        or record.get("additionalProperties") is not False
        or set(record.get("required") or ()) != set(properties)
        or sorted(f.wire_name for f in fields) != sorted(properties)
    ):
        return None
    types = [_field_type(properties[f.wire_name], f.kind) for f in fields]
    return None if any(t is None for t in types) else tuple(types)


def _field_type(prop: Mapping[str, Any], kind: str) -> Any:
    from immport._parse import STRUCT_TYPES

    declared = prop.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or ())
    base = [t for t in types if t != "null"]
    if not set(prop) <= _FIELD_KEYS or len(base) != 1 or kind not in _KINDS.get(base[0], ()):
        return None
    annotation: Any = STRUCT_TYPES[kind]
    if "enum" in prop:
        values = tuple(v for v in prop["enum"] if v is not None)
        if kind != "string" or not values or not all(isinstance(v, str) for v in values):
            return None
        annotation = Literal.__getitem__(values)  # Literal["a", "b"]
    return annotation | None if "null" in types else annotation

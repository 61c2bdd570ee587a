"""One operation's strict contract, compiled once: JSON Schema validators for the body and for rows, and
the TSV columns (taken from the facade's row schema, so TSV bodies described without a JSON schema work).

The OpenAPI 3.0 schema is translated into JSON Schema 2020-12 (``nullable`` -> a ``null`` type, ``allOf``
merged, ``$ref`` inlined, ``additionalProperties: false`` unless declared) and compiled with jsonschema-rs.
ImmPort sends every field of a record, with explicit ``null`` (immport-api-facts §3), so every property of
a *record* (the response object, or each item of a response array) is required; nested objects (the search
envelope) only need the properties their schema lists as ``required``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

import attrs

from immport import spec as spec_copies
from immport.contract._resolve import HTTP_METHODS, Resolver
from immport.errors import InvalidRequestError

try:
    import jsonschema_rs
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ModuleNotFoundError(
        "strict response validation needs jsonschema-rs: pip install 'immport[contract]'", name=exc.name
    ) from exc

__all__ = ["Column", "Contract", "contract_for"]


@attrs.frozen
class Column:
    """One TSV column: the row model's field kind, and what the spec says of nulls and allowed values."""

    name: str
    kind: str  # FieldSpec kind: "string", "integer", "number", "boolean", "date-time", ...
    nullable: bool
    enum: frozenset[str] | None


@attrs.frozen
class Contract:
    operation_id: str
    document: Any  # compiled validator of the whole body; None when the spec declares no JSON body
    rows: Any  # compiled validator of a list of records (streamed rows); None unless the body is an array
    columns: tuple[Column, ...] | None  # TSV columns of one record, None when rows are not flat records
    schema: Mapping[str, Any] | None = None  # the JSON Schema ``document`` was compiled from


@cache
def _corrected() -> Resolver:
    return Resolver(spec_copies.load_spec("corrected"))  # a private copy, never mutated


@cache
def contract_for(operation_id: str) -> Contract:
    resolver = _corrected()
    operation = _find_operation(resolver.document, operation_id)
    response, _ = resolver.deref((operation.get("responses") or {}).get("200", {}))
    media = (response.get("content") or {}).get("application/json")
    schema = media.get("schema") if media else None
    if schema is None:
        return Contract(operation_id, None, None, _columns(operation_id, {}))
    root, _ = resolver.flatten(schema)
    is_array = type_of(root) == "array"
    record, _ = resolver.flatten(root.get("items", {})) if is_array else (root, frozenset())
    body = strict_schema(resolver, schema, record_level=True)
    document = jsonschema_rs.validator_for(body)
    rows = None
    if is_array:
        rows = jsonschema_rs.validator_for(
            {"type": "array", "items": strict_schema(resolver, root.get("items", {}), record_level=True)}
        )
    properties = {name: resolver.flatten(prop)[0] for name, prop in (record.get("properties") or {}).items()}
    return Contract(operation_id, document, rows, _columns(operation_id, properties), body)


def _columns(operation_id: str, properties: Mapping[str, Mapping[str, Any]]) -> tuple[Column, ...] | None:
    """The row model's fields (what the facade decodes TSV into), with the spec's nullability and enums."""
    from immport._generated.rows import ROW_FIELDS
    from immport.operations import OPERATIONS

    operation = OPERATIONS.get(operation_id)
    fields = ROW_FIELDS.get(operation.model_ref or "") if operation is not None else None
    if not fields:
        return None
    columns = []
    for field in fields:
        prop = properties.get(field.wire_name, {})
        enum = prop.get("enum")
        columns.append(
            Column(
                field.wire_name,
                field.kind,
                bool(prop.get("nullable", True)),  # a column the JSON schema does not describe: nulls allowed
                frozenset(str(v) for v in enum if v is not None) if enum else None,
            )
        )
    return tuple(columns)


def _find_operation(spec: Mapping[str, Any], operation_id: str) -> Mapping[str, Any]:
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping) and item[method].get("operationId") == operation_id:
                found: Mapping[str, Any] = item[method]
                return found
    raise InvalidRequestError(f"unknown operation {operation_id!r}: not in the ImmPort spec")


def strict_schema(
    resolver: Resolver, schema: Any, *, record_level: bool, seen: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """OpenAPI 3.0 schema -> JSON Schema 2020-12 that rejects unknown properties and missing record fields."""
    flat, refs = resolver.flatten(schema)
    if refs & seen:
        return {}  # recursive schema: accept anything below the cycle
    seen = seen | refs
    out: dict[str, Any] = {}
    kind = type_of(flat)
    nullable = bool(flat.get("nullable"))
    if kind is not None:
        out["type"] = [kind, "null"] if nullable else kind
    if "enum" in flat:
        out["enum"] = [*flat["enum"], *([None] if nullable else [])]
    properties: Mapping[str, Any] = flat.get("properties") or {}
    if properties:
        out["properties"] = {
            name: strict_schema(resolver, prop, record_level=False, seen=seen)
            for name, prop in properties.items()
        }
        out["required"] = sorted(properties) if record_level else list(flat.get("required") or ())
    extra = flat.get("additionalProperties")
    if isinstance(extra, Mapping):
        out["additionalProperties"] = strict_schema(resolver, extra, record_level=False, seen=seen)
    elif isinstance(extra, bool):
        out["additionalProperties"] = extra
    elif kind == "object" and properties:
        out["additionalProperties"] = False
    if kind == "array" and "items" in flat:
        out["items"] = strict_schema(resolver, flat["items"], record_level=record_level, seen=seen)
    return out


def type_of(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    return "object" if "properties" in schema else "array" if "items" in schema else None

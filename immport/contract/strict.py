"""Strict mode: validate a response body against the corrected spec's 200 ``application/json`` schema.

Checked: unknown fields (properties the spec does not declare), missing fields, type mismatches, enum
values; for TSV: unknown/missing columns, ragged rows and cells that do not parse as their column's type.

Design choices (see README.md):
- Every row is validated, not a sample. The OpenAPI 3.0 schema is translated once per operation into a
  JSON Schema that ``jsonschema-rs`` compiles (cached); a valid body costs one ``is_valid`` pass, about
  5 µs per 42-column row, and only an invalid one is walked again for its errors. The body is parsed with
  orjson (a second parse: the core hands over bytes). TSV cells are checked with compiled regular
  expressions, numeric and boolean columns only.
- ImmPort sends every field of a record, with explicit ``null`` (immport-api-facts §3), so every property of
  a *record* (the response object, or each item of a response array) is expected. Nested objects (the search
  envelope) only need the properties their schema lists as ``required``.
- At most ``MAX_VIOLATIONS`` violations are reported per body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import attrs
import orjson

from immport import _spec
from immport.contract._resolve import HTTP_METHODS, Resolver, escape
from immport.errors import ContractViolation, InvalidRequestError

try:
    import jsonschema_rs
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ModuleNotFoundError(
        "strict response validation needs jsonschema-rs: pip install 'immport[contract]'", name=exc.name
    ) from exc

__all__ = ["MAX_VIOLATIONS", "validate_json", "validate_tsv"]

MAX_VIOLATIONS = 100
_SEEN_LENGTH = 80
_CELL_PATTERNS = {
    "integer": re.compile(r"[+-]?\d+"),
    "number": re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"),
    "boolean": re.compile(r"(?i:true|false)"),
}


@attrs.frozen
class _Column:
    type: str | None  # "string", "number", "integer", "boolean", ... (None: anything)
    nullable: bool


@attrs.frozen
class _Contract:
    operation_id: str
    validator: Any  # a compiled jsonschema-rs validator, None when the spec declares no JSON body
    columns: Mapping[str, _Column] | None  # TSV columns of one record, None when records are not objects


def validate_json(operation_id: str, content: bytes) -> list[ContractViolation]:
    """Violations of the spec in a JSON body (empty when it conforms)."""
    contract = _contract(operation_id)
    try:
        document = orjson.loads(content)
    except ValueError:
        return [
            _violation(
                operation_id, "body is not JSON", "", "a JSON document", _brief(content[:_SEEN_LENGTH])
            )
        ]
    if contract.validator is None or contract.validator.is_valid(document):
        return []
    violations: list[ContractViolation] = []
    for error in contract.validator.iter_errors(document):
        violations.extend(_from_error(operation_id, error))
        if len(violations) >= MAX_VIOLATIONS:
            break
    return violations[:MAX_VIOLATIONS]


def validate_tsv(operation_id: str, text: str) -> list[ContractViolation]:
    """Violations of the spec in a ``format=tsv`` body: header row of field names, one record per line."""
    contract = _contract(operation_id)
    columns = contract.columns
    if columns is None:
        return []
    # ImmPort's TSV has no quoting (like immport.tsv): a line is a record, a tab separates cells
    rows = (line.rstrip("\r").split("\t") for line in text.split("\n"))
    header = next(rows, None)
    if not header or header == [""]:
        return [_violation(operation_id, "TSV body has no header row", "", "a header row", "empty body")]
    violations = list(_header_violations(operation_id, header, columns))
    checks = [
        (index, name, _CELL_PATTERNS[column.type], column)
        for index, name in enumerate(header)
        if (column := columns.get(name)) is not None and column.type in _CELL_PATTERNS
    ]
    for number, row in enumerate(rows):
        if len(violations) >= MAX_VIOLATIONS:
            break
        if len(row) != len(header):
            if row != [""]:  # a blank (trailing) line is fine
                violations.append(
                    _violation(operation_id, "row length differs from the header", f"/{number}",
                               f"{len(header)} cells", f"{len(row)} cells")
                )  # fmt: skip
            continue
        for index, name, pattern, column in checks:
            cell = row[index]
            if cell == "" and column.nullable:
                continue
            if not pattern.fullmatch(cell):
                violations.append(
                    _violation(operation_id, "type mismatch", f"/{number}/{escape(name)}",
                               _type_text(column), f"string {_brief(cell)}")
                )  # fmt: skip
    return violations[:MAX_VIOLATIONS]


# ---- compiling one operation's contract -----------------------------------------------------------------
@cache
def _corrected() -> Resolver:
    return Resolver(_spec.load_spec("corrected"))  # a private copy, never mutated


@cache
def _contract(operation_id: str) -> _Contract:
    resolver = _corrected()
    spec = resolver.document
    operation = _find_operation(spec, operation_id)
    response, _ = resolver.deref((operation.get("responses") or {}).get("200", {}))
    media = (response.get("content") or {}).get("application/json")
    if media is None or "schema" not in media:
        return _Contract(operation_id, None, None)
    root, _ = resolver.flatten(media["schema"])
    record, _ = resolver.flatten(root.get("items", {})) if _type_of(root) == "array" else (root, frozenset())
    strict = _strict(resolver, media["schema"], record_level=True, seen=frozenset())
    columns = None
    if record.get("properties"):
        columns = {
            name: _Column(_type_of(flat), bool(flat.get("nullable")))
            for name, prop in record["properties"].items()
            for flat in [resolver.flatten(prop)[0]]
        }
    return _Contract(operation_id, jsonschema_rs.validator_for(strict), columns)


def _find_operation(spec: Mapping[str, Any], operation_id: str) -> Mapping[str, Any]:
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping) and item[method].get("operationId") == operation_id:
                found: Mapping[str, Any] = item[method]
                return found
    raise InvalidRequestError(f"unknown operation {operation_id!r}: not in the ImmPort spec")


def _strict(resolver: Resolver, schema: Any, *, record_level: bool, seen: frozenset[str]) -> dict[str, Any]:
    """OpenAPI 3.0 schema -> JSON Schema 2020-12 that rejects unknown properties and missing record fields."""
    flat, refs = resolver.flatten(schema)
    if refs & seen:
        return {}  # recursive schema: accept anything below the cycle
    seen = seen | refs
    out: dict[str, Any] = {}
    kind = _type_of(flat)
    nullable = bool(flat.get("nullable"))
    if kind is not None:
        out["type"] = [kind, "null"] if nullable else kind
    if "enum" in flat:
        out["enum"] = [*flat["enum"], *([None] if nullable else [])]
    properties: Mapping[str, Any] = flat.get("properties") or {}
    if properties:
        out["properties"] = {
            name: _strict(resolver, prop, record_level=False, seen=seen) for name, prop in properties.items()
        }
        out["required"] = sorted(properties) if record_level else list(flat.get("required") or ())
    extra = flat.get("additionalProperties")
    if isinstance(extra, Mapping):
        out["additionalProperties"] = _strict(resolver, extra, record_level=False, seen=seen)
    elif isinstance(extra, bool):
        out["additionalProperties"] = extra
    elif kind == "object" and properties:
        out["additionalProperties"] = False
    if kind == "array" and "items" in flat:
        out["items"] = _strict(resolver, flat["items"], record_level=record_level, seen=seen)
    return out


def _type_of(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    return "object" if "properties" in schema else "array" if "items" in schema else None


# ---- reporting ---------------------------------------------------------------------------------------
def _from_error(operation_id: str, error: Any) -> Iterator[ContractViolation]:
    pointer = "".join(f"/{escape(str(part))}" for part in error.instance_path)
    details = error.kind.as_dict()
    name = type(error.kind).__name__
    if name == "AdditionalProperties":
        for field in details.get("unexpected", ()):
            seen = _brief(error.instance.get(field)) if isinstance(error.instance, dict) else "present"
            yield _violation(
                operation_id, "unknown field", f"{pointer}/{escape(str(field))}", "no such field", seen
            )
    elif name == "Required":
        field = str(details.get("property"))
        yield _violation(
            operation_id, "missing field", f"{pointer}/{escape(field)}", f"field {field}", "missing"
        )
    elif name == "Type":
        types = [str(t) for t in details.get("types") or [details.get("type")]]
        expected = " or ".join(sorted(types, key=lambda t: (t == "null", t)))  # "number or null"
        yield _violation(operation_id, "type mismatch", pointer, expected, _describe(error.instance))
    elif name == "Enum":
        yield _violation(operation_id, "value not in enum", pointer, f"one of {details.get('options')}",
                         _describe(error.instance))  # fmt: skip
    else:
        yield _violation(operation_id, error.message, pointer, name, _describe(error.instance))


def _header_violations(
    operation_id: str, header: list[str], columns: Mapping[str, _Column]
) -> Iterator[ContractViolation]:
    present = set(header)
    for name in header:
        if name not in columns:
            yield _violation(
                operation_id, "unknown column", f"/header/{escape(name)}", "no such column", "present"
            )
    for name in columns:
        if name not in present:
            yield _violation(
                operation_id, "missing column", f"/header/{escape(name)}", f"column {name}", "missing"
            )


def _violation(operation_id: str, problem: str, pointer: str, expected: str, seen: str) -> ContractViolation:
    return ContractViolation(
        f"{operation_id}: {problem} at {pointer or '/'} (expected {expected}, got {seen})",
        operation=operation_id,
        pointer=pointer,
        expected=expected,
        seen=seen,
    )


def _type_text(column: _Column) -> str:
    return f"{column.type} or empty (null)" if column.nullable else str(column.type)


def _describe(value: Any) -> str:
    kind = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return f"{kind.get(type(value), 'null' if value is None else type(value).__name__)} {_brief(value)}"


def _brief(value: Any) -> str:
    text = repr(value) if isinstance(value, str | bytes) else json.dumps(value, default=str)
    return text if len(text) <= _SEEN_LENGTH else text[: _SEEN_LENGTH - 1] + "…"

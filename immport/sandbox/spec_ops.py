"""The 86 Shared Data operations as read from the corrected spec, and strict request validation against it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import attrs

from immport.sandbox.replies import SandboxHTTPError
from immport.spec import load_spec

__all__ = ["OpSpec", "ParamSpec", "operations", "schema_properties", "validate_query"]


@attrs.frozen
class ParamSpec:
    name: str
    location: str  # "path" | "query"
    required: bool
    type: str  # string | number | integer | array
    item_type: str | None
    enum: tuple[str, ...] | None
    minimum: float | None
    max_length: int | None
    default: Any
    multi: bool  # an array, or a string documented as "multiple values comma separated"


@attrs.frozen
class OpSpec:
    operation_id: str
    path: str  # relative to the query base, e.g. "/result/elisa"
    params: tuple[ParamSpec, ...]
    requires_auth: bool
    tsv_columns: str | None  # x-immport-tsv-columns of the TSV body ("row-schema" ...); None: no TSV
    returns_list: bool
    row_schema: str | None  # component schema of a row/object, None for plain strings

    def param(self, name: str) -> ParamSpec | None:
        return next((p for p in self.params if p.name == name), None)


def _schema_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref")
    return str(ref).rsplit("/", 1)[-1] if ref else None


def _tsv_columns(content: Mapping[str, Any]) -> str | None:
    """How the spec defines a TSV answer's columns, None when the operation declares no TSV body."""
    media = content.get("text/tab-separated-values")
    if media is None:
        return None
    return str(media.get("schema", {}).get("x-immport-tsv-columns", "row-schema"))


def _param(raw: Mapping[str, Any]) -> ParamSpec:
    schema = raw.get("schema", {})
    enum = schema.get("enum")
    text = str(raw.get("description", "")).lower()
    documented_multi = any(marker in text for marker in ("multiple values", "one or more", "comma"))
    return ParamSpec(
        name=raw["name"],
        location=raw["in"],
        required=bool(raw.get("required", False)),
        type=schema.get("type", "string"),
        item_type=(schema.get("items") or {}).get("type"),
        enum=tuple(enum) if enum else None,
        minimum=schema.get("minimum"),
        max_length=schema.get("maxLength"),
        default=schema.get("default"),
        multi=schema.get("type") == "array" or documented_multi,
    )


@cache
def operations() -> tuple[OpSpec, ...]:
    """Every operation of the corrected spec, in spec order."""
    spec = load_spec("corrected")
    ops = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method != "get":
                raise ValueError(f"unexpected {method.upper()} {path} in the Shared Data spec")
            content = op["responses"]["200"]["content"]
            schema = content["application/json"]["schema"]
            ops.append(
                OpSpec(
                    operation_id=op["operationId"],
                    path=path,
                    params=tuple(_param(p) for p in op.get("parameters", [])),
                    requires_auth=bool(op.get("security")),
                    tsv_columns=_tsv_columns(content),
                    returns_list=schema.get("type") == "array",
                    row_schema=_schema_name(schema),
                )
            )
    return tuple(ops)


@cache
def schema_properties(name: str) -> tuple[tuple[str, str], ...]:
    """(property, type) pairs of a component schema in spec order; refs/allOf count as "object"."""
    props = load_spec("corrected")["components"]["schemas"][name].get("properties", {})
    return tuple((key, value.get("type", "object")) for key, value in props.items())


def _coerce(param: ParamSpec, value: str, kind: str) -> Any:
    if kind == "integer":
        try:
            number: Any = int(value)
        except ValueError:
            raise SandboxHTTPError(
                400, f"parameter '{param.name}' must be an integer, got '{value}'"
            ) from None
    elif kind == "number":
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise SandboxHTTPError(400, f"parameter '{param.name}' must be a number, got '{value}'")
    else:
        number = value
    if param.minimum is not None and number < param.minimum:
        raise SandboxHTTPError(400, f"parameter '{param.name}' must be >= {param.minimum:g}")
    if param.enum is not None and value not in param.enum:
        raise SandboxHTTPError(400, f"parameter '{param.name}' must be one of {', '.join(param.enum)}")
    return number


def validate_query(
    op: OpSpec, items: Sequence[tuple[str, str]], path_params: Mapping[str, str]
) -> dict[str, Any]:
    """Typed arguments, or 400: unknown names, repeated scalars, bad numbers/enums, over-long path values.

    Array parameters come back as lists with comma-separated values split (facts §3: both spellings work).
    """
    args: dict[str, Any] = {}
    for name, value in path_params.items():
        param = op.param(name)
        if param is None:  # pragma: no cover - routes are built from the same spec
            raise SandboxHTTPError(400, f"unknown path parameter '{name}'")
        if param.max_length is not None and len(value) > param.max_length:
            raise SandboxHTTPError(
                400, f"path parameter '{name}' is longer than {param.max_length} characters"
            )
        args[name] = value
    seen: set[str] = set()
    for name, value in items:
        param = op.param(name)
        if param is None or param.location != "query":
            raise SandboxHTTPError(400, f"unknown parameter '{name}'")
        if param.multi:
            values = [v.strip() for v in value.split(",") if v.strip()]
            kind = param.item_type or "string" if param.type == "array" else param.type
            args.setdefault(name, []).extend(_coerce(param, v, kind) for v in values)
            continue
        if name in seen:
            raise SandboxHTTPError(400, f"parameter '{name}' must not be repeated")
        seen.add(name)
        args[name] = _coerce(param, value, param.type)
    for param in op.params:
        if param.location == "query" and param.name not in args and param.default is not None:
            args[param.name] = param.default
        if param.required and param.name not in args:
            raise SandboxHTTPError(400, f"missing required parameter '{param.name}'")
    return args

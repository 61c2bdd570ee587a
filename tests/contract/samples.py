"""Valid sample bodies for an operation, built from the corrected spec (every declared field present)."""

from __future__ import annotations

from typing import Any

from immport.contract._resolve import HTTP_METHODS, Resolver
from immport.spec import load_spec

SPEC = load_spec("corrected")
RESOLVER = Resolver(SPEC)
_VALUES = {"string": "SDY1", "integer": 7, "number": 1.5, "boolean": True}


def operation_ids() -> list[str]:
    return sorted(
        item[m]["operationId"] for item in SPEC["paths"].values() for m in HTTP_METHODS if m in item
    )


def body_schema(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for method in HTTP_METHODS:
            if method in item and item[method]["operationId"] == operation_id:
                schema: dict[str, Any] = item[method]["responses"]["200"]["content"]["application/json"][
                    "schema"
                ]
                return schema
    raise KeyError(operation_id)


def sample(schema: Any, depth: int = 0) -> Any:
    flat, _ = RESOLVER.flatten(schema)
    kind = flat.get("type") or (
        "object" if "properties" in flat else "array" if "items" in flat else "string"
    )
    if "enum" in flat:
        return flat["enum"][0]
    if kind == "object":
        return {name: sample(prop, depth + 1) for name, prop in (flat.get("properties") or {}).items()}
    if kind == "array":
        return [sample(flat.get("items", {}), depth + 1) for _ in range(2 if depth == 0 else 1)]
    return _VALUES[kind]


def record_columns(operation_id: str) -> dict[str, str]:
    """Column name -> type of one record of an array-of-records operation."""
    flat, _ = RESOLVER.flatten(body_schema(operation_id))
    item, _ = RESOLVER.flatten(flat["items"])
    return {
        name: RESOLVER.flatten(prop)[0].get("type", "string") for name, prop in item["properties"].items()
    }


def tsv(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join("\t".join(cells) for cells in [header, *rows]) + "\n"


def tsv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)

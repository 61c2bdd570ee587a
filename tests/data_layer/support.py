"""Shared helpers for the data-layer tests: spec access and random rows shaped by the spec."""

from __future__ import annotations

import json
import random
import string
from functools import cache
from typing import Any

from immport.operations import Operation
from immport.spec import load_spec


@cache
def spec() -> dict[str, Any]:
    return load_spec("corrected")


def spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object), straight from the spec."""
    out = {}
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method in ("get", "post", "put", "patch", "delete"):
                out[op["operationId"]] = (method.upper(), path, op)
    return out


def row_schema_props(op: Operation) -> dict[str, dict[str, Any]]:
    _method, _path, raw = spec_operations()[op.operation_id]
    schema = raw["responses"]["200"]["content"]["application/json"]["schema"]
    ref = schema.get("items", schema)["$ref"].rsplit("/", 1)[1]
    props: dict[str, dict[str, Any]] = spec()["components"]["schemas"][ref]["properties"]
    return props


def random_value(rng: random.Random, prop: dict[str, Any]) -> Any:
    """A value of the property's type, or null; strings vary in length and characters."""
    if rng.random() < 0.25:
        return None
    kind = prop.get("type")
    if kind == "integer":
        return rng.randint(-(10**9), 10**12)
    if kind == "number":
        return rng.choice([rng.uniform(-1e6, 1e6), float(rng.randint(0, 100)), 0.5])
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "array":
        return [random_text(rng) for _ in range(rng.randint(0, 3))]
    if prop.get("format") == "date-time":
        return rng.choice(["2021-03-04T05:06:07", "2020-01-01T00:00:00+00:00", "2019-12-31T23:59:59.123Z"])
    return random_text(rng)


def random_text(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + " -_.,:/'\"éµ"
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))


def random_rows(op: Operation, count: int, seed: int = 0, *, extras: bool = True) -> list[dict[str, Any]]:
    """JSON rows for ``op``: random values, nulls, some keys absent, some unknown keys."""
    rng = random.Random(seed)
    props = row_schema_props(op)
    rows = []
    for _ in range(count):
        row = {k: random_value(rng, p) for k, p in props.items() if rng.random() > 0.1}
        if extras and rng.random() < 0.3:
            row[f"newField{rng.randint(0, 9)}"] = random_value(rng, {"type": "string"})
        rows.append(row)
    return rows


def dumps(rows: Any) -> bytes:
    return json.dumps(rows).encode()

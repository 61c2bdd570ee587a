"""Spec-driven helpers for the generated-client tests: operations, wire arguments and sample bodies."""

from __future__ import annotations

import importlib
import inspect
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from immport.spec import load_spec

SPEC = load_spec("corrected")


def snake(name: str) -> str:
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def tag_package(tag: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", tag.lower()).strip("_")


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    tag: str
    parameters: list[dict[str, Any]]
    responses: dict[str, Any]

    @property
    def module(self) -> ModuleType:
        return importlib.import_module(
            f"immport_api_client.api.{tag_package(self.tag)}.{snake(self.operation_id)}"
        )


def operations() -> Iterator[SpecOperation]:
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            yield SpecOperation(
                op["operationId"],
                method.upper(),
                path,
                op["tags"][0],
                op.get("parameters", []),
                op["responses"],
            )


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema or ("allOf" in schema and len(schema["allOf"]) == 1):
        if "$ref" in schema:
            schema = SPEC["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
        else:
            schema = schema["allOf"][0]
    return schema


def python_names(func: Any) -> dict[str, str]:
    """Normalised wire name -> python parameter name of a generated function."""
    return {name.replace("_", "").lower(): name for name in inspect.signature(func).parameters}


def argument_for(param: dict[str, Any]) -> tuple[Any, list[str]]:
    """A python argument for `param` and how it must appear on the wire (one entry per repeated key)."""
    schema = param["schema"]
    if param["in"] == "path":
        value = {"fileUUID": "81944983-0aaf-4b55-a1ef-e2681c8b258b", "accessMethod": "s3"}.get(
            param["name"], "SDY269"
        )
        return value, [value]
    if "enum" in schema:
        enum_value = schema["enum"][-1]
        return enum_value, [enum_value]
    kind = schema.get("type")
    if kind == "array":
        return ["A1", "B2"], ["A1", "B2"]
    if kind == "integer":
        return 7, ["7"]
    if kind == "number":
        return 2.5, ["2.5"]
    return "value-" + param["name"], ["value-" + param["name"]]


def sample(schema: dict[str, Any], rng: random.Random, *, null_rate: float = 0.3) -> Any:
    """A JSON value shaped like `schema`; nullable fields are null at `null_rate`."""
    nullable = schema.get("nullable", False)
    schema = resolve(schema)
    if nullable and rng.random() < null_rate:
        return None
    kind = schema.get("type")
    if kind == "array":
        return [sample(schema["items"], rng, null_rate=null_rate) for _ in range(2)]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        if not props:
            return {"k": "v"}
        return {name: sample(sub, rng, null_rate=null_rate) for name, sub in props.items()}
    if "enum" in schema:
        return rng.choice(schema["enum"])
    if kind == "integer":
        return rng.randint(0, 10_000)
    if kind == "number":
        return round(rng.uniform(-5, 500), 2)
    if kind == "boolean":
        return rng.random() < 0.5
    if schema.get("format") == "date-time":
        return "2024-05-17T10:20:30+00:00"
    return rng.choice(["SDY2", "VZVQual", "Y", "-1: neg 1: pos", "ARM235", "Homo sapiens"])

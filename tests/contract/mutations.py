"""Spec mutations for the contract tests: each kind of change applied to a copy of a vendored spec.

A mutation kind names its candidate targets (operations, parameters, properties) in the base spec, how to
change one, and the exact set of change kinds the diff must report for it. Targets are drawn with a seeded
``random.Random``, so runs are reproducible.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from immport.contract._resolve import HTTP_METHODS, escape

Spec = dict[str, Any]
SEED = 20261128
INSTANCES = 4  # per mutation kind


@dataclass(frozen=True)
class Target:
    path: str
    method: str
    param: str = ""
    schema: str = ""  # a component schema that only this operation returns
    prop: str = ""

    @property
    def op_pointer(self) -> str:
        return f"/paths/{escape(self.path)}/{self.method}"


@dataclass(frozen=True)
class Kind:
    name: str
    expected: frozenset[str]  # change kinds the diff must report, and nothing else
    breaking: bool
    targets: Callable[[Spec], list[Target]]
    mutate: Callable[[Spec, Target], None]  # applied in place to the "new" copy
    # a fragment every reported change's pointer must contain (or several: one of them)
    pointer: Callable[[Target], str | tuple[str, ...]]
    prepare: Callable[[Spec, Target], None] | None = None  # applied to both copies first


@dataclass(frozen=True)
class Mutation:
    kind: Kind
    target: Target

    def documents(self, base: Spec) -> tuple[Spec, Spec]:
        old = _copy(base)
        if self.kind.prepare:
            self.kind.prepare(old, self.target)
        new = _copy(old)
        self.kind.mutate(new, self.target)
        return old, new

    @property
    def id(self) -> str:
        t = self.target
        return f"{self.kind.name}:{t.method.upper()} {t.path} {t.param or t.prop}".strip()


def _copy(spec: Spec) -> Spec:
    copied: Spec = json.loads(json.dumps(spec))  # several times faster than copy.deepcopy for JSON
    return copied


# ---- navigating the spec ----------------------------------------------------------------------
def operations(spec: Spec) -> list[Target]:
    return [
        Target(path, m) for path, item in sorted(spec["paths"].items()) for m in HTTP_METHODS if m in item
    ]


def op(spec: Spec, t: Target) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"][t.path][t.method]
    return result


def param(spec: Spec, t: Target) -> dict[str, Any]:
    return next(p for p in op(spec, t)["parameters"] if p["name"] == t.param)


def prop(spec: Spec, t: Target) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"][t.schema]["properties"][t.prop]
    return result


def query_params(spec: Spec, where: Callable[[dict[str, Any]], bool] = lambda p: True) -> list[Target]:
    return [
        Target(t.path, t.method, param=p["name"])
        for t in operations(spec)
        for p in op(spec, t).get("parameters", [])
        if p.get("in") == "query" and where(p)
    ]


def array_ops(spec: Spec) -> list[Target]:
    """Operations whose 200 JSON body is an array of a component schema no other operation returns."""
    found: list[Target] = []
    for t in operations(spec):
        schema = op(spec, t)["responses"].get("200", {}).get("content", {}).get("application/json", {})
        ref = schema.get("schema", {}).get("items", {}).get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            found.append(Target(t.path, t.method, schema=ref.rsplit("/", 1)[1]))
    owners: dict[str, int] = {}
    for t in found:
        owners[t.schema] = owners.get(t.schema, 0) + 1
    return [t for t in found if owners[t.schema] == 1]


def properties(types: tuple[str, ...]) -> Callable[[Spec], list[Target]]:
    def targets(spec: Spec) -> list[Target]:
        return [
            Target(t.path, t.method, schema=t.schema, prop=name)
            for t in array_ops(spec)
            for name, value in sorted(spec["components"]["schemas"][t.schema].get("properties", {}).items())
            if value.get("type") in types
        ]

    return targets


def anonymous_ops(spec: Spec) -> list[Target]:
    return [t for t in operations(spec) if not op(spec, t).get("security") and not spec.get("security")]


# ---- mutations --------------------------------------------------------------------------------
def _remove_parameter(spec: Spec, t: Target) -> None:
    op(spec, t)["parameters"] = [p for p in op(spec, t)["parameters"] if p["name"] != t.param]


def _add_parameter(name: str, required: bool) -> Callable[[Spec, Target], None]:
    def mutate(spec: Spec, t: Target) -> None:
        new = {"name": name, "in": "query", "required": required, "schema": {"type": "string"}}
        op(spec, t).setdefault("parameters", []).append(new)

    return mutate


def _map_200_bodies(fn: Callable[[dict[str, Any]], dict[str, Any]]) -> Callable[[Spec, Target], None]:
    def mutate(spec: Spec, t: Target) -> None:  # TSV bodies are strings; the JSON body carries the rows
        media = op(spec, t)["responses"]["200"]["content"]["application/json"]
        media["schema"] = fn(media["schema"])

    return mutate


def _rename_schema(spec: Spec, t: Target) -> None:
    schemas = spec["components"]["schemas"]
    schemas[f"{t.schema}Renamed"] = schemas.pop(t.schema)
    for media in op(spec, t)["responses"]["200"]["content"].values():
        if "items" in media["schema"]:  # the corrected spec's TSV body is a string
            media["schema"]["items"]["$ref"] += "Renamed"


def _add_operation(spec: Spec, t: Target) -> None:
    spec["paths"][t.path] = {"get": {"operationId": "brandNewEndpoint", "responses": {}}}


def _new_paths(spec: Spec) -> list[Target]:
    return [Target(f"/api/new/endpoint{i}", "get") for i in range(INSTANCES)]


def _set_enum(values: list[str]) -> Callable[[Spec, Target], None]:
    return lambda spec, t: prop(spec, t).update(enum=values)


KINDS: tuple[Kind, ...] = (
    # breaking
    Kind("remove-operation", frozenset({"removed-operation"}), True, operations,
         lambda s, t: s["paths"][t.path].pop(t.method), lambda t: t.op_pointer),
    Kind("remove-parameter", frozenset({"removed-parameter"}), True, query_params, _remove_parameter,
         lambda t: f"/parameters/{t.param}"),
    Kind("add-required-parameter", frozenset({"added-required-parameter"}), True, operations,
         _add_parameter("newMandatoryFilter", True),
         lambda t: f"{t.op_pointer}/parameters/newMandatoryFilter"),
    Kind("make-parameter-required", frozenset({"parameter-became-required"}), True,
         lambda s: query_params(s, lambda p: not p.get("required")),
         lambda s, t: param(s, t).update(required=True), lambda t: f"/parameters/{t.param}/required"),
    Kind("move-parameter", frozenset({"changed-parameter-location"}), True, query_params,
         lambda s, t: param(s, t).update({"in": "header"}), lambda t: f"/parameters/{t.param}"),
    Kind("retype-parameter", frozenset({"changed-parameter-type"}), True,
         lambda s: query_params(s, lambda p: p.get("schema", {}).get("type") == "string"),
         lambda s, t: param(s, t).update(schema={"type": "integer"}),
         lambda t: f"/parameters/{t.param}/schema"),
    Kind("retype-array-parameter", frozenset({"changed-parameter-type"}), True,
         lambda s: query_params(s, lambda p: p.get("schema", {}).get("type") == "array"),
         lambda s, t: param(s, t).update(schema={"type": "string"}),
         lambda t: f"/parameters/{t.param}/schema"),
    Kind("remove-property", frozenset({"removed-property"}), True,
         properties(("string", "number", "integer")),
         lambda s, t: s["components"]["schemas"][t.schema]["properties"].pop(t.prop),
         lambda t: f"{t.op_pointer}/responses/200/content/"),
    Kind("retype-property", frozenset({"changed-property-type"}), True, properties(("string",)),
         lambda s, t: prop(s, t).update(type="integer"), lambda t: f"/items/properties/{t.prop}"),
    Kind("array-to-object", frozenset({"changed-array-object"}), True, array_ops,
         _map_200_bodies(lambda schema: schema["items"]), lambda t: f"{t.op_pointer}/responses/200"),
    Kind("object-to-array", frozenset({"changed-array-object"}), True, array_ops,
         _map_200_bodies(lambda schema: {"type": "array", "items": schema}),
         lambda t: f"{t.op_pointer}/responses/200"),
    Kind("rename-operation-id", frozenset({"changed-operation-id"}), True, operations,
         lambda s, t: op(s, t).update(operationId="renamedOperation"),
         lambda t: f"{t.op_pointer}/operationId"),
    Kind("drop-json-media-type", frozenset({"removed-media-type"}), True, array_ops,
         lambda s, t: op(s, t)["responses"]["200"]["content"].pop("application/json"),
         lambda t: "/content/application~1json"),
    Kind("change-format", frozenset({"changed-format"}), True, properties(("string",)),
         lambda s, t: prop(s, t).update(format="date-time"), lambda t: f"/properties/{t.prop}/format"),
    Kind("require-auth", frozenset({"added-security-requirement"}), True, anonymous_ops,
         lambda s, t: op(s, t).update(security=[{"immport-security": []}]),
         lambda t: f"{t.op_pointer}/security"),
    Kind("remove-enum-value", frozenset({"removed-enum-value"}), True, properties(("string",)),
         _set_enum(["alpha", "beta"]), lambda t: f"/properties/{t.prop}/enum",
         prepare=_set_enum(["alpha", "beta", "gamma"])),
    Kind("rename-schema", frozenset({"removed-schema", "added-schema", "changed-schema-ref"}), True,
         array_ops, _rename_schema,
         lambda t: (f"/components/schemas/{t.schema}", f"{t.op_pointer}/responses/200/")),
    Kind("add-response-enum-value", frozenset({"added-response-enum-value"}), True, properties(("string",)),
         _set_enum(["alpha", "beta", "gamma"]), lambda t: f"/properties/{t.prop}/enum",
         prepare=_set_enum(["alpha", "beta"])),
    # non-breaking
    Kind("add-operation", frozenset({"added-operation"}), False, _new_paths, _add_operation,
         lambda t: t.op_pointer),
    Kind("add-optional-parameter", frozenset({"added-optional-parameter"}), False, operations,
         _add_parameter("newOptionalFilter", False),
         lambda t: f"{t.op_pointer}/parameters/newOptionalFilter"),
    Kind("add-property", frozenset({"added-property"}), False, array_ops,
         lambda s, t: s["components"]["schemas"][t.schema]["properties"].update(newField={"type": "string"}),
         lambda t: "/items/properties/newField"),
    Kind("make-parameter-optional", frozenset({"parameter-became-optional"}), False,
         lambda s: [t for t in query_params(s) if param(s, t).get("required")] or [
             Target(t.path, t.method, param=p["name"]) for t in operations(s)
             for p in op(s, t).get("parameters", []) if p.get("required")],
         lambda s, t: param(s, t).update(required=False), lambda t: f"/parameters/{t.param}/required"),
)  # fmt: skip


def generate(base: Spec, seed: int = SEED) -> list[Mutation]:
    """INSTANCES targets per kind, drawn deterministically."""
    rng = random.Random(seed)
    mutations: list[Mutation] = []
    for kind in KINDS:
        candidates = kind.targets(base)
        mutations += [Mutation(kind, t) for t in rng.sample(candidates, min(INSTANCES, len(candidates)))]
    return mutations

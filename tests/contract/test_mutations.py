"""Mutation suite: each kind of spec change, applied to the vendored specs, is caught with the right class."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from immport.contract import KINDS, diff_specs
from immport.spec import load_spec

from .figures import FIGURES
from .mutations import INSTANCES, Mutation, generate
from .mutations import KINDS as MUTATION_KINDS

BASES = ("upstream", "corrected")
CASES = [(base, m) for base in BASES for m in generate(load_spec(base))]


@pytest.mark.parametrize(("base", "mutation"), CASES, ids=[f"{b}-{m.id}" for b, m in CASES])
def test_mutation_is_caught_with_the_right_class(base: str, mutation: Mutation) -> None:
    old, new = mutation.documents(load_spec(base))
    report = diff_specs(old, new)
    figures = FIGURES[base][mutation.kind.name]
    figures[0] += 1

    assert set(report.kinds()) == mutation.kind.expected, report.kinds()
    assert bool(report.breaking) == mutation.kind.breaking
    fragment = mutation.kind.pointer(mutation.target)
    fragments = (fragment,) if isinstance(fragment, str) else fragment
    assert all(any(f in c.pointer for f in fragments) for c in report.changes), [
        c.pointer for c in report.changes
    ]
    figures[1] += 1


def test_suite_size() -> None:
    """At least 12 mutation kinds, several instances each, covering every kind the issue names."""
    breaking_kinds = {k.name for k in MUTATION_KINDS if k.breaking}
    assert len(MUTATION_KINDS) >= 12 and len(breaking_kinds) >= 12
    for base in BASES:
        per_kind: dict[str, int] = {}
        for m in generate(load_spec(base)):
            per_kind[m.kind.name] = per_kind.get(m.kind.name, 0) + 1
        assert set(per_kind) == {k.name for k in MUTATION_KINDS}
        assert min(per_kind.values()) == INSTANCES
    named = {
        "removed-operation", "removed-parameter", "added-required-parameter", "parameter-became-required",
        "changed-parameter-location", "changed-parameter-type", "removed-property", "changed-property-type",
        "changed-array-object", "removed-enum-value",
    }  # fmt: skip
    assert named <= {kind for k in MUTATION_KINDS for kind in k.expected}
    assert all(KINDS[kind] for kind in named)


def test_generation_is_deterministic() -> None:
    spec = load_spec("upstream")
    assert [m.id for m in generate(spec)] == [m.id for m in generate(spec)]
    assert [m.id for m in generate(spec)] != [m.id for m in generate(spec, seed=1)]


# ---- cosmetic edits ----------------------------------------------------------------------------------------
def _reordered(node: Any) -> Any:
    """Every mapping's keys and every parameter list in reverse order."""
    if isinstance(node, dict):
        return {k: _reordered(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        items = [_reordered(v) for v in node]
        return list(reversed(items)) if all(isinstance(v, dict) and "in" in v for v in items) else items
    return node


def _rewrite_docs(node: Any, counter: list[int]) -> None:
    if isinstance(node, dict):
        for key in ("description", "summary"):
            if isinstance(node.get(key), str):
                node[key] = node[key].upper() + " (edited)"
                counter[0] += 1
        for value in node.values():
            _rewrite_docs(value, counter)
    elif isinstance(node, list):
        for value in node:
            _rewrite_docs(value, counter)


@pytest.mark.parametrize("base", BASES)
def test_identical_and_reordered_specs_have_no_changes(base: str) -> None:
    spec = load_spec(base)
    assert diff_specs(spec, spec).changes == ()
    reordered = _reordered(spec)
    assert list(reordered["paths"]) != list(spec["paths"])
    assert diff_specs(spec, reordered).changes == ()


@pytest.mark.parametrize("base", BASES)
def test_description_and_summary_edits_are_non_breaking(base: str) -> None:
    spec = load_spec(base)
    edited, counter = copy.deepcopy(spec), [0]
    _rewrite_docs(edited, counter)
    report = diff_specs(spec, edited)
    assert counter[0] > 50
    assert report.breaking == ()
    assert set(report.kinds()) <= {"changed-description", "changed-summary", "changed-info"}
    assert "changed-summary" in report.kinds() and "changed-description" in report.kinds()


@pytest.mark.parametrize("base", BASES)
def test_all_cosmetic_edits_together_are_non_breaking(base: str) -> None:
    """Reordering, docs, examples, and adding an optional property, parameter and operation: 0 breaking."""
    spec = load_spec(base)
    edited = _reordered(copy.deepcopy(spec))
    _rewrite_docs(edited, [0])
    elisa = edited["paths"]["/result/elisa"]["get"]
    elisa["parameters"].append({"name": "newOptional", "in": "query", "schema": {"type": "string"}})
    elisa["parameters"][0]["example"] = "SDY1"
    edited["components"]["schemas"]["VElisaResult"]["properties"]["newField"] = {"type": "string"}
    edited["paths"]["/api/brand/new"] = {"get": {"operationId": "brandNew", "responses": {}}}
    edited["info"]["version"] = "v99"

    report = diff_specs(spec, edited)
    assert report.breaking == ()
    kinds = report.kinds()
    for kind in (
        "added-optional-parameter",
        "added-property",
        "added-operation",
        "changed-example",
        "changed-info",
    ):
        assert kinds[kind] >= 1, kind


def test_allof_wrapped_refs_are_resolved() -> None:
    """The corrected spec wraps refs as allOf + nullable; a property removed behind that is still found."""
    spec = load_spec("corrected")
    mutated = copy.deepcopy(spec)
    del mutated["components"]["schemas"]["SearchTotal"]["properties"]["value"]
    report = diff_specs(spec, mutated)
    assert set(report.kinds()) == {"removed-property"}
    pointers = {c.pointer for c in report.changes}
    assert (
        "/paths/~1api~1search~1study/get/responses/200/content/application~1json/schema/properties/hits/properties/total/properties/value"
        in pointers
    )
    assert {c.operation for c in report.changes} == {"GET /api/search/study", "GET /api/search/subject"}


def test_upstream_plain_ref_vs_corrected_allof_ref_is_not_a_type_change() -> None:
    old = _mini({"$ref": "#/components/schemas/Id"})
    new = _mini({"allOf": [{"$ref": "#/components/schemas/Id"}], "nullable": True})
    # no type change; the response's annotation widens to ``Id | None``
    assert set(diff_specs(old, new).kinds()) == {"response-became-nullable"}


def test_recursive_schemas_terminate() -> None:
    node = {
        "type": "object",
        "properties": {"child": {"$ref": "#/components/schemas/Node"}, "name": {"type": "string"}},
    }
    old = _mini({"$ref": "#/components/schemas/Node"}, extra={"Node": node})
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Node"]["properties"]["name"]["type"] = "integer"
    report = diff_specs(old, new)
    assert set(report.kinds()) == {"changed-property-type"}


def test_renamed_path_variable_is_a_parameter_change() -> None:
    old = {
        "openapi": "3.0.1",
        "paths": {
            "/api/study/{sdy}": {
                "get": {
                    "parameters": [
                        {"name": "sdy", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {},
                }
            }
        },
    }
    new = copy.deepcopy(old)
    new["paths"] = {"/api/study/{studyAccession}": new["paths"]["/api/study/{sdy}"]}
    new["paths"]["/api/study/{studyAccession}"]["get"]["parameters"][0]["name"] = "studyAccession"
    assert set(diff_specs(old, new).kinds()) == {"removed-parameter", "added-required-parameter"}  # fmt: skip


def _mini(prop_schema: dict[str, Any], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "paths": {"/x": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {
            "schema": {"type": "object", "properties": {"id": prop_schema}}}}}}}}},
        "components": {"schemas": {"Id": {"type": "object", "properties": {"v": {"type": "integer"}}},
                                   **(extra or {})}},
    }  # fmt: skip

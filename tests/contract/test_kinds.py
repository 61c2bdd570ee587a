"""Every change kind of immport.contract.KINDS, produced by a minimal edit of a small spec, and judged
against a verdict written here by hand (``BREAKING``), not read from the table under test."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from immport.contract import KINDS, diff_specs

Spec = dict[str, Any]

BASE: Spec = {
    "openapi": "3.0.1",
    "info": {"title": "mini", "version": "1"},
    "servers": [{"url": "https://example.org/data/query", "description": "production"}],
    "paths": {
        "/items/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "get": {
                "operationId": "getItem", "summary": "s", "description": "d", "tags": ["items"],
                "parameters": [{"name": "q", "in": "query", "required": False,
                                "schema": {"type": "string", "enum": ["a", "b"]}}],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/Item"}}}},
                    "404": {"description": "not found"},
                },
                "security": [{"key": []}],
            },
            "post": {
                "operationId": "createItem",
                "requestBody": {"required": False, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/NewItem"}}}},
                "responses": {"201": {"description": "created"}},
            },
        },
        "/public": {"get": {"operationId": "pub", "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}}}},
    },
    "components": {
        "parameters": {"Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}},
        "schemas": {
            "Item": {"type": "object", "properties": {
                "name": {"type": "string"}, "count": {"type": "integer", "minimum": 0},
                "kind": {"type": "string", "enum": ["x", "y"]}}},
            "NewItem": {"type": "object", "required": ["name"], "properties": {
                "name": {"type": "string"}, "note": {"type": "string"}}},
            "Unused": {"type": "object", "properties": {"a": {"type": "string"}}},
        },
        "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
        "examples": {"Ex": {"value": 1}},
    },
}  # fmt: skip


def _get(spec: Spec) -> Spec:
    op: Spec = spec["paths"]["/items/{id}"]["get"]
    return op


def _post(spec: Spec) -> Spec:
    op: Spec = spec["paths"]["/items/{id}"]["post"]
    return op


def _q(spec: Spec) -> Spec:
    param: Spec = _get(spec)["parameters"][0]
    return param


def _item(spec: Spec) -> Spec:
    props: Spec = spec["components"]["schemas"]["Item"]["properties"]
    return props


def _new_item(spec: Spec) -> Spec:
    schema: Spec = spec["components"]["schemas"]["NewItem"]
    return schema


EDITS: dict[str, Callable[[Spec], Any]] = {
    "removed-operation": lambda s: s["paths"]["/public"].pop("get"),
    "added-operation": lambda s: s["paths"].update({"/new": {"get": {"responses": {}}}}),
    "changed-operation-id": lambda s: _get(s).update(operationId="fetchItem"),
    "changed-tag": lambda s: _get(s).update(tags=["things"]),
    "added-security-requirement": lambda s: s["paths"]["/public"]["get"].update(security=[{"key": []}]),
    "changed-security-requirement": lambda s: _get(s).update(security=[{"other": []}]),
    "removed-security-requirement": lambda s: _get(s).update(security=[]),
    "removed-parameter": lambda s: _get(s).update(parameters=[]),
    "added-required-parameter": lambda s: _get(s)["parameters"].append(
        {"name": "r", "in": "query", "required": True, "schema": {"type": "string"}}),
    "added-optional-parameter": lambda s: _get(s)["parameters"].append(
        {"name": "r", "in": "query", "schema": {"type": "string"}}),
    "parameter-became-required": lambda s: _q(s).update(required=True),
    "parameter-became-optional": lambda s: s["components"]["parameters"]["Id"].update(required=False),
    "changed-parameter-location": lambda s: _q(s).update({"in": "header"}),
    "changed-parameter-type": lambda s: _q(s).update(schema={"type": "integer"}),
    "changed-parameter-style": lambda s: _q(s).update(style="spaceDelimited"),
    "tightened-constraint": lambda s: _q(s)["schema"].update(maxLength=5),
    "added-required-request-body": lambda s: _post(s)["requestBody"].update(required=True),
    "added-request-body": lambda s: s["paths"]["/public"]["get"].update(requestBody={"content": {}}),
    "removed-request-body": lambda s: _post(s).pop("requestBody"),
    "added-required-property": lambda s: (_new_item(s)["properties"].update(owner={"type": "string"}),
                                          _new_item(s)["required"].append("owner")),
    "property-became-required": lambda s: _new_item(s)["required"].append("note"),
    "removed-response": lambda s: _get(s)["responses"].pop("200"),
    "added-response": lambda s: _get(s)["responses"].update({"500": {"description": "oops"}}),
    "removed-error-response": lambda s: _get(s)["responses"].pop("404"),
    "removed-media-type": lambda s: _get(s)["responses"]["200"].update(content={}),
    "added-media-type": lambda s: _get(s)["responses"]["200"]["content"].update(
        {"text/tab-separated-values": {"schema": {"type": "string"}}}),
    "removed-property": lambda s: _item(s).pop("name"),
    "added-property": lambda s: _item(s).update(extra={"type": "string"}),
    "changed-property-type": lambda s: _item(s)["count"].update(type="string"),
    "changed-array-object": lambda s: s["paths"]["/public"]["get"]["responses"]["200"]["content"][
        "application/json"].update(schema={"type": "object"}),
    "changed-format": lambda s: _item(s)["name"].update(format="date"),
    "changed-format-same-type": lambda s: _item(s)["count"].update(format="int64"),
    "changed-schema-ref": lambda s: _get(s)["responses"]["200"]["content"]["application/json"].update(
        schema=json.loads(json.dumps(s["components"]["schemas"]["Item"]))),
    "removed-enum-value": lambda s: _item(s)["kind"].update(enum=["x"]),
    "added-enum-value": lambda s: _q(s)["schema"].update(enum=["a", "b", "c"]),
    "added-response-enum-value": lambda s: _item(s)["kind"].update(enum=["x", "y", "z"]),
    "response-became-nullable": lambda s: _item(s)["name"].update(nullable=True),
    "request-became-non-nullable": lambda s: _new_item(s)["properties"]["note"].update(nullable=True),
    "changed-nullable": lambda s: _new_item(s)["properties"]["note"].update(nullable=True),
    "changed-required": lambda s: s["components"]["schemas"]["Item"].update(required=["name"]),
    "changed-constraint": lambda s: _item(s)["count"].update(minimum=1),
    "removed-schema": lambda s: s["components"]["schemas"].pop("Unused"),
    "added-schema": lambda s: s["components"]["schemas"].update(Brand={"type": "string"}),
    "removed-security-scheme": lambda s: s["components"]["securitySchemes"].update(other={"type": "http"}),
    "changed-security-scheme": lambda s: s["components"]["securitySchemes"]["key"].update(scheme="basic"),
    "added-security-scheme": lambda s: s["components"]["securitySchemes"].update(other={"type": "http"}),
    "added-component": lambda s: s["components"]["examples"].update(Ex2={"value": 2}),
    "removed-component": lambda s: s["components"]["examples"].pop("Ex"),
    "changed-component": lambda s: s["components"]["examples"]["Ex"].update(value=2),
    "changed-description": lambda s: _get(s).update(description="better"),
    "changed-summary": lambda s: _get(s).update(summary="better"),
    "changed-example": lambda s: _q(s).update(example="a"),
    "changed-annotation": lambda s: _get(s).update(deprecated=True),
    "changed-info": lambda s: s["info"].update(version="2"),
    "changed-servers": lambda s: s["servers"][0].update(url="https://example.org/v2"),
    "changed-unclassified": lambda s: _item(s)["name"].update(oneOf=[{"minLength": 1}]),
}  # fmt: skip
# edits that are the *reverse* of another (old and new swapped)
REVERSED = {"removed-security-scheme", "request-became-non-nullable"}

# Whether each kind breaks a client generated from the old spec, decided case by case (see the README's
# classification rules); deliberately a literal, so a wrong flag in KINDS fails the tests.
BREAKING: dict[str, bool] = {
    "removed-operation": True, "added-operation": False, "changed-operation-id": True, "changed-tag": True,
    "added-security-requirement": True, "changed-security-requirement": True,
    "removed-security-requirement": False,
    "removed-parameter": True, "added-required-parameter": True, "added-optional-parameter": False,
    "parameter-became-required": True, "parameter-became-optional": False,
    "changed-parameter-location": True, "changed-parameter-type": True, "changed-parameter-style": True,
    "tightened-constraint": True,
    "added-required-request-body": True, "added-request-body": False, "removed-request-body": True,
    "added-required-property": True, "property-became-required": True,
    "removed-response": True, "added-response": False, "removed-error-response": False,
    "removed-media-type": True, "added-media-type": False,
    "removed-property": True, "added-property": False, "changed-property-type": True,
    "changed-array-object": True, "changed-format": True, "changed-format-same-type": False,
    "changed-schema-ref": True, "removed-enum-value": True, "added-enum-value": False,
    "added-response-enum-value": True, "response-became-nullable": True,
    "request-became-non-nullable": True, "changed-nullable": False, "changed-required": False,
    "changed-constraint": False,
    "removed-schema": True, "added-schema": False, "removed-security-scheme": True,
    "changed-security-scheme": True, "added-security-scheme": False, "added-component": False,
    "removed-component": False, "changed-component": False,
    "changed-description": False, "changed-summary": False, "changed-example": False,
    "changed-annotation": False, "changed-info": False, "changed-servers": False,
    "changed-unclassified": True,
}  # fmt: skip


def _documents(kind: str) -> tuple[Spec, Spec]:
    old, new = json.loads(json.dumps(BASE)), json.loads(json.dumps(BASE))
    EDITS[kind](new)
    return (new, old) if kind in REVERSED else (old, new)


def test_every_kind_has_a_case_and_a_verdict() -> None:
    assert set(EDITS) == set(KINDS) == set(BREAKING)
    assert len(KINDS) == 56


@pytest.mark.parametrize("kind", sorted(BREAKING))
def test_breaking_flag_matches_the_independent_verdict(kind: str) -> None:
    assert KINDS[kind] is BREAKING[kind]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_kind(kind: str) -> None:
    old, new = _documents(kind)
    report = diff_specs(old, new)
    # exactly one change, reported once per affected operation (Id is a path-level parameter of two)
    assert list(report.kinds().items()) == [(kind, 2 if kind == "parameter-became-optional" else 1)]
    assert {c.breaking for c in report.changes} == {BREAKING[kind]}


def test_unchanged_mini_spec_and_description_only_server_edit() -> None:
    assert diff_specs(BASE, BASE).changes == ()
    new = json.loads(json.dumps(BASE))
    new["servers"][0]["description"] = "prod"
    assert [c.kind for c in diff_specs(BASE, new).changes] == ["changed-description"]


def test_rename_hint_only_for_one_removed_and_one_added_property_of_the_same_type() -> None:
    def details(edit: Callable[[Spec], Any]) -> list[str]:
        new = json.loads(json.dumps(BASE))
        edit(new)
        return [c.detail for c in diff_specs(BASE, new).changes if c.kind == "removed-property"]

    assert details(lambda s: _item(s).update(title=_item(s).pop("name"))) == [
        "property name removed; renamed to title?"
    ]
    assert details(lambda s: _item(s).update(total=_item(s).pop("name") and {"type": "integer"})) == [
        "property name removed"
    ]
    assert details(
        lambda s: (_item(s).pop("name"), _item(s).pop("count"), _item(s).update(a={"type": "string"}))
    ) == ["property count removed", "property name removed"]

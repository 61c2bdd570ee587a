"""One test per class of spec change that the diff used to misjudge, each an edit of the vendored spec:
judged by its effect on a client generated from the old spec."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from immport.contract import diff_specs
from immport.spec import load_spec

Spec = dict[str, Any]
ELISA = "/result/elisa"
ADVERSE = "/api/study/adverseEvent/{studyAccession}"


def edited(base: str, edit: Callable[[Spec], Any], prepare: Callable[[Spec], Any] | None = None) -> set[str]:
    """The change kinds (and their class) between the spec and an edited copy, as ``kind:B|N`` strings."""
    old = json.loads(json.dumps(load_spec(base)))
    if prepare is not None:
        prepare(old)
    new = json.loads(json.dumps(old))
    edit(new)
    return {f"{c.kind}:{'B' if c.breaking else 'N'}" for c in diff_specs(old, new).changes}


def get(spec: Spec, path: str) -> Spec:
    op: Spec = spec["paths"][path]["get"]
    return op


def elisa_property(spec: Spec, name: str) -> Spec:
    prop: Spec = spec["components"]["schemas"]["VElisaResult"]["properties"][name]
    return prop


def path_parameter(spec: Spec) -> Spec:
    schema: Spec = get(spec, ADVERSE)["parameters"][0]["schema"]  # studyAccession: maxLength 7
    return schema


def query_parameter(spec: Spec, name: str) -> Spec:
    param: Spec = next(p for p in get(spec, ELISA)["parameters"] if p["name"] == name)
    return param


@pytest.mark.parametrize("base", ["upstream", "corrected"])
def test_a_renamed_tag_moves_the_generated_module(base: str) -> None:
    assert edited(base, lambda s: get(s, ELISA).update(tags=["Study Results"])) == {"changed-tag:B"}


@pytest.mark.parametrize("base", ["upstream", "corrected"])
def test_items_ref_replaced_by_the_identical_inline_schema_changes_the_return_class(base: str) -> None:
    def inline(spec: Spec) -> None:
        body = get(spec, ELISA)["responses"]["200"]["content"]["application/json"]["schema"]
        body["items"] = json.loads(json.dumps(spec["components"]["schemas"]["VElisaResult"]))

    assert edited(base, inline) == {"changed-schema-ref:B"}


def test_response_property_turning_nullable_widens_its_annotation() -> None:
    assert edited("upstream", lambda s: elisa_property(s, "valuePreferred").update(nullable=True)) == {
        "response-became-nullable:B"
    }


def test_a_value_added_to_a_response_enum_breaks_the_old_enum() -> None:
    assert edited(
        "corrected",
        lambda s: elisa_property(s, "gender").update(enum=["Female", "Male", "Other"]),
        prepare=lambda s: elisa_property(s, "gender").update(enum=["Female", "Male"]),
    ) == {"added-response-enum-value:B"}


@pytest.mark.parametrize(
    ("edit", "prepare"),
    [
        (lambda s: path_parameter(s).update(maxLength=6), None),
        (lambda s: path_parameter(s).update(minLength=3), None),
        (lambda s: path_parameter(s).update(pattern="^SDY[0-9]+$"), None),
        (lambda s: query_parameter(s, "maxSubjectAgeGte")["schema"].update(minimum=0), None),
        (lambda s: query_parameter(s, "maxSubjectAgeGte")["schema"].update(maximum=120),
         lambda s: query_parameter(s, "maxSubjectAgeGte")["schema"].update(maximum=150)),
    ],
    ids=["maxLength-lowered", "minLength-raised", "pattern-added", "minimum-added", "maximum-lowered"],
)  # fmt: skip
def test_tightened_parameter_constraints_reject_requests_that_passed(
    edit: Callable[[Spec], Any], prepare: Callable[[Spec], Any] | None
) -> None:
    assert edited("corrected", edit, prepare) == {"tightened-constraint:B"}


def test_an_enum_value_removed_from_a_parameter_rejects_requests_that_passed() -> None:
    def format_enum(values: list[str]) -> Callable[[Spec], Any]:
        return lambda s: get(s, ADVERSE)["parameters"][1]["schema"].update(enum=values)

    assert edited("corrected", format_enum(["json"]), format_enum(["json", "tsv"])) == {
        "removed-enum-value:B"
    }


def test_loosened_parameter_constraints_are_not_breaking() -> None:
    assert edited("corrected", lambda s: path_parameter(s).update(maxLength=12)) == {"changed-constraint:N"}
    assert edited("corrected", lambda s: path_parameter(s).pop("maxLength")) == {"changed-constraint:N"}


@pytest.mark.parametrize(
    ("name", "fmt"), [("resultId", "int64"), ("valuePreferred", "double"), ("maxSubjectAge", "float")]
)
def test_format_that_leaves_the_generated_code_alone_is_not_breaking(name: str, fmt: str) -> None:
    kinds = edited("upstream", lambda s: elisa_property(s, name).update(format=fmt))
    assert kinds == {"changed-format-same-type:N"}


def test_format_that_changes_the_generated_type_is_breaking() -> None:
    kinds = edited("upstream", lambda s: elisa_property(s, "studyTitle").update(format="date-time"))
    assert kinds == {"changed-format:B"}

"""_build.py reads every parameter constraint from the spec and refuses one it cannot check (issue 11.14)."""

from __future__ import annotations

import pytest

from codegen.facade import BuildError, rules_of


def test_constraints_are_read_from_the_parameter_schema() -> None:
    schema = {"type": "string", "minLength": 0, "maxLength": 7, "description": "SDY accession"}
    assert rules_of("getStudyArmApi", "studyAccession", schema, schema) == (
        ("minLength", 0),
        ("maxLength", 7),
    )


def test_array_constraints_apply_to_items_and_to_the_list() -> None:
    item = {"type": "string", "pattern": "^SDY[0-9]+$"}
    schema = {"type": "array", "items": item, "maxItems": 50}
    assert rules_of("op", "studyAccession", schema, item) == (("pattern", "^SDY[0-9]+$"), ("maxItems", 50))


def test_a_constraint_immport_cannot_check_fails_the_build() -> None:
    schema = {"type": "number", "multipleOf": 0.5}
    with pytest.raises(
        BuildError, match=r"'ageStep' has constraints immport does not check: \['multipleOf'\]"
    ):
        rules_of("op", "ageStep", schema, schema)

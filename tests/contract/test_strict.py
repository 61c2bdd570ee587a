"""Strict response validation: unknown fields, missing fields, wrong types, enums and nulls, JSON and TSV."""

from __future__ import annotations

import json
from typing import Any

import pytest

from immport.contract.strict import MAX_VIOLATIONS, validate_json, validate_tsv
from immport.contract.violations import Violation
from immport.errors import InvalidRequestError

from .samples import body_schema, operation_ids, record_columns, sample, tsv, tsv_cell

ELISA = "getElisaResult"


def elisa_rows(count: int = 3) -> list[dict[str, Any]]:
    return [sample(body_schema(ELISA))[0] for _ in range(count)]


def as_tsv(rows: list[dict[str, Any]]) -> str:
    header = list(rows[0])
    return tsv(header, [[tsv_cell(row.get(name)) for name in header] for row in rows])


def summary(violations: list[Violation]) -> list[tuple[str, str, str, str]]:
    return [(v.operation, v.pointer, v.expected, v.seen) for v in violations]


def kinds(violations: list[Violation]) -> list[tuple[str, str]]:
    return [(v.pointer, v.kind) for v in violations]


@pytest.mark.parametrize("operation_id", operation_ids())
def test_every_operation_accepts_a_conforming_body(operation_id: str) -> None:
    body = sample(body_schema(operation_id))
    assert validate_json(operation_id, json.dumps(body).encode()) == []


def test_conforming_elisa_json_and_tsv_pass_including_nulls() -> None:
    rows = elisa_rows()
    rows[1] = {name: None for name in rows[1]}  # ImmPort sends explicit nulls
    assert validate_json(ELISA, json.dumps(rows).encode()) == []
    assert validate_tsv(ELISA, as_tsv(rows)) == []
    assert set(record_columns(ELISA)) == set(rows[0])


def test_json_unknown_missing_and_wrong_type_are_flagged() -> None:
    rows = elisa_rows()
    rows[0]["brandNewField"] = "surprise"
    del rows[1]["valuePreferred"]
    rows[2]["maxSubjectAge"] = "forty"
    violations = validate_json(ELISA, json.dumps(rows).encode())
    assert sorted(summary(violations), key=str) == sorted([
        (ELISA, "/0/brandNewField", "no such field", "'surprise'"),
        (ELISA, "/1/valuePreferred", "field valuePreferred", "missing"),
        (ELISA, "/2/maxSubjectAge", "number or null", "string 'forty'"),
    ], key=str)  # fmt: skip
    assert kinds(violations) == [  # unknown fields first, missing fields last
        ("/0/brandNewField", "unknown-field"),
        ("/2/maxSubjectAge", "wrong-type"),
        ("/1/valuePreferred", "missing-field"),
    ]
    assert str(violations[0]) == "/0/brandNewField: unknown field (expected no such field, got 'surprise')"


def test_tsv_unknown_and_missing_columns_and_non_numeric_cells_are_flagged() -> None:
    rows = elisa_rows()
    rows[1]["maxSubjectAge"] = "forty"  # a non-numeric string in a number column
    rows[2]["resultId"] = "12.5"  # not an integer
    rows[0]["minSubjectAge"] = ""  # empty cell = null: fine for a nullable column
    for row in rows:
        row["brandNewColumn"] = "x"
        del row["valuePreferred"]
    violations = validate_tsv(ELISA, as_tsv(rows))
    assert sorted(summary(violations), key=str) == sorted([
        (ELISA, "/header/brandNewColumn", "no such column", "present"),
        (ELISA, "/header/valuePreferred", "column valuePreferred", "missing"),
        (ELISA, "/1/maxSubjectAge", "number or empty (null)", "string 'forty'"),
        (ELISA, "/2/resultId", "integer or empty (null)", "string '12.5'"),
    ], key=str)  # fmt: skip


def test_tsv_cells_are_not_quoted_and_crlf_is_accepted() -> None:
    rows = elisa_rows()
    rows[0]["comments"] = '"starts with an unbalanced quote'  # must not swallow the following cells and lines
    text = as_tsv(rows).replace("\n", "\r\n")
    assert validate_tsv(ELISA, text) == []


def test_tsv_ragged_rows_and_empty_bodies() -> None:
    text = as_tsv(elisa_rows(2))
    lines = text.splitlines()
    lines[2] = "\t".join(lines[2].split("\t")[:-3])
    violations = validate_tsv(ELISA, "\n".join(lines) + "\n\n")
    assert summary(violations) == [(ELISA, "/1", "42 cells", "39 cells")]
    assert summary(validate_tsv(ELISA, "")) == [(ELISA, "", "a header row", "empty body")]


def test_nested_search_response() -> None:
    body = sample(body_schema("studySearch"))
    body["hits"]["hits"][0]["_source"] = {"anything": {"goes": [1, 2]}}  # declared as a free-form object
    assert validate_json("studySearch", json.dumps(body).encode()) == []
    body["hits"]["hits"][0]["_explanation"] = "new"
    body["hits"]["total"]["value"] = "many"
    assert sorted(summary(validate_json("studySearch", json.dumps(body).encode())), key=str) == sorted([
        ("studySearch", "/hits/hits/0/_explanation", "no such field", "'new'"),
        ("studySearch", "/hits/total/value", "integer or null", "string 'many'"),
    ], key=str)  # fmt: skip


def test_object_responses_and_non_json_bodies() -> None:
    summary_body = sample(body_schema("getStudySummary"))
    del summary_body["briefDescription"]
    assert summary(validate_json("getStudySummary", json.dumps(summary_body).encode())) == [
        ("getStudySummary", "/briefDescription", "field briefDescription", "missing")
    ]
    assert summary(validate_json(ELISA, b"{}")) == [(ELISA, "", "array", "object {}")]
    [violation] = validate_json(ELISA, b"<html>maintenance</html>")
    assert (violation.pointer, violation.expected) == ("", "a JSON document")


def test_violations_are_capped() -> None:
    rows = elisa_rows(MAX_VIOLATIONS * 3)
    for row in rows:
        row["maxSubjectAge"] = "old"
    assert len(validate_json(ELISA, json.dumps(rows).encode())) == MAX_VIOLATIONS
    assert len(validate_tsv(ELISA, as_tsv(rows))) == MAX_VIOLATIONS


def test_unknown_operation_is_a_typed_error() -> None:
    with pytest.raises(InvalidRequestError, match="unknown operation"):
        validate_json("getNoSuchThing", b"[]")

"""parse_json(): fast typed decoding equals the generated from_dict; bad bodies raise DecodeError."""

from __future__ import annotations

import datetime
import json
from typing import Any

import attrs
import pytest
from immport_api_client.models import FileDetails, StudySummary, VElisaResult

from immport.errors import DecodeError
from immport.operations import OPERATIONS, get_operation, parse_json, row_schema

from .support import dumps, random_rows

MODEL_OPS = sorted({op.model.__name__: op.operation_id for op in OPERATIONS.values() if op.model}.values())


def assert_same(fast: Any, slow: Any) -> None:
    """Equal values and equal types field by field (1 == 1.0 would hide a type change)."""
    assert type(fast) is type(slow)
    assert fast == slow
    for field in attrs.fields(type(slow)):
        a, b = getattr(fast, field.name), getattr(slow, field.name)
        assert type(a) is type(b), field.name
    assert fast.additional_properties == slow.additional_properties


@pytest.mark.parametrize("operation_id", MODEL_OPS)
def test_fast_constructor_equals_generated_from_dict(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    schema = row_schema(op)
    assert schema is not None
    # nested models (summary, search page) delegate to from_dict; flat ones get randomized rows
    rows = random_rows(op, 300, seed=len(operation_id)) if schema.flat else [{"unknownKey": [1]}, {}]
    for row in rows:
        original = json.loads(json.dumps(row))
        assert_same(schema.from_json(dict(row)), op.model.from_dict(original))  # type: ignore[union-attr]


def test_random_rows_exercise_nulls_absent_and_extra_keys() -> None:
    rows = random_rows(get_operation("results", "elisa"), 300, seed=1)
    decoded = [row_schema(get_operation("results", "elisa")).from_json(dict(r)) for r in rows]  # type: ignore[union-attr]
    assert any(r.result_id is None for r in decoded)
    absent = [d for r, d in zip(rows, decoded, strict=True) if "resultId" not in r]
    assert absent and all(d.result_id is None for d in absent)  # absent reads as None, never UNSET
    assert any(r.additional_properties for r in decoded)


def test_date_time_field_becomes_datetime() -> None:
    op = get_operation("files", "manifest")
    (good,) = parse_json(op, dumps([{"dateFileUpdated": "2021-03-04T05:06:07"}]), None)
    assert good.date_file_updated == datetime.datetime(2021, 3, 4, 5, 6, 7)
    assert good == FileDetails.from_dict({"dateFileUpdated": "2021-03-04T05:06:07"})


def test_list_body_decodes_to_models() -> None:
    body = b'[ { "resultId" : 89390, "clinical" : "Y", "studyTimeCollected" : 1.00, '
    body += b'"treatmentAccession" : null } ]'
    (row,) = parse_json(get_operation("results", "elisa"), body, "application/json")
    assert isinstance(row, VElisaResult)
    assert (row.result_id, row.clinical, row.study_time_collected, row.treatment_accession) == (
        89390,
        "Y",
        1.0,
        None,
    )
    assert row.arm_accession is None  # absent from the body


def test_manifest_content_wrapper_is_unwrapped() -> None:
    rows = [{"fileUUID": "u1", "path": "SDY1/StudyFiles/a.txt"}, {"fileUUID": "u2"}]
    op = get_operation("files", "manifest")
    wrapped = parse_json(op, dumps({"content": rows, "totalElements": 2}), "application/json")
    assert wrapped == parse_json(op, dumps(rows), "application/json")
    assert [f.file_uuid for f in wrapped] == ["u1", "u2"]


def test_single_object_and_nested_models() -> None:
    body = dumps(
        {"studyAccession": "SDY1", "studyLinks": [{"name": "x", "value": "https://e.org"}], "extra": 1}
    )
    summary = parse_json(get_operation("studies", "summary"), body, "application/json")
    assert isinstance(summary, StudySummary)
    assert summary == StudySummary.from_dict(json.loads(body))
    assert summary.study_links[0].name == "x"  # type: ignore[index]


def test_search_body_is_left_to_the_typed_search_decoder() -> None:
    body = dumps(
        {"took": 3, "hits": {"total": {"value": 1, "relation": "eq"}, "hits": [{"_source": {"a": 1}}]}}
    )
    page = parse_json(get_operation("search", "studies"), body, "application/json")
    assert page == json.loads(body)  # immport.search_results types it (test_search_results.py)


def test_string_list_operation() -> None:
    op = get_operation("studies", "restricted_accessions")
    assert parse_json(op, b'["SDY1", "SDY2"]', "application/json") == ["SDY1", "SDY2"]
    with pytest.raises(DecodeError, match="array of plain values"):
        parse_json(op, b'["SDY1", {"a": 2}]', "application/json")


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"<!DOCTYPE html><html><body>Login</body></html>", "text/html", "HTML page"),
        (b"  <html>proxy error</html>", None, "HTML page"),
        (b'[{"resultId": 1}', "application/json", "truncated"),
        (b'[{"resultId": 1}, {"resu', "application/json", "truncated"),
        (b"not json", "application/json", "invalid"),
        (b"", "application/json", "empty"),
        (b'{"error": "bad"}', "application/json", "expected a JSON array"),
        (b"[1, 2]", "application/json", "expected JSON objects"),
    ],
)
def test_bad_bodies_raise_decode_error(body: bytes, content_type: str | None, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        parse_json(get_operation("results", "elisa"), body, content_type)


def test_single_object_operation_refuses_a_list() -> None:
    with pytest.raises(DecodeError, match="expected a JSON object"):
        parse_json(get_operation("studies", "summary"), b"[]", "application/json")


def test_html_error_keeps_a_snippet_of_the_page() -> None:
    with pytest.raises(DecodeError) as info:
        parse_json(get_operation("lookups", "disease"), b"<html><title>Maintenance</title></html>", None)
    assert info.value.body_snippet is not None and "Maintenance" in info.value.body_snippet


@pytest.mark.parametrize(
    "shape", ["schema order", "reversed", "one key swapped for an unknown one", "sparse"]
)
def test_fast_paths_by_row_shape(shape: str) -> None:
    op = get_operation("files", "manifest")  # has a date-time field too
    schema = row_schema(op)
    assert schema is not None
    sample = {"string": "v", "number": 1.5, "integer": 7, "date-time": "2020-01-02T03:04:05"}
    row: dict[str, Any] = {f.wire_name: sample[f.kind] for f in schema.fields}
    if shape == "reversed":
        row = dict(reversed(list(row.items())))
    elif shape == "one key swapped for an unknown one":
        row.pop("path")
        row["brandNewField"] = [1, 2]
    elif shape == "sparse":
        row = {"fileUUID": None, "extra": {"a": 1}}
    assert_same(schema.from_json(dict(row)), FileDetails.from_dict(row))

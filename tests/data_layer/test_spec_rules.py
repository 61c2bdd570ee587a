"""Issue 11.14: every constraint the spec gives a parameter is checked before sending."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

import immport
from immport.errors import InvalidRequestError
from immport.operations import OPERATIONS, get_operation, prepare
from immport.spec import load_spec

NOTHING_SENT: list[httpx.Request] = []


def recording_client() -> immport.Client:
    def handler(request: httpx.Request) -> httpx.Response:
        NOTHING_SENT.append(request)
        return httpx.Response(200, json=[])

    return immport.Client(token="t.t.t", env={}, transport=httpx.MockTransport(handler))


@pytest.fixture(autouse=True)
def _nothing_sent() -> Any:
    NOTHING_SENT.clear()
    yield
    assert NOTHING_SENT == []


def test_arm_accession_longer_than_the_spec_max_length_is_refused() -> None:
    with recording_client() as client, pytest.raises(InvalidRequestError) as info:
        client.studies.arm("SDY999999")
    assert (
        str(info.value)
        == "studies.arm: study_accession: 'SDY999999' is longer than 7 characters (spec: maxLength 7)"
    )


@pytest.mark.parametrize("size", [0, -1])
def test_search_page_size_below_the_spec_minimum_is_refused(size: int) -> None:
    with recording_client() as client, pytest.raises(InvalidRequestError, match=r"page_size: .* minimum 1"):
        client.search.studies(page_size=size)


def test_search_from_record_below_zero_is_refused() -> None:
    with (
        recording_client() as client,
        pytest.raises(InvalidRequestError, match=r"from_record: -5 .*minimum 0"),
    ):
        client.search.studies(from_record=-5)


# Arabic-Indic, Devanagari and fullwidth digits
@pytest.mark.parametrize("accession", ["SDY\u0661\u0662", "SDY\u0967\u0968", "SDY\uff11\uff12"])
def test_accessions_with_non_ascii_digits_are_refused(accession: str) -> None:
    with recording_client() as client, pytest.raises(InvalidRequestError, match="digits 0-9"):
        client.studies.arm(accession)
    with recording_client() as client, pytest.raises(InvalidRequestError, match="digits 0-9"):
        client.results.elisa(study_accession=[accession])


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), float("-inf"), "nan", "inf", "Infinity", "\u0661\u0662"]
)
def test_numeric_filters_refuse_nan_inf_and_non_ascii_digits(value: Any) -> None:
    with recording_client() as client, pytest.raises(InvalidRequestError, match="min_subject_age_gte"):
        client.results.elisa(min_subject_age_gte=value)


def test_enum_is_checked_with_the_allowed_values() -> None:
    with recording_client() as client, pytest.raises(InvalidRequestError, match="'asc', 'desc'"):
        client.search.studies(sort_field_direction="up")  # type: ignore[arg-type]


def test_values_within_the_rules_are_sent() -> None:
    call = prepare(get_operation("studies", "arm"), {"study_accession": "SDY1234"})
    assert call.path == "/api/study/arm/SDY1234"
    call = prepare(get_operation("search", "studies"), {"page_size": 1, "from_record": 0})
    assert ("pageSize", "1") in call.params


def test_rules_come_from_the_spec_for_every_parameter() -> None:
    # independent reading of the shipped corrected spec: every constraint keyword of every parameter
    spec = load_spec("corrected")
    string_rules = ("minLength", "maxLength", "pattern")
    number_rules = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
    keywords = string_rules + number_rules
    expected: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for item in spec["paths"].values():
        for op in item.values():
            for p in op.get("parameters", []):
                schema = p.get("schema", {})
                schema = schema.get("items", schema) if schema.get("type") == "array" else schema
                rules = {(k, json.dumps(schema[k])) for k in keywords if k in schema}
                expected[(op["operationId"], p["name"])] = rules
    table = {
        (op.operation_id, p.wire_name): {(k, json.dumps(v)) for k, v in p.rules}
        for op in OPERATIONS.values()
        for p in op.params
    }
    assert table == expected
    assert sum(bool(r) for r in table.values()) >= 20  # the study path maxLength and the search paging


def test_pattern_items_and_maximum_rules_name_parameter_and_rule() -> None:
    from immport.filters import normalize_arguments
    from immport.operations import Operation, Param

    op = Operation(
        operation_id="x",
        group="results",
        method_name="x",
        http_method="GET",
        path="/x",
        params=(
            Param("code", "code", "query", False, True, rules=(("pattern", "^[A-Z]{3}$"), ("maxItems", 2))),
            Param("age", "age", "query", False, False, value_type="number", rules=(("maximum", 120),)),
        ),
        requires_auth=False,
        supports_tsv=False,
        returns_list=True,
        model_ref=None,
    )
    assert normalize_arguments(op, {"code": ["ABC"], "age": 120}) == {"code": ["ABC"], "age": 120}
    with pytest.raises(InvalidRequestError, match=r"x: code: 'abcd' does not match .* \(spec: pattern"):
        normalize_arguments(op, {"code": ["abcd"]})
    with pytest.raises(InvalidRequestError, match=r"has more than 2 values \(spec: maxItems 2\)"):
        normalize_arguments(op, {"code": ["ABC", "DEF", "GHI"]})
    with pytest.raises(InvalidRequestError, match=r"age: 121 is above the maximum 120 \(spec: maximum 120\)"):
        normalize_arguments(op, {"age": 121})

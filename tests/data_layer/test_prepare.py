"""prepare(): exact wire parameters for every operation, filters, operators, accessions, TSV flag."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import pytest

from immport.accessions import normalize_accession
from immport.errors import InvalidRequestError
from immport.operations import OPERATIONS, get_operation, prepare

from .support import spec, spec_operations

PATH_VALUES = {
    "studyAccession": "SDY1",
    "fileUUID": "0b7c5c6e-2f55-4b1a-9c55-1d2e3f4a5b6c",
    "accessMethod": "s3",
}
ACCESSION_SAMPLES = {
    "studyAccession": "SDY12",
    "subjectAccession": "SUB1234.12",
    "armAccession": "ARM3",
    "experimentAccession": "EXP45",
    "biosampleAccession": "BS6",
    "expsampleAccession": "ES78",
    "plannedVisitAccession": "PV9",
}


def sample(raw: dict[str, Any]) -> tuple[Any, list[str]]:
    """(argument value, expected wire values) for one spec parameter."""
    schema = raw["schema"]
    name = raw["name"]
    if schema.get("type") == "array":
        first = ACCESSION_SAMPLES.get(name, "alpha")
        second = first if name in ACCESSION_SAMPLES else "beta"
        return [first.lower(), second], [first, second]
    if "enum" in schema:
        return schema["enum"][-1], [schema["enum"][-1]]
    if schema.get("type") == "integer":
        return 7, ["7"]
    if schema.get("type") == "number":
        return 2.5, ["2.5"]
    value = ACCESSION_SAMPLES.get(name, "some value")
    return value, [value]


@pytest.mark.parametrize("operation_id", sorted(spec_operations()))
def test_every_operation_encodes_every_parameter(operation_id: str) -> None:
    method, path, raw_op = spec_operations()[operation_id]
    op = OPERATIONS[operation_id]
    arguments: dict[str, Any] = {}
    expected: list[tuple[str, str]] = []
    filled = path
    for raw in raw_op.get("parameters", []):
        param = next(p for p in op.params if p.wire_name == raw["name"])
        if raw["name"] == "format":
            continue
        if raw["in"] == "path":
            arguments[param.python_name] = PATH_VALUES[raw["name"]]
            filled = filled.replace("{" + raw["name"] + "}", quote(PATH_VALUES[raw["name"]], safe=""))
            continue
        value, wire = sample(raw)
        arguments[param.python_name] = value
        if param.comma_list and isinstance(value, list):
            wire = [",".join(wire)]
        expected += [(raw["name"], w) for w in wire]
    call = prepare(op, arguments)
    assert (call.method, call.path) == (method, filled)
    # parameters left out are sent with their spec default, as the generated _get_kwargs does
    given = {name for name, _ in expected}
    defaults = [
        (raw["name"], str(raw["schema"]["default"]))
        for raw in raw_op.get("parameters", [])
        if "default" in raw["schema"] and raw["name"] not in given and raw["in"] == "query"
    ]
    assert sorted(call.params) == sorted(expected + defaults)
    assert call.headers["Accept"] == "application/json"


@pytest.mark.parametrize("operation_id", sorted(o for o in OPERATIONS if OPERATIONS[o].supports_tsv))
def test_tsv_sends_format_tsv(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    args = {p.python_name: PATH_VALUES[p.wire_name] for p in op.params if p.location == "path"}
    call = prepare(op, args, tsv=True)
    assert ("format", "tsv") in call.params
    assert call.headers["Accept"] == "text/tab-separated-values"


def test_tsv_refused_where_the_spec_has_no_tsv_body() -> None:
    with pytest.raises(InvalidRequestError, match="no TSV form"):
        prepare(get_operation("studies", "summary"), {"study_accession": "SDY1"}, tsv=True)
    with pytest.raises(InvalidRequestError, match="no TSV form"):
        prepare(get_operation("search", "studies"), {}, tsv=True)


def test_all_spec_ops_with_tsv_body_are_flat_models() -> None:
    # TSV rows are built from flat models only; a nested TSV model would need a new coercion rule
    from immport.operations import row_schema

    for op in OPERATIONS.values():
        if op.supports_tsv:
            schema = row_schema(op)
            assert schema is not None and schema.flat, op.operation_id
    assert spec()["openapi"].startswith("3.")


ELISA = get_operation("results", "elisa")


@pytest.mark.parametrize(
    ("key", "wire"),
    [
        ("min_subject_age_gte", "minSubjectAgeGte"),
        ("max_subject_age_lt", "maxSubjectAgeLt"),
        ("study_time_collected_lte", "studyTimeCollectedLte"),
        ("study_time_collected_gt", "studyTimeCollectedGt"),
        ("min_subject_age", "minSubjectAge"),
    ],
)
def test_numeric_operators_map_to_camel_case_suffixes(key: str, wire: str) -> None:
    assert prepare(ELISA, {key: 18}).params == [(wire, "18")]


@pytest.mark.parametrize(
    ("removed", "suggested"),
    [
        ("min_subject_age__gte", "min_subject_age_gte"),  # the double-underscore operator spelling
        ("minSubjectAgeGte", "min_subject_age_gte"),  # the wire name
        ("studyAccession", "study_accession"),
    ],
)
def test_second_spellings_of_a_filter_are_rejected_with_the_one_name(removed: str, suggested: str) -> None:
    with pytest.raises(InvalidRequestError, match=f"unknown filter '{removed}'; did you mean '{suggested}'"):
        prepare(ELISA, {removed: 18 if "ge" in removed.lower() else "SDY1"})


def test_numeric_strings_are_accepted_and_garbage_is_not() -> None:
    assert prepare(ELISA, {"min_subject_age_gte": "63.9"}).params == [("minSubjectAgeGte", "63.9")]
    with pytest.raises(InvalidRequestError, match="must be a number"):
        prepare(ELISA, {"min_subject_age_gte": "old"})
    with pytest.raises(InvalidRequestError, match="must be a number"):
        prepare(ELISA, {"min_subject_age_gte": True})


def test_unknown_filter_names_close_matches() -> None:
    with pytest.raises(InvalidRequestError) as info:
        prepare(ELISA, {"min_subject_ag_gte": 3})
    message = str(info.value)
    assert "unknown filter 'min_subject_ag_gte'" in message
    assert "min_subject_age_gte" in message
    with pytest.raises(InvalidRequestError, match="study_accession"):
        prepare(ELISA, {"studyaccession": "SDY1"})


def test_unknown_filter_without_close_match_lists_known_names() -> None:
    with pytest.raises(InvalidRequestError, match=r"known: .*study_accession"):
        prepare(ELISA, {"zzz": 1})


@pytest.mark.parametrize("key", ["format", "as_tsv"])
def test_format_is_not_a_filter_and_as_tsv_is_gone(key: str) -> None:
    with pytest.raises(InvalidRequestError, match=f"choose TSV with format='tsv', not a '{key}' filter"):
        prepare(ELISA, {key: "tsv"})


def test_multi_value_filters_repeat_the_key() -> None:
    call = prepare(ELISA, {"study_accession": ["sdy1", " SDY2 "], "gender": "Female"})
    assert call.params == [("gender", "Female"), ("studyAccession", "SDY1"), ("studyAccession", "SDY2")]


def test_multi_value_filter_type_errors() -> None:
    with pytest.raises(InvalidRequestError, match="empty list"):
        prepare(ELISA, {"gender": []})
    with pytest.raises(InvalidRequestError, match="non-empty strings"):
        prepare(ELISA, {"gender": ["Female", 3]})
    with pytest.raises(InvalidRequestError, match="string or a list"):
        prepare(ELISA, {"gender": 3})


SEARCH = get_operation("search", "studies")


def test_search_facets_join_lists_with_commas() -> None:
    call = prepare(
        SEARCH,
        {"condition_or_disease": ["asthma", "influenza"], "study_accession": ["sdy1", "SDY2"], "term": "flu"},
    )
    params = dict(call.params)
    assert params["conditionOrDisease"] == "asthma,influenza"
    assert params["studyAccession"] == "SDY1,SDY2"
    assert params["term"] == "flu"
    assert prepare(SEARCH, {"species": "Homo sapiens"}).params.count(("species", "Homo sapiens")) == 1


def test_search_enums_and_ints_are_checked() -> None:
    assert ("sortFieldDirection", "desc") in prepare(SEARCH, {"sort_field_direction": "desc"}).params
    with pytest.raises(InvalidRequestError, match="one of 'asc', 'desc'"):
        prepare(SEARCH, {"sort_field_direction": "down"})
    with pytest.raises(InvalidRequestError, match="must be an integer"):
        prepare(SEARCH, {"page_size": 2.5})


def test_path_accessions_are_validated_and_normalised() -> None:
    arm = get_operation("studies", "arm")
    assert prepare(arm, {"study_accession": " sdy89 "}).path == "/api/study/arm/SDY89"
    with pytest.raises(InvalidRequestError) as info:
        prepare(arm, {"study_accession": "SDYX"})
    assert str(info.value) == '"SDYX" is not a study accession (expected SDY followed by the digits 0-9)'
    with pytest.raises(InvalidRequestError, match="missing required"):
        prepare(arm, {})
    with pytest.raises(InvalidRequestError, match="not a study accession"):
        prepare(arm, {"study_accession": "../admin"})


def test_query_accessions_are_validated_per_kind() -> None:
    with pytest.raises(InvalidRequestError, match="not a subject accession"):
        prepare(ELISA, {"subject_accession": "SDY1"})
    with pytest.raises(InvalidRequestError, match="not a arm accession"):
        prepare(ELISA, {"arm_accession": "ARMx"})
    # treatmentAccession is a partial (LIKE) match: passed through as given
    assert prepare(ELISA, {"treatment_accession": "TRT1"}).params == [("treatmentAccession", "TRT1")]


def test_drs_access_method_and_uuid() -> None:
    drs = get_operation("files", "drs_url")
    call = prepare(drs, {"file_uuid": "a b/c", "access_method": "stream"})
    assert call.path == "/drs/download/stream/a%20b%2Fc"
    with pytest.raises(InvalidRequestError, match="'s3', 'stream'"):
        prepare(drs, {"file_uuid": "x", "access_method": "ftp"})
    with pytest.raises(InvalidRequestError, match="must not be empty"):
        prepare(drs, {"file_uuid": " ", "access_method": "s3"})


def test_manifest_file_type() -> None:
    manifest = get_operation("files", "manifest")
    call = prepare(manifest, {"study_accession": "SDY1", "file_type": "result_file"})
    assert (call.path, call.params) == (
        "/api/study/manifest/SDY1",
        [("fileType", "result_file"), ("format", "json")],
    )


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [("sdy1", "study", "SDY1"), ("SUB112829.269", "subject", "SUB112829.269"), ("es9", "expsample", "ES9")],
)
def test_normalize_accession(value: str, kind: str, expected: str) -> None:
    assert normalize_accession(value, kind) == expected


@pytest.mark.parametrize(
    ("value", "kind"), [("SDY", "study"), ("SDY1a", "study"), ("BS1", "study"), (1, "study")]
)
def test_bad_accessions(value: Any, kind: str) -> None:
    with pytest.raises(InvalidRequestError, match="is not a study accession"):
        normalize_accession(value, kind)

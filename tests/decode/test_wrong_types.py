"""Items 6 and 8 of issue 11: a value of the wrong type for its schema is a DecodeError on every decode
path (whole JSON body, TSV .rows(), iter_* over JSON and TSV), naming the operation, row and field."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

import immport
from immport.errors import DecodeError
from immport.operations import get_operation, parse_json, parse_tsv

from .support import async_client_answering, client_answering, dumps, elisa_row, to_tsv

ELISA = get_operation("results", "elisa")
MANIFEST = get_operation("files", "manifest")


def whole_json(client: immport.Client) -> list[Any]:
    return client.results.elisa(study_accession="SDY1")


def iter_json(client: immport.Client) -> list[Any]:
    return list(client.results.iter_elisa(study_accession="SDY1"))


def tsv_rows(client: immport.Client) -> list[Any]:
    return list(client.results.elisa(study_accession="SDY1", format="tsv").rows())


def iter_tsv(client: immport.Client) -> list[Any]:
    return list(client.results.iter_elisa(study_accession="SDY1", format="tsv"))


JSON_PATHS = [whole_json, iter_json]
TSV_PATHS = [tsv_rows, iter_tsv]

WRONG_JSON = [  # (field, wrong value, attrs name)
    ("valuePreferred", "high", "value_preferred"),
    ("resultId", "not-a-number", "result_id"),
    ("studyAccession", 42, "study_accession"),
    ("valuePreferred", {"value": 1}, "value_preferred"),
    ("valuePreferred", True, "value_preferred"),
    ("resultId", 2.5, "result_id"),
    ("clinical", ["Y"], "clinical"),
]


@pytest.mark.parametrize("path", JSON_PATHS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(("field", "value", "attr"), WRONG_JSON)
def test_wrong_json_type_raises_decode_error_naming_operation_row_and_field(
    path: Callable[[immport.Client], list[Any]], field: str, value: Any, attr: str
) -> None:
    rows = [elisa_row(1), elisa_row(2), elisa_row(3, **{field: value})]
    with client_answering(dumps(rows)) as client, pytest.raises(DecodeError) as info:
        path(client)
    message = str(info.value)
    assert "results.elisa: row 2:" in message
    assert f"'{field}' ({attr})" in message


@pytest.mark.parametrize("path", TSV_PATHS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    ("field", "cell", "expected"),
    [
        ("valuePreferred", "high", "a number"),
        ("resultId", "not-a-number", "an integer"),
        ("resultId", "2.5", "an integer"),
    ],
)
def test_wrong_tsv_cell_raises_decode_error_naming_operation_row_and_field(
    path: Callable[[immport.Client], list[Any]], field: str, cell: str, expected: str
) -> None:
    body = to_tsv([elisa_row(1), elisa_row(2, **{field: cell})])
    with client_answering(body) as client, pytest.raises(DecodeError) as info:
        path(client)
    message = str(info.value)
    assert "results.elisa: row 1 (TSV line 3):" in message
    assert f"'{field}'" in message and expected in message


async def test_async_iter_raises_decode_error_on_a_wrong_type() -> None:
    body = dumps([elisa_row(1), elisa_row(2, valuePreferred="high")])
    async with async_client_answering(body) as client:
        with pytest.raises(DecodeError, match=r"results\.elisa: row 1: field 'valuePreferred'"):
            [r async for r in client.results.iter_elisa(study_accession="SDY1")]


@pytest.mark.parametrize("path", JSON_PATHS, ids=lambda f: f.__name__)
def test_row_index_counts_every_row_before_the_bad_one(path: Callable[[immport.Client], list[Any]]) -> None:
    rows = [elisa_row(i) for i in range(500)]
    rows[437]["studyAccession"] = 437
    with (
        client_answering(dumps(rows)) as client,
        pytest.raises(DecodeError, match="row 437: field 'studyAccession'"),
    ):
        path(client)


@pytest.mark.parametrize("path", [*JSON_PATHS, *TSV_PATHS], ids=lambda f: f.__name__)
def test_well_typed_rows_decode_to_their_annotated_types(path: Callable[[immport.Client], list[Any]]) -> None:
    rows = [elisa_row(1, valuePreferred=3), elisa_row(2, valuePreferred=None, clinical=None)]
    body = to_tsv(rows) if path in TSV_PATHS else dumps(rows)
    with client_answering(body) as client:
        first, second = path(client)
    assert (first.result_id, first.study_accession, first.value_preferred) == (1, "SDY1", 3.0)
    assert type(first.result_id) is int
    assert type(first.value_preferred) is float  # a JSON 3 in a number field is the float 3.0
    assert (second.value_preferred, second.clinical) == (None, None)


def test_both_json_decoders_give_the_same_models() -> None:
    """The bulk decoder (whole body) and the per-row one (streams, unusual rows) agree, types included."""
    rows = [elisa_row(1, valuePreferred=3), elisa_row(2, resultId=7.0), elisa_row(3, valuePreferred=None)]
    bulk = parse_json(ELISA, dumps(rows), None)
    per_row = parse_json(ELISA, dumps({"content": rows}), None)  # a wrapper takes the general path
    assert bulk == per_row
    assert [(type(r.result_id), type(r.value_preferred)) for r in bulk] == [
        (int, float),
        (int, float),
        (int, type(None)),
    ]
    assert [(type(r.result_id), type(r.value_preferred)) for r in per_row] == [
        (int, float),
        (int, float),
        (int, type(None)),
    ]


# --- item 8: date-time strings that do not parse ---


@pytest.mark.parametrize("streamed", [False, True])
def test_unparsable_json_date_time_raises_decode_error(streamed: bool) -> None:
    rows = [
        {"fileUUID": "u1", "dateFileUpdated": "2021-03-04T05:06:07"},
        {"fileUUID": "u2", "dateFileUpdated": "soon"},
    ]
    with client_answering(dumps(rows)) as client, pytest.raises(DecodeError) as info:
        if streamed:
            list(client.files.iter_manifest(study_accession="SDY1"))
        else:
            client.files.manifest(study_accession="SDY1")
    assert "files.manifest: row 1: field 'dateFileUpdated' (date_file_updated)" in str(info.value)
    assert "date-time" in str(info.value)


def test_parsable_json_date_time_becomes_datetime_on_both_json_paths() -> None:
    rows = [{"fileUUID": "u1", "dateFileUpdated": "2021-03-04T05:06:07Z"}]
    with client_answering(dumps(rows)) as client:
        (whole,) = client.files.manifest(study_accession="SDY1")
        (streamed,) = client.files.iter_manifest(study_accession="SDY1")
    expected = datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)
    assert whole.date_file_updated == streamed.date_file_updated == expected


def test_unparsable_tsv_date_time_raises_decode_error() -> None:
    text = "fileUUID\tdateFileUpdated\nu1\t2021-03-04T05:06:07Z\nu2\tyesterday\n"
    with pytest.raises(DecodeError, match=r"files.manifest: row 1 \(TSV line 3\): field 'dateFileUpdated'"):
        list(parse_tsv(MANIFEST, text).rows())


def test_single_object_with_a_wrong_type_raises_decode_error() -> None:
    op = get_operation("files", "drs_url")
    schema_fields = {"message": "ok", "url": "https://example.org/f", "status": "two hundred"}
    with pytest.raises(DecodeError, match=r"files\.drs_url: field 'status'"):
        parse_json(op, dumps(schema_fields), "application/json")


@pytest.mark.parametrize("value", [42, None, True])
def test_string_list_with_a_non_string_raises_decode_error(value: object) -> None:
    op = get_operation("studies", "restricted_accessions")
    with pytest.raises(DecodeError, match=r"studies\.restricted_accessions: row 1: .*\(strings\)"):
        parse_json(op, dumps(["SDY1", value]), "application/json")


def test_nested_object_with_a_wrong_scalar_type_raises_decode_error() -> None:
    body = dumps({"studyAccession": "SDY1", "subjectsNumber": "many", "studyLinks": []})
    with client_answering(body) as client, pytest.raises(DecodeError) as info:
        client.studies.summary("SDY1")
    assert "studies.summary: field 'subjectsNumber' (subjects_number) should be an integer" in str(info.value)


def test_nested_object_scalars_get_their_annotated_types() -> None:
    summary = parse_json(get_operation("studies", "summary"), dumps({"subjectsNumber": 30.0}), None)
    assert summary.subjects_number == 30 and type(summary.subjects_number) is int

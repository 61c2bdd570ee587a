"""Strict mode reports every violation of a response, grouped, under a policy; streamed bodies too."""

from __future__ import annotations

import copy
import json
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import immport
from immport.contract import _strict_schema
from immport.contract.strict import ResponseCheck, check_json, check_tsv
from immport.contract.violations import MAX_VIOLATIONS, StrictPolicy
from immport.errors import ContractViolation, ContractWarning, InvalidRequestError

from .samples import SPEC, body_schema, sample, tsv, tsv_cell

ELISA, PCR = "getElisaResult", "getPcrResult"


def rows_of(operation_id: str, count: int) -> list[dict[str, Any]]:
    record = sample(body_schema(operation_id))[0]
    return [dict(record, resultId=n) for n in range(count)]


def as_tsv(rows: list[dict[str, Any]]) -> bytes:
    header = list(rows[0])
    return tsv(header, [[tsv_cell(row.get(name)) for name in header] for row in rows]).encode()


def older_release_pcr(count: int) -> list[dict[str, Any]]:
    """PCR rows as an older data release sends them: no analyteAccession, and ImmPort's geneSymbol."""
    rows = rows_of(PCR, count)
    for row in rows:
        del row["analyteAccession"]
        row["geneSymbol"] = "IL6"
    return rows


def client_answering(body: bytes | list[bytes], strict: object, content_type: str) -> immport.Client:
    chunks = body if isinstance(body, list) else [body]

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter(chunks), headers={"content-type": content_type})

    return immport.Client(auth=False, strict=strict, env={}, transport=httpx.MockTransport(answer))


def json_client(rows: list[dict[str, Any]], strict: object) -> immport.Client:
    return client_answering(json.dumps(rows).encode(), strict, "application/json")


def in_chunks(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


# ---- the example: geneSymbol named first, both listed -----------------------------------------
def test_pcr_error_names_the_unknown_gene_symbol_first_and_lists_the_missing_analyte_accession() -> None:
    with json_client(older_release_pcr(3), "error") as client, pytest.raises(ContractViolation) as info:
        client.results.pcr(study_accession="SDY1")
    error = info.value
    text = str(error)
    assert "geneSymbol" in text and "analyteAccession" in text
    assert text.index("geneSymbol") < text.index("analyteAccession")
    assert text.splitlines()[1] == (
        "  unknown field geneSymbol x3: first at /0/geneSymbol, expected no such field, got 'IL6'"
    )
    assert text.splitlines()[2] == (
        "  missing field analyteAccession x3: first at /0/analyteAccession, expected field analyteAccession,"
        " got missing"
    )
    assert error.counts == {"unknown-field": 3, "missing-field": 3}
    assert [(v.pointer, v.kind) for v in error.violations] == [
        ("/0/geneSymbol", "unknown-field"), ("/1/geneSymbol", "unknown-field"),
        ("/2/geneSymbol", "unknown-field"), ("/0/analyteAccession", "missing-field"),
        ("/1/analyteAccession", "missing-field"), ("/2/analyteAccession", "missing-field"),
    ]  # fmt: skip
    assert (error.operation, error.pointer, error.expected, error.seen) == (
        PCR, "/0/geneSymbol", "no such field", "'IL6'"
    )  # fmt: skip


def test_the_report_first_line_counts_every_kind() -> None:
    report = check_json(PCR, json.dumps(older_release_pcr(2)).encode())
    assert report.summary().splitlines()[0] == (
        "getPcrResult: the response does not match the spec (4 violations: 2 unknown field, 2 missing field)"
    )


# ---- the policy ---------------------------------------------------------------------------------------
def test_default_policy_only_warns_about_fields_missing_from_older_releases() -> None:
    rows = rows_of(PCR, 2)
    for row in rows:
        del row["analyteAccession"]
    with json_client(rows, "error") as client, pytest.warns(ContractWarning) as caught:
        assert len(client.results.pcr(study_accession="SDY1")) == 2
    [warning] = caught
    assert "missing field analyteAccession x2" in str(warning.message)


def test_default_policy_raises_on_wrong_types() -> None:
    rows = rows_of(ELISA, 2)
    rows[1]["valuePreferred"] = "high"
    with json_client(rows, "error") as client, pytest.raises(ContractViolation) as info:
        client.results.elisa(study_accession="SDY1")
    assert [(v.pointer, v.kind, v.seen) for v in info.value.violations] == [
        ("/1/valuePreferred", "wrong-type", "string 'high'")
    ]


def test_a_policy_chooses_what_raises_and_what_is_ignored() -> None:
    rows = older_release_pcr(1)
    missing_matters = StrictPolicy(raise_on={"missing-field"}, ignore={"unknown-field"})
    with json_client(rows, missing_matters) as client, pytest.raises(ContractViolation) as info:
        client.results.pcr(study_accession="SDY1")
    assert info.value.counts == {"missing-field": 1}
    unknown_ignored = StrictPolicy(raise_on={"wrong-type"}, ignore={"unknown-field"})
    with json_client(rows, unknown_ignored) as client, pytest.warns(ContractWarning) as caught:
        client.results.pcr(study_accession="SDY1")
    assert "geneSymbol" not in str(caught[0].message)
    with pytest.raises(InvalidRequestError, match="unknown violation kind"):
        StrictPolicy(raise_on={"typo"})  # type: ignore[arg-type]


def test_warn_mode_never_raises_and_warns_once_per_response() -> None:
    with json_client(older_release_pcr(5), "warn") as client, pytest.warns(ContractWarning) as caught:
        client.results.pcr(study_accession="SDY1")
    assert len(caught) == 1
    assert "unknown field geneSymbol x5" in str(caught[0].message)


# ---- every kind, in JSON and in TSV -------------------------------------------------------------------
@pytest.fixture
def elisa_with_an_enum_and_a_required_value(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The corrected spec with ELISA's ``gender`` an enum and ``studyAccession`` non-nullable."""
    spec = copy.deepcopy(SPEC)
    properties = spec["components"]["schemas"]["VElisaResult"]["properties"]
    properties["gender"]["enum"] = ["Female", "Male"]
    properties["studyAccession"]["nullable"] = False
    _strict_schema.contract_for.cache_clear()
    monkeypatch.setattr(_strict_schema, "_corrected", lambda: _strict_schema.Resolver(spec))
    yield
    _strict_schema.contract_for.cache_clear()


@pytest.mark.usefixtures("elisa_with_an_enum_and_a_required_value")
def test_every_kind_of_violation_in_json_and_tsv() -> None:
    rows = [dict(row, gender="Female") for row in rows_of(ELISA, 5)]
    rows[1]["gender"] = "Unknown"
    rows[2]["studyAccession"] = None
    rows[3]["minSubjectAge"] = "young"
    rows[4]["geneSymbol"] = "IL6"
    for row in rows[:4]:
        row["geneSymbol"] = None
    del rows[0]["comments"]
    json_report = check_json(ELISA, json.dumps(rows).encode())
    assert [(v.pointer, v.kind) for v in json_report.violations] == [
        *[(f"/{n}/geneSymbol", "unknown-field") for n in range(5)],
        ("/3/minSubjectAge", "wrong-type"),
        ("/1/gender", "unknown-enum-value"),
        ("/2/studyAccession", "null-in-non-nullable"),
        ("/0/comments", "missing-field"),
    ]
    for row in rows[1:]:
        del row["comments"]
    tsv_report = check_tsv(ELISA, as_tsv(rows).decode())
    assert [(v.pointer, v.kind, v.seen) for v in tsv_report.violations] == [
        ("/header/geneSymbol", "unknown-field", "present"),
        ("/3/minSubjectAge", "wrong-type", "string 'young'"),
        ("/1/gender", "unknown-enum-value", "string 'Unknown'"),
        ("/2/studyAccession", "null-in-non-nullable", "empty (null)"),
        ("/header/comments", "missing-field", "missing"),
    ]


def test_many_bad_rows_keep_bounded_lists_but_exact_counts() -> None:
    rows = older_release_pcr(MAX_VIOLATIONS * 3)
    report = check_json(PCR, json.dumps(rows).encode())
    assert report.counts == {"unknown-field": MAX_VIOLATIONS * 3, "missing-field": MAX_VIOLATIONS * 3}
    kept = report.violations
    assert len(kept) == MAX_VIOLATIONS
    assert {v.kind for v in kept} == {"unknown-field", "missing-field"}  # every group keeps its first


# ---- streaming ----------------------------------------------------------------------------------------
def test_streamed_json_raises_with_the_same_context_as_the_whole_body() -> None:
    rows = rows_of(ELISA, 400)
    rows[301]["maxSubjectAge"] = "forty"
    rows[350]["brandNewField"] = 1
    body = json.dumps(rows).encode()
    with json_client(rows, "error") as client, pytest.raises(ContractViolation) as whole:
        client.results.elisa(study_accession="SDY1")
    received = []
    with (
        client_answering(in_chunks(body, 4096), "error", "application/json") as client,
        pytest.raises(ContractViolation) as streamed,
    ):
        for row in client.results.iter_elisa(study_accession="SDY1"):
            received.append(row)
    first = whole.value.violations
    assert (streamed.value.pointer, streamed.value.expected, streamed.value.seen) == (
        "/301/maxSubjectAge", "number or null", "string 'forty'"
    )  # fmt: skip
    assert streamed.value.violations[0] in first
    assert 0 < len(received) <= 301  # rows before the bad batch were handed out, the bad one never


def test_streamed_tsv_is_checked_per_row() -> None:
    rows = rows_of(ELISA, 300)
    rows[250]["resultId"] = "12.5"
    body = as_tsv(rows)
    with (
        client_answering(in_chunks(body, 2048), "error", "text/tab-separated-values") as client,
        pytest.raises(ContractViolation) as info,
    ):
        for _ in client.results.iter_elisa(study_accession="SDY1", format="tsv"):
            pass
    assert [(v.pointer, v.kind) for v in info.value.violations] == [("/250/resultId", "wrong-type")]


def test_streamed_warnings_come_once_at_the_end_with_the_total() -> None:
    rows = older_release_pcr(500)
    body = json.dumps(rows).encode()
    with (
        client_answering(in_chunks(body, 1000), "warn", "application/json") as client,
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        count = sum(1 for _ in client.results.iter_pcr(study_accession="SDY1"))
    assert count == 500
    [warning] = [w for w in caught if issubclass(w.category, ContractWarning)]
    assert "(1000 violations: 500 unknown field, 500 missing field)" in str(warning.message)


def test_conforming_streams_pass_in_error_mode() -> None:
    rows = rows_of(ELISA, 200)
    with client_answering(in_chunks(json.dumps(rows).encode(), 3000), "error", "application/json") as client:
        assert sum(1 for _ in client.results.iter_elisa(study_accession="SDY1")) == 200
    with client_answering(in_chunks(as_tsv(rows), 3000), "error", "text/tab-separated-values") as client:
        assert sum(1 for _ in client.results.iter_elisa(study_accession="SDY1", format="tsv")) == 200


def test_a_long_stream_keeps_bounded_violations_and_exact_counts() -> None:
    check = ResponseCheck(PCR, StrictPolicy(raise_on=()))
    batch = older_release_pcr(100)
    for _ in range(50):
        check.json_rows([dict(row) for row in batch])
    assert check.report.counts == {"unknown-field": 5000, "missing-field": 5000}
    assert len(check.report.violations) == MAX_VIOLATIONS
    kept = [(v.pointer, v.kind) for v in check.report.violations]
    assert kept[0] == ("/0/geneSymbol", "unknown-field") and ("/0/analyteAccession", "missing-field") in kept
    with pytest.warns(ContractWarning, match=r"unknown field geneSymbol x5000: first at /0/geneSymbol"):
        check.finish()


async def test_async_clients_check_streams_too() -> None:
    rows = rows_of(ELISA, 20)
    rows[7]["brandNewField"] = "x"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=rows)

    transport = httpx.MockTransport(answer)
    async with immport.AsyncClient(auth=False, strict="error", env={}, transport=transport) as client:
        with pytest.raises(ContractViolation) as info:
            async for _ in client.results.iter_elisa(study_accession="SDY1"):
                pass
        assert info.value.pointer == "/7/brandNewField"
        with pytest.raises(ContractViolation):
            await client.results.elisa(study_accession="SDY1")


def test_a_crlf_tsv_response_passes_strict_mode() -> None:
    rows = [{k: v for k, v in row.items() if k != "valuePreferred"} | {"valuePreferred": 1.5}
            for row in rows_of(ELISA, 3)]  # fmt: skip
    body = as_tsv(rows).replace(b"\n", b"\r\n")  # the numeric last column must not be read as "1.5\r"
    with client_answering(body, "error", "text/tab-separated-values") as client:
        assert len(list(client.results.elisa(study_accession="SDY1", format="tsv").rows())) == 3

"""One call per group through immport.Client / AsyncClient, with pytest-httpx as ImmPort."""

from __future__ import annotations

import json

import pytest
from immport_api_client.models import (
    FileDetails,
    FileDownloadURL,
    LkDisease,
    StudyArmApi,
    VElisaResult,
)
from pytest_httpx import HTTPXMock

import immport
from immport.errors import DecodeError, InvalidRequestError
from immport.resources import SearchHit, StudySource
from immport.tsv import TsvTable

BASE = "https://www.immport.org/data/query"
KEY = "dl-test-api-key"


def make_client() -> immport.Client:
    return immport.Client(api_key=KEY, env={}, query_url=BASE, max_retries=0)


def make_async_client() -> immport.AsyncClient:
    return immport.AsyncClient(api_key=KEY, env={}, query_url=BASE, max_retries=0)


def search_page(start: int, count: int, total: int) -> dict[str, object]:
    hits = [{"_id": str(i), "_source": {"study_accession": f"SDY{i}"}} for i in range(start, start + count)]
    return {"took": 1, "hits": {"total": {"value": total, "relation": "eq"}, "hits": hits}}


def test_search_joins_facets_and_sends_no_credentials(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=search_page(0, 1, 1))
    with make_client() as client:
        page = client.search.studies(condition_or_disease=["asthma", "influenza"], study_accession="sdy1")
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == "/data/query/api/search/study"
    assert request.url.params["conditionOrDisease"] == "asthma,influenza"
    assert request.url.params["studyAccession"] == "SDY1"
    assert "authorization" not in request.headers
    assert page.total == 1 and [hit.source.study_accession for hit in page] == ["SDY0"]


def test_iter_studies_pages_until_total(httpx_mock: HTTPXMock) -> None:
    for start, count in ((0, 2), (2, 2), (4, 1)):
        httpx_mock.add_response(json=search_page(start, count, 5))
    with make_client() as client:
        hits = list(client.search.iter_studies(term="flu", page_size=2))
    assert all(isinstance(h, SearchHit) and isinstance(h.source, StudySource) for h in hits)
    assert [h.id for h in hits] == ["0", "1", "2", "3", "4"]
    assert [h.source.study_accession for h in hits] == ["SDY0", "SDY1", "SDY2", "SDY3", "SDY4"]
    requests = httpx_mock.get_requests()
    assert [r.url.params["fromRecord"] for r in requests] == ["0", "2", "4"]
    assert {r.url.params["pageSize"] for r in requests} == {"2"}


def test_study_resource_sends_the_key_and_types_rows(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=[{"armAccession": "ARM1", "name": "Vaccine", "studyAccession": "SDY1"}])
    with make_client() as client:
        arms = client.studies.arm("sdy1")
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == "/data/query/api/study/arm/SDY1"
    assert request.headers["authorization"].lower() == f"bearer {KEY}".lower()
    assert isinstance(arms[0], StudyArmApi) and arms[0].arm_accession == "ARM1"


def test_results_tsv(httpx_mock: HTTPXMock) -> None:
    text = "resultId\tstudyAccession\tvaluePreferred\n1\tSDY1\t2.5\n2\tSDY2\t\n"
    httpx_mock.add_response(text=text, headers={"content-type": "text/tab-separated-values"})
    with make_client() as client:
        table = client.results.elisa(study_accession=["SDY1", "sdy2"], min_subject_age_gte=18, format="tsv")
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.params.get_list("studyAccession") == ["SDY1", "SDY2"]
    assert request.url.params["minSubjectAgeGte"] == "18"
    assert request.url.params["format"] == "tsv"
    assert isinstance(table, TsvTable) and table.text == text
    rows = list(table.rows())
    assert isinstance(rows[0], VElisaResult)
    assert [(r.result_id, r.value_preferred) for r in rows] == [(1, 2.5), (2, None)]


def test_results_stream(httpx_mock: HTTPXMock) -> None:
    rows = [{"resultId": i, "studyAccession": "SDY1"} for i in range(50)]
    httpx_mock.add_response(content=json.dumps(rows).encode())
    with make_client() as client:
        streamed = list(client.results.iter_elisa(study_accession="SDY1"))
    assert [r.result_id for r in streamed] == list(range(50))


def test_unknown_filter_is_refused_before_sending(httpx_mock: HTTPXMock) -> None:
    with (
        make_client() as client,
        pytest.raises(InvalidRequestError, match="did you mean 'min_subject_age_gte'"),
    ):
        client.results.elisa(min_subject_ag_gte=18)  # type: ignore[call-overload]
    with make_client() as client, pytest.raises(InvalidRequestError, match="not a study accession"):
        client.studies.arm("SDYX")
    assert httpx_mock.get_requests() == []


def test_lookup(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=[{"name": "Asthma", "diseaseOntologyId": "DOID:2841"}])
    with make_client() as client:
        (disease,) = client.lookups.disease()
    assert isinstance(disease, LkDisease) and disease.disease_ontology_id == "DOID:2841"
    request = httpx_mock.get_request()
    assert request is not None and request.url.path == "/data/query/api/lookup/lkDisease"


def test_files_manifest_and_drs(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"content": [{"fileUUID": "u-1", "path": "SDY1/StudyFiles/a.txt"}]})
    httpx_mock.add_response(json={"message": "ok", "url": "https://s3.example/a.txt?sig=x", "status": 200})
    with make_client() as client:
        (entry,) = client.files.manifest("SDY1", file_type="study_file")
        link = client.files.drs_url("u-1", "s3")
    assert isinstance(entry, FileDetails) and entry.file_uuid == "u-1"
    assert isinstance(link, FileDownloadURL) and link.url == "https://s3.example/a.txt?sig=x"
    manifest_request, drs_request = httpx_mock.get_requests()
    assert manifest_request.url.params["fileType"] == "study_file"
    assert drs_request.url.path == "/data/query/drs/download/s3/u-1"


def test_html_page_is_a_decode_error(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        text="<html><body>Please sign in</body></html>", headers={"content-type": "text/html"}
    )
    with make_client() as client, pytest.raises(DecodeError, match="HTML"):
        client.lookups.sex()


async def test_async_groups(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=[{"armAccession": "ARM1"}])
    httpx_mock.add_response(content=b'[{"resultId": 1}, {"resultId": 2}]')
    for start, count in ((0, 2), (2, 1)):
        httpx_mock.add_response(json=search_page(start, count, 3))
    async with make_async_client() as client:
        arms = await client.studies.arm("SDY1")
        streamed = [row.result_id async for row in client.results.iter_elisa(study_accession="SDY1")]
        hits = [hit.id async for hit in client.search.iter_subjects(page_size=2)]
    assert arms[0].arm_accession == "ARM1"
    assert streamed == [1, 2]
    assert hits == ["0", "1", "2"]
    assert [r.url.params.get("fromRecord") for r in httpx_mock.get_requests()[2:]] == ["0", "2"]


async def test_async_tsv(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(text="name\tdescription\nAsthma\tlungs\n")
    async with make_async_client() as client:
        table = await client.lookups.disease(format="tsv")
    assert [d.name for d in table.rows()] == ["Asthma"]

"""UI study metadata (no token): typed summary from the documented SDY1680 example, ui/ paths."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.errors import DecodeError, InvalidRequestError
from immport.ui import AsyncStudyMetadata, StudyMetadata
from tests.documented import SDY1680_SUMMARY

from .support import QUERY

SDY1680 = {**SDY1680_SUMMARY, "aNewField": {"x": 1}}  # plus a field ImmPort may add one day


def test_summary_is_typed_and_sent_without_credentials(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{QUERY}/ui/study/summary/SDY1680", json=SDY1680)

    summary = StudyMetadata(client).summary("sdy1680")

    assert "authorization" not in httpx_mock.get_request().headers  # type: ignore[union-attr]
    assert summary.study_accession == "SDY1680" and summary.subjects_number == 68
    assert (
        summary.links[0].study_link_id == 1345 and summary.links[0].value == "https://github.com/seshadrilab"
    )
    assert [p.pubmed_id for p in summary.pubmeds] == ["33621211", "TBD"]
    assert summary.pubmeds[0].journal == "JCI insight" and summary.pubmeds[1].journal is None
    assert summary.raw["aNewField"] == {"x": 1} and summary.glossary == ()


def test_design_and_study_files_return_json(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{QUERY}/ui/study/design/SDY1", json={"arms": []})
    httpx_mock.add_response(url=f"{QUERY}/ui/study/studyfile/SDY1", json=[{"fileName": "a.txt"}])
    ui = StudyMetadata(client)
    assert ui.design("SDY1") == {"arms": []}
    assert ui.study_files("SDY1") == [{"fileName": "a.txt"}]


def test_accessions_release_and_download_counts(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{QUERY}/ui/study/findAllStudyAccessions", json={"studyAccessions": ["SDY1", "SDY2"]}
    )
    httpx_mock.add_response(url=f"{QUERY}/ui/studydatarel/datarelver", json=["DR53"])
    httpx_mock.add_response(
        url=f"{QUERY}/ui/study/downloadCount?studyAccession=SDY1%2CSDY2", json={"SDY1": 5}
    )
    ui = StudyMetadata(client)
    assert ui.study_accessions() == ["SDY1", "SDY2"]
    assert ui.data_release_version() == "DR53"
    assert ui.download_counts(["SDY1", "sdy2"]) == {"SDY1": 5}


@pytest.mark.parametrize("payload", [{"version": "DR52"}, "DR52", ["DR52", "DR51"]])
def test_release_version_shapes(client: immport.Client, httpx_mock: HTTPXMock, payload: object) -> None:
    httpx_mock.add_response(url=f"{QUERY}/ui/studydatarel/datarelver", json=payload)
    assert StudyMetadata(client).data_release_version() == "DR52"


def test_bad_accession_is_refused(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    with pytest.raises(InvalidRequestError):
        StudyMetadata(client).summary("SDY1680/../x")
    with pytest.raises(InvalidRequestError):
        StudyMetadata(client).download_counts([])
    assert httpx_mock.get_requests() == []


def test_html_instead_of_json_is_a_decode_error(client: immport.Client, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{QUERY}/ui/study/summary/SDY1", text="<html>maintenance</html>")
    with pytest.raises(DecodeError):
        StudyMetadata(client).summary("SDY1")


async def test_async_summary(aclient: immport.AsyncClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{QUERY}/ui/study/summary/SDY1680", json=SDY1680)
    summary = await AsyncStudyMetadata(aclient).summary("SDY1680")
    assert summary.title is not None and summary.title.startswith("Comorbid")

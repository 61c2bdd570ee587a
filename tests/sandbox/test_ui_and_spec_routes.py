"""The query host's routes outside the spec: ``/v3/api-docs`` and the UI study metadata (``/ui/...``)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import immport
from immport import spec as spec_copies
from immport.cli import app as cli_app
from immport.cli.sandbox_link import write_record
from immport.contract.live import run_check
from immport.errors import InvalidRequestError, NotFoundError
from immport.sandbox import SandboxConfig, SandboxInfo
from immport.ui import StudySummary
from tests.documented import SDY1680_SUMMARY

from .conftest import Sandbox

UI_STUDY_PATHS = ("/ui/study/summary/{}", "/ui/study/design/{}", "/ui/study/studyfile/{}")
DOCUMENTED_SUMMARY_KEYS = set(SDY1680_SUMMARY)  # the keys of ImmPort's documented answer


@pytest.fixture(scope="module")
def live() -> Iterator[SandboxInfo]:
    with immport.sandbox.running(SandboxConfig(rows=5, file_size=2048)) as info:
        yield info


# ---------------------------------------------------------------- spec document


def test_spec_document_is_the_vendored_upstream_file_byte_for_byte(sandbox: Sandbox) -> None:
    response = sandbox.get("/v3/api-docs", auth=False)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.content == spec_copies.spec_bytes("upstream")
    assert response.content != spec_copies.spec_bytes("corrected")


def test_spec_check_against_the_sandbox_finds_no_changes(live: SandboxInfo) -> None:
    report, code = run_check(url=f"{live.query_url}/v3/api-docs", fmt="text", fail_on="breaking")
    assert code == 0, report
    _, strict_code = run_check(url=f"{live.query_url}/v3/api-docs", fmt="json", fail_on="any")
    assert strict_code == 0


def test_cli_spec_check_with_sandbox_auto_builds_the_sandbox_url(
    live: SandboxInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    write_record(live.client_kwargs(), live.username)
    result = CliRunner().invoke(cli_app, ["--sandbox", "auto", "spec", "check", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["total"] == 0
    # a wrong URL reaches the sandbox's 404, proving the URL above really was fetched
    bad = CliRunner().invoke(cli_app, ["spec", "check", "--url", f"{live.query_url}/v3/api-doc"])
    assert bad.exit_code != 0


# ---------------------------------------------------------------- UI routes, in process


def test_ui_summary_has_the_documented_shape_and_matches_the_shared_data_summary(sandbox: Sandbox) -> None:
    ui = sandbox.get("/ui/study/summary/SDY1680", auth=False)
    assert ui.status_code == 200
    body = ui.json()
    assert set(body) == DOCUMENTED_SUMMARY_KEYS
    api = sandbox.get("/api/study/summary/SDY1680").json()
    for key in DOCUMENTED_SUMMARY_KEYS - {"studyGlossarys"}:
        assert body[key] == api[key], key
    assert body["studyAccession"] == "SDY1680" and body["studyGlossarys"] == []
    assert body["studyPubmeds"][0]["id"] == {
        "studyAccession": "SDY1680",
        "pubmedId": api["studyPubmeds"][0]["id"]["pubmedId"],
    }
    assert {"studyLinkId", "name", "type", "value"} == set(body["studyLinks"][0])


def test_ui_design_and_study_files_use_the_catalog_rows(sandbox: Sandbox) -> None:
    design = sandbox.get("/ui/study/design/sdy2", auth=False).json()
    assert design["studyAccession"] == "SDY2"
    assert design["arms"] == sandbox.get("/api/study/arm/SDY2").json()
    assert design["plannedVisits"] == sandbox.get("/api/study/plannedVisit/SDY2").json()
    assert [a["armAccession"] for a in design["arms"]] == ["ARM235", "ARM236"]
    files = sandbox.get("/ui/study/studyfile/SDY2", auth=False).json()
    assert files == sandbox.get("/api/study/file/SDY2").json()
    assert files and all(f["studyAccession"] == "SDY2" for f in files)


def test_ui_lists_release_version_and_download_counts(sandbox: Sandbox) -> None:
    accessions = sandbox.get("/ui/study/findAllStudyAccessions", auth=False).json()
    searched = sandbox.get("/api/search/study", {"pageSize": 100}, auth=False).json()
    search_ids = {hit["_source"]["study_accession"] for hit in searched["hits"]["hits"]}
    assert set(accessions) == {"studyAccessions"} and set(accessions["studyAccessions"]) == search_ids
    assert "SDY9001" not in accessions["studyAccessions"]  # restricted studies are not public
    version = sandbox.get("/ui/studydatarel/datarelver", auth=False).json()
    assert version == [sandbox.get("/api/study/summary/SDY1").json()["latestDataReleaseVersion"]]
    counts = sandbox.get("/ui/study/downloadCount", {"studyAccession": "SDY1,SDY4"}, auth=False).json()
    assert [c["studyAccession"] for c in counts] == ["SDY1", "SDY4"]
    assert all(isinstance(c["downloadCount"], int) and c["downloadCount"] > 0 for c in counts)
    repeated = sandbox.get("/ui/study/downloadCount", [("studyAccession", "SDY4")], auth=False).json()
    assert repeated == counts[1:]  # deterministic


@pytest.mark.parametrize("template", UI_STUDY_PATHS)
def test_ui_unknown_study_is_404_json(sandbox: Sandbox, template: str) -> None:
    path = template.format("SDY424242")
    response = sandbox.get(path, auth=False)
    assert response.status_code == 404
    assert response.json()["status"] == 404 and response.json()["path"] == "/data/query" + path
    assert "SDY424242" in response.json()["message"]


def test_ui_download_count_errors(sandbox: Sandbox) -> None:
    unknown = sandbox.get("/ui/study/downloadCount", {"studyAccession": "SDY1,SDY31337"}, auth=False)
    assert unknown.status_code == 404 and "SDY31337" in unknown.json()["message"]
    missing = sandbox.get("/ui/study/downloadCount", auth=False)
    assert missing.status_code == 400 and "studyAccession" in missing.json()["message"]
    extra = sandbox.get("/ui/study/summary/SDY1", {"format": "tsv"}, auth=False)
    assert extra.status_code == 400 and "format" in extra.json()["message"]


def test_ui_routes_need_no_token_and_ignore_a_bad_one(sandbox: Sandbox) -> None:
    secured = sandbox.get("/api/study/summary/SDY1", auth=False)
    assert secured.status_code == 403  # the spec operation does need one
    for path in (
        *(t.format("SDY1") for t in UI_STUDY_PATHS),
        "/ui/study/findAllStudyAccessions",
        "/ui/studydatarel/datarelver",
        "/ui/study/downloadCount?studyAccession=SDY1",
        "/v3/api-docs",
    ):
        assert sandbox.get(path, auth=False).status_code == 200, path
        forged = sandbox.http.get("/data/query" + path, headers={"Authorization": "bearer not-a-jwt"})
        assert forged.status_code == 200, path


# ---------------------------------------------------------------- the real client over sockets


def test_client_ui_against_the_running_sandbox(live: SandboxInfo) -> None:
    with immport.Client(**live.client_kwargs()) as client:
        summary = client.ui.summary("sdy1680")
        assert isinstance(summary, StudySummary)
        assert summary.study_accession == "SDY1680"
        assert summary.pi == "Florian Krammer" and summary.title is not None
        study = live.state.catalog.study("SDY1680")
        assert study is not None and summary.subjects_number == len(live.state.catalog.subjects(study))
        design = client.ui.design("SDY1680")
        assert [arm["armAccession"] for arm in design["arms"]] == [arm.accession for arm in study.arms]
        assert summary.links and summary.pubmeds[0].study_accession == "SDY1680"
        assert summary.glossary == ()
        assert client.ui.study_accessions() == ["SDY1", "SDY2", "SDY4", "SDY269", "SDY1680"]
        assert client.ui.data_release_version() == "DR55"
        counts = client.ui.download_counts(["SDY1", "SDY269"])
        assert [c["studyAccession"] for c in counts] == ["SDY1", "SDY269"]
        files = client.ui.study_files("SDY269")
        assert {f["fileName"] for f in files} >= {"SDY269_study_summary.txt"}
        with pytest.raises(NotFoundError):
            client.ui.summary("SDY999999")
        with pytest.raises(InvalidRequestError):
            client.ui.design("not-a-study")


def test_async_client_ui_against_the_running_sandbox(live: SandboxInfo) -> None:
    async def go() -> tuple[StudySummary, list[str]]:
        async with immport.AsyncClient(**live.client_kwargs()) as client:
            return await client.ui.summary("SDY2"), await client.ui.study_accessions()

    summary, accessions = asyncio.run(go())
    assert summary.study_accession == "SDY2" and summary.pi == "Ann Arvin"
    assert "SDY2" in accessions


def test_client_ui_error_message_says_what_the_server_said(live: SandboxInfo) -> None:
    with immport.Client(**live.client_kwargs()) as client, pytest.raises(NotFoundError) as caught:
        client.ui.summary("SDY999999")
    assert caught.value.message == "Not found (HTTP 404): study 'SDY999999' not found"


def test_async_client_ui_error_message_says_what_the_server_said(live: SandboxInfo) -> None:
    async def go() -> None:
        async with immport.AsyncClient(**live.client_kwargs()) as client:
            await client.ui.summary("SDY999999")

    with pytest.raises(NotFoundError) as caught:
        asyncio.run(go())
    assert caught.value.message == "Not found (HTTP 404): study 'SDY999999' not found"

"""Sandbox knobs for bulk export: many generated studies with skewed sizes, and a data-release bump."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from immport.sandbox import SandboxConfig, config_from_env
from immport.sandbox.data.catalog import ASSAY_ORDER
from immport.sandbox.state import SandboxState
from tests.sandbox.conftest import Sandbox

RESULT_PATHS = ASSAY_ORDER  # every /result/{assay} the sandbox serves


@pytest.fixture
def many() -> Iterator[Sandbox]:
    box = Sandbox(SandboxConfig(rows=10, extra_studies=120))
    with box.http:
        yield box


def _search(box: Sandbox, **params: object) -> dict[str, object]:
    response = box.get("/api/search/study", {"pageSize": 500, **params}, auth=False)
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


def test_extra_studies_are_searchable_after_the_documented_five(many: Sandbox) -> None:
    body = _search(many, sourceFields="study_accession")
    accessions = [hit["_source"]["study_accession"] for hit in body["hits"]["hits"]]  # type: ignore[index]
    assert body["hits"]["total"]["value"] == 125  # type: ignore[index]
    assert accessions[:6] == ["SDY1", "SDY2", "SDY4", "SDY269", "SDY1680", "SDY3000"]
    assert accessions[-1] == "SDY3119"


def test_generated_study_sizes_are_skewed(many: Sandbox) -> None:
    studies = [f"SDY{3000 + k}" for k in range(120)]
    rows = dict.fromkeys(studies, 0)
    for path in RESULT_PATHS:  # one query per assay over all generated studies
        response = many.get(f"/result/{path}", [("studyAccession", s) for s in studies])
        assert response.status_code == 200
        for row in response.json():
            rows[row["studyAccession"]] += 1
    totals = sorted(rows.values())
    median = totals[len(totals) // 2]
    assert totals[0] > 0  # every generated study has some assay data
    assert totals[-1] >= 10 * median  # a few studies are far larger than the typical one


def test_release_bump_moves_only_the_chosen_studies(many: Sandbox) -> None:
    state: SandboxState = many.state
    state.bump_release(["sdy2", "SDY3003"])
    body = _search(many, sourceFields="study_accession,latest_data_release_version_number")
    releases = {
        hit["_source"]["study_accession"]: hit["_source"]["latest_data_release_version_number"]
        for hit in body["hits"]["hits"]  # type: ignore[index]
    }
    assert releases["SDY2"] == "DR56"
    assert releases["SDY3003"] == "DR56"
    assert releases["SDY1"] == "DR55"
    assert {r for a, r in releases.items() if a not in ("SDY2", "SDY3003")} == {"DR55"}
    info = many.get("/api/study/SDY2").json()
    assert info[0]["latestDataReleaseVersion"] == "DR56"
    assert many.get("/ui/studydatarel/datarelver", auth=False).json() == ["DR56"]


def test_knobs_from_the_environment() -> None:
    config = config_from_env(
        {"IMMPORT_SANDBOX_EXTRA_STUDIES": "500", "IMMPORT_SANDBOX_BUMPED_STUDIES": "SDY1, SDY3002"}
    )
    assert config.extra_studies == 500
    assert config.bumped_studies == ("SDY1", "SDY3002")
    assert SandboxState.create(config).catalog.study("SDY3499") is not None


def test_release_bump_over_http_for_a_sandbox_in_another_process(many: Sandbox) -> None:
    response = many.http.post("/_sandbox/release", json={"bump": ["SDY3001"]})
    assert response.status_code == 200
    assert response.json() == {"bumped": ["SDY3001"], "latest": "DR56"}
    body = _search(many, studyAccession="SDY3001", sourceFields="latest_data_release_version_number")
    assert body["hits"]["hits"][0]["_source"] == {"latest_data_release_version_number": "DR56"}  # type: ignore[index]
    assert many.http.post("/_sandbox/release", json={"bump": "SDY1"}).status_code == 400

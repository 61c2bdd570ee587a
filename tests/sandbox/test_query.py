"""Shared Data query semantics: filters, path accessions, TSV, request validation, documented records."""

from __future__ import annotations

from typing import Any

import pytest

from immport.sandbox.spec_ops import schema_properties

from .conftest import Sandbox


def rows(sandbox: Sandbox, path: str, params: Any = None) -> list[dict[str, Any]]:
    response = sandbox.get(path, params)
    assert response.status_code == 200, response.text
    return response.json()


def test_documented_sdy2_elisa_record_is_served(sandbox: Sandbox) -> None:
    found = [r for r in rows(sandbox, "/result/elisa", {"studyAccession": "SDY2"}) if r["resultId"] == 89390]
    assert len(found) == 1
    record = found[0]
    assert record["analyteReported"] == "VZVQual"
    assert record["armAccession"] == "ARM235"
    assert record["clinical"] == "Y"
    assert record["studyTimeCollected"] == 1.0
    assert record["unitReported"] == "-1: neg 1: pos"
    assert record["valuePreferred"] == -1.0
    assert record["valueReported"] == "-1"
    assert record["treatmentAccession"] is None
    assert len(record) == 42


def test_rows_knob_scales_elisa_per_study(sandbox: Sandbox) -> None:
    assert len(rows(sandbox, "/result/elisa", {"studyAccession": "SDY269"})) == 40
    assert len(rows(sandbox, "/result/fcsAnalyzed", {"studyAccession": "SDY269"})) == 40


def test_filters_are_anded_between_fields(sandbox: Sandbox) -> None:
    all_rows = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1"})
    female = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1", "gender": "Female"})
    day7 = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1", "studyTimeCollected": 7})
    both = rows(
        sandbox, "/result/elisa", {"studyAccession": "SDY1", "gender": "Female", "studyTimeCollected": 7}
    )
    assert both and len(both) < len(female) < len(all_rows) and len(both) < len(day7)
    expected = {r["resultId"] for r in all_rows if r["gender"] == "Female" and r["studyTimeCollected"] == 7.0}
    assert {r["resultId"] for r in both} == expected


def test_comma_separated_and_repeated_values_mean_the_same_in(sandbox: Sandbox) -> None:
    comma = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1,SDY2"})
    repeated = rows(sandbox, "/result/elisa", [("studyAccession", "SDY1"), ("studyAccession", "SDY2")])
    assert comma == repeated
    assert {r["studyAccession"] for r in comma} == {"SDY1", "SDY2"}
    assert len(comma) == 80


def test_values_are_case_insensitive(sandbox: Sandbox) -> None:
    upper = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1", "gender": "FEMALE"})
    lower = rows(sandbox, "/result/elisa", {"studyAccession": "sdy1", "gender": "female"})
    assert upper == lower and upper
    assert rows(sandbox, "/api/study/arm/sdy2") == rows(sandbox, "/api/study/arm/SDY2")


def test_partial_match_fields(sandbox: Sandbox) -> None:
    # armName is LIKE '%v%': "recipients" is part of both SDY2 arm names
    found = rows(sandbox, "/result/elisa", {"armName": "RECIPIENTS"})
    assert {r["armName"] for r in found} == {"Zostavax recipients", "Placebo recipients"}
    assert rows(sandbox, "/result/elisa", {"studyTitle": "varicella"})
    # other fields are exact: a fragment of a gender does not match
    assert rows(sandbox, "/result/elisa", {"gender": "Fem"}) == []


@pytest.mark.parametrize(
    ("param", "check"),
    [
        ("studyTimeCollectedGte", lambda v: v >= 14),
        ("studyTimeCollectedGt", lambda v: v > 14),
        ("studyTimeCollectedLte", lambda v: v <= 14),
        ("studyTimeCollectedLt", lambda v: v < 14),
        ("studyTimeCollected", lambda v: v == 14),
    ],
)
def test_numeric_operator_suffixes(sandbox: Sandbox, param: str, check: Any) -> None:
    every = rows(sandbox, "/result/elisa", {"studyAccession": "SDY2"})
    found = rows(sandbox, "/result/elisa", {"studyAccession": "SDY2", param: "14"})
    assert found
    assert [r["resultId"] for r in found] == [r["resultId"] for r in every if check(r["studyTimeCollected"])]


def test_numeric_filter_never_matches_null(sandbox: Sandbox) -> None:
    every = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1"})
    assert any(r["minSubjectAge"] is None for r in every)
    found = rows(sandbox, "/result/elisa", {"studyAccession": "SDY1", "minSubjectAgeGte": "0"})
    assert len(found) == sum(1 for r in every if r["minSubjectAge"] is not None)


def test_sex_filter_matches_gender_column(sandbox: Sandbox) -> None:
    assert rows(sandbox, "/result/elisa", {"sex": "Male"}) == rows(
        sandbox, "/result/elisa", {"gender": "male"}
    )


def test_path_accession_filters_study_data(sandbox: Sandbox) -> None:
    arms = rows(sandbox, "/api/study/arm/SDY2")
    assert {a["armAccession"] for a in arms} == {"ARM235", "ARM236"}
    assert rows(sandbox, "/api/study/arm/SDY999") == []
    subjects = rows(sandbox, "/api/study/demographic/SDY4")
    assert subjects and {s["species"] for s in subjects} == {"Mus musculus"}
    assert {s["race"] for s in subjects} == {None}


def test_lookup_values_are_the_vocabulary_records_use(sandbox: Sandbox) -> None:
    sexes = {r["name"] for r in rows(sandbox, "/api/lookup/lkSex")}
    techniques = {r["name"] for r in rows(sandbox, "/api/lookup/lkExpMeasurementTech")}
    for path in ("/result/elisa", "/result/hai", "/result/fcsAnalyzed"):
        for record in rows(sandbox, path):
            assert record["gender"] in sexes
            assert record["measurementTechnique"] in techniques


def test_tsv_shape(sandbox: Sandbox) -> None:
    json_rows = rows(sandbox, "/result/elisa", {"studyAccession": "SDY2"})
    response = sandbox.get("/result/elisa", {"studyAccession": "SDY2", "format": "tsv"})
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    lines = response.text.rstrip("\n").split("\n")
    header = lines[0].split("\t")
    assert header == [name for name, _ in schema_properties("VElisaResult")]
    assert len(lines) == len(json_rows) + 1
    first = dict(zip(header, lines[1].split("\t"), strict=True))
    assert first["treatmentAccession"] == ""  # null -> empty cell
    assert first["resultId"] == str(json_rows[0]["resultId"])
    assert first["valueReported"] == json_rows[0]["valueReported"]


@pytest.mark.parametrize(
    ("path", "params", "message"),
    [
        ("/result/elisa", {"foo": "1"}, "unknown parameter 'foo'"),
        ("/result/elisa", {"minSubjectAgeGte": "old"}, "must be a number"),
        ("/result/elisa", {"studyTimeCollected": "nan"}, "must be a number"),
        ("/result/elisa", {"format": "xml"}, "json or tsv"),
        ("/result/elisa", [("clinical", "Y"), ("clinical", "N")], "must not be repeated"),
        ("/result/elisa", {"min_subject_age_gte": "1"}, "unknown parameter"),
        ("/api/study/arm/SDY12345", None, "longer than 7"),
        ("/api/study/manifest/SDY1", {"fileType": "movie"}, "unknown fileType"),
        ("/api/search/study", {"pageSize": "0"}, "pageSize"),
        ("/api/search/study", {"fromRecord": "x"}, "integer"),
        ("/api/search/study", {"sortFieldDirection": "up"}, "asc, desc"),
        ("/api/search/study", {"sourceFields": "study_accession,bogus"}, "bogus"),
    ],
)
def test_requests_violating_the_spec_are_400(sandbox: Sandbox, path: str, params: Any, message: str) -> None:
    response = sandbox.get(path, params)
    assert response.status_code == 400
    body = response.json()
    assert body["status"] == 400 and body["error"] == "Bad Request"
    assert message in body["message"]


def test_summary_and_restricted_list(sandbox: Sandbox) -> None:
    summary = sandbox.get("/api/study/summary/SDY1680").json()
    assert summary["studyAccession"] == "SDY1680"
    assert summary["studyPubmeds"][0]["id"] == {"studyAccession": "SDY1680", "pubmedId": "20001680"}
    assert sandbox.get("/api/study/summary/SDY77").status_code == 404
    restricted = sandbox.get("/api/study/getRestrictedStudyAccessions").json()
    assert restricted and all(isinstance(a, str) and a.startswith("SDY") for a in restricted)


def test_same_seed_same_data_other_seed_other_values() -> None:
    from immport.sandbox import SandboxConfig

    def elisa(seed: int) -> list[dict[str, Any]]:
        box = Sandbox(SandboxConfig(seed=seed, rows=10))
        return rows(box, "/result/elisa", {"studyAccession": "SDY1"})

    assert elisa(3) == elisa(3)
    assert elisa(3) != elisa(4)


def test_filter_on_a_field_the_assay_view_lacks_uses_the_subject(sandbox: Sandbox) -> None:
    # mass spectrometry rows carry no gender column, yet the documented filter still selects by subject
    every = rows(sandbox, "/result/massSpectrometryResult")
    female = rows(sandbox, "/result/massSpectrometryResult", {"gender": "Female"})
    assert "gender" not in every[0]
    assert 0 < len(female) < len(every)
    females = {
        s["subjectAccession"]
        for s in rows(sandbox, "/api/study/demographic/SDY1680")
        if s["gender"] == "Female"
    }
    assert {r["subjectAccession"] for r in female} <= females

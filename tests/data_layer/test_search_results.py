"""Issue 12.2 / 11.7: typed search results, and a search body of the wrong shape is a DecodeError."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import immport
from immport.errors import DecodeError
from immport.search_results import StudySource, SubjectSource, decode_search, source_kinds

STUDY_HIT = {
    "_index": "study",
    "_id": "SDY2",
    "_score": 3.5,
    "_source": {
        "study_accession": "SDY2",
        "brief_title": "Influenza vaccine",
        "condition_or_disease": ["influenza", "asthma"],
        "actual_enrollment": 40,
        "assay_method_count": 3,
        "latest_data_release_version_number": "DR56",
        "min_age": 18,
        "species": "Homo sapiens",  # one value where ImmPort usually sends a list
        "pubmed_id": [20000002],  # ids as numbers
        "brand_new_field": {"x": 1},
    },
    "highlight": {"brief_title": ["<em>Influenza</em> vaccine"]},
}
BODY = {"took": 4, "hits": {"total": {"value": 12, "relation": "eq"}, "max_score": 3.5, "hits": [STUDY_HIT]}}


def client_answering(body: Any) -> immport.Client:
    return immport.Client(env={}, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))


def test_study_search_returns_total_and_typed_sources() -> None:
    with client_answering(BODY) as client:
        results = client.search.studies(term="influenza", page_size=5)
    assert results.total == 12 and results.took == 4 and len(results) == 1
    (hit,) = results
    assert results[0] is hit and results.sources == [hit.source]
    assert (hit.id, hit.score, hit.highlight) == (
        "SDY2",
        3.5,
        {"brief_title": ["<em>Influenza</em> vaccine"]},
    )
    source = hit.source
    assert isinstance(source, StudySource)
    assert source.study_accession == "SDY2" and source.brief_title == "Influenza vaccine"
    assert source.condition_or_disease == ["influenza", "asthma"]
    assert source.actual_enrollment == 40 and source.assay_method_count == 3
    assert source.latest_data_release_version_number == "DR56"
    assert source.min_age == 18.0 and isinstance(source.min_age, float)
    assert source.species == ["Homo sapiens"] and source.pubmed_id == ["20000002"]
    assert source.doi is None  # not sent (sourceFields): None
    assert source.extra == {"brand_new_field": {"x": 1}}  # unknown fields kept


def test_subject_search_sources_are_subject_sources() -> None:
    hit = {"_source": {"subject_accession": "SUB1", "arm_name": "Placebo", "assay_method": ["ELISA"]}}
    body = {"hits": {"total": {"value": 1}, "hits": [hit]}}
    with client_answering(body) as client:
        (only,) = client.search.subjects(species="Homo sapiens")
    assert isinstance(only.source, SubjectSource)
    assert (only.source.subject_accession, only.source.arm_name) == ("SUB1", "Placebo")
    assert only.source.assay_method == ["ELISA"]


def test_every_documented_source_field_is_typed() -> None:
    # the lists of facts 3.4 (study and subject sourceFields), written out independently
    study = [
        "study_accession", "actual_enrollment", "age_range", "analyte_preferred_count", "assay_method_count",
        "assessment_panel_count", "brief_title", "condition_or_disease", "contract_grant_external_id",
        "contract_grant_name", "doi", "sex_included", "initial_data_release_date",
        "initial_data_release_version_number", "lab_test_panel_count", "latest_data_release_version_number",
        "latest_data_release_date", "min_age", "max_age", "planned_visit_total_count", "program_name",
        "pubmed_id", "research_focus", "shared_subject_count", "species", "study_pi",
    ]  # fmt: skip
    subject = [
        "study_accession", "subject_accession", "arm_name", "assay_method", "biosample_type",
        "clinical_trial",
        "condition_or_disease", "ethnicity", "sex", "has_assessment", "has_lab_test", "min_age", "race",
        "research_focus", "species",
    ]  # fmt: skip
    assert list(source_kinds(StudySource)) == study
    assert list(source_kinds(SubjectSource)) == subject


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"hits": "nope"}, "hits: expected an object, got str"),
        ({"hits": {"total": {"value": 2}, "hits": ["SDY1", "SDY2"]}}, r"hits\.hits\[0\]: expected an object"),
        ({"hits": {"total": {"value": 1}, "hits": "abc"}}, r"hits\.hits: expected an array"),
        ({"hits": {"total": "many", "hits": []}}, r"hits\.total: expected a count"),
        ([1, 2], "the search response: expected an object, got list"),
        ({"hits": {"total": 1, "hits": [{"_source": "x"}]}}, r"_source: expected an object"),
        (
            {"hits": {"total": 1, "hits": [{"_source": {"actual_enrollment": "forty"}}]}},
            r"_source\.actual_enrollment: expected an integer, got str",
        ),
    ],
)
def test_search_body_of_the_wrong_shape_is_a_decode_error(body: Any, message: str) -> None:
    with client_answering(body) as client, pytest.raises(DecodeError, match=message):
        client.search.studies(term="flu")


def test_iter_studies_on_a_wrong_shape_raises_instead_of_yielding_characters() -> None:
    with client_answering({"hits": "nope"}) as client, pytest.raises(DecodeError, match=r"search\.studies"):
        list(client.search.iter_studies(term="flu"))


def test_bare_total_of_older_elasticsearch_is_read() -> None:
    assert decode_search("search.studies", {"hits": {"total": 7, "hits": []}}, StudySource).total == 7

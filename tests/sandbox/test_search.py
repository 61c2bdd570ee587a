"""Study/subject search: term, facets, paging, sourceFields, sort, highlight, and the download variants."""

from __future__ import annotations

from typing import Any

from .conftest import Q, Sandbox


def search(sandbox: Sandbox, index: str, params: Any = None) -> dict[str, Any]:
    response = sandbox.http.get(f"{Q}/api/search/{index}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(body: dict[str, Any]) -> list[str]:
    return [hit["_id"] for hit in body["hits"]["hits"]]


def test_response_is_elasticsearch_shaped(sandbox: Sandbox) -> None:
    body = search(sandbox, "study")
    assert body["timed_out"] is False and isinstance(body["took"], int)
    assert body["hits"]["total"] == {"value": 5, "relation": "eq"}
    hit = body["hits"]["hits"][0]
    assert set(hit) >= {"_index", "_id", "_score", "_source"}
    assert hit["_source"]["study_accession"] == hit["_id"]
    assert isinstance(hit["_source"]["condition_or_disease"], list)


def test_term_is_partial_and_case_insensitive(sandbox: Sandbox) -> None:
    body = search(sandbox, "study", {"term": "INFLU"})
    assert set(ids(body)) == {"SDY1", "SDY269"}
    assert body["hits"]["hits"][0]["highlight"]
    assert any("<em>" in text for texts in body["hits"]["hits"][0]["highlight"].values() for text in texts)
    tagged = search(sandbox, "study", {"term": "influenza", "preTag": "[", "postTag": "]"})
    assert any(
        "[Influenza]" in t for hit in tagged["hits"]["hits"] for ts in hit["highlight"].values() for t in ts
    )


def test_all_term_words_must_match(sandbox: Sandbox) -> None:
    assert set(ids(search(sandbox, "study", {"term": "influenza aging"}))) == {"SDY1"}
    assert ids(search(sandbox, "study", {"term": "influenza zzzz"})) == []


def test_facets_comma_or_repeated_and_anded(sandbox: Sandbox) -> None:
    comma = search(sandbox, "study", {"studyAccession": "SDY1,SDY4"})
    repeated = search(sandbox, "study", [("studyAccession", "SDY1"), ("studyAccession", "SDY4")])
    assert ids(comma) == ids(repeated) and set(ids(comma)) == {"SDY1", "SDY4"}
    anded = search(sandbox, "study", {"studyAccession": "SDY1,SDY4", "species": "mus musculus"})
    assert ids(anded) == ["SDY4"]
    # subject-level facets on study search: a study matches when one of its subjects does
    assert set(ids(search(sandbox, "study", {"assayMethod": "Hemagglutination Inhibition"}))) == {
        "SDY1",
        "SDY269",
    }


def test_paging_is_zero_based(sandbox: Sandbox) -> None:
    every = ids(search(sandbox, "subject", {"pageSize": 100}))
    assert len(every) == 60
    page = search(sandbox, "subject", {"fromRecord": 10, "pageSize": 5})
    assert ids(page) == every[10:15]
    assert page["hits"]["total"]["value"] == 60
    assert len(ids(search(sandbox, "subject"))) == 10  # default pageSize


def test_source_fields_and_sort(sandbox: Sandbox) -> None:
    body = search(
        sandbox,
        "study",
        {
            "sourceFields": "study_accession,actual_enrollment",
            "sortField": "study_accession",
            "sortFieldDirection": "desc",
        },
    )
    assert all(set(h["_source"]) == {"study_accession", "actual_enrollment"} for h in body["hits"]["hits"])
    assert ids(body) == sorted(ids(body), reverse=True)


def test_subject_search_facets(sandbox: Sandbox) -> None:
    body = search(sandbox, "subject", {"studyAccession": "SDY2", "sex": "female", "pageSize": 100})
    assert body["hits"]["hits"]
    assert all(
        h["_source"]["sex"] == "Female" and h["_source"]["study_accession"] == "SDY2"
        for h in body["hits"]["hits"]
    )


def test_downloads_return_every_match_as_tsv_or_json(sandbox: Sandbox) -> None:
    response = sandbox.http.get(Q + "/api/search/subject/download", params={"studyAccession": "SDY1"})
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    lines = response.text.strip().split("\n")
    assert lines[0].split("\t")[:2] == ["study_accession", "subject_accession"]
    assert len(lines) == 1 + 12
    as_json = sandbox.http.get(
        Q + "/api/search/subject/download", params={"studyAccession": "SDY1", "format": "json"}
    )
    assert len(as_json.json()) == 12
    bad = sandbox.http.get(Q + "/api/search/study/download", params={"nope": "1"})
    assert bad.status_code == 400

"""Search: ``.total``, iterable hits, typed sources (lists where ImmPort sends arrays)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, assert_type

import immport
from immport import SearchHit, SearchResults, StudySource, SubjectSource


def studies(client: immport.Client) -> list[str]:
    results = client.search.studies(term="influenza", species=["Homo sapiens"], page_size=5)
    assert_type(results, SearchResults[StudySource])
    assert_type(results.total, int)
    assert_type(results[0].source, StudySource)
    assert_type(results.sources, list[StudySource])
    titles: list[str] = []
    for hit in results:
        assert_type(hit, SearchHit[StudySource])
        assert_type(hit.source.study_accession, str | None)
        assert_type(hit.source.condition_or_disease, list[str] | None)
        assert_type(hit.source.actual_enrollment, int | None)
        assert_type(hit.source.extra, dict[str, Any])
        if hit.source.brief_title is not None:
            titles.append(hit.source.brief_title)
    return titles


def subjects(client: immport.Client) -> int:
    count = 0
    hits = client.search.iter_subjects(species="Homo sapiens", page_size=50)
    assert_type(hits, Iterator[SearchHit[SubjectSource]])
    for hit in hits:
        assert_type(hit.source.arm_name, str | None)
        assert_type(hit.source.assay_method, list[str] | None)
        count += 1
    return count


async def async_search(client: immport.AsyncClient) -> int:
    results = await client.search.studies(term="asthma")
    assert_type(results, SearchResults[StudySource])
    hits = client.search.iter_studies(term="asthma")
    assert_type(hits, AsyncIterator[SearchHit[StudySource]])
    return results.total + len([hit async for hit in hits])

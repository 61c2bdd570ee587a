"""Typed study summary, written from ImmPort's documented real example (``/study/summary/SDY1680``).

Tolerant: unknown fields are kept in ``raw``; missing ones are None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from immport._lenient import int_at, str_at
from immport.errors import DecodeError


def _rows(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    return [row for row in value if isinstance(row, Mapping)] if isinstance(value, list) else []


@attrs.frozen
class StudyLink:
    study_link_id: int | None
    name: str | None
    type: str | None
    value: str | None  # the URL

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StudyLink:
        return cls(
            int_at(data, "studyLinkId"), str_at(data, "name"), str_at(data, "type"), str_at(data, "value")
        )


@attrs.frozen
class StudyPubmed:
    study_accession: str | None
    pubmed_id: str | None  # a string: the example has "TBD"
    authors: str | None
    doi: str | None
    issue: str | None
    journal: str | None
    month: str | None
    pages: str | None
    title: str | None
    year: str | None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> StudyPubmed:
        key = data.get("id")
        ids: Mapping[str, Any] = key if isinstance(key, Mapping) else {}
        return cls(
            str_at(ids, "studyAccession") or str_at(data, "studyAccession"),
            str_at(ids, "pubmedId") or str_at(data, "pubmedId"),
            *(
                str_at(data, k)
                for k in ("authors", "doi", "issue", "journal", "month", "pages", "title", "year")
            ),
        )


@attrs.frozen
class StudySummary:
    study_accession: str
    doi: str | None
    title: str | None
    pi: str | None
    condition_studied: str | None
    brief_description: str | None
    start_date: str | None
    detailed_description: str | None
    objectives: str | None
    endpoints: str | None
    gender_included: str | None
    subjects_number: int | None
    download_packages: str | None
    contract_grant: str | None
    program: str | None
    data_completeness: str | None
    hypothesis: str | None
    links: tuple[StudyLink, ...]
    pubmeds: tuple[StudyPubmed, ...]
    glossary: tuple[Mapping[str, Any], ...]  # "studyGlossarys": empty in the only example seen
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_json(cls, payload: Any) -> StudySummary:
        if not isinstance(payload, Mapping) or not isinstance(payload.get("studyAccession"), str):
            raise DecodeError("study summary response has no studyAccession")
        d = payload
        return cls(
            d["studyAccession"],
            str_at(d, "doi"),
            str_at(d, "title"),
            str_at(d, "pi"),
            str_at(d, "conditionStudied"),
            str_at(d, "briefDescription"),
            str_at(d, "startDate"),
            str_at(d, "detailedDescription"),
            str_at(d, "objectives"),
            str_at(d, "endpoints"),
            str_at(d, "genderIncluded") or str_at(d, "sexIncluded"),
            int_at(d, "subjectsNumber"),
            str_at(d, "downloadPackages"),
            str_at(d, "contractGrant"),
            str_at(d, "program"),
            str_at(d, "dataCompleteness"),
            str_at(d, "hypothesis"),
            tuple(StudyLink.from_json(row) for row in _rows(d, "studyLinks")),
            tuple(StudyPubmed.from_json(row) for row in _rows(d, "studyPubmeds")),
            tuple(_rows(d, "studyGlossarys")),
            raw=dict(d),
        )

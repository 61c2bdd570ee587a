"""Typed study summary, written from ImmPort's documented real example (``/study/summary/SDY1680``).

Tolerant: unknown fields are kept in ``raw``; missing ones are None.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from immport.errors import DecodeError


def _s(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


def _i(data: Mapping[str, Any], key: str) -> int | None:
    value = data.get(key)
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


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
        return cls(_i(data, "studyLinkId"), _s(data, "name"), _s(data, "type"), _s(data, "value"))


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
            _s(ids, "studyAccession") or _s(data, "studyAccession"),
            _s(ids, "pubmedId") or _s(data, "pubmedId"),
            *(_s(data, k) for k in ("authors", "doi", "issue", "journal", "month", "pages", "title", "year")),
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
            _s(d, "doi"),
            _s(d, "title"),
            _s(d, "pi"),
            _s(d, "conditionStudied"),
            _s(d, "briefDescription"),
            _s(d, "startDate"),
            _s(d, "detailedDescription"),
            _s(d, "objectives"),
            _s(d, "endpoints"),
            _s(d, "genderIncluded") or _s(d, "sexIncluded"),
            _i(d, "subjectsNumber"),
            _s(d, "downloadPackages"),
            _s(d, "contractGrant"),
            _s(d, "program"),
            _s(d, "dataCompleteness"),
            _s(d, "hypothesis"),
            tuple(StudyLink.from_json(row) for row in _rows(d, "studyLinks")),
            tuple(StudyPubmed.from_json(row) for row in _rows(d, "studyPubmeds")),
            tuple(_rows(d, "studyGlossarys")),
            raw=dict(d),
        )

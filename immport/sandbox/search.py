"""``/api/search/study`` and ``/api/search/subject``: an Elasticsearch-like search over generated documents.

Matching: every ``term`` word (or "quoted phrase") must occur, case-insensitively and within words, in one of
the searched text fields; facets are ANDed between names and ORed within one (comma-separated or repeated).
Study documents also match a subject-level facet (sex, race, assay ...) when one of their subjects does.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import attrs

from immport.sandbox.data.catalog import Catalog, Study
from immport.sandbox.data.records import RESULT_ASSAYS, SAMPLE_TYPES
from immport.sandbox.replies import SandboxHTTPError

__all__ = ["Document", "documents", "run_search", "search_rows"]

FACETS = {
    "studyAccession": "study_accession",
    "subjectAccession": "subject_accession",
    "programName": "program_name",
    "conditionOrDisease": "condition_or_disease",
    "researchFocus": "research_focus",
    "clinicalTrial": "clinical_trial",
    "sex": "sex",
    "race": "race",
    "ethnicity": "ethnicity",
    "species": "species",
    "assayMethod": "assay_method",
    "biosampleType": "biosample_type",
    "hasAssessment": "has_assessment",
    "hasLabTest": "has_lab_test",
}
STUDY_FIELDS = (
    "study_accession",
    "actual_enrollment",
    "age_range",
    "analyte_preferred_count",
    "assay_method_count",
    "assessment_panel_count",
    "brief_title",
    "condition_or_disease",
    "contract_grant_external_id",
    "contract_grant_name",
    "doi",
    "sex_included",
    "initial_data_release_date",
    "initial_data_release_version_number",
    "lab_test_panel_count",
    "latest_data_release_version_number",
    "latest_data_release_date",
    "min_age",
    "max_age",
    "planned_visit_total_count",
    "program_name",
    "pubmed_id",
    "research_focus",
    "shared_subject_count",
    "species",
    "study_pi",
)
SUBJECT_FIELDS = (
    "study_accession",
    "subject_accession",
    "arm_name",
    "assay_method",
    "biosample_type",
    "clinical_trial",
    "condition_or_disease",
    "ethnicity",
    "sex",
    "has_assessment",
    "has_lab_test",
    "min_age",
    "race",
    "research_focus",
    "species",
)
_TOKEN = re.compile(r'"([^"]+)"|(\S+)')


@attrs.frozen
class Document:
    id: str
    source: dict[str, Any]
    facets: dict[
        str, frozenset[str]
    ]  # facet field -> casefolded values (source fields plus subject-level ones)
    min_age: float | None
    max_age: float | None


def _values(value: Any) -> frozenset[str]:
    items = value if isinstance(value, list) else [value]
    return frozenset(str(v).casefold() for v in items if v is not None)


def _assays(study: Study) -> list[str]:
    return [RESULT_ASSAYS[a] for a in study.assays if a != "filePath"]


def _study_doc(catalog: Catalog, study: Study) -> Document:
    subjects = catalog.subjects(study)
    ages = [s.min_age for s in subjects if s.min_age is not None]
    assays = _assays(study)
    source = {
        "study_accession": study.accession,
        "actual_enrollment": len(subjects),
        "age_range": f"{min(ages):g}-{max(ages):g}" if ages else None,
        "analyte_preferred_count": len(assays) * 2,
        "assay_method_count": len(assays),
        "assessment_panel_count": 1,
        "brief_title": study.title,
        "condition_or_disease": [study.condition],
        "contract_grant_external_id": [f"U19AI{study.number:06d}"],
        "contract_grant_name": [f"{study.program} award {study.number}"],
        "doi": f"10.21430/M3SANDBOX{study.number}",
        "sex_included": ["Female", "Male"],
        "initial_data_release_date": "2012-03-01",
        "initial_data_release_version_number": "DR1",
        "lab_test_panel_count": 1,
        "latest_data_release_version_number": catalog.release_of(study),
        "latest_data_release_date": "2025-10-01",
        "min_age": min(ages) if ages else None,
        "max_age": max(ages) if ages else None,
        "planned_visit_total_count": len(study.visit_days),
        "program_name": [study.program],
        "pubmed_id": [str(20000000 + study.number)],
        "research_focus": [study.research_focus],
        "shared_subject_count": len(subjects),
        "species": [study.species],
        "study_pi": [study.pi],
    }
    facets = {key: _values(value) for key, value in source.items()}
    facets["subject_accession"] = frozenset(s.accession.casefold() for s in subjects)
    facets["sex"] = frozenset(s.gender.casefold() for s in subjects)
    facets["race"] = frozenset(str(s.context["race"]).casefold() for s in subjects if s.context["race"])
    facets["ethnicity"] = frozenset(
        str(s.context["ethnicity"]).casefold() for s in subjects if s.context["ethnicity"]
    )
    facets["clinical_trial"] = _values(study.clinical)
    facets["assay_method"] = _values(assays)
    facets["biosample_type"] = _values(sorted({SAMPLE_TYPES.get(a, "PBMC") for a in study.assays}))
    facets["has_assessment"] = facets["has_lab_test"] = _values("Y")
    return Document(study.accession, source, facets, min(ages) if ages else None, max(ages) if ages else None)


def _subject_docs(catalog: Catalog, study: Study) -> Iterator[Document]:
    assays = _assays(study)
    for s in catalog.subjects(study):
        source = {
            "study_accession": study.accession,
            "subject_accession": s.accession,
            "arm_name": s.arm.name,
            "assay_method": assays,
            "biosample_type": sorted({SAMPLE_TYPES.get(a, "PBMC") for a in study.assays}),
            "clinical_trial": study.clinical,
            "condition_or_disease": [study.condition],
            "ethnicity": s.context["ethnicity"],
            "sex": s.gender,
            "has_assessment": "Y",
            "has_lab_test": "Y" if s.index % 2 == 0 else "N",
            "min_age": s.min_age,
            "race": s.context["race"],
            "research_focus": [study.research_focus],
            "species": [study.species],
        }
        facets = {key: _values(value) for key, value in source.items()}
        yield Document(s.accession, source, facets, s.min_age, s.max_age)


@cache
def documents(catalog: Catalog, index: str) -> tuple[Document, ...]:
    if index == "study":
        return tuple(_study_doc(catalog, study) for study in catalog.studies)
    return tuple(doc for study in catalog.studies for doc in _subject_docs(catalog, study))


def _tokens(term: str) -> list[str]:
    return [(quoted or bare).casefold() for quoted, bare in _TOKEN.findall(term)]


def _field_list(raw: list[str] | None, allowed: tuple[str, ...], what: str) -> list[str] | None:
    if not raw:
        return None
    unknown = [f for f in raw if f not in allowed]
    if unknown:
        raise SandboxHTTPError(400, f"unknown {what} '{unknown[0]}'")
    return raw


def _texts(doc: Document, fields: list[str]) -> Iterator[tuple[str, str]]:
    for field in fields:
        value = doc.source.get(field)
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                yield field, str(item)


def _age_ok(doc: Document, args: Mapping[str, Any]) -> bool:
    if "minAge" in args:
        try:
            bound = float(args["minAge"])
        except ValueError:
            raise SandboxHTTPError(
                400, f"parameter 'minAge' must be a number, got '{args['minAge']}'"
            ) from None
        if doc.min_age is None or doc.min_age < bound:
            return False
    if "ageRange" in args:
        low, sep, high = str(args["ageRange"]).partition("-")
        try:
            lo, hi = float(low), float(high)
        except ValueError:
            raise SandboxHTTPError(400, "parameter 'ageRange' must look like '18-65'") from None
        if not sep or doc.min_age is None or doc.max_age is None or doc.max_age < lo or doc.min_age > hi:
            return False
    return True


def _matches(
    index: str, catalog: Catalog, args: Mapping[str, Any]
) -> list[tuple[Document, float, dict[str, list[str]]]]:
    allowed = STUDY_FIELDS if index == "study" else SUBJECT_FIELDS
    search_fields = _field_list(args.get("searchFields"), allowed, "search field") or list(allowed)
    tokens = _tokens(str(args.get("term", "")))
    pre, post = str(args.get("preTag", "<em>")), str(args.get("postTag", "</em>"))
    found = []
    for doc in documents(catalog, index):
        if any(
            not (doc.facets.get(FACETS[name], frozenset()) & _values(args[name]))
            for name in FACETS
            if name in args
        ):
            continue
        if not _age_ok(doc, args):
            continue
        score, highlight = 1.0, dict[str, list[str]]()
        if tokens:
            texts = list(_texts(doc, search_fields))
            counts = [sum(text.casefold().count(tok) for _, text in texts) for tok in tokens]
            if not all(counts):
                continue
            score = float(sum(counts))
            for field, text in texts:
                if any(tok in text.casefold() for tok in tokens):
                    marked = text
                    for tok in tokens:
                        marked = re.sub(
                            re.escape(tok), lambda m: f"{pre}{m.group(0)}{post}", marked, flags=re.I
                        )
                    highlight.setdefault(field, []).append(marked)
        found.append((doc, score, highlight))
    sort_field = args.get("sortField")
    descending = args.get("sortFieldDirection", "asc") == "desc"
    if sort_field:
        _field_list([sort_field], allowed, "sort field")
        present = [f for f in found if f[0].source.get(sort_field) is not None]
        missing = [f for f in found if f[0].source.get(sort_field) is None]
        present.sort(key=lambda f: _sort_key(f[0].source[sort_field]), reverse=descending)
        found = present + missing
    elif tokens:
        found.sort(key=lambda f: -f[1])
    return found


def _sort_key(value: Any) -> Any:
    first = value[0] if isinstance(value, list) and value else value
    return (0, first, "") if isinstance(first, int | float) else (1, 0, str(first).casefold())


def _project(doc: Document, fields: list[str] | None) -> dict[str, Any]:
    return dict(doc.source) if fields is None else {f: doc.source.get(f) for f in fields}


def run_search(index: str, catalog: Catalog, args: Mapping[str, Any]) -> dict[str, Any]:
    """The SearchResponse body for one page of results."""
    started = time.perf_counter()
    allowed = STUDY_FIELDS if index == "study" else SUBJECT_FIELDS
    fields = _field_list(args.get("sourceFields"), allowed, "source field")
    found = _matches(index, catalog, args)
    offset, size = int(args.get("fromRecord", 0)), int(args.get("pageSize", 10))
    hits = []
    for doc, score, highlight in found[offset : offset + size]:
        hit: dict[str, Any] = {
            "_index": f"immport_{index}",
            "_id": doc.id,
            "_score": score,
            "_source": _project(doc, fields),
        }
        if highlight:
            hit["highlight"] = highlight
        hits.append(hit)
    return {
        "took": int((time.perf_counter() - started) * 1000),
        "timed_out": False,
        "hits": {
            "total": {"value": len(found), "relation": "eq"},
            "max_score": max((score for _, score, _ in found), default=None),
            "hits": hits,
        },
    }


def search_rows(
    index: str, catalog: Catalog, args: Mapping[str, Any]
) -> tuple[list[str], list[dict[str, Any]]]:
    """(columns, all matching ``_source`` rows) for the TSV/download variants."""
    allowed = STUDY_FIELDS if index == "study" else SUBJECT_FIELDS
    fields = _field_list(args.get("sourceFields"), allowed, "source field") or list(allowed)
    rows = [_project(doc, fields) for doc, _, _ in _matches(index, catalog, args)]
    return fields, rows

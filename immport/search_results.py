"""Typed search results: ``client.search.studies()`` / ``.subjects()`` and their ``iter_`` forms.

ImmPort answers searches Elasticsearch-style (facts 3.4): ``{"hits": {"total": {"value": N}, "hits":
[{"_id", "_score", "_source": {...}, "highlight": {...}}]}}``. The spec says only ``object``, so the
documented ``_source`` fields are listed here; fields ImmPort sends as arrays are ``list[str]`` (a single
value is wrapped), unknown fields are kept in ``extra``, absent ones read as None. A body of the wrong
shape raises ``DecodeError``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs

from immport.errors import DecodeError

__all__ = ["SearchHit", "SearchResults", "StudySource", "SubjectSource", "decode_search"]


@attrs.frozen(kw_only=True)
class StudySource:
    """The ``_source`` of a study hit (fields not asked for with ``source_fields`` read as None)."""

    study_accession: str | None = None
    actual_enrollment: int | None = None
    age_range: str | None = None
    analyte_preferred_count: int | None = None
    assay_method_count: int | None = None
    assessment_panel_count: int | None = None
    brief_title: str | None = None
    condition_or_disease: list[str] | None = None
    contract_grant_external_id: list[str] | None = None
    contract_grant_name: list[str] | None = None
    doi: str | None = None
    sex_included: list[str] | None = None
    initial_data_release_date: str | None = None
    initial_data_release_version_number: str | None = None
    lab_test_panel_count: int | None = None
    latest_data_release_version_number: str | None = None
    latest_data_release_date: str | None = None
    min_age: float | None = None
    max_age: float | None = None
    planned_visit_total_count: int | None = None
    program_name: list[str] | None = None
    pubmed_id: list[str] | None = None
    research_focus: list[str] | None = None
    shared_subject_count: int | None = None
    species: list[str] | None = None
    study_pi: list[str] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)  # source fields this version does not know


@attrs.frozen(kw_only=True)
class SubjectSource:
    """The ``_source`` of a subject hit."""

    study_accession: str | None = None
    subject_accession: str | None = None
    arm_name: str | None = None
    assay_method: list[str] | None = None
    biosample_type: list[str] | None = None
    clinical_trial: str | None = None
    condition_or_disease: list[str] | None = None
    ethnicity: str | None = None
    sex: str | None = None
    has_assessment: str | None = None
    has_lab_test: str | None = None
    min_age: float | None = None
    race: str | None = None
    research_focus: list[str] | None = None
    species: list[str] | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)


S = TypeVar("S", StudySource, SubjectSource)


@attrs.frozen(kw_only=True)
class SearchHit(Generic[S]):
    """One hit: its typed ``source``, document id, score and highlighted fragments."""

    source: S
    id: str | None = None
    score: float | None = None
    highlight: dict[str, list[str]] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class SearchResults(Generic[S]):
    """One page of hits; ``total`` counts every match. Iterating yields the page's hits."""

    total: int
    hits: list[SearchHit[S]]
    took: int | None = None
    max_score: float | None = None

    def __iter__(self) -> Iterator[SearchHit[S]]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    def __getitem__(self, index: int) -> SearchHit[S]:
        return self.hits[index]

    @property
    def sources(self) -> list[S]:
        return [hit.source for hit in self.hits]


_KIND_OF_ANNOTATION = {
    "str | None": "str",
    "int | None": "int",
    "float | None": "float",
    "list[str] | None": "list",
}


def source_kinds(source_type: type[StudySource | SubjectSource]) -> dict[str, str]:
    """The documented ``_source`` fields of a source model and how each is checked, from its annotations."""
    return _SOURCE_KINDS[source_type]


_SOURCE_KINDS: dict[type[StudySource | SubjectSource], dict[str, str]] = {
    cls: {f.name: _KIND_OF_ANNOTATION[str(f.type)] for f in attrs.fields(cls) if f.name != "extra"}
    for cls in (StudySource, SubjectSource)
}


def decode_search(label: str, data: Any, source_type: type[S]) -> SearchResults[S]:
    """Typed results from the decoded JSON body; DecodeError naming what is wrong otherwise."""
    body = _object(label, "the search response", data)
    block = _object(label, "hits", body.get("hits"))
    raw_hits = block.get("hits", [])
    if not isinstance(raw_hits, list):
        raise DecodeError(f"{label}: hits.hits: expected an array of hits, got {_kind(raw_hits)}")
    hits = [_hit(label, f"hits.hits[{i}]", raw, source_type) for i, raw in enumerate(raw_hits)]
    return SearchResults(
        total=_total(label, block.get("total")),
        hits=hits,
        took=_typed(label, "took", body.get("took"), "int"),
        max_score=_typed(label, "hits.max_score", block.get("max_score"), "float"),
    )


def _hit(label: str, where: str, raw: Any, source_type: type[S]) -> SearchHit[S]:
    hit = _object(label, where, raw)
    source = _object(label, f"{where}._source", hit.get("_source") or {})
    kinds = source_kinds(source_type)
    values = {
        name: _typed(label, f"{where}._source.{name}", source.get(name), kind) for name, kind in kinds.items()
    }
    extra = {k: v for k, v in source.items() if k not in kinds}
    highlight = _object(label, f"{where}.highlight", hit.get("highlight") or {})
    return SearchHit(
        source=source_type(**values, extra=extra),
        id=_typed(label, f"{where}._id", hit.get("_id"), "str"),
        score=_typed(label, f"{where}._score", hit.get("_score"), "float"),
        highlight={
            str(k): _typed(label, f"{where}.highlight.{k}", v, "list") or [] for k, v in highlight.items()
        },
    )


def _total(label: str, raw: Any) -> int:
    value = raw.get("value") if isinstance(raw, Mapping) else raw  # {"value": N} or a bare N (older ES)
    if isinstance(value, bool) or not isinstance(value, int):
        raise DecodeError(f"{label}: hits.total: expected a count, got {_kind(raw)}")
    return value


def _object(label: str, where: str, value: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise DecodeError(f"{label}: {where}: expected an object, got {_kind(value)}")
    return value


def _typed(label: str, where: str, value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "list":
        items = value if isinstance(value, list) else [value]
        if all(isinstance(item, str) for item in items):
            return items
        if all(isinstance(item, str | int | float) and not isinstance(item, bool) for item in items):
            return [str(item) for item in items]  # ids sent as numbers: still the same ids
    elif (kind == "str" and isinstance(value, str)) or (
        kind == "int" and isinstance(value, int) and not isinstance(value, bool)
    ):
        return value
    elif kind == "float" and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    expected = {"list": "a string or a list of strings", "str": "a string", "int": "an integer"}
    raise DecodeError(f"{label}: {where}: expected {expected.get(kind, 'a number')}, got {_kind(value)}")


def _kind(value: Any) -> str:
    return f"{type(value).__name__} {value!r:.40}"

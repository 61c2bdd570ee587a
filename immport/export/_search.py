"""The one place the export reads search results: a small adapter over ``client.search.iter_studies``
(typed hits: ``hit.source.latest_data_release_version_number``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from immport.resources import AsyncSearch

__all__ = ["SOURCE_FIELDS", "StudySource", "iter_study_sources", "source_field"]

SOURCE_FIELDS = (
    "study_accession",
    "latest_data_release_version_number",
    "latest_data_release_date",
    "shared_subject_count",
    "assay_method_count",
)
_ACCESSIONS_PER_QUERY = 100  # keeps the query string short


def source_field(hit: Any, name: str) -> Any:
    """One ``_source`` field of a typed search hit (a documented field, else one kept in ``extra``)."""
    source = hit.source
    if hasattr(source, name):
        return getattr(source, name)
    extra = getattr(source, "extra", None)
    return extra.get(name) if isinstance(extra, Mapping) else None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


class StudySource(dict[str, Any]):
    """The search source fields of one study (plain values; lists reduced to their first item)."""

    @property
    def accession(self) -> str:
        return str(self["study_accession"])

    @property
    def release(self) -> str | None:
        value = self.get("latest_data_release_version_number")
        return None if value is None else str(value)


async def iter_study_sources(
    search: AsyncSearch, query: Mapping[str, Any], accessions: Sequence[str] | None = None
) -> AsyncIterator[StudySource]:
    """Study sources for a search query, or for the given accessions (in chunks), paging through all."""
    chunks: list[dict[str, Any]]
    if accessions is None:
        chunks = [dict(query)]
    else:
        chunks = [
            {**query, "study_accession": list(accessions[i : i + _ACCESSIONS_PER_QUERY])}
            for i in range(0, len(accessions), _ACCESSIONS_PER_QUERY)
        ]
    for arguments in chunks:
        arguments.setdefault("page_size", 100)
        async for hit in search.iter_studies(source_fields=list(SOURCE_FIELDS), **arguments):
            source = StudySource({name: _first(source_field(hit, name)) for name in SOURCE_FIELDS})
            if source.get("study_accession"):
                yield source

"""The one place the export reads search results: a small adapter over ``client.search.iter_studies``.

Search hits are being made typed (``hit.source.latest_data_release_version_number``); today a hit's
``field_source`` is a mapping. :func:`source_field` reads either shape, so the change stays local here.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, Protocol

__all__ = ["SOURCE_FIELDS", "StudySource", "iter_study_sources", "source_field"]

SOURCE_FIELDS = (
    "study_accession",
    "latest_data_release_version_number",
    "latest_data_release_date",
    "shared_subject_count",
    "assay_method_count",
)
_ACCESSIONS_PER_QUERY = 100  # keeps the query string short


class _AsyncSearch(Protocol):
    def iter_studies(self, **arguments: Any) -> AsyncIterator[Any]: ...


def source_field(hit: Any, name: str) -> Any:
    """One ``_source`` field of a search hit, typed or untyped; None when absent."""
    source = getattr(hit, "source", None)
    if source is None:
        source = getattr(hit, "field_source", None)
    if source is None or type(source).__name__ == "Unset":
        return None
    if isinstance(source, Mapping):
        return source.get(name)
    if hasattr(source, "additional_properties") and not hasattr(source, name):  # untyped: a mapping
        return source.additional_properties.get(name)
    value = getattr(source, name, None)
    return None if type(value).__name__ == "Unset" else value


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
    search: _AsyncSearch, query: Mapping[str, Any], accessions: Sequence[str] | None = None
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

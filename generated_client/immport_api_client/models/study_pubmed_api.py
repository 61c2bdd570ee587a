from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyPubmedApi")


@_attrs_define
class StudyPubmedApi:
    """
    Attributes:
        pubmed_id (None | str):
        study_accession (None | str):
        authors (None | str):
        doi (None | str):
        issue (None | str):
        journal (None | str):
        month (None | str):
        pages (None | str):
        title (None | str):
        year (None | str):
    """

    pubmed_id: None | str = None
    study_accession: None | str = None
    authors: None | str = None
    doi: None | str = None
    issue: None | str = None
    journal: None | str = None
    month: None | str = None
    pages: None | str = None
    title: None | str = None
    year: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pubmed_id: None | str
        pubmed_id = self.pubmed_id

        study_accession: None | str
        study_accession = self.study_accession

        authors: None | str
        authors = self.authors

        doi: None | str
        doi = self.doi

        issue: None | str
        issue = self.issue

        journal: None | str
        journal = self.journal

        month: None | str
        month = self.month

        pages: None | str
        pages = self.pages

        title: None | str
        title = self.title

        year: None | str
        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pubmedId": pubmed_id,
                "studyAccession": study_accession,
                "authors": authors,
                "doi": doi,
                "issue": issue,
                "journal": journal,
                "month": month,
                "pages": pages,
                "title": title,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pubmed_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pubmed_id = _parse_pubmed_id(d.pop("pubmedId", None))

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_authors(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        authors = _parse_authors(d.pop("authors", None))

        def _parse_doi(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doi = _parse_doi(d.pop("doi", None))

        def _parse_issue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        issue = _parse_issue(d.pop("issue", None))

        def _parse_journal(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        journal = _parse_journal(d.pop("journal", None))

        def _parse_month(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        month = _parse_month(d.pop("month", None))

        def _parse_pages(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pages = _parse_pages(d.pop("pages", None))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title", None))

        def _parse_year(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        year = _parse_year(d.pop("year", None))

        study_pubmed_api = cls(
            pubmed_id=pubmed_id,
            study_accession=study_accession,
            authors=authors,
            doi=doi,
            issue=issue,
            journal=journal,
            month=month,
            pages=pages,
            title=title,
            year=year,
        )

        study_pubmed_api.additional_properties = d
        return study_pubmed_api

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

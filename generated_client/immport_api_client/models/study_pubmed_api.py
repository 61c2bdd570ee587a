from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyPubmedApi")


@_attrs_define
class StudyPubmedApi:
    """
    Attributes:
        pubmed_id (None | str | Unset):
        study_accession (None | str | Unset):
        authors (None | str | Unset):
        doi (None | str | Unset):
        issue (None | str | Unset):
        journal (None | str | Unset):
        month (None | str | Unset):
        pages (None | str | Unset):
        title (None | str | Unset):
        year (None | str | Unset):
    """

    pubmed_id: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    authors: None | str | Unset = UNSET
    doi: None | str | Unset = UNSET
    issue: None | str | Unset = UNSET
    journal: None | str | Unset = UNSET
    month: None | str | Unset = UNSET
    pages: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    year: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pubmed_id: None | str | Unset
        if isinstance(self.pubmed_id, Unset):
            pubmed_id = UNSET
        else:
            pubmed_id = self.pubmed_id

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        authors: None | str | Unset
        if isinstance(self.authors, Unset):
            authors = UNSET
        else:
            authors = self.authors

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        issue: None | str | Unset
        if isinstance(self.issue, Unset):
            issue = UNSET
        else:
            issue = self.issue

        journal: None | str | Unset
        if isinstance(self.journal, Unset):
            journal = UNSET
        else:
            journal = self.journal

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        pages: None | str | Unset
        if isinstance(self.pages, Unset):
            pages = UNSET
        else:
            pages = self.pages

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        year: None | str | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pubmed_id is not UNSET:
            field_dict["pubmedId"] = pubmed_id
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if authors is not UNSET:
            field_dict["authors"] = authors
        if doi is not UNSET:
            field_dict["doi"] = doi
        if issue is not UNSET:
            field_dict["issue"] = issue
        if journal is not UNSET:
            field_dict["journal"] = journal
        if month is not UNSET:
            field_dict["month"] = month
        if pages is not UNSET:
            field_dict["pages"] = pages
        if title is not UNSET:
            field_dict["title"] = title
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pubmed_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pubmed_id = _parse_pubmed_id(d.pop("pubmedId", UNSET))

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_authors(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authors = _parse_authors(d.pop("authors", UNSET))

        def _parse_doi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi = _parse_doi(d.pop("doi", UNSET))

        def _parse_issue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issue = _parse_issue(d.pop("issue", UNSET))

        def _parse_journal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        journal = _parse_journal(d.pop("journal", UNSET))

        def _parse_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        def _parse_pages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pages = _parse_pages(d.pop("pages", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_year(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.study_pubmed_id import StudyPubmedId


T = TypeVar("T", bound="StudyPubmed")


@_attrs_define
class StudyPubmed:
    """
    Attributes:
        authors (None | str | Unset):
        doi (None | str | Unset):
        issue (None | str | Unset):
        journal (None | str | Unset):
        month (None | str | Unset):
        pages (None | str | Unset):
        title (None | str | Unset):
        year (None | str | Unset):
        id (None | StudyPubmedId | Unset):
    """

    authors: None | str | Unset = UNSET
    doi: None | str | Unset = UNSET
    issue: None | str | Unset = UNSET
    journal: None | str | Unset = UNSET
    month: None | str | Unset = UNSET
    pages: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    year: None | str | Unset = UNSET
    id: None | StudyPubmedId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.study_pubmed_id import StudyPubmedId

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

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, StudyPubmedId):
            id = self.id.to_dict()
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.study_pubmed_id import StudyPubmedId

        d = dict(src_dict)

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

        def _parse_id(data: object) -> None | StudyPubmedId | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_1 = StudyPubmedId.from_dict(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudyPubmedId | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        study_pubmed = cls(
            authors=authors,
            doi=doi,
            issue=issue,
            journal=journal,
            month=month,
            pages=pages,
            title=title,
            year=year,
            id=id,
        )

        study_pubmed.additional_properties = d
        return study_pubmed

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

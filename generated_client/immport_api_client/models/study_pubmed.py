from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.study_pubmed_id import StudyPubmedId


T = TypeVar("T", bound="StudyPubmed")


@_attrs_define
class StudyPubmed:
    """
    Attributes:
        authors (None | str):
        doi (None | str):
        issue (None | str):
        journal (None | str):
        month (None | str):
        pages (None | str):
        title (None | str):
        year (None | str):
        id (None | StudyPubmedId):
    """

    authors: None | str = None
    doi: None | str = None
    issue: None | str = None
    journal: None | str = None
    month: None | str = None
    pages: None | str = None
    title: None | str = None
    year: None | str = None
    id: None | StudyPubmedId = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.study_pubmed_id import StudyPubmedId

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

        id: dict[str, Any] | None
        if isinstance(self.id, StudyPubmedId):
            id = self.id.to_dict()
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authors": authors,
                "doi": doi,
                "issue": issue,
                "journal": journal,
                "month": month,
                "pages": pages,
                "title": title,
                "year": year,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.study_pubmed_id import StudyPubmedId

        d = dict(src_dict)

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

        def _parse_id(data: object) -> None | StudyPubmedId:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_1 = StudyPubmedId.from_dict(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StudyPubmedId, data)

        id = _parse_id(d.pop("id", None))

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

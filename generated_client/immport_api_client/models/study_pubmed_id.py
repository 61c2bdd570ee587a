from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyPubmedId")


@_attrs_define
class StudyPubmedId:
    """
    Attributes:
        study_accession (None | str):
        pubmed_id (None | str):
    """

    study_accession: None | str = None
    pubmed_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        pubmed_id: None | str
        pubmed_id = self.pubmed_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "pubmedId": pubmed_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_pubmed_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pubmed_id = _parse_pubmed_id(d.pop("pubmedId", None))

        study_pubmed_id = cls(
            study_accession=study_accession,
            pubmed_id=pubmed_id,
        )

        study_pubmed_id.additional_properties = d
        return study_pubmed_id

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

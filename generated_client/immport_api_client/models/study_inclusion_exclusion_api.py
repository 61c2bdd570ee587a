from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyInclusionExclusionApi")


@_attrs_define
class StudyInclusionExclusionApi:
    """
    Attributes:
        criterion_accession (None | str):
        criterion_category (None | str):
        criterion (None | str):
    """

    criterion_accession: None | str = None
    criterion_category: None | str = None
    criterion: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion_accession: None | str
        criterion_accession = self.criterion_accession

        criterion_category: None | str
        criterion_category = self.criterion_category

        criterion: None | str
        criterion = self.criterion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criterionAccession": criterion_accession,
                "criterionCategory": criterion_category,
                "criterion": criterion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_criterion_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        criterion_accession = _parse_criterion_accession(
            d.pop("criterionAccession", None)
        )

        def _parse_criterion_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        criterion_category = _parse_criterion_category(d.pop("criterionCategory", None))

        def _parse_criterion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        criterion = _parse_criterion(d.pop("criterion", None))

        study_inclusion_exclusion_api = cls(
            criterion_accession=criterion_accession,
            criterion_category=criterion_category,
            criterion=criterion,
        )

        study_inclusion_exclusion_api.additional_properties = d
        return study_inclusion_exclusion_api

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

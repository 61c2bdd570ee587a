from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyInclusionExclusionApi")


@_attrs_define
class StudyInclusionExclusionApi:
    """
    Attributes:
        criterion_accession (None | str | Unset):
        criterion_category (None | str | Unset):
        criterion (None | str | Unset):
    """

    criterion_accession: None | str | Unset = UNSET
    criterion_category: None | str | Unset = UNSET
    criterion: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        criterion_accession: None | str | Unset
        if isinstance(self.criterion_accession, Unset):
            criterion_accession = UNSET
        else:
            criterion_accession = self.criterion_accession

        criterion_category: None | str | Unset
        if isinstance(self.criterion_category, Unset):
            criterion_category = UNSET
        else:
            criterion_category = self.criterion_category

        criterion: None | str | Unset
        if isinstance(self.criterion, Unset):
            criterion = UNSET
        else:
            criterion = self.criterion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if criterion_accession is not UNSET:
            field_dict["criterionAccession"] = criterion_accession
        if criterion_category is not UNSET:
            field_dict["criterionCategory"] = criterion_category
        if criterion is not UNSET:
            field_dict["criterion"] = criterion

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_criterion_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        criterion_accession = _parse_criterion_accession(
            d.pop("criterionAccession", UNSET)
        )

        def _parse_criterion_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        criterion_category = _parse_criterion_category(
            d.pop("criterionCategory", UNSET)
        )

        def _parse_criterion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        criterion = _parse_criterion(d.pop("criterion", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyConditionOrDiseaseApi")


@_attrs_define
class StudyConditionOrDiseaseApi:
    """
    Attributes:
        study_accession (None | str | Unset):
        condition_reported (None | str | Unset):
        condition_preferred (None | str | Unset):
    """

    study_accession: None | str | Unset = UNSET
    condition_reported: None | str | Unset = UNSET
    condition_preferred: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        condition_reported: None | str | Unset
        if isinstance(self.condition_reported, Unset):
            condition_reported = UNSET
        else:
            condition_reported = self.condition_reported

        condition_preferred: None | str | Unset
        if isinstance(self.condition_preferred, Unset):
            condition_preferred = UNSET
        else:
            condition_preferred = self.condition_preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if condition_reported is not UNSET:
            field_dict["conditionReported"] = condition_reported
        if condition_preferred is not UNSET:
            field_dict["conditionPreferred"] = condition_preferred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_condition_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_reported = _parse_condition_reported(
            d.pop("conditionReported", UNSET)
        )

        def _parse_condition_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_preferred = _parse_condition_preferred(
            d.pop("conditionPreferred", UNSET)
        )

        study_condition_or_disease_api = cls(
            study_accession=study_accession,
            condition_reported=condition_reported,
            condition_preferred=condition_preferred,
        )

        study_condition_or_disease_api.additional_properties = d
        return study_condition_or_disease_api

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

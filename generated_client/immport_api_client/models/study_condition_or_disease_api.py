from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyConditionOrDiseaseApi")


@_attrs_define
class StudyConditionOrDiseaseApi:
    """
    Attributes:
        study_accession (None | str):
        condition_reported (None | str):
        condition_preferred (None | str):
    """

    study_accession: None | str = None
    condition_reported: None | str = None
    condition_preferred: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        condition_reported: None | str
        condition_reported = self.condition_reported

        condition_preferred: None | str
        condition_preferred = self.condition_preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "conditionReported": condition_reported,
                "conditionPreferred": condition_preferred,
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

        def _parse_condition_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        condition_reported = _parse_condition_reported(d.pop("conditionReported", None))

        def _parse_condition_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        condition_preferred = _parse_condition_preferred(
            d.pop("conditionPreferred", None)
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyArmApi")


@_attrs_define
class StudyArmApi:
    """
    Attributes:
        arm_accession (None | str):
        study_accession (None | str):
        description (None | str):
        name (None | str):
        type_reported (None | str):
        type_preferred (None | str):
    """

    arm_accession: None | str = None
    study_accession: None | str = None
    description: None | str = None
    name: None | str = None
    type_reported: None | str = None
    type_preferred: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arm_accession: None | str
        arm_accession = self.arm_accession

        study_accession: None | str
        study_accession = self.study_accession

        description: None | str
        description = self.description

        name: None | str
        name = self.name

        type_reported: None | str
        type_reported = self.type_reported

        type_preferred: None | str
        type_preferred = self.type_preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "armAccession": arm_accession,
                "studyAccession": study_accession,
                "description": description,
                "name": name,
                "typeReported": type_reported,
                "typePreferred": type_preferred,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_arm_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", None))

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_type_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_reported = _parse_type_reported(d.pop("typeReported", None))

        def _parse_type_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_preferred = _parse_type_preferred(d.pop("typePreferred", None))

        study_arm_api = cls(
            arm_accession=arm_accession,
            study_accession=study_accession,
            description=description,
            name=name,
            type_reported=type_reported,
            type_preferred=type_preferred,
        )

        study_arm_api.additional_properties = d
        return study_arm_api

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

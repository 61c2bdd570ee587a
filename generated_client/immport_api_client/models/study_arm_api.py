from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyArmApi")


@_attrs_define
class StudyArmApi:
    """
    Attributes:
        arm_accession (None | str | Unset):
        study_accession (None | str | Unset):
        description (None | str | Unset):
        name (None | str | Unset):
        type_reported (None | str | Unset):
        type_preferred (None | str | Unset):
    """

    arm_accession: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_reported: None | str | Unset = UNSET
    type_preferred: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arm_accession: None | str | Unset
        if isinstance(self.arm_accession, Unset):
            arm_accession = UNSET
        else:
            arm_accession = self.arm_accession

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_reported: None | str | Unset
        if isinstance(self.type_reported, Unset):
            type_reported = UNSET
        else:
            type_reported = self.type_reported

        type_preferred: None | str | Unset
        if isinstance(self.type_preferred, Unset):
            type_preferred = UNSET
        else:
            type_preferred = self.type_preferred

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arm_accession is not UNSET:
            field_dict["armAccession"] = arm_accession
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if type_reported is not UNSET:
            field_dict["typeReported"] = type_reported
        if type_preferred is not UNSET:
            field_dict["typePreferred"] = type_preferred

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_arm_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", UNSET))

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_reported = _parse_type_reported(d.pop("typeReported", UNSET))

        def _parse_type_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_preferred = _parse_type_preferred(d.pop("typePreferred", UNSET))

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

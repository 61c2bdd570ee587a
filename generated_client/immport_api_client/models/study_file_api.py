from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyFileApi")


@_attrs_define
class StudyFileApi:
    """
    Attributes:
        study_file_accession (None | str | Unset):
        study_accession (None | str | Unset):
        study_file_type (None | str | Unset):
        description (None | str | Unset):
        file_name (None | str | Unset):
    """

    study_file_accession: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    study_file_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_file_accession: None | str | Unset
        if isinstance(self.study_file_accession, Unset):
            study_file_accession = UNSET
        else:
            study_file_accession = self.study_file_accession

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        study_file_type: None | str | Unset
        if isinstance(self.study_file_type, Unset):
            study_file_type = UNSET
        else:
            study_file_type = self.study_file_type

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_file_accession is not UNSET:
            field_dict["studyFileAccession"] = study_file_accession
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if study_file_type is not UNSET:
            field_dict["studyFileType"] = study_file_type
        if description is not UNSET:
            field_dict["description"] = description
        if file_name is not UNSET:
            field_dict["fileName"] = file_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_file_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_file_accession = _parse_study_file_accession(
            d.pop("studyFileAccession", UNSET)
        )

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_study_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_file_type = _parse_study_file_type(d.pop("studyFileType", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        study_file_api = cls(
            study_file_accession=study_file_accession,
            study_accession=study_accession,
            study_file_type=study_file_type,
            description=description,
            file_name=file_name,
        )

        study_file_api.additional_properties = d
        return study_file_api

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyFileApi")


@_attrs_define
class StudyFileApi:
    """
    Attributes:
        study_file_accession (None | str):
        study_accession (None | str):
        study_file_type (None | str):
        description (None | str):
        file_name (None | str):
    """

    study_file_accession: None | str = None
    study_accession: None | str = None
    study_file_type: None | str = None
    description: None | str = None
    file_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_file_accession: None | str
        study_file_accession = self.study_file_accession

        study_accession: None | str
        study_accession = self.study_accession

        study_file_type: None | str
        study_file_type = self.study_file_type

        description: None | str
        description = self.description

        file_name: None | str
        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyFileAccession": study_file_accession,
                "studyAccession": study_accession,
                "studyFileType": study_file_type,
                "description": description,
                "fileName": file_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_file_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_file_accession = _parse_study_file_accession(
            d.pop("studyFileAccession", None)
        )

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_study_file_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_file_type = _parse_study_file_type(d.pop("studyFileType", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("fileName", None))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyProtocolApi")


@_attrs_define
class StudyProtocolApi:
    """
    Attributes:
        study_accession (None | str):
        protocol_accession (None | str):
        type_ (None | str):
        description (None | str):
        file_name (None | str):
        name (None | str):
        original_file_name (None | str):
    """

    study_accession: None | str = None
    protocol_accession: None | str = None
    type_: None | str = None
    description: None | str = None
    file_name: None | str = None
    name: None | str = None
    original_file_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        protocol_accession: None | str
        protocol_accession = self.protocol_accession

        type_: None | str
        type_ = self.type_

        description: None | str
        description = self.description

        file_name: None | str
        file_name = self.file_name

        name: None | str
        name = self.name

        original_file_name: None | str
        original_file_name = self.original_file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "protocolAccession": protocol_accession,
                "type": type_,
                "description": description,
                "fileName": file_name,
                "name": name,
                "originalFileName": original_file_name,
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

        def _parse_protocol_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protocol_accession = _parse_protocol_accession(d.pop("protocolAccession", None))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type", None))

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

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_original_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        original_file_name = _parse_original_file_name(d.pop("originalFileName", None))

        study_protocol_api = cls(
            study_accession=study_accession,
            protocol_accession=protocol_accession,
            type_=type_,
            description=description,
            file_name=file_name,
            name=name,
            original_file_name=original_file_name,
        )

        study_protocol_api.additional_properties = d
        return study_protocol_api

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

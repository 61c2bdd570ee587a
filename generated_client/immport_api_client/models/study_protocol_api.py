from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyProtocolApi")


@_attrs_define
class StudyProtocolApi:
    """
    Attributes:
        study_accession (None | str | Unset):
        protocol_accession (None | str | Unset):
        type_ (None | str | Unset):
        description (None | str | Unset):
        file_name (None | str | Unset):
        name (None | str | Unset):
        original_file_name (None | str | Unset):
    """

    study_accession: None | str | Unset = UNSET
    protocol_accession: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    original_file_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        protocol_accession: None | str | Unset
        if isinstance(self.protocol_accession, Unset):
            protocol_accession = UNSET
        else:
            protocol_accession = self.protocol_accession

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        original_file_name: None | str | Unset
        if isinstance(self.original_file_name, Unset):
            original_file_name = UNSET
        else:
            original_file_name = self.original_file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if protocol_accession is not UNSET:
            field_dict["protocolAccession"] = protocol_accession
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if name is not UNSET:
            field_dict["name"] = name
        if original_file_name is not UNSET:
            field_dict["originalFileName"] = original_file_name

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

        def _parse_protocol_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protocol_accession = _parse_protocol_accession(
            d.pop("protocolAccession", UNSET)
        )

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_original_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_file_name = _parse_original_file_name(d.pop("originalFileName", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyFileDetailsApi")


@_attrs_define
class StudyFileDetailsApi:
    """
    Attributes:
        file_details_id (float | None | Unset):
        generated_md5 (None | str | Unset):
        study_accession (None | str | Unset):
        file_type (None | str | Unset):
        file_accession (None | str | Unset):
        file_name (None | str | Unset):
        path (None | str | Unset):
    """

    file_details_id: float | None | Unset = UNSET
    generated_md5: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    file_type: None | str | Unset = UNSET
    file_accession: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_details_id: float | None | Unset
        if isinstance(self.file_details_id, Unset):
            file_details_id = UNSET
        else:
            file_details_id = self.file_details_id

        generated_md5: None | str | Unset
        if isinstance(self.generated_md5, Unset):
            generated_md5 = UNSET
        else:
            generated_md5 = self.generated_md5

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        file_accession: None | str | Unset
        if isinstance(self.file_accession, Unset):
            file_accession = UNSET
        else:
            file_accession = self.file_accession

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_details_id is not UNSET:
            field_dict["fileDetailsId"] = file_details_id
        if generated_md5 is not UNSET:
            field_dict["generatedMD5"] = generated_md5
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if file_accession is not UNSET:
            field_dict["fileAccession"] = file_accession
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_details_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        file_details_id = _parse_file_details_id(d.pop("fileDetailsId", UNSET))

        def _parse_generated_md5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_md5 = _parse_generated_md5(d.pop("generatedMD5", UNSET))

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type = _parse_file_type(d.pop("fileType", UNSET))

        def _parse_file_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_accession = _parse_file_accession(d.pop("fileAccession", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        study_file_details_api = cls(
            file_details_id=file_details_id,
            generated_md5=generated_md5,
            study_accession=study_accession,
            file_type=file_type,
            file_accession=file_accession,
            file_name=file_name,
            path=path,
        )

        study_file_details_api.additional_properties = d
        return study_file_details_api

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

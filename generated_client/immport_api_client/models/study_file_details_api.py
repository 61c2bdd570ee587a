from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyFileDetailsApi")


@_attrs_define
class StudyFileDetailsApi:
    """
    Attributes:
        file_details_id (float | None):
        generated_md5 (None | str):
        study_accession (None | str):
        file_type (None | str):
        file_accession (None | str):
        file_name (None | str):
        path (None | str):
    """

    file_details_id: float | None = None
    generated_md5: None | str = None
    study_accession: None | str = None
    file_type: None | str = None
    file_accession: None | str = None
    file_name: None | str = None
    path: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_details_id: float | None
        file_details_id = self.file_details_id

        generated_md5: None | str
        generated_md5 = self.generated_md5

        study_accession: None | str
        study_accession = self.study_accession

        file_type: None | str
        file_type = self.file_type

        file_accession: None | str
        file_accession = self.file_accession

        file_name: None | str
        file_name = self.file_name

        path: None | str
        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileDetailsId": file_details_id,
                "generatedMD5": generated_md5,
                "studyAccession": study_accession,
                "fileType": file_type,
                "fileAccession": file_accession,
                "fileName": file_name,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_details_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        file_details_id = _parse_file_details_id(d.pop("fileDetailsId", None))

        def _parse_generated_md5(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        generated_md5 = _parse_generated_md5(d.pop("generatedMD5", None))

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_file_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_type = _parse_file_type(d.pop("fileType", None))

        def _parse_file_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_accession = _parse_file_accession(d.pop("fileAccession", None))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("fileName", None))

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path", None))

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

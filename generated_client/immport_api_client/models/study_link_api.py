from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyLinkApi")


@_attrs_define
class StudyLinkApi:
    """
    Attributes:
        study_link_id (int | None):
        study_accession (None | str):
        name (None | str):
        type_ (None | str):
        value (None | str):
    """

    study_link_id: int | None = None
    study_accession: None | str = None
    name: None | str = None
    type_: None | str = None
    value: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_link_id: int | None
        study_link_id = self.study_link_id

        study_accession: None | str
        study_accession = self.study_accession

        name: None | str
        name = self.name

        type_: None | str
        type_ = self.type_

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyLinkId": study_link_id,
                "studyAccession": study_accession,
                "name": name,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_link_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        study_link_id = _parse_study_link_id(d.pop("studyLinkId", None))

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type", None))

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value", None))

        study_link_api = cls(
            study_link_id=study_link_id,
            study_accession=study_accession,
            name=name,
            type_=type_,
            value=value,
        )

        study_link_api.additional_properties = d
        return study_link_api

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

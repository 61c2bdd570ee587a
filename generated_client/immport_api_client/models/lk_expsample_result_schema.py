from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LkExpsampleResultSchema")


@_attrs_define
class LkExpsampleResultSchema:
    """
    Attributes:
        name (None | str):
        description (None | str):
        table_name (None | str):
    """

    name: None | str = None
    description: None | str = None
    table_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        description: None | str
        description = self.description

        table_name: None | str
        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "tableName": table_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_table_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        table_name = _parse_table_name(d.pop("tableName", None))

        lk_expsample_result_schema = cls(
            name=name,
            description=description,
            table_name=table_name,
        )

        lk_expsample_result_schema.additional_properties = d
        return lk_expsample_result_schema

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

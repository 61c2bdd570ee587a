from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LkSpecies")


@_attrs_define
class LkSpecies:
    """
    Attributes:
        name (None | str):
        common_name (None | str):
        link (None | str):
        taxonomy_id (None | str):
    """

    name: None | str = None
    common_name: None | str = None
    link: None | str = None
    taxonomy_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        common_name: None | str
        common_name = self.common_name

        link: None | str
        link = self.link

        taxonomy_id: None | str
        taxonomy_id = self.taxonomy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "commonName": common_name,
                "link": link,
                "taxonomyId": taxonomy_id,
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

        def _parse_common_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        common_name = _parse_common_name(d.pop("commonName", None))

        def _parse_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        link = _parse_link(d.pop("link", None))

        def _parse_taxonomy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taxonomy_id = _parse_taxonomy_id(d.pop("taxonomyId", None))

        lk_species = cls(
            name=name,
            common_name=common_name,
            link=link,
            taxonomy_id=taxonomy_id,
        )

        lk_species.additional_properties = d
        return lk_species

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LkVirusStrain")


@_attrs_define
class LkVirusStrain:
    """
    Attributes:
        name (None | str):
        center_id_name_season_list (None | str):
        description (None | str):
        link (None | str):
        season_list (None | str):
        taxonomy_id (int | None):
        virus_name (None | str):
    """

    name: None | str = None
    center_id_name_season_list: None | str = None
    description: None | str = None
    link: None | str = None
    season_list: None | str = None
    taxonomy_id: int | None = None
    virus_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        center_id_name_season_list: None | str
        center_id_name_season_list = self.center_id_name_season_list

        description: None | str
        description = self.description

        link: None | str
        link = self.link

        season_list: None | str
        season_list = self.season_list

        taxonomy_id: int | None
        taxonomy_id = self.taxonomy_id

        virus_name: None | str
        virus_name = self.virus_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "centerIdNameSeasonList": center_id_name_season_list,
                "description": description,
                "link": link,
                "seasonList": season_list,
                "taxonomyId": taxonomy_id,
                "virusName": virus_name,
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

        def _parse_center_id_name_season_list(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        center_id_name_season_list = _parse_center_id_name_season_list(
            d.pop("centerIdNameSeasonList", None)
        )

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        link = _parse_link(d.pop("link", None))

        def _parse_season_list(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        season_list = _parse_season_list(d.pop("seasonList", None))

        def _parse_taxonomy_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        taxonomy_id = _parse_taxonomy_id(d.pop("taxonomyId", None))

        def _parse_virus_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        virus_name = _parse_virus_name(d.pop("virusName", None))

        lk_virus_strain = cls(
            name=name,
            center_id_name_season_list=center_id_name_season_list,
            description=description,
            link=link,
            season_list=season_list,
            taxonomy_id=taxonomy_id,
            virus_name=virus_name,
        )

        lk_virus_strain.additional_properties = d
        return lk_virus_strain

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LkVirusStrain")


@_attrs_define
class LkVirusStrain:
    """
    Attributes:
        name (None | str | Unset):
        center_id_name_season_list (None | str | Unset):
        description (None | str | Unset):
        link (None | str | Unset):
        season_list (None | str | Unset):
        taxonomy_id (int | None | Unset):
        virus_name (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    center_id_name_season_list: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    season_list: None | str | Unset = UNSET
    taxonomy_id: int | None | Unset = UNSET
    virus_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        center_id_name_season_list: None | str | Unset
        if isinstance(self.center_id_name_season_list, Unset):
            center_id_name_season_list = UNSET
        else:
            center_id_name_season_list = self.center_id_name_season_list

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        season_list: None | str | Unset
        if isinstance(self.season_list, Unset):
            season_list = UNSET
        else:
            season_list = self.season_list

        taxonomy_id: int | None | Unset
        if isinstance(self.taxonomy_id, Unset):
            taxonomy_id = UNSET
        else:
            taxonomy_id = self.taxonomy_id

        virus_name: None | str | Unset
        if isinstance(self.virus_name, Unset):
            virus_name = UNSET
        else:
            virus_name = self.virus_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if center_id_name_season_list is not UNSET:
            field_dict["centerIdNameSeasonList"] = center_id_name_season_list
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if season_list is not UNSET:
            field_dict["seasonList"] = season_list
        if taxonomy_id is not UNSET:
            field_dict["taxonomyId"] = taxonomy_id
        if virus_name is not UNSET:
            field_dict["virusName"] = virus_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_center_id_name_season_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        center_id_name_season_list = _parse_center_id_name_season_list(
            d.pop("centerIdNameSeasonList", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_season_list(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        season_list = _parse_season_list(d.pop("seasonList", UNSET))

        def _parse_taxonomy_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        taxonomy_id = _parse_taxonomy_id(d.pop("taxonomyId", UNSET))

        def _parse_virus_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        virus_name = _parse_virus_name(d.pop("virusName", UNSET))

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

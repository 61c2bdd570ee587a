from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LkProteinName")


@_attrs_define
class LkProteinName:
    """
    Attributes:
        name (None | str | Unset):
        uniprot_id (None | str | Unset):
        uniprot_gene_name (None | str | Unset):
        description (None | str | Unset):
        link (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    uniprot_id: None | str | Unset = UNSET
    uniprot_gene_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        uniprot_id: None | str | Unset
        if isinstance(self.uniprot_id, Unset):
            uniprot_id = UNSET
        else:
            uniprot_id = self.uniprot_id

        uniprot_gene_name: None | str | Unset
        if isinstance(self.uniprot_gene_name, Unset):
            uniprot_gene_name = UNSET
        else:
            uniprot_gene_name = self.uniprot_gene_name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if uniprot_id is not UNSET:
            field_dict["uniprot_id"] = uniprot_id
        if uniprot_gene_name is not UNSET:
            field_dict["uniprot_gene_name"] = uniprot_gene_name
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link

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

        def _parse_uniprot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uniprot_id = _parse_uniprot_id(d.pop("uniprot_id", UNSET))

        def _parse_uniprot_gene_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uniprot_gene_name = _parse_uniprot_gene_name(d.pop("uniprot_gene_name", UNSET))

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

        lk_protein_name = cls(
            name=name,
            uniprot_id=uniprot_id,
            uniprot_gene_name=uniprot_gene_name,
            description=description,
            link=link,
        )

        lk_protein_name.additional_properties = d
        return lk_protein_name

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

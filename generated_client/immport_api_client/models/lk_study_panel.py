from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LkStudyPanel")


@_attrs_define
class LkStudyPanel:
    """
    Attributes:
        name (None | str):
        collapsible (None | str):
        description (None | str):
        display_name (None | str):
        sort_order (int | None):
        visible (None | str):
    """

    name: None | str = None
    collapsible: None | str = None
    description: None | str = None
    display_name: None | str = None
    sort_order: int | None = None
    visible: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        collapsible: None | str
        collapsible = self.collapsible

        description: None | str
        description = self.description

        display_name: None | str
        display_name = self.display_name

        sort_order: int | None
        sort_order = self.sort_order

        visible: None | str
        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "collapsible": collapsible,
                "description": description,
                "displayName": display_name,
                "sortOrder": sort_order,
                "visible": visible,
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

        def _parse_collapsible(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        collapsible = _parse_collapsible(d.pop("collapsible", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName", None))

        def _parse_sort_order(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sort_order = _parse_sort_order(d.pop("sortOrder", None))

        def _parse_visible(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        visible = _parse_visible(d.pop("visible", None))

        lk_study_panel = cls(
            name=name,
            collapsible=collapsible,
            description=description,
            display_name=display_name,
            sort_order=sort_order,
            visible=visible,
        )

        lk_study_panel.additional_properties = d
        return lk_study_panel

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LkLabTestName")


@_attrs_define
class LkLabTestName:
    """
    Attributes:
        name (None | str | Unset):
        cdisc_lab_test_code (None | str | Unset):
        description (None | str | Unset):
        lab_test_panel_name (None | str | Unset):
        link (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    cdisc_lab_test_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    lab_test_panel_name: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        cdisc_lab_test_code: None | str | Unset
        if isinstance(self.cdisc_lab_test_code, Unset):
            cdisc_lab_test_code = UNSET
        else:
            cdisc_lab_test_code = self.cdisc_lab_test_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lab_test_panel_name: None | str | Unset
        if isinstance(self.lab_test_panel_name, Unset):
            lab_test_panel_name = UNSET
        else:
            lab_test_panel_name = self.lab_test_panel_name

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
        if cdisc_lab_test_code is not UNSET:
            field_dict["cdiscLabTestCode"] = cdisc_lab_test_code
        if description is not UNSET:
            field_dict["description"] = description
        if lab_test_panel_name is not UNSET:
            field_dict["labTestPanelName"] = lab_test_panel_name
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

        def _parse_cdisc_lab_test_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cdisc_lab_test_code = _parse_cdisc_lab_test_code(
            d.pop("cdiscLabTestCode", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_lab_test_panel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lab_test_panel_name = _parse_lab_test_panel_name(
            d.pop("labTestPanelName", UNSET)
        )

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        lk_lab_test_name = cls(
            name=name,
            cdisc_lab_test_code=cdisc_lab_test_code,
            description=description,
            lab_test_panel_name=lab_test_panel_name,
            link=link,
        )

        lk_lab_test_name.additional_properties = d
        return lk_lab_test_name

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

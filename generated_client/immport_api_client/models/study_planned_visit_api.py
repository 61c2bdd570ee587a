from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyPlannedVisitApi")


@_attrs_define
class StudyPlannedVisitApi:
    """
    Attributes:
        planned_visit_accession (None | str | Unset):
        study_accession (None | str | Unset):
        end_rule (None | str | Unset):
        max_start_day (float | None | Unset):
        min_start_day (float | None | Unset):
        name (None | str | Unset):
        order_number (int | None | Unset):
        start_rule (None | str | Unset):
    """

    planned_visit_accession: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    end_rule: None | str | Unset = UNSET
    max_start_day: float | None | Unset = UNSET
    min_start_day: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    order_number: int | None | Unset = UNSET
    start_rule: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        planned_visit_accession: None | str | Unset
        if isinstance(self.planned_visit_accession, Unset):
            planned_visit_accession = UNSET
        else:
            planned_visit_accession = self.planned_visit_accession

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        end_rule: None | str | Unset
        if isinstance(self.end_rule, Unset):
            end_rule = UNSET
        else:
            end_rule = self.end_rule

        max_start_day: float | None | Unset
        if isinstance(self.max_start_day, Unset):
            max_start_day = UNSET
        else:
            max_start_day = self.max_start_day

        min_start_day: float | None | Unset
        if isinstance(self.min_start_day, Unset):
            min_start_day = UNSET
        else:
            min_start_day = self.min_start_day

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        order_number: int | None | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        start_rule: None | str | Unset
        if isinstance(self.start_rule, Unset):
            start_rule = UNSET
        else:
            start_rule = self.start_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if planned_visit_accession is not UNSET:
            field_dict["plannedVisitAccession"] = planned_visit_accession
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if end_rule is not UNSET:
            field_dict["endRule"] = end_rule
        if max_start_day is not UNSET:
            field_dict["maxStartDay"] = max_start_day
        if min_start_day is not UNSET:
            field_dict["minStartDay"] = min_start_day
        if name is not UNSET:
            field_dict["name"] = name
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if start_rule is not UNSET:
            field_dict["startRule"] = start_rule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_planned_visit_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", UNSET)
        )

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_end_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_rule = _parse_end_rule(d.pop("endRule", UNSET))

        def _parse_max_start_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_start_day = _parse_max_start_day(d.pop("maxStartDay", UNSET))

        def _parse_min_start_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_start_day = _parse_min_start_day(d.pop("minStartDay", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_order_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_number = _parse_order_number(d.pop("orderNumber", UNSET))

        def _parse_start_rule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_rule = _parse_start_rule(d.pop("startRule", UNSET))

        study_planned_visit_api = cls(
            planned_visit_accession=planned_visit_accession,
            study_accession=study_accession,
            end_rule=end_rule,
            max_start_day=max_start_day,
            min_start_day=min_start_day,
            name=name,
            order_number=order_number,
            start_rule=start_rule,
        )

        study_planned_visit_api.additional_properties = d
        return study_planned_visit_api

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyPlannedVisitApi")


@_attrs_define
class StudyPlannedVisitApi:
    """
    Attributes:
        planned_visit_accession (None | str):
        study_accession (None | str):
        end_rule (None | str):
        max_start_day (float | None):
        min_start_day (float | None):
        name (None | str):
        order_number (int | None):
        start_rule (None | str):
    """

    planned_visit_accession: None | str = None
    study_accession: None | str = None
    end_rule: None | str = None
    max_start_day: float | None = None
    min_start_day: float | None = None
    name: None | str = None
    order_number: int | None = None
    start_rule: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        planned_visit_accession: None | str
        planned_visit_accession = self.planned_visit_accession

        study_accession: None | str
        study_accession = self.study_accession

        end_rule: None | str
        end_rule = self.end_rule

        max_start_day: float | None
        max_start_day = self.max_start_day

        min_start_day: float | None
        min_start_day = self.min_start_day

        name: None | str
        name = self.name

        order_number: int | None
        order_number = self.order_number

        start_rule: None | str
        start_rule = self.start_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plannedVisitAccession": planned_visit_accession,
                "studyAccession": study_accession,
                "endRule": end_rule,
                "maxStartDay": max_start_day,
                "minStartDay": min_start_day,
                "name": name,
                "orderNumber": order_number,
                "startRule": start_rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_planned_visit_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", None)
        )

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_end_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_rule = _parse_end_rule(d.pop("endRule", None))

        def _parse_max_start_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_start_day = _parse_max_start_day(d.pop("maxStartDay", None))

        def _parse_min_start_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_start_day = _parse_min_start_day(d.pop("minStartDay", None))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

        def _parse_order_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        order_number = _parse_order_number(d.pop("orderNumber", None))

        def _parse_start_rule(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_rule = _parse_start_rule(d.pop("startRule", None))

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

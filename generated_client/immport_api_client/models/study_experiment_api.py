from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyExperimentApi")


@_attrs_define
class StudyExperimentApi:
    """
    Attributes:
        experiment_accession (None | str | Unset):
        study_accession (None | str | Unset):
        measurement_technique (None | str | Unset):
        description (None | str | Unset):
        name (None | str | Unset):
    """

    experiment_accession: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    measurement_technique: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_accession: None | str | Unset
        if isinstance(self.experiment_accession, Unset):
            experiment_accession = UNSET
        else:
            experiment_accession = self.experiment_accession

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        measurement_technique: None | str | Unset
        if isinstance(self.measurement_technique, Unset):
            measurement_technique = UNSET
        else:
            measurement_technique = self.measurement_technique

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_accession is not UNSET:
            field_dict["experimentAccession"] = experiment_accession
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if measurement_technique is not UNSET:
            field_dict["measurementTechnique"] = measurement_technique
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_experiment_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", UNSET)
        )

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_measurement_technique(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", UNSET)
        )

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        study_experiment_api = cls(
            experiment_accession=experiment_accession,
            study_accession=study_accession,
            measurement_technique=measurement_technique,
            description=description,
            name=name,
        )

        study_experiment_api.additional_properties = d
        return study_experiment_api

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

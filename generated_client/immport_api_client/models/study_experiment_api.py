from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyExperimentApi")


@_attrs_define
class StudyExperimentApi:
    """
    Attributes:
        experiment_accession (None | str):
        study_accession (None | str):
        measurement_technique (None | str):
        description (None | str):
        name (None | str):
    """

    experiment_accession: None | str = None
    study_accession: None | str = None
    measurement_technique: None | str = None
    description: None | str = None
    name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_accession: None | str
        experiment_accession = self.experiment_accession

        study_accession: None | str
        study_accession = self.study_accession

        measurement_technique: None | str
        measurement_technique = self.measurement_technique

        description: None | str
        description = self.description

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experimentAccession": experiment_accession,
                "studyAccession": study_accession,
                "measurementTechnique": measurement_technique,
                "description": description,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_experiment_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", None)
        )

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_measurement_technique(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", None)
        )

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name", None))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudySubjectDemographicsApi")


@_attrs_define
class StudySubjectDemographicsApi:
    """
    Attributes:
        study_accession (None | str):
        brief_title (None | str):
        arm_accession (None | str):
        arm_name (None | str):
        arm_description (None | str):
        arm_type_reported (None | str):
        arm_type_preferred (None | str):
        subject_accession (None | str):
        age_event (None | str):
        age_event_specify (None | str):
        age_unit (None | str):
        max_subject_age (float | None):
        min_subject_age (float | None):
        subject_phenotype (None | str):
        subject_location (None | str):
        max_subject_age_in_years (None | str):
        min_subject_age_in_years (None | str):
        ancestral_population (None | str):
        subject_description (None | str):
        ethnicity (None | str):
        gender (None | str):
        race (None | str):
        race_specify (None | str):
        species (None | str):
        strain (None | str):
        strain_characteristics (None | str):
    """

    study_accession: None | str = None
    brief_title: None | str = None
    arm_accession: None | str = None
    arm_name: None | str = None
    arm_description: None | str = None
    arm_type_reported: None | str = None
    arm_type_preferred: None | str = None
    subject_accession: None | str = None
    age_event: None | str = None
    age_event_specify: None | str = None
    age_unit: None | str = None
    max_subject_age: float | None = None
    min_subject_age: float | None = None
    subject_phenotype: None | str = None
    subject_location: None | str = None
    max_subject_age_in_years: None | str = None
    min_subject_age_in_years: None | str = None
    ancestral_population: None | str = None
    subject_description: None | str = None
    ethnicity: None | str = None
    gender: None | str = None
    race: None | str = None
    race_specify: None | str = None
    species: None | str = None
    strain: None | str = None
    strain_characteristics: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        brief_title: None | str
        brief_title = self.brief_title

        arm_accession: None | str
        arm_accession = self.arm_accession

        arm_name: None | str
        arm_name = self.arm_name

        arm_description: None | str
        arm_description = self.arm_description

        arm_type_reported: None | str
        arm_type_reported = self.arm_type_reported

        arm_type_preferred: None | str
        arm_type_preferred = self.arm_type_preferred

        subject_accession: None | str
        subject_accession = self.subject_accession

        age_event: None | str
        age_event = self.age_event

        age_event_specify: None | str
        age_event_specify = self.age_event_specify

        age_unit: None | str
        age_unit = self.age_unit

        max_subject_age: float | None
        max_subject_age = self.max_subject_age

        min_subject_age: float | None
        min_subject_age = self.min_subject_age

        subject_phenotype: None | str
        subject_phenotype = self.subject_phenotype

        subject_location: None | str
        subject_location = self.subject_location

        max_subject_age_in_years: None | str
        max_subject_age_in_years = self.max_subject_age_in_years

        min_subject_age_in_years: None | str
        min_subject_age_in_years = self.min_subject_age_in_years

        ancestral_population: None | str
        ancestral_population = self.ancestral_population

        subject_description: None | str
        subject_description = self.subject_description

        ethnicity: None | str
        ethnicity = self.ethnicity

        gender: None | str
        gender = self.gender

        race: None | str
        race = self.race

        race_specify: None | str
        race_specify = self.race_specify

        species: None | str
        species = self.species

        strain: None | str
        strain = self.strain

        strain_characteristics: None | str
        strain_characteristics = self.strain_characteristics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "briefTitle": brief_title,
                "armAccession": arm_accession,
                "armName": arm_name,
                "armDescription": arm_description,
                "armTypeReported": arm_type_reported,
                "armTypePreferred": arm_type_preferred,
                "subjectAccession": subject_accession,
                "ageEvent": age_event,
                "ageEventSpecify": age_event_specify,
                "ageUnit": age_unit,
                "maxSubjectAge": max_subject_age,
                "minSubjectAge": min_subject_age,
                "subjectPhenotype": subject_phenotype,
                "subjectLocation": subject_location,
                "max_subject_age_in_years": max_subject_age_in_years,
                "min_subject_age_in_years": min_subject_age_in_years,
                "ancestral_population": ancestral_population,
                "subjectDescription": subject_description,
                "ethnicity": ethnicity,
                "gender": gender,
                "race": race,
                "raceSpecify": race_specify,
                "species": species,
                "strain": strain,
                "strain_characteristics": strain_characteristics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_brief_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brief_title = _parse_brief_title(d.pop("briefTitle", None))

        def _parse_arm_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", None))

        def _parse_arm_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_name = _parse_arm_name(d.pop("armName", None))

        def _parse_arm_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_description = _parse_arm_description(d.pop("armDescription", None))

        def _parse_arm_type_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_type_reported = _parse_arm_type_reported(d.pop("armTypeReported", None))

        def _parse_arm_type_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_type_preferred = _parse_arm_type_preferred(d.pop("armTypePreferred", None))

        def _parse_subject_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", None))

        def _parse_age_event(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_event = _parse_age_event(d.pop("ageEvent", None))

        def _parse_age_event_specify(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_event_specify = _parse_age_event_specify(d.pop("ageEventSpecify", None))

        def _parse_age_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_unit = _parse_age_unit(d.pop("ageUnit", None))

        def _parse_max_subject_age(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", None))

        def _parse_min_subject_age(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", None))

        def _parse_subject_phenotype(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", None))

        def _parse_subject_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_location = _parse_subject_location(d.pop("subjectLocation", None))

        def _parse_max_subject_age_in_years(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        max_subject_age_in_years = _parse_max_subject_age_in_years(
            d.pop("max_subject_age_in_years", None)
        )

        def _parse_min_subject_age_in_years(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        min_subject_age_in_years = _parse_min_subject_age_in_years(
            d.pop("min_subject_age_in_years", None)
        )

        def _parse_ancestral_population(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ancestral_population = _parse_ancestral_population(
            d.pop("ancestral_population", None)
        )

        def _parse_subject_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_description = _parse_subject_description(
            d.pop("subjectDescription", None)
        )

        def _parse_ethnicity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", None))

        def _parse_gender(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gender = _parse_gender(d.pop("gender", None))

        def _parse_race(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        race = _parse_race(d.pop("race", None))

        def _parse_race_specify(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        race_specify = _parse_race_specify(d.pop("raceSpecify", None))

        def _parse_species(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        species = _parse_species(d.pop("species", None))

        def _parse_strain(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        strain = _parse_strain(d.pop("strain", None))

        def _parse_strain_characteristics(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        strain_characteristics = _parse_strain_characteristics(
            d.pop("strain_characteristics", None)
        )

        study_subject_demographics_api = cls(
            study_accession=study_accession,
            brief_title=brief_title,
            arm_accession=arm_accession,
            arm_name=arm_name,
            arm_description=arm_description,
            arm_type_reported=arm_type_reported,
            arm_type_preferred=arm_type_preferred,
            subject_accession=subject_accession,
            age_event=age_event,
            age_event_specify=age_event_specify,
            age_unit=age_unit,
            max_subject_age=max_subject_age,
            min_subject_age=min_subject_age,
            subject_phenotype=subject_phenotype,
            subject_location=subject_location,
            max_subject_age_in_years=max_subject_age_in_years,
            min_subject_age_in_years=min_subject_age_in_years,
            ancestral_population=ancestral_population,
            subject_description=subject_description,
            ethnicity=ethnicity,
            gender=gender,
            race=race,
            race_specify=race_specify,
            species=species,
            strain=strain,
            strain_characteristics=strain_characteristics,
        )

        study_subject_demographics_api.additional_properties = d
        return study_subject_demographics_api

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

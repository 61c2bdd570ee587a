from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudySubjectExpSampleApi")


@_attrs_define
class StudySubjectExpSampleApi:
    """
    Attributes:
        study_accession (None | str | Unset):
        brief_title (None | str | Unset):
        arm_accession (None | str | Unset):
        arm_name (None | str | Unset):
        arm_description (None | str | Unset):
        arm_type_reported (None | str | Unset):
        arm_type_preferred (None | str | Unset):
        subject_accession (None | str | Unset):
        age_event (None | str | Unset):
        age_event_specify (None | str | Unset):
        age_unit (None | str | Unset):
        max_subject_age (float | None | Unset):
        min_subject_age (float | None | Unset):
        subject_phenotype (None | str | Unset):
        subject_location (None | str | Unset):
        max_subject_age_in_years (None | str | Unset):
        min_subject_age_in_years (None | str | Unset):
        ancestral_population (None | str | Unset):
        subject_description (None | str | Unset):
        ethnicity (None | str | Unset):
        gender (None | str | Unset):
        race (None | str | Unset):
        race_specify (None | str | Unset):
        species (None | str | Unset):
        strain (None | str | Unset):
        strain_characteristics (None | str | Unset):
        biosample_accession (None | str | Unset):
        planned_visit_accession (None | str | Unset):
        biosample_name (None | str | Unset):
        type_ (None | str | Unset):
        subtype (None | str | Unset):
        experiment_accession (None | str | Unset):
        measurement_technique (None | str | Unset):
        experiment_name (None | str | Unset):
        expsample_accession (None | str | Unset):
        expsample_name (None | str | Unset):
        result_schema (None | str | Unset):
    """

    study_accession: None | str | Unset = UNSET
    brief_title: None | str | Unset = UNSET
    arm_accession: None | str | Unset = UNSET
    arm_name: None | str | Unset = UNSET
    arm_description: None | str | Unset = UNSET
    arm_type_reported: None | str | Unset = UNSET
    arm_type_preferred: None | str | Unset = UNSET
    subject_accession: None | str | Unset = UNSET
    age_event: None | str | Unset = UNSET
    age_event_specify: None | str | Unset = UNSET
    age_unit: None | str | Unset = UNSET
    max_subject_age: float | None | Unset = UNSET
    min_subject_age: float | None | Unset = UNSET
    subject_phenotype: None | str | Unset = UNSET
    subject_location: None | str | Unset = UNSET
    max_subject_age_in_years: None | str | Unset = UNSET
    min_subject_age_in_years: None | str | Unset = UNSET
    ancestral_population: None | str | Unset = UNSET
    subject_description: None | str | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    race: None | str | Unset = UNSET
    race_specify: None | str | Unset = UNSET
    species: None | str | Unset = UNSET
    strain: None | str | Unset = UNSET
    strain_characteristics: None | str | Unset = UNSET
    biosample_accession: None | str | Unset = UNSET
    planned_visit_accession: None | str | Unset = UNSET
    biosample_name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    subtype: None | str | Unset = UNSET
    experiment_accession: None | str | Unset = UNSET
    measurement_technique: None | str | Unset = UNSET
    experiment_name: None | str | Unset = UNSET
    expsample_accession: None | str | Unset = UNSET
    expsample_name: None | str | Unset = UNSET
    result_schema: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        brief_title: None | str | Unset
        if isinstance(self.brief_title, Unset):
            brief_title = UNSET
        else:
            brief_title = self.brief_title

        arm_accession: None | str | Unset
        if isinstance(self.arm_accession, Unset):
            arm_accession = UNSET
        else:
            arm_accession = self.arm_accession

        arm_name: None | str | Unset
        if isinstance(self.arm_name, Unset):
            arm_name = UNSET
        else:
            arm_name = self.arm_name

        arm_description: None | str | Unset
        if isinstance(self.arm_description, Unset):
            arm_description = UNSET
        else:
            arm_description = self.arm_description

        arm_type_reported: None | str | Unset
        if isinstance(self.arm_type_reported, Unset):
            arm_type_reported = UNSET
        else:
            arm_type_reported = self.arm_type_reported

        arm_type_preferred: None | str | Unset
        if isinstance(self.arm_type_preferred, Unset):
            arm_type_preferred = UNSET
        else:
            arm_type_preferred = self.arm_type_preferred

        subject_accession: None | str | Unset
        if isinstance(self.subject_accession, Unset):
            subject_accession = UNSET
        else:
            subject_accession = self.subject_accession

        age_event: None | str | Unset
        if isinstance(self.age_event, Unset):
            age_event = UNSET
        else:
            age_event = self.age_event

        age_event_specify: None | str | Unset
        if isinstance(self.age_event_specify, Unset):
            age_event_specify = UNSET
        else:
            age_event_specify = self.age_event_specify

        age_unit: None | str | Unset
        if isinstance(self.age_unit, Unset):
            age_unit = UNSET
        else:
            age_unit = self.age_unit

        max_subject_age: float | None | Unset
        if isinstance(self.max_subject_age, Unset):
            max_subject_age = UNSET
        else:
            max_subject_age = self.max_subject_age

        min_subject_age: float | None | Unset
        if isinstance(self.min_subject_age, Unset):
            min_subject_age = UNSET
        else:
            min_subject_age = self.min_subject_age

        subject_phenotype: None | str | Unset
        if isinstance(self.subject_phenotype, Unset):
            subject_phenotype = UNSET
        else:
            subject_phenotype = self.subject_phenotype

        subject_location: None | str | Unset
        if isinstance(self.subject_location, Unset):
            subject_location = UNSET
        else:
            subject_location = self.subject_location

        max_subject_age_in_years: None | str | Unset
        if isinstance(self.max_subject_age_in_years, Unset):
            max_subject_age_in_years = UNSET
        else:
            max_subject_age_in_years = self.max_subject_age_in_years

        min_subject_age_in_years: None | str | Unset
        if isinstance(self.min_subject_age_in_years, Unset):
            min_subject_age_in_years = UNSET
        else:
            min_subject_age_in_years = self.min_subject_age_in_years

        ancestral_population: None | str | Unset
        if isinstance(self.ancestral_population, Unset):
            ancestral_population = UNSET
        else:
            ancestral_population = self.ancestral_population

        subject_description: None | str | Unset
        if isinstance(self.subject_description, Unset):
            subject_description = UNSET
        else:
            subject_description = self.subject_description

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        race: None | str | Unset
        if isinstance(self.race, Unset):
            race = UNSET
        else:
            race = self.race

        race_specify: None | str | Unset
        if isinstance(self.race_specify, Unset):
            race_specify = UNSET
        else:
            race_specify = self.race_specify

        species: None | str | Unset
        if isinstance(self.species, Unset):
            species = UNSET
        else:
            species = self.species

        strain: None | str | Unset
        if isinstance(self.strain, Unset):
            strain = UNSET
        else:
            strain = self.strain

        strain_characteristics: None | str | Unset
        if isinstance(self.strain_characteristics, Unset):
            strain_characteristics = UNSET
        else:
            strain_characteristics = self.strain_characteristics

        biosample_accession: None | str | Unset
        if isinstance(self.biosample_accession, Unset):
            biosample_accession = UNSET
        else:
            biosample_accession = self.biosample_accession

        planned_visit_accession: None | str | Unset
        if isinstance(self.planned_visit_accession, Unset):
            planned_visit_accession = UNSET
        else:
            planned_visit_accession = self.planned_visit_accession

        biosample_name: None | str | Unset
        if isinstance(self.biosample_name, Unset):
            biosample_name = UNSET
        else:
            biosample_name = self.biosample_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        subtype: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        else:
            subtype = self.subtype

        experiment_accession: None | str | Unset
        if isinstance(self.experiment_accession, Unset):
            experiment_accession = UNSET
        else:
            experiment_accession = self.experiment_accession

        measurement_technique: None | str | Unset
        if isinstance(self.measurement_technique, Unset):
            measurement_technique = UNSET
        else:
            measurement_technique = self.measurement_technique

        experiment_name: None | str | Unset
        if isinstance(self.experiment_name, Unset):
            experiment_name = UNSET
        else:
            experiment_name = self.experiment_name

        expsample_accession: None | str | Unset
        if isinstance(self.expsample_accession, Unset):
            expsample_accession = UNSET
        else:
            expsample_accession = self.expsample_accession

        expsample_name: None | str | Unset
        if isinstance(self.expsample_name, Unset):
            expsample_name = UNSET
        else:
            expsample_name = self.expsample_name

        result_schema: None | str | Unset
        if isinstance(self.result_schema, Unset):
            result_schema = UNSET
        else:
            result_schema = self.result_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if brief_title is not UNSET:
            field_dict["briefTitle"] = brief_title
        if arm_accession is not UNSET:
            field_dict["armAccession"] = arm_accession
        if arm_name is not UNSET:
            field_dict["armName"] = arm_name
        if arm_description is not UNSET:
            field_dict["armDescription"] = arm_description
        if arm_type_reported is not UNSET:
            field_dict["armTypeReported"] = arm_type_reported
        if arm_type_preferred is not UNSET:
            field_dict["armTypePreferred"] = arm_type_preferred
        if subject_accession is not UNSET:
            field_dict["subjectAccession"] = subject_accession
        if age_event is not UNSET:
            field_dict["ageEvent"] = age_event
        if age_event_specify is not UNSET:
            field_dict["ageEventSpecify"] = age_event_specify
        if age_unit is not UNSET:
            field_dict["ageUnit"] = age_unit
        if max_subject_age is not UNSET:
            field_dict["maxSubjectAge"] = max_subject_age
        if min_subject_age is not UNSET:
            field_dict["minSubjectAge"] = min_subject_age
        if subject_phenotype is not UNSET:
            field_dict["subjectPhenotype"] = subject_phenotype
        if subject_location is not UNSET:
            field_dict["subjectLocation"] = subject_location
        if max_subject_age_in_years is not UNSET:
            field_dict["max_subject_age_in_years"] = max_subject_age_in_years
        if min_subject_age_in_years is not UNSET:
            field_dict["min_subject_age_in_years"] = min_subject_age_in_years
        if ancestral_population is not UNSET:
            field_dict["ancestral_population"] = ancestral_population
        if subject_description is not UNSET:
            field_dict["subjectDescription"] = subject_description
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if gender is not UNSET:
            field_dict["gender"] = gender
        if race is not UNSET:
            field_dict["race"] = race
        if race_specify is not UNSET:
            field_dict["raceSpecify"] = race_specify
        if species is not UNSET:
            field_dict["species"] = species
        if strain is not UNSET:
            field_dict["strain"] = strain
        if strain_characteristics is not UNSET:
            field_dict["strain_characteristics"] = strain_characteristics
        if biosample_accession is not UNSET:
            field_dict["biosampleAccession"] = biosample_accession
        if planned_visit_accession is not UNSET:
            field_dict["plannedVisitAccession"] = planned_visit_accession
        if biosample_name is not UNSET:
            field_dict["biosampleName"] = biosample_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if experiment_accession is not UNSET:
            field_dict["experimentAccession"] = experiment_accession
        if measurement_technique is not UNSET:
            field_dict["measurementTechnique"] = measurement_technique
        if experiment_name is not UNSET:
            field_dict["experimentName"] = experiment_name
        if expsample_accession is not UNSET:
            field_dict["expsampleAccession"] = expsample_accession
        if expsample_name is not UNSET:
            field_dict["expsampleName"] = expsample_name
        if result_schema is not UNSET:
            field_dict["resultSchema"] = result_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_brief_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brief_title = _parse_brief_title(d.pop("briefTitle", UNSET))

        def _parse_arm_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", UNSET))

        def _parse_arm_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_name = _parse_arm_name(d.pop("armName", UNSET))

        def _parse_arm_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_description = _parse_arm_description(d.pop("armDescription", UNSET))

        def _parse_arm_type_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_type_reported = _parse_arm_type_reported(d.pop("armTypeReported", UNSET))

        def _parse_arm_type_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_type_preferred = _parse_arm_type_preferred(d.pop("armTypePreferred", UNSET))

        def _parse_subject_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", UNSET))

        def _parse_age_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age_event = _parse_age_event(d.pop("ageEvent", UNSET))

        def _parse_age_event_specify(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age_event_specify = _parse_age_event_specify(d.pop("ageEventSpecify", UNSET))

        def _parse_age_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age_unit = _parse_age_unit(d.pop("ageUnit", UNSET))

        def _parse_max_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", UNSET))

        def _parse_min_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", UNSET))

        def _parse_subject_phenotype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", UNSET))

        def _parse_subject_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_location = _parse_subject_location(d.pop("subjectLocation", UNSET))

        def _parse_max_subject_age_in_years(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        max_subject_age_in_years = _parse_max_subject_age_in_years(
            d.pop("max_subject_age_in_years", UNSET)
        )

        def _parse_min_subject_age_in_years(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_subject_age_in_years = _parse_min_subject_age_in_years(
            d.pop("min_subject_age_in_years", UNSET)
        )

        def _parse_ancestral_population(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ancestral_population = _parse_ancestral_population(
            d.pop("ancestral_population", UNSET)
        )

        def _parse_subject_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_description = _parse_subject_description(
            d.pop("subjectDescription", UNSET)
        )

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_race(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        race = _parse_race(d.pop("race", UNSET))

        def _parse_race_specify(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        race_specify = _parse_race_specify(d.pop("raceSpecify", UNSET))

        def _parse_species(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        species = _parse_species(d.pop("species", UNSET))

        def _parse_strain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strain = _parse_strain(d.pop("strain", UNSET))

        def _parse_strain_characteristics(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strain_characteristics = _parse_strain_characteristics(
            d.pop("strain_characteristics", UNSET)
        )

        def _parse_biosample_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", UNSET)
        )

        def _parse_planned_visit_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", UNSET)
        )

        def _parse_biosample_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_name = _parse_biosample_name(d.pop("biosampleName", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subtype = _parse_subtype(d.pop("subtype", UNSET))

        def _parse_experiment_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", UNSET)
        )

        def _parse_measurement_technique(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", UNSET)
        )

        def _parse_experiment_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_name = _parse_experiment_name(d.pop("experimentName", UNSET))

        def _parse_expsample_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", UNSET)
        )

        def _parse_expsample_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expsample_name = _parse_expsample_name(d.pop("expsampleName", UNSET))

        def _parse_result_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_schema = _parse_result_schema(d.pop("resultSchema", UNSET))

        study_subject_exp_sample_api = cls(
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
            biosample_accession=biosample_accession,
            planned_visit_accession=planned_visit_accession,
            biosample_name=biosample_name,
            type_=type_,
            subtype=subtype,
            experiment_accession=experiment_accession,
            measurement_technique=measurement_technique,
            experiment_name=experiment_name,
            expsample_accession=expsample_accession,
            expsample_name=expsample_name,
            result_schema=result_schema,
        )

        study_subject_exp_sample_api.additional_properties = d
        return study_subject_exp_sample_api

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

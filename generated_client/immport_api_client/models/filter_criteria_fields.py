from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FilterCriteriaFields")


@_attrs_define
class FilterCriteriaFields:
    """
    Attributes:
        age_event (list[str] | None | Unset):
        age_event_specify (list[str] | None | Unset):
        age_unit (list[str] | None | Unset):
        ancestral_population (list[str] | None | Unset):
        arm_accession (list[str] | None | Unset):
        arm_name (list[str] | None | Unset):
        biosample_accession (list[str] | None | Unset):
        biosample_subtype (list[str] | None | Unset):
        biosample_type (list[str] | None | Unset):
        clinical (None | str | Unset):
        ethnicity (list[str] | None | Unset):
        experiment_accession (list[str] | None | Unset):
        expsample_accession (list[str] | None | Unset):
        gender (list[str] | None | Unset):
        sex (list[str] | None | Unset):
        max_subject_age (float | None | Unset):
        max_subject_age_gte (float | None | Unset):
        max_subject_age_lte (float | None | Unset):
        max_subject_age_gt (float | None | Unset):
        max_subject_age_lt (float | None | Unset):
        min_subject_age (float | None | Unset):
        min_subject_age_gte (float | None | Unset):
        min_subject_age_lte (float | None | Unset):
        min_subject_age_gt (float | None | Unset):
        min_subject_age_lt (float | None | Unset):
        measurement_technique (list[str] | None | Unset):
        planned_visit_accession (list[str] | None | Unset):
        race (list[str] | None | Unset):
        race_specify (list[str] | None | Unset):
        species (list[str] | None | Unset):
        strain (list[str] | None | Unset):
        study_accession (list[str] | None | Unset):
        study_time_collected (float | None | Unset):
        study_time_collected_gte (float | None | Unset):
        study_time_collected_lte (float | None | Unset):
        study_time_collected_gt (float | None | Unset):
        study_time_collected_lt (float | None | Unset):
        study_time_collected_unit (list[str] | None | Unset):
        study_time_t0_event (list[str] | None | Unset):
        study_time_t0_event_specify (list[str] | None | Unset):
        subject_accession (list[str] | None | Unset):
        study_title (list[str] | None | Unset):
        subject_phenotype (list[str] | None | Unset):
        treatment_accession (list[str] | None | Unset):
        format_ (None | str | Unset):
    """

    age_event: list[str] | None | Unset = UNSET
    age_event_specify: list[str] | None | Unset = UNSET
    age_unit: list[str] | None | Unset = UNSET
    ancestral_population: list[str] | None | Unset = UNSET
    arm_accession: list[str] | None | Unset = UNSET
    arm_name: list[str] | None | Unset = UNSET
    biosample_accession: list[str] | None | Unset = UNSET
    biosample_subtype: list[str] | None | Unset = UNSET
    biosample_type: list[str] | None | Unset = UNSET
    clinical: None | str | Unset = UNSET
    ethnicity: list[str] | None | Unset = UNSET
    experiment_accession: list[str] | None | Unset = UNSET
    expsample_accession: list[str] | None | Unset = UNSET
    gender: list[str] | None | Unset = UNSET
    sex: list[str] | None | Unset = UNSET
    max_subject_age: float | None | Unset = UNSET
    max_subject_age_gte: float | None | Unset = UNSET
    max_subject_age_lte: float | None | Unset = UNSET
    max_subject_age_gt: float | None | Unset = UNSET
    max_subject_age_lt: float | None | Unset = UNSET
    min_subject_age: float | None | Unset = UNSET
    min_subject_age_gte: float | None | Unset = UNSET
    min_subject_age_lte: float | None | Unset = UNSET
    min_subject_age_gt: float | None | Unset = UNSET
    min_subject_age_lt: float | None | Unset = UNSET
    measurement_technique: list[str] | None | Unset = UNSET
    planned_visit_accession: list[str] | None | Unset = UNSET
    race: list[str] | None | Unset = UNSET
    race_specify: list[str] | None | Unset = UNSET
    species: list[str] | None | Unset = UNSET
    strain: list[str] | None | Unset = UNSET
    study_accession: list[str] | None | Unset = UNSET
    study_time_collected: float | None | Unset = UNSET
    study_time_collected_gte: float | None | Unset = UNSET
    study_time_collected_lte: float | None | Unset = UNSET
    study_time_collected_gt: float | None | Unset = UNSET
    study_time_collected_lt: float | None | Unset = UNSET
    study_time_collected_unit: list[str] | None | Unset = UNSET
    study_time_t0_event: list[str] | None | Unset = UNSET
    study_time_t0_event_specify: list[str] | None | Unset = UNSET
    subject_accession: list[str] | None | Unset = UNSET
    study_title: list[str] | None | Unset = UNSET
    subject_phenotype: list[str] | None | Unset = UNSET
    treatment_accession: list[str] | None | Unset = UNSET
    format_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_event: list[str] | None | Unset
        if isinstance(self.age_event, Unset):
            age_event = UNSET
        elif isinstance(self.age_event, list):
            age_event = self.age_event

        else:
            age_event = self.age_event

        age_event_specify: list[str] | None | Unset
        if isinstance(self.age_event_specify, Unset):
            age_event_specify = UNSET
        elif isinstance(self.age_event_specify, list):
            age_event_specify = self.age_event_specify

        else:
            age_event_specify = self.age_event_specify

        age_unit: list[str] | None | Unset
        if isinstance(self.age_unit, Unset):
            age_unit = UNSET
        elif isinstance(self.age_unit, list):
            age_unit = self.age_unit

        else:
            age_unit = self.age_unit

        ancestral_population: list[str] | None | Unset
        if isinstance(self.ancestral_population, Unset):
            ancestral_population = UNSET
        elif isinstance(self.ancestral_population, list):
            ancestral_population = self.ancestral_population

        else:
            ancestral_population = self.ancestral_population

        arm_accession: list[str] | None | Unset
        if isinstance(self.arm_accession, Unset):
            arm_accession = UNSET
        elif isinstance(self.arm_accession, list):
            arm_accession = self.arm_accession

        else:
            arm_accession = self.arm_accession

        arm_name: list[str] | None | Unset
        if isinstance(self.arm_name, Unset):
            arm_name = UNSET
        elif isinstance(self.arm_name, list):
            arm_name = self.arm_name

        else:
            arm_name = self.arm_name

        biosample_accession: list[str] | None | Unset
        if isinstance(self.biosample_accession, Unset):
            biosample_accession = UNSET
        elif isinstance(self.biosample_accession, list):
            biosample_accession = self.biosample_accession

        else:
            biosample_accession = self.biosample_accession

        biosample_subtype: list[str] | None | Unset
        if isinstance(self.biosample_subtype, Unset):
            biosample_subtype = UNSET
        elif isinstance(self.biosample_subtype, list):
            biosample_subtype = self.biosample_subtype

        else:
            biosample_subtype = self.biosample_subtype

        biosample_type: list[str] | None | Unset
        if isinstance(self.biosample_type, Unset):
            biosample_type = UNSET
        elif isinstance(self.biosample_type, list):
            biosample_type = self.biosample_type

        else:
            biosample_type = self.biosample_type

        clinical: None | str | Unset
        if isinstance(self.clinical, Unset):
            clinical = UNSET
        else:
            clinical = self.clinical

        ethnicity: list[str] | None | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        elif isinstance(self.ethnicity, list):
            ethnicity = self.ethnicity

        else:
            ethnicity = self.ethnicity

        experiment_accession: list[str] | None | Unset
        if isinstance(self.experiment_accession, Unset):
            experiment_accession = UNSET
        elif isinstance(self.experiment_accession, list):
            experiment_accession = self.experiment_accession

        else:
            experiment_accession = self.experiment_accession

        expsample_accession: list[str] | None | Unset
        if isinstance(self.expsample_accession, Unset):
            expsample_accession = UNSET
        elif isinstance(self.expsample_accession, list):
            expsample_accession = self.expsample_accession

        else:
            expsample_accession = self.expsample_accession

        gender: list[str] | None | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, list):
            gender = self.gender

        else:
            gender = self.gender

        sex: list[str] | None | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, list):
            sex = self.sex

        else:
            sex = self.sex

        max_subject_age: float | None | Unset
        if isinstance(self.max_subject_age, Unset):
            max_subject_age = UNSET
        else:
            max_subject_age = self.max_subject_age

        max_subject_age_gte: float | None | Unset
        if isinstance(self.max_subject_age_gte, Unset):
            max_subject_age_gte = UNSET
        else:
            max_subject_age_gte = self.max_subject_age_gte

        max_subject_age_lte: float | None | Unset
        if isinstance(self.max_subject_age_lte, Unset):
            max_subject_age_lte = UNSET
        else:
            max_subject_age_lte = self.max_subject_age_lte

        max_subject_age_gt: float | None | Unset
        if isinstance(self.max_subject_age_gt, Unset):
            max_subject_age_gt = UNSET
        else:
            max_subject_age_gt = self.max_subject_age_gt

        max_subject_age_lt: float | None | Unset
        if isinstance(self.max_subject_age_lt, Unset):
            max_subject_age_lt = UNSET
        else:
            max_subject_age_lt = self.max_subject_age_lt

        min_subject_age: float | None | Unset
        if isinstance(self.min_subject_age, Unset):
            min_subject_age = UNSET
        else:
            min_subject_age = self.min_subject_age

        min_subject_age_gte: float | None | Unset
        if isinstance(self.min_subject_age_gte, Unset):
            min_subject_age_gte = UNSET
        else:
            min_subject_age_gte = self.min_subject_age_gte

        min_subject_age_lte: float | None | Unset
        if isinstance(self.min_subject_age_lte, Unset):
            min_subject_age_lte = UNSET
        else:
            min_subject_age_lte = self.min_subject_age_lte

        min_subject_age_gt: float | None | Unset
        if isinstance(self.min_subject_age_gt, Unset):
            min_subject_age_gt = UNSET
        else:
            min_subject_age_gt = self.min_subject_age_gt

        min_subject_age_lt: float | None | Unset
        if isinstance(self.min_subject_age_lt, Unset):
            min_subject_age_lt = UNSET
        else:
            min_subject_age_lt = self.min_subject_age_lt

        measurement_technique: list[str] | None | Unset
        if isinstance(self.measurement_technique, Unset):
            measurement_technique = UNSET
        elif isinstance(self.measurement_technique, list):
            measurement_technique = self.measurement_technique

        else:
            measurement_technique = self.measurement_technique

        planned_visit_accession: list[str] | None | Unset
        if isinstance(self.planned_visit_accession, Unset):
            planned_visit_accession = UNSET
        elif isinstance(self.planned_visit_accession, list):
            planned_visit_accession = self.planned_visit_accession

        else:
            planned_visit_accession = self.planned_visit_accession

        race: list[str] | None | Unset
        if isinstance(self.race, Unset):
            race = UNSET
        elif isinstance(self.race, list):
            race = self.race

        else:
            race = self.race

        race_specify: list[str] | None | Unset
        if isinstance(self.race_specify, Unset):
            race_specify = UNSET
        elif isinstance(self.race_specify, list):
            race_specify = self.race_specify

        else:
            race_specify = self.race_specify

        species: list[str] | None | Unset
        if isinstance(self.species, Unset):
            species = UNSET
        elif isinstance(self.species, list):
            species = self.species

        else:
            species = self.species

        strain: list[str] | None | Unset
        if isinstance(self.strain, Unset):
            strain = UNSET
        elif isinstance(self.strain, list):
            strain = self.strain

        else:
            strain = self.strain

        study_accession: list[str] | None | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        elif isinstance(self.study_accession, list):
            study_accession = self.study_accession

        else:
            study_accession = self.study_accession

        study_time_collected: float | None | Unset
        if isinstance(self.study_time_collected, Unset):
            study_time_collected = UNSET
        else:
            study_time_collected = self.study_time_collected

        study_time_collected_gte: float | None | Unset
        if isinstance(self.study_time_collected_gte, Unset):
            study_time_collected_gte = UNSET
        else:
            study_time_collected_gte = self.study_time_collected_gte

        study_time_collected_lte: float | None | Unset
        if isinstance(self.study_time_collected_lte, Unset):
            study_time_collected_lte = UNSET
        else:
            study_time_collected_lte = self.study_time_collected_lte

        study_time_collected_gt: float | None | Unset
        if isinstance(self.study_time_collected_gt, Unset):
            study_time_collected_gt = UNSET
        else:
            study_time_collected_gt = self.study_time_collected_gt

        study_time_collected_lt: float | None | Unset
        if isinstance(self.study_time_collected_lt, Unset):
            study_time_collected_lt = UNSET
        else:
            study_time_collected_lt = self.study_time_collected_lt

        study_time_collected_unit: list[str] | None | Unset
        if isinstance(self.study_time_collected_unit, Unset):
            study_time_collected_unit = UNSET
        elif isinstance(self.study_time_collected_unit, list):
            study_time_collected_unit = self.study_time_collected_unit

        else:
            study_time_collected_unit = self.study_time_collected_unit

        study_time_t0_event: list[str] | None | Unset
        if isinstance(self.study_time_t0_event, Unset):
            study_time_t0_event = UNSET
        elif isinstance(self.study_time_t0_event, list):
            study_time_t0_event = self.study_time_t0_event

        else:
            study_time_t0_event = self.study_time_t0_event

        study_time_t0_event_specify: list[str] | None | Unset
        if isinstance(self.study_time_t0_event_specify, Unset):
            study_time_t0_event_specify = UNSET
        elif isinstance(self.study_time_t0_event_specify, list):
            study_time_t0_event_specify = self.study_time_t0_event_specify

        else:
            study_time_t0_event_specify = self.study_time_t0_event_specify

        subject_accession: list[str] | None | Unset
        if isinstance(self.subject_accession, Unset):
            subject_accession = UNSET
        elif isinstance(self.subject_accession, list):
            subject_accession = self.subject_accession

        else:
            subject_accession = self.subject_accession

        study_title: list[str] | None | Unset
        if isinstance(self.study_title, Unset):
            study_title = UNSET
        elif isinstance(self.study_title, list):
            study_title = self.study_title

        else:
            study_title = self.study_title

        subject_phenotype: list[str] | None | Unset
        if isinstance(self.subject_phenotype, Unset):
            subject_phenotype = UNSET
        elif isinstance(self.subject_phenotype, list):
            subject_phenotype = self.subject_phenotype

        else:
            subject_phenotype = self.subject_phenotype

        treatment_accession: list[str] | None | Unset
        if isinstance(self.treatment_accession, Unset):
            treatment_accession = UNSET
        elif isinstance(self.treatment_accession, list):
            treatment_accession = self.treatment_accession

        else:
            treatment_accession = self.treatment_accession

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age_event is not UNSET:
            field_dict["ageEvent"] = age_event
        if age_event_specify is not UNSET:
            field_dict["ageEventSpecify"] = age_event_specify
        if age_unit is not UNSET:
            field_dict["ageUnit"] = age_unit
        if ancestral_population is not UNSET:
            field_dict["ancestralPopulation"] = ancestral_population
        if arm_accession is not UNSET:
            field_dict["armAccession"] = arm_accession
        if arm_name is not UNSET:
            field_dict["armName"] = arm_name
        if biosample_accession is not UNSET:
            field_dict["biosampleAccession"] = biosample_accession
        if biosample_subtype is not UNSET:
            field_dict["biosampleSubtype"] = biosample_subtype
        if biosample_type is not UNSET:
            field_dict["biosampleType"] = biosample_type
        if clinical is not UNSET:
            field_dict["clinical"] = clinical
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if experiment_accession is not UNSET:
            field_dict["experimentAccession"] = experiment_accession
        if expsample_accession is not UNSET:
            field_dict["expsampleAccession"] = expsample_accession
        if gender is not UNSET:
            field_dict["gender"] = gender
        if sex is not UNSET:
            field_dict["sex"] = sex
        if max_subject_age is not UNSET:
            field_dict["maxSubjectAge"] = max_subject_age
        if max_subject_age_gte is not UNSET:
            field_dict["maxSubjectAgeGte"] = max_subject_age_gte
        if max_subject_age_lte is not UNSET:
            field_dict["maxSubjectAgeLte"] = max_subject_age_lte
        if max_subject_age_gt is not UNSET:
            field_dict["maxSubjectAgeGt"] = max_subject_age_gt
        if max_subject_age_lt is not UNSET:
            field_dict["maxSubjectAgeLt"] = max_subject_age_lt
        if min_subject_age is not UNSET:
            field_dict["minSubjectAge"] = min_subject_age
        if min_subject_age_gte is not UNSET:
            field_dict["minSubjectAgeGte"] = min_subject_age_gte
        if min_subject_age_lte is not UNSET:
            field_dict["minSubjectAgeLte"] = min_subject_age_lte
        if min_subject_age_gt is not UNSET:
            field_dict["minSubjectAgeGt"] = min_subject_age_gt
        if min_subject_age_lt is not UNSET:
            field_dict["minSubjectAgeLt"] = min_subject_age_lt
        if measurement_technique is not UNSET:
            field_dict["measurementTechnique"] = measurement_technique
        if planned_visit_accession is not UNSET:
            field_dict["plannedVisitAccession"] = planned_visit_accession
        if race is not UNSET:
            field_dict["race"] = race
        if race_specify is not UNSET:
            field_dict["raceSpecify"] = race_specify
        if species is not UNSET:
            field_dict["species"] = species
        if strain is not UNSET:
            field_dict["strain"] = strain
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if study_time_collected is not UNSET:
            field_dict["studyTimeCollected"] = study_time_collected
        if study_time_collected_gte is not UNSET:
            field_dict["studyTimeCollectedGte"] = study_time_collected_gte
        if study_time_collected_lte is not UNSET:
            field_dict["studyTimeCollectedLte"] = study_time_collected_lte
        if study_time_collected_gt is not UNSET:
            field_dict["studyTimeCollectedGt"] = study_time_collected_gt
        if study_time_collected_lt is not UNSET:
            field_dict["studyTimeCollectedLt"] = study_time_collected_lt
        if study_time_collected_unit is not UNSET:
            field_dict["studyTimeCollectedUnit"] = study_time_collected_unit
        if study_time_t0_event is not UNSET:
            field_dict["studyTimeT0Event"] = study_time_t0_event
        if study_time_t0_event_specify is not UNSET:
            field_dict["studyTimeT0EventSpecify"] = study_time_t0_event_specify
        if subject_accession is not UNSET:
            field_dict["subjectAccession"] = subject_accession
        if study_title is not UNSET:
            field_dict["studyTitle"] = study_title
        if subject_phenotype is not UNSET:
            field_dict["subjectPhenotype"] = subject_phenotype
        if treatment_accession is not UNSET:
            field_dict["treatmentAccession"] = treatment_accession
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_age_event(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                age_event_type_0 = cast(list[str], data)

                return age_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        age_event = _parse_age_event(d.pop("ageEvent", UNSET))

        def _parse_age_event_specify(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                age_event_specify_type_0 = cast(list[str], data)

                return age_event_specify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        age_event_specify = _parse_age_event_specify(d.pop("ageEventSpecify", UNSET))

        def _parse_age_unit(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                age_unit_type_0 = cast(list[str], data)

                return age_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        age_unit = _parse_age_unit(d.pop("ageUnit", UNSET))

        def _parse_ancestral_population(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ancestral_population_type_0 = cast(list[str], data)

                return ancestral_population_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ancestral_population = _parse_ancestral_population(
            d.pop("ancestralPopulation", UNSET)
        )

        def _parse_arm_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                arm_accession_type_0 = cast(list[str], data)

                return arm_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", UNSET))

        def _parse_arm_name(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                arm_name_type_0 = cast(list[str], data)

                return arm_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        arm_name = _parse_arm_name(d.pop("armName", UNSET))

        def _parse_biosample_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biosample_accession_type_0 = cast(list[str], data)

                return biosample_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", UNSET)
        )

        def _parse_biosample_subtype(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biosample_subtype_type_0 = cast(list[str], data)

                return biosample_subtype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        biosample_subtype = _parse_biosample_subtype(d.pop("biosampleSubtype", UNSET))

        def _parse_biosample_type(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biosample_type_type_0 = cast(list[str], data)

                return biosample_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        biosample_type = _parse_biosample_type(d.pop("biosampleType", UNSET))

        def _parse_clinical(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinical = _parse_clinical(d.pop("clinical", UNSET))

        def _parse_ethnicity(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ethnicity_type_0 = cast(list[str], data)

                return ethnicity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_experiment_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experiment_accession_type_0 = cast(list[str], data)

                return experiment_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", UNSET)
        )

        def _parse_expsample_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expsample_accession_type_0 = cast(list[str], data)

                return expsample_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", UNSET)
        )

        def _parse_gender(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                gender_type_0 = cast(list[str], data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_sex(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sex_type_0 = cast(list[str], data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_max_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", UNSET))

        def _parse_max_subject_age_gte(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age_gte = _parse_max_subject_age_gte(
            d.pop("maxSubjectAgeGte", UNSET)
        )

        def _parse_max_subject_age_lte(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age_lte = _parse_max_subject_age_lte(
            d.pop("maxSubjectAgeLte", UNSET)
        )

        def _parse_max_subject_age_gt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age_gt = _parse_max_subject_age_gt(d.pop("maxSubjectAgeGt", UNSET))

        def _parse_max_subject_age_lt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age_lt = _parse_max_subject_age_lt(d.pop("maxSubjectAgeLt", UNSET))

        def _parse_min_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", UNSET))

        def _parse_min_subject_age_gte(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age_gte = _parse_min_subject_age_gte(
            d.pop("minSubjectAgeGte", UNSET)
        )

        def _parse_min_subject_age_lte(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age_lte = _parse_min_subject_age_lte(
            d.pop("minSubjectAgeLte", UNSET)
        )

        def _parse_min_subject_age_gt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age_gt = _parse_min_subject_age_gt(d.pop("minSubjectAgeGt", UNSET))

        def _parse_min_subject_age_lt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age_lt = _parse_min_subject_age_lt(d.pop("minSubjectAgeLt", UNSET))

        def _parse_measurement_technique(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                measurement_technique_type_0 = cast(list[str], data)

                return measurement_technique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", UNSET)
        )

        def _parse_planned_visit_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                planned_visit_accession_type_0 = cast(list[str], data)

                return planned_visit_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", UNSET)
        )

        def _parse_race(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                race_type_0 = cast(list[str], data)

                return race_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        race = _parse_race(d.pop("race", UNSET))

        def _parse_race_specify(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                race_specify_type_0 = cast(list[str], data)

                return race_specify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        race_specify = _parse_race_specify(d.pop("raceSpecify", UNSET))

        def _parse_species(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                species_type_0 = cast(list[str], data)

                return species_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        species = _parse_species(d.pop("species", UNSET))

        def _parse_strain(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                strain_type_0 = cast(list[str], data)

                return strain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        strain = _parse_strain(d.pop("strain", UNSET))

        def _parse_study_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_accession_type_0 = cast(list[str], data)

                return study_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_study_time_collected(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        study_time_collected = _parse_study_time_collected(
            d.pop("studyTimeCollected", UNSET)
        )

        def _parse_study_time_collected_gte(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        study_time_collected_gte = _parse_study_time_collected_gte(
            d.pop("studyTimeCollectedGte", UNSET)
        )

        def _parse_study_time_collected_lte(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        study_time_collected_lte = _parse_study_time_collected_lte(
            d.pop("studyTimeCollectedLte", UNSET)
        )

        def _parse_study_time_collected_gt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        study_time_collected_gt = _parse_study_time_collected_gt(
            d.pop("studyTimeCollectedGt", UNSET)
        )

        def _parse_study_time_collected_lt(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        study_time_collected_lt = _parse_study_time_collected_lt(
            d.pop("studyTimeCollectedLt", UNSET)
        )

        def _parse_study_time_collected_unit(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_time_collected_unit_type_0 = cast(list[str], data)

                return study_time_collected_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        study_time_collected_unit = _parse_study_time_collected_unit(
            d.pop("studyTimeCollectedUnit", UNSET)
        )

        def _parse_study_time_t0_event(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_time_t0_event_type_0 = cast(list[str], data)

                return study_time_t0_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        study_time_t0_event = _parse_study_time_t0_event(
            d.pop("studyTimeT0Event", UNSET)
        )

        def _parse_study_time_t0_event_specify(
            data: object,
        ) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_time_t0_event_specify_type_0 = cast(list[str], data)

                return study_time_t0_event_specify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        study_time_t0_event_specify = _parse_study_time_t0_event_specify(
            d.pop("studyTimeT0EventSpecify", UNSET)
        )

        def _parse_subject_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_accession_type_0 = cast(list[str], data)

                return subject_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", UNSET))

        def _parse_study_title(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_title_type_0 = cast(list[str], data)

                return study_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        study_title = _parse_study_title(d.pop("studyTitle", UNSET))

        def _parse_subject_phenotype(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_phenotype_type_0 = cast(list[str], data)

                return subject_phenotype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", UNSET))

        def _parse_treatment_accession(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                treatment_accession_type_0 = cast(list[str], data)

                return treatment_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        treatment_accession = _parse_treatment_accession(
            d.pop("treatmentAccession", UNSET)
        )

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        filter_criteria_fields = cls(
            age_event=age_event,
            age_event_specify=age_event_specify,
            age_unit=age_unit,
            ancestral_population=ancestral_population,
            arm_accession=arm_accession,
            arm_name=arm_name,
            biosample_accession=biosample_accession,
            biosample_subtype=biosample_subtype,
            biosample_type=biosample_type,
            clinical=clinical,
            ethnicity=ethnicity,
            experiment_accession=experiment_accession,
            expsample_accession=expsample_accession,
            gender=gender,
            sex=sex,
            max_subject_age=max_subject_age,
            max_subject_age_gte=max_subject_age_gte,
            max_subject_age_lte=max_subject_age_lte,
            max_subject_age_gt=max_subject_age_gt,
            max_subject_age_lt=max_subject_age_lt,
            min_subject_age=min_subject_age,
            min_subject_age_gte=min_subject_age_gte,
            min_subject_age_lte=min_subject_age_lte,
            min_subject_age_gt=min_subject_age_gt,
            min_subject_age_lt=min_subject_age_lt,
            measurement_technique=measurement_technique,
            planned_visit_accession=planned_visit_accession,
            race=race,
            race_specify=race_specify,
            species=species,
            strain=strain,
            study_accession=study_accession,
            study_time_collected=study_time_collected,
            study_time_collected_gte=study_time_collected_gte,
            study_time_collected_lte=study_time_collected_lte,
            study_time_collected_gt=study_time_collected_gt,
            study_time_collected_lt=study_time_collected_lt,
            study_time_collected_unit=study_time_collected_unit,
            study_time_t0_event=study_time_t0_event,
            study_time_t0_event_specify=study_time_t0_event_specify,
            subject_accession=subject_accession,
            study_title=study_title,
            subject_phenotype=subject_phenotype,
            treatment_accession=treatment_accession,
            format_=format_,
        )

        filter_criteria_fields.additional_properties = d
        return filter_criteria_fields

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

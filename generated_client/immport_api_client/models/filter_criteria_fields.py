from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FilterCriteriaFields")


@_attrs_define
class FilterCriteriaFields:
    """
    Attributes:
        age_event (list[str] | None):
        age_event_specify (list[str] | None):
        age_unit (list[str] | None):
        ancestral_population (list[str] | None):
        arm_accession (list[str] | None):
        arm_name (list[str] | None):
        biosample_accession (list[str] | None):
        biosample_subtype (list[str] | None):
        biosample_type (list[str] | None):
        clinical (None | str):
        ethnicity (list[str] | None):
        experiment_accession (list[str] | None):
        expsample_accession (list[str] | None):
        gender (list[str] | None):
        sex (list[str] | None):
        max_subject_age (float | None):
        max_subject_age_gte (float | None):
        max_subject_age_lte (float | None):
        max_subject_age_gt (float | None):
        max_subject_age_lt (float | None):
        min_subject_age (float | None):
        min_subject_age_gte (float | None):
        min_subject_age_lte (float | None):
        min_subject_age_gt (float | None):
        min_subject_age_lt (float | None):
        measurement_technique (list[str] | None):
        planned_visit_accession (list[str] | None):
        race (list[str] | None):
        race_specify (list[str] | None):
        species (list[str] | None):
        strain (list[str] | None):
        study_accession (list[str] | None):
        study_time_collected (float | None):
        study_time_collected_gte (float | None):
        study_time_collected_lte (float | None):
        study_time_collected_gt (float | None):
        study_time_collected_lt (float | None):
        study_time_collected_unit (list[str] | None):
        study_time_t0_event (list[str] | None):
        study_time_t0_event_specify (list[str] | None):
        subject_accession (list[str] | None):
        study_title (list[str] | None):
        subject_phenotype (list[str] | None):
        treatment_accession (list[str] | None):
        format_ (None | str):
    """

    age_event: list[str] | None = None
    age_event_specify: list[str] | None = None
    age_unit: list[str] | None = None
    ancestral_population: list[str] | None = None
    arm_accession: list[str] | None = None
    arm_name: list[str] | None = None
    biosample_accession: list[str] | None = None
    biosample_subtype: list[str] | None = None
    biosample_type: list[str] | None = None
    clinical: None | str = None
    ethnicity: list[str] | None = None
    experiment_accession: list[str] | None = None
    expsample_accession: list[str] | None = None
    gender: list[str] | None = None
    sex: list[str] | None = None
    max_subject_age: float | None = None
    max_subject_age_gte: float | None = None
    max_subject_age_lte: float | None = None
    max_subject_age_gt: float | None = None
    max_subject_age_lt: float | None = None
    min_subject_age: float | None = None
    min_subject_age_gte: float | None = None
    min_subject_age_lte: float | None = None
    min_subject_age_gt: float | None = None
    min_subject_age_lt: float | None = None
    measurement_technique: list[str] | None = None
    planned_visit_accession: list[str] | None = None
    race: list[str] | None = None
    race_specify: list[str] | None = None
    species: list[str] | None = None
    strain: list[str] | None = None
    study_accession: list[str] | None = None
    study_time_collected: float | None = None
    study_time_collected_gte: float | None = None
    study_time_collected_lte: float | None = None
    study_time_collected_gt: float | None = None
    study_time_collected_lt: float | None = None
    study_time_collected_unit: list[str] | None = None
    study_time_t0_event: list[str] | None = None
    study_time_t0_event_specify: list[str] | None = None
    subject_accession: list[str] | None = None
    study_title: list[str] | None = None
    subject_phenotype: list[str] | None = None
    treatment_accession: list[str] | None = None
    format_: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age_event: list[str] | None
        if isinstance(self.age_event, list):
            age_event = self.age_event

        else:
            age_event = self.age_event

        age_event_specify: list[str] | None
        if isinstance(self.age_event_specify, list):
            age_event_specify = self.age_event_specify

        else:
            age_event_specify = self.age_event_specify

        age_unit: list[str] | None
        if isinstance(self.age_unit, list):
            age_unit = self.age_unit

        else:
            age_unit = self.age_unit

        ancestral_population: list[str] | None
        if isinstance(self.ancestral_population, list):
            ancestral_population = self.ancestral_population

        else:
            ancestral_population = self.ancestral_population

        arm_accession: list[str] | None
        if isinstance(self.arm_accession, list):
            arm_accession = self.arm_accession

        else:
            arm_accession = self.arm_accession

        arm_name: list[str] | None
        if isinstance(self.arm_name, list):
            arm_name = self.arm_name

        else:
            arm_name = self.arm_name

        biosample_accession: list[str] | None
        if isinstance(self.biosample_accession, list):
            biosample_accession = self.biosample_accession

        else:
            biosample_accession = self.biosample_accession

        biosample_subtype: list[str] | None
        if isinstance(self.biosample_subtype, list):
            biosample_subtype = self.biosample_subtype

        else:
            biosample_subtype = self.biosample_subtype

        biosample_type: list[str] | None
        if isinstance(self.biosample_type, list):
            biosample_type = self.biosample_type

        else:
            biosample_type = self.biosample_type

        clinical: None | str
        clinical = self.clinical

        ethnicity: list[str] | None
        if isinstance(self.ethnicity, list):
            ethnicity = self.ethnicity

        else:
            ethnicity = self.ethnicity

        experiment_accession: list[str] | None
        if isinstance(self.experiment_accession, list):
            experiment_accession = self.experiment_accession

        else:
            experiment_accession = self.experiment_accession

        expsample_accession: list[str] | None
        if isinstance(self.expsample_accession, list):
            expsample_accession = self.expsample_accession

        else:
            expsample_accession = self.expsample_accession

        gender: list[str] | None
        if isinstance(self.gender, list):
            gender = self.gender

        else:
            gender = self.gender

        sex: list[str] | None
        if isinstance(self.sex, list):
            sex = self.sex

        else:
            sex = self.sex

        max_subject_age: float | None
        max_subject_age = self.max_subject_age

        max_subject_age_gte: float | None
        max_subject_age_gte = self.max_subject_age_gte

        max_subject_age_lte: float | None
        max_subject_age_lte = self.max_subject_age_lte

        max_subject_age_gt: float | None
        max_subject_age_gt = self.max_subject_age_gt

        max_subject_age_lt: float | None
        max_subject_age_lt = self.max_subject_age_lt

        min_subject_age: float | None
        min_subject_age = self.min_subject_age

        min_subject_age_gte: float | None
        min_subject_age_gte = self.min_subject_age_gte

        min_subject_age_lte: float | None
        min_subject_age_lte = self.min_subject_age_lte

        min_subject_age_gt: float | None
        min_subject_age_gt = self.min_subject_age_gt

        min_subject_age_lt: float | None
        min_subject_age_lt = self.min_subject_age_lt

        measurement_technique: list[str] | None
        if isinstance(self.measurement_technique, list):
            measurement_technique = self.measurement_technique

        else:
            measurement_technique = self.measurement_technique

        planned_visit_accession: list[str] | None
        if isinstance(self.planned_visit_accession, list):
            planned_visit_accession = self.planned_visit_accession

        else:
            planned_visit_accession = self.planned_visit_accession

        race: list[str] | None
        if isinstance(self.race, list):
            race = self.race

        else:
            race = self.race

        race_specify: list[str] | None
        if isinstance(self.race_specify, list):
            race_specify = self.race_specify

        else:
            race_specify = self.race_specify

        species: list[str] | None
        if isinstance(self.species, list):
            species = self.species

        else:
            species = self.species

        strain: list[str] | None
        if isinstance(self.strain, list):
            strain = self.strain

        else:
            strain = self.strain

        study_accession: list[str] | None
        if isinstance(self.study_accession, list):
            study_accession = self.study_accession

        else:
            study_accession = self.study_accession

        study_time_collected: float | None
        study_time_collected = self.study_time_collected

        study_time_collected_gte: float | None
        study_time_collected_gte = self.study_time_collected_gte

        study_time_collected_lte: float | None
        study_time_collected_lte = self.study_time_collected_lte

        study_time_collected_gt: float | None
        study_time_collected_gt = self.study_time_collected_gt

        study_time_collected_lt: float | None
        study_time_collected_lt = self.study_time_collected_lt

        study_time_collected_unit: list[str] | None
        if isinstance(self.study_time_collected_unit, list):
            study_time_collected_unit = self.study_time_collected_unit

        else:
            study_time_collected_unit = self.study_time_collected_unit

        study_time_t0_event: list[str] | None
        if isinstance(self.study_time_t0_event, list):
            study_time_t0_event = self.study_time_t0_event

        else:
            study_time_t0_event = self.study_time_t0_event

        study_time_t0_event_specify: list[str] | None
        if isinstance(self.study_time_t0_event_specify, list):
            study_time_t0_event_specify = self.study_time_t0_event_specify

        else:
            study_time_t0_event_specify = self.study_time_t0_event_specify

        subject_accession: list[str] | None
        if isinstance(self.subject_accession, list):
            subject_accession = self.subject_accession

        else:
            subject_accession = self.subject_accession

        study_title: list[str] | None
        if isinstance(self.study_title, list):
            study_title = self.study_title

        else:
            study_title = self.study_title

        subject_phenotype: list[str] | None
        if isinstance(self.subject_phenotype, list):
            subject_phenotype = self.subject_phenotype

        else:
            subject_phenotype = self.subject_phenotype

        treatment_accession: list[str] | None
        if isinstance(self.treatment_accession, list):
            treatment_accession = self.treatment_accession

        else:
            treatment_accession = self.treatment_accession

        format_: None | str
        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ageEvent": age_event,
                "ageEventSpecify": age_event_specify,
                "ageUnit": age_unit,
                "ancestralPopulation": ancestral_population,
                "armAccession": arm_accession,
                "armName": arm_name,
                "biosampleAccession": biosample_accession,
                "biosampleSubtype": biosample_subtype,
                "biosampleType": biosample_type,
                "clinical": clinical,
                "ethnicity": ethnicity,
                "experimentAccession": experiment_accession,
                "expsampleAccession": expsample_accession,
                "gender": gender,
                "sex": sex,
                "maxSubjectAge": max_subject_age,
                "maxSubjectAgeGte": max_subject_age_gte,
                "maxSubjectAgeLte": max_subject_age_lte,
                "maxSubjectAgeGt": max_subject_age_gt,
                "maxSubjectAgeLt": max_subject_age_lt,
                "minSubjectAge": min_subject_age,
                "minSubjectAgeGte": min_subject_age_gte,
                "minSubjectAgeLte": min_subject_age_lte,
                "minSubjectAgeGt": min_subject_age_gt,
                "minSubjectAgeLt": min_subject_age_lt,
                "measurementTechnique": measurement_technique,
                "plannedVisitAccession": planned_visit_accession,
                "race": race,
                "raceSpecify": race_specify,
                "species": species,
                "strain": strain,
                "studyAccession": study_accession,
                "studyTimeCollected": study_time_collected,
                "studyTimeCollectedGte": study_time_collected_gte,
                "studyTimeCollectedLte": study_time_collected_lte,
                "studyTimeCollectedGt": study_time_collected_gt,
                "studyTimeCollectedLt": study_time_collected_lt,
                "studyTimeCollectedUnit": study_time_collected_unit,
                "studyTimeT0Event": study_time_t0_event,
                "studyTimeT0EventSpecify": study_time_t0_event_specify,
                "subjectAccession": subject_accession,
                "studyTitle": study_title,
                "subjectPhenotype": subject_phenotype,
                "treatmentAccession": treatment_accession,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_age_event(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                age_event_type_0 = cast(list[str], data)

                return age_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        age_event = _parse_age_event(d.pop("ageEvent", None))

        def _parse_age_event_specify(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                age_event_specify_type_0 = cast(list[str], data)

                return age_event_specify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        age_event_specify = _parse_age_event_specify(d.pop("ageEventSpecify", None))

        def _parse_age_unit(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                age_unit_type_0 = cast(list[str], data)

                return age_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        age_unit = _parse_age_unit(d.pop("ageUnit", None))

        def _parse_ancestral_population(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ancestral_population_type_0 = cast(list[str], data)

                return ancestral_population_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        ancestral_population = _parse_ancestral_population(
            d.pop("ancestralPopulation", None)
        )

        def _parse_arm_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                arm_accession_type_0 = cast(list[str], data)

                return arm_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", None))

        def _parse_arm_name(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                arm_name_type_0 = cast(list[str], data)

                return arm_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        arm_name = _parse_arm_name(d.pop("armName", None))

        def _parse_biosample_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biosample_accession_type_0 = cast(list[str], data)

                return biosample_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", None)
        )

        def _parse_biosample_subtype(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biosample_subtype_type_0 = cast(list[str], data)

                return biosample_subtype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        biosample_subtype = _parse_biosample_subtype(d.pop("biosampleSubtype", None))

        def _parse_biosample_type(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                biosample_type_type_0 = cast(list[str], data)

                return biosample_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        biosample_type = _parse_biosample_type(d.pop("biosampleType", None))

        def _parse_clinical(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clinical = _parse_clinical(d.pop("clinical", None))

        def _parse_ethnicity(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ethnicity_type_0 = cast(list[str], data)

                return ethnicity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", None))

        def _parse_experiment_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                experiment_accession_type_0 = cast(list[str], data)

                return experiment_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", None)
        )

        def _parse_expsample_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                expsample_accession_type_0 = cast(list[str], data)

                return expsample_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", None)
        )

        def _parse_gender(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                gender_type_0 = cast(list[str], data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        gender = _parse_gender(d.pop("gender", None))

        def _parse_sex(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sex_type_0 = cast(list[str], data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        sex = _parse_sex(d.pop("sex", None))

        def _parse_max_subject_age(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", None))

        def _parse_max_subject_age_gte(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age_gte = _parse_max_subject_age_gte(
            d.pop("maxSubjectAgeGte", None)
        )

        def _parse_max_subject_age_lte(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age_lte = _parse_max_subject_age_lte(
            d.pop("maxSubjectAgeLte", None)
        )

        def _parse_max_subject_age_gt(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age_gt = _parse_max_subject_age_gt(d.pop("maxSubjectAgeGt", None))

        def _parse_max_subject_age_lt(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age_lt = _parse_max_subject_age_lt(d.pop("maxSubjectAgeLt", None))

        def _parse_min_subject_age(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", None))

        def _parse_min_subject_age_gte(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age_gte = _parse_min_subject_age_gte(
            d.pop("minSubjectAgeGte", None)
        )

        def _parse_min_subject_age_lte(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age_lte = _parse_min_subject_age_lte(
            d.pop("minSubjectAgeLte", None)
        )

        def _parse_min_subject_age_gt(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age_gt = _parse_min_subject_age_gt(d.pop("minSubjectAgeGt", None))

        def _parse_min_subject_age_lt(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age_lt = _parse_min_subject_age_lt(d.pop("minSubjectAgeLt", None))

        def _parse_measurement_technique(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                measurement_technique_type_0 = cast(list[str], data)

                return measurement_technique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", None)
        )

        def _parse_planned_visit_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                planned_visit_accession_type_0 = cast(list[str], data)

                return planned_visit_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", None)
        )

        def _parse_race(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                race_type_0 = cast(list[str], data)

                return race_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        race = _parse_race(d.pop("race", None))

        def _parse_race_specify(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                race_specify_type_0 = cast(list[str], data)

                return race_specify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        race_specify = _parse_race_specify(d.pop("raceSpecify", None))

        def _parse_species(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                species_type_0 = cast(list[str], data)

                return species_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        species = _parse_species(d.pop("species", None))

        def _parse_strain(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                strain_type_0 = cast(list[str], data)

                return strain_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        strain = _parse_strain(d.pop("strain", None))

        def _parse_study_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_accession_type_0 = cast(list[str], data)

                return study_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_study_time_collected(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        study_time_collected = _parse_study_time_collected(
            d.pop("studyTimeCollected", None)
        )

        def _parse_study_time_collected_gte(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        study_time_collected_gte = _parse_study_time_collected_gte(
            d.pop("studyTimeCollectedGte", None)
        )

        def _parse_study_time_collected_lte(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        study_time_collected_lte = _parse_study_time_collected_lte(
            d.pop("studyTimeCollectedLte", None)
        )

        def _parse_study_time_collected_gt(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        study_time_collected_gt = _parse_study_time_collected_gt(
            d.pop("studyTimeCollectedGt", None)
        )

        def _parse_study_time_collected_lt(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        study_time_collected_lt = _parse_study_time_collected_lt(
            d.pop("studyTimeCollectedLt", None)
        )

        def _parse_study_time_collected_unit(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_time_collected_unit_type_0 = cast(list[str], data)

                return study_time_collected_unit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        study_time_collected_unit = _parse_study_time_collected_unit(
            d.pop("studyTimeCollectedUnit", None)
        )

        def _parse_study_time_t0_event(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_time_t0_event_type_0 = cast(list[str], data)

                return study_time_t0_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        study_time_t0_event = _parse_study_time_t0_event(
            d.pop("studyTimeT0Event", None)
        )

        def _parse_study_time_t0_event_specify(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_time_t0_event_specify_type_0 = cast(list[str], data)

                return study_time_t0_event_specify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        study_time_t0_event_specify = _parse_study_time_t0_event_specify(
            d.pop("studyTimeT0EventSpecify", None)
        )

        def _parse_subject_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_accession_type_0 = cast(list[str], data)

                return subject_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", None))

        def _parse_study_title(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_title_type_0 = cast(list[str], data)

                return study_title_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        study_title = _parse_study_title(d.pop("studyTitle", None))

        def _parse_subject_phenotype(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subject_phenotype_type_0 = cast(list[str], data)

                return subject_phenotype_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", None))

        def _parse_treatment_accession(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                treatment_accession_type_0 = cast(list[str], data)

                return treatment_accession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        treatment_accession = _parse_treatment_accession(
            d.pop("treatmentAccession", None)
        )

        def _parse_format_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        format_ = _parse_format_(d.pop("format", None))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VKirTypingResult")


@_attrs_define
class VKirTypingResult:
    """
    Attributes:
        result_id (int | None | Unset):
        allele1 (None | str | Unset):
        allele2 (None | str | Unset):
        age_event (None | str | Unset):
        age_event_specify (None | str | Unset):
        age_unit (None | str | Unset):
        ancestral_population (None | str | Unset):
        arm_accession (None | str | Unset):
        arm_name (None | str | Unset):
        biosample_accession (None | str | Unset):
        biosample_type (None | str | Unset):
        biosample_subtype (None | str | Unset):
        clinical (None | str | Unset):
        comments (None | str | Unset):
        ethnicity (None | str | Unset):
        experiment_accession (None | str | Unset):
        expsample_accession (None | str | Unset):
        gender (None | str | Unset):
        kir_haplotype (None | str | Unset):
        max_subject_age (float | None | Unset):
        measurement_technique (None | str | Unset):
        min_subject_age (float | None | Unset):
        planned_visit_accession (None | str | Unset):
        race (None | str | Unset):
        race_specify (None | str | Unset):
        repository_accession (None | str | Unset):
        repository_name (None | str | Unset):
        species (None | str | Unset):
        strain (None | str | Unset):
        study_accession (None | str | Unset):
        study_title (None | str | Unset):
        study_time_collected (float | None | Unset):
        study_time_collected_unit (None | str | Unset):
        study_time_t0_event (None | str | Unset):
        study_time_t0_event_specify (None | str | Unset):
        subject_accession (None | str | Unset):
        subject_phenotype (None | str | Unset):
        treatment_accession (None | str | Unset):
    """

    result_id: int | None | Unset = UNSET
    allele1: None | str | Unset = UNSET
    allele2: None | str | Unset = UNSET
    age_event: None | str | Unset = UNSET
    age_event_specify: None | str | Unset = UNSET
    age_unit: None | str | Unset = UNSET
    ancestral_population: None | str | Unset = UNSET
    arm_accession: None | str | Unset = UNSET
    arm_name: None | str | Unset = UNSET
    biosample_accession: None | str | Unset = UNSET
    biosample_type: None | str | Unset = UNSET
    biosample_subtype: None | str | Unset = UNSET
    clinical: None | str | Unset = UNSET
    comments: None | str | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    experiment_accession: None | str | Unset = UNSET
    expsample_accession: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    kir_haplotype: None | str | Unset = UNSET
    max_subject_age: float | None | Unset = UNSET
    measurement_technique: None | str | Unset = UNSET
    min_subject_age: float | None | Unset = UNSET
    planned_visit_accession: None | str | Unset = UNSET
    race: None | str | Unset = UNSET
    race_specify: None | str | Unset = UNSET
    repository_accession: None | str | Unset = UNSET
    repository_name: None | str | Unset = UNSET
    species: None | str | Unset = UNSET
    strain: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    study_title: None | str | Unset = UNSET
    study_time_collected: float | None | Unset = UNSET
    study_time_collected_unit: None | str | Unset = UNSET
    study_time_t0_event: None | str | Unset = UNSET
    study_time_t0_event_specify: None | str | Unset = UNSET
    subject_accession: None | str | Unset = UNSET
    subject_phenotype: None | str | Unset = UNSET
    treatment_accession: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_id: int | None | Unset
        if isinstance(self.result_id, Unset):
            result_id = UNSET
        else:
            result_id = self.result_id

        allele1: None | str | Unset
        if isinstance(self.allele1, Unset):
            allele1 = UNSET
        else:
            allele1 = self.allele1

        allele2: None | str | Unset
        if isinstance(self.allele2, Unset):
            allele2 = UNSET
        else:
            allele2 = self.allele2

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

        ancestral_population: None | str | Unset
        if isinstance(self.ancestral_population, Unset):
            ancestral_population = UNSET
        else:
            ancestral_population = self.ancestral_population

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

        biosample_accession: None | str | Unset
        if isinstance(self.biosample_accession, Unset):
            biosample_accession = UNSET
        else:
            biosample_accession = self.biosample_accession

        biosample_type: None | str | Unset
        if isinstance(self.biosample_type, Unset):
            biosample_type = UNSET
        else:
            biosample_type = self.biosample_type

        biosample_subtype: None | str | Unset
        if isinstance(self.biosample_subtype, Unset):
            biosample_subtype = UNSET
        else:
            biosample_subtype = self.biosample_subtype

        clinical: None | str | Unset
        if isinstance(self.clinical, Unset):
            clinical = UNSET
        else:
            clinical = self.clinical

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        experiment_accession: None | str | Unset
        if isinstance(self.experiment_accession, Unset):
            experiment_accession = UNSET
        else:
            experiment_accession = self.experiment_accession

        expsample_accession: None | str | Unset
        if isinstance(self.expsample_accession, Unset):
            expsample_accession = UNSET
        else:
            expsample_accession = self.expsample_accession

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        kir_haplotype: None | str | Unset
        if isinstance(self.kir_haplotype, Unset):
            kir_haplotype = UNSET
        else:
            kir_haplotype = self.kir_haplotype

        max_subject_age: float | None | Unset
        if isinstance(self.max_subject_age, Unset):
            max_subject_age = UNSET
        else:
            max_subject_age = self.max_subject_age

        measurement_technique: None | str | Unset
        if isinstance(self.measurement_technique, Unset):
            measurement_technique = UNSET
        else:
            measurement_technique = self.measurement_technique

        min_subject_age: float | None | Unset
        if isinstance(self.min_subject_age, Unset):
            min_subject_age = UNSET
        else:
            min_subject_age = self.min_subject_age

        planned_visit_accession: None | str | Unset
        if isinstance(self.planned_visit_accession, Unset):
            planned_visit_accession = UNSET
        else:
            planned_visit_accession = self.planned_visit_accession

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

        repository_accession: None | str | Unset
        if isinstance(self.repository_accession, Unset):
            repository_accession = UNSET
        else:
            repository_accession = self.repository_accession

        repository_name: None | str | Unset
        if isinstance(self.repository_name, Unset):
            repository_name = UNSET
        else:
            repository_name = self.repository_name

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

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        study_title: None | str | Unset
        if isinstance(self.study_title, Unset):
            study_title = UNSET
        else:
            study_title = self.study_title

        study_time_collected: float | None | Unset
        if isinstance(self.study_time_collected, Unset):
            study_time_collected = UNSET
        else:
            study_time_collected = self.study_time_collected

        study_time_collected_unit: None | str | Unset
        if isinstance(self.study_time_collected_unit, Unset):
            study_time_collected_unit = UNSET
        else:
            study_time_collected_unit = self.study_time_collected_unit

        study_time_t0_event: None | str | Unset
        if isinstance(self.study_time_t0_event, Unset):
            study_time_t0_event = UNSET
        else:
            study_time_t0_event = self.study_time_t0_event

        study_time_t0_event_specify: None | str | Unset
        if isinstance(self.study_time_t0_event_specify, Unset):
            study_time_t0_event_specify = UNSET
        else:
            study_time_t0_event_specify = self.study_time_t0_event_specify

        subject_accession: None | str | Unset
        if isinstance(self.subject_accession, Unset):
            subject_accession = UNSET
        else:
            subject_accession = self.subject_accession

        subject_phenotype: None | str | Unset
        if isinstance(self.subject_phenotype, Unset):
            subject_phenotype = UNSET
        else:
            subject_phenotype = self.subject_phenotype

        treatment_accession: None | str | Unset
        if isinstance(self.treatment_accession, Unset):
            treatment_accession = UNSET
        else:
            treatment_accession = self.treatment_accession

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_id is not UNSET:
            field_dict["resultId"] = result_id
        if allele1 is not UNSET:
            field_dict["allele1"] = allele1
        if allele2 is not UNSET:
            field_dict["allele2"] = allele2
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
        if biosample_type is not UNSET:
            field_dict["biosampleType"] = biosample_type
        if biosample_subtype is not UNSET:
            field_dict["biosampleSubtype"] = biosample_subtype
        if clinical is not UNSET:
            field_dict["clinical"] = clinical
        if comments is not UNSET:
            field_dict["comments"] = comments
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if experiment_accession is not UNSET:
            field_dict["experimentAccession"] = experiment_accession
        if expsample_accession is not UNSET:
            field_dict["expsampleAccession"] = expsample_accession
        if gender is not UNSET:
            field_dict["gender"] = gender
        if kir_haplotype is not UNSET:
            field_dict["kirHaplotype"] = kir_haplotype
        if max_subject_age is not UNSET:
            field_dict["maxSubjectAge"] = max_subject_age
        if measurement_technique is not UNSET:
            field_dict["measurementTechnique"] = measurement_technique
        if min_subject_age is not UNSET:
            field_dict["minSubjectAge"] = min_subject_age
        if planned_visit_accession is not UNSET:
            field_dict["plannedVisitAccession"] = planned_visit_accession
        if race is not UNSET:
            field_dict["race"] = race
        if race_specify is not UNSET:
            field_dict["raceSpecify"] = race_specify
        if repository_accession is not UNSET:
            field_dict["repositoryAccession"] = repository_accession
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if species is not UNSET:
            field_dict["species"] = species
        if strain is not UNSET:
            field_dict["strain"] = strain
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if study_title is not UNSET:
            field_dict["studyTitle"] = study_title
        if study_time_collected is not UNSET:
            field_dict["studyTimeCollected"] = study_time_collected
        if study_time_collected_unit is not UNSET:
            field_dict["studyTimeCollectedUnit"] = study_time_collected_unit
        if study_time_t0_event is not UNSET:
            field_dict["studyTimeT0Event"] = study_time_t0_event
        if study_time_t0_event_specify is not UNSET:
            field_dict["studyTimeT0EventSpecify"] = study_time_t0_event_specify
        if subject_accession is not UNSET:
            field_dict["subjectAccession"] = subject_accession
        if subject_phenotype is not UNSET:
            field_dict["subjectPhenotype"] = subject_phenotype
        if treatment_accession is not UNSET:
            field_dict["treatmentAccession"] = treatment_accession

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_result_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        result_id = _parse_result_id(d.pop("resultId", UNSET))

        def _parse_allele1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allele1 = _parse_allele1(d.pop("allele1", UNSET))

        def _parse_allele2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        allele2 = _parse_allele2(d.pop("allele2", UNSET))

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

        def _parse_ancestral_population(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ancestral_population = _parse_ancestral_population(
            d.pop("ancestralPopulation", UNSET)
        )

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

        def _parse_biosample_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", UNSET)
        )

        def _parse_biosample_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_type = _parse_biosample_type(d.pop("biosampleType", UNSET))

        def _parse_biosample_subtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_subtype = _parse_biosample_subtype(d.pop("biosampleSubtype", UNSET))

        def _parse_clinical(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinical = _parse_clinical(d.pop("clinical", UNSET))

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_experiment_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", UNSET)
        )

        def _parse_expsample_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", UNSET)
        )

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_kir_haplotype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kir_haplotype = _parse_kir_haplotype(d.pop("kirHaplotype", UNSET))

        def _parse_max_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", UNSET))

        def _parse_measurement_technique(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", UNSET)
        )

        def _parse_min_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", UNSET))

        def _parse_planned_visit_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", UNSET)
        )

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

        def _parse_repository_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_accession = _parse_repository_accession(
            d.pop("repositoryAccession", UNSET)
        )

        def _parse_repository_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_name = _parse_repository_name(d.pop("repositoryName", UNSET))

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

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_study_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_title = _parse_study_title(d.pop("studyTitle", UNSET))

        def _parse_study_time_collected(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        study_time_collected = _parse_study_time_collected(
            d.pop("studyTimeCollected", UNSET)
        )

        def _parse_study_time_collected_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_time_collected_unit = _parse_study_time_collected_unit(
            d.pop("studyTimeCollectedUnit", UNSET)
        )

        def _parse_study_time_t0_event(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_time_t0_event = _parse_study_time_t0_event(
            d.pop("studyTimeT0Event", UNSET)
        )

        def _parse_study_time_t0_event_specify(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_time_t0_event_specify = _parse_study_time_t0_event_specify(
            d.pop("studyTimeT0EventSpecify", UNSET)
        )

        def _parse_subject_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", UNSET))

        def _parse_subject_phenotype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", UNSET))

        def _parse_treatment_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        treatment_accession = _parse_treatment_accession(
            d.pop("treatmentAccession", UNSET)
        )

        v_kir_typing_result = cls(
            result_id=result_id,
            allele1=allele1,
            allele2=allele2,
            age_event=age_event,
            age_event_specify=age_event_specify,
            age_unit=age_unit,
            ancestral_population=ancestral_population,
            arm_accession=arm_accession,
            arm_name=arm_name,
            biosample_accession=biosample_accession,
            biosample_type=biosample_type,
            biosample_subtype=biosample_subtype,
            clinical=clinical,
            comments=comments,
            ethnicity=ethnicity,
            experiment_accession=experiment_accession,
            expsample_accession=expsample_accession,
            gender=gender,
            kir_haplotype=kir_haplotype,
            max_subject_age=max_subject_age,
            measurement_technique=measurement_technique,
            min_subject_age=min_subject_age,
            planned_visit_accession=planned_visit_accession,
            race=race,
            race_specify=race_specify,
            repository_accession=repository_accession,
            repository_name=repository_name,
            species=species,
            strain=strain,
            study_accession=study_accession,
            study_title=study_title,
            study_time_collected=study_time_collected,
            study_time_collected_unit=study_time_collected_unit,
            study_time_t0_event=study_time_t0_event,
            study_time_t0_event_specify=study_time_t0_event_specify,
            subject_accession=subject_accession,
            subject_phenotype=subject_phenotype,
            treatment_accession=treatment_accession,
        )

        v_kir_typing_result.additional_properties = d
        return v_kir_typing_result

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

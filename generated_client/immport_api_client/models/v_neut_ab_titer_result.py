from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VNeutAbTiterResult")


@_attrs_define
class VNeutAbTiterResult:
    """
    Attributes:
        result_id (int | None):
        age_event (None | str):
        age_event_specify (None | str):
        age_unit (None | str):
        ancestral_population (None | str):
        arm_accession (None | str):
        arm_name (None | str):
        biosample_accession (None | str):
        biosample_type (None | str):
        biosample_subtype (None | str):
        clinical (None | str):
        comments (None | str):
        ethnicity (None | str):
        experiment_accession (None | str):
        expsample_accession (None | str):
        gender (None | str):
        max_subject_age (float | None):
        measurement_technique (None | str):
        min_subject_age (float | None):
        planned_visit_accession (None | str):
        race (None | str):
        race_specify (None | str):
        repository_accession (None | str):
        repository_name (None | str):
        species (None | str):
        strain (None | str):
        study_accession (None | str):
        study_title (None | str):
        study_time_collected (float | None):
        study_time_collected_unit (None | str):
        study_time_t0_event (None | str):
        study_time_t0_event_specify (None | str):
        subject_accession (None | str):
        subject_phenotype (None | str):
        unit_preferred (None | str):
        unit_reported (None | str):
        value_preferred (float | None):
        value_reported (None | str):
        virus_strain_preferred (None | str):
        virus_strain_reported (None | str):
        treatment_accession (None | str):
    """

    result_id: int | None = None
    age_event: None | str = None
    age_event_specify: None | str = None
    age_unit: None | str = None
    ancestral_population: None | str = None
    arm_accession: None | str = None
    arm_name: None | str = None
    biosample_accession: None | str = None
    biosample_type: None | str = None
    biosample_subtype: None | str = None
    clinical: None | str = None
    comments: None | str = None
    ethnicity: None | str = None
    experiment_accession: None | str = None
    expsample_accession: None | str = None
    gender: None | str = None
    max_subject_age: float | None = None
    measurement_technique: None | str = None
    min_subject_age: float | None = None
    planned_visit_accession: None | str = None
    race: None | str = None
    race_specify: None | str = None
    repository_accession: None | str = None
    repository_name: None | str = None
    species: None | str = None
    strain: None | str = None
    study_accession: None | str = None
    study_title: None | str = None
    study_time_collected: float | None = None
    study_time_collected_unit: None | str = None
    study_time_t0_event: None | str = None
    study_time_t0_event_specify: None | str = None
    subject_accession: None | str = None
    subject_phenotype: None | str = None
    unit_preferred: None | str = None
    unit_reported: None | str = None
    value_preferred: float | None = None
    value_reported: None | str = None
    virus_strain_preferred: None | str = None
    virus_strain_reported: None | str = None
    treatment_accession: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_id: int | None
        result_id = self.result_id

        age_event: None | str
        age_event = self.age_event

        age_event_specify: None | str
        age_event_specify = self.age_event_specify

        age_unit: None | str
        age_unit = self.age_unit

        ancestral_population: None | str
        ancestral_population = self.ancestral_population

        arm_accession: None | str
        arm_accession = self.arm_accession

        arm_name: None | str
        arm_name = self.arm_name

        biosample_accession: None | str
        biosample_accession = self.biosample_accession

        biosample_type: None | str
        biosample_type = self.biosample_type

        biosample_subtype: None | str
        biosample_subtype = self.biosample_subtype

        clinical: None | str
        clinical = self.clinical

        comments: None | str
        comments = self.comments

        ethnicity: None | str
        ethnicity = self.ethnicity

        experiment_accession: None | str
        experiment_accession = self.experiment_accession

        expsample_accession: None | str
        expsample_accession = self.expsample_accession

        gender: None | str
        gender = self.gender

        max_subject_age: float | None
        max_subject_age = self.max_subject_age

        measurement_technique: None | str
        measurement_technique = self.measurement_technique

        min_subject_age: float | None
        min_subject_age = self.min_subject_age

        planned_visit_accession: None | str
        planned_visit_accession = self.planned_visit_accession

        race: None | str
        race = self.race

        race_specify: None | str
        race_specify = self.race_specify

        repository_accession: None | str
        repository_accession = self.repository_accession

        repository_name: None | str
        repository_name = self.repository_name

        species: None | str
        species = self.species

        strain: None | str
        strain = self.strain

        study_accession: None | str
        study_accession = self.study_accession

        study_title: None | str
        study_title = self.study_title

        study_time_collected: float | None
        study_time_collected = self.study_time_collected

        study_time_collected_unit: None | str
        study_time_collected_unit = self.study_time_collected_unit

        study_time_t0_event: None | str
        study_time_t0_event = self.study_time_t0_event

        study_time_t0_event_specify: None | str
        study_time_t0_event_specify = self.study_time_t0_event_specify

        subject_accession: None | str
        subject_accession = self.subject_accession

        subject_phenotype: None | str
        subject_phenotype = self.subject_phenotype

        unit_preferred: None | str
        unit_preferred = self.unit_preferred

        unit_reported: None | str
        unit_reported = self.unit_reported

        value_preferred: float | None
        value_preferred = self.value_preferred

        value_reported: None | str
        value_reported = self.value_reported

        virus_strain_preferred: None | str
        virus_strain_preferred = self.virus_strain_preferred

        virus_strain_reported: None | str
        virus_strain_reported = self.virus_strain_reported

        treatment_accession: None | str
        treatment_accession = self.treatment_accession

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resultId": result_id,
                "ageEvent": age_event,
                "ageEventSpecify": age_event_specify,
                "ageUnit": age_unit,
                "ancestralPopulation": ancestral_population,
                "armAccession": arm_accession,
                "armName": arm_name,
                "biosampleAccession": biosample_accession,
                "biosampleType": biosample_type,
                "biosampleSubtype": biosample_subtype,
                "clinical": clinical,
                "comments": comments,
                "ethnicity": ethnicity,
                "experimentAccession": experiment_accession,
                "expsampleAccession": expsample_accession,
                "gender": gender,
                "maxSubjectAge": max_subject_age,
                "measurementTechnique": measurement_technique,
                "minSubjectAge": min_subject_age,
                "plannedVisitAccession": planned_visit_accession,
                "race": race,
                "raceSpecify": race_specify,
                "repositoryAccession": repository_accession,
                "repositoryName": repository_name,
                "species": species,
                "strain": strain,
                "studyAccession": study_accession,
                "studyTitle": study_title,
                "studyTimeCollected": study_time_collected,
                "studyTimeCollectedUnit": study_time_collected_unit,
                "studyTimeT0Event": study_time_t0_event,
                "studyTimeT0EventSpecify": study_time_t0_event_specify,
                "subjectAccession": subject_accession,
                "subjectPhenotype": subject_phenotype,
                "unitPreferred": unit_preferred,
                "unitReported": unit_reported,
                "valuePreferred": value_preferred,
                "valueReported": value_reported,
                "virusStrainPreferred": virus_strain_preferred,
                "virusStrainReported": virus_strain_reported,
                "treatmentAccession": treatment_accession,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_result_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        result_id = _parse_result_id(d.pop("resultId", None))

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

        def _parse_ancestral_population(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ancestral_population = _parse_ancestral_population(
            d.pop("ancestralPopulation", None)
        )

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

        def _parse_biosample_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", None)
        )

        def _parse_biosample_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_type = _parse_biosample_type(d.pop("biosampleType", None))

        def _parse_biosample_subtype(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_subtype = _parse_biosample_subtype(d.pop("biosampleSubtype", None))

        def _parse_clinical(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clinical = _parse_clinical(d.pop("clinical", None))

        def _parse_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comments = _parse_comments(d.pop("comments", None))

        def _parse_ethnicity(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", None))

        def _parse_experiment_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", None)
        )

        def _parse_expsample_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", None)
        )

        def _parse_gender(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gender = _parse_gender(d.pop("gender", None))

        def _parse_max_subject_age(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", None))

        def _parse_measurement_technique(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", None)
        )

        def _parse_min_subject_age(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", None))

        def _parse_planned_visit_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", None)
        )

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

        def _parse_repository_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository_accession = _parse_repository_accession(
            d.pop("repositoryAccession", None)
        )

        def _parse_repository_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository_name = _parse_repository_name(d.pop("repositoryName", None))

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

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_study_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_title = _parse_study_title(d.pop("studyTitle", None))

        def _parse_study_time_collected(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        study_time_collected = _parse_study_time_collected(
            d.pop("studyTimeCollected", None)
        )

        def _parse_study_time_collected_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_time_collected_unit = _parse_study_time_collected_unit(
            d.pop("studyTimeCollectedUnit", None)
        )

        def _parse_study_time_t0_event(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_time_t0_event = _parse_study_time_t0_event(
            d.pop("studyTimeT0Event", None)
        )

        def _parse_study_time_t0_event_specify(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_time_t0_event_specify = _parse_study_time_t0_event_specify(
            d.pop("studyTimeT0EventSpecify", None)
        )

        def _parse_subject_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", None))

        def _parse_subject_phenotype(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", None))

        def _parse_unit_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_preferred = _parse_unit_preferred(d.pop("unitPreferred", None))

        def _parse_unit_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        unit_reported = _parse_unit_reported(d.pop("unitReported", None))

        def _parse_value_preferred(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value_preferred = _parse_value_preferred(d.pop("valuePreferred", None))

        def _parse_value_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value_reported = _parse_value_reported(d.pop("valueReported", None))

        def _parse_virus_strain_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        virus_strain_preferred = _parse_virus_strain_preferred(
            d.pop("virusStrainPreferred", None)
        )

        def _parse_virus_strain_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        virus_strain_reported = _parse_virus_strain_reported(
            d.pop("virusStrainReported", None)
        )

        def _parse_treatment_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        treatment_accession = _parse_treatment_accession(
            d.pop("treatmentAccession", None)
        )

        v_neut_ab_titer_result = cls(
            result_id=result_id,
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
            unit_preferred=unit_preferred,
            unit_reported=unit_reported,
            value_preferred=value_preferred,
            value_reported=value_reported,
            virus_strain_preferred=virus_strain_preferred,
            virus_strain_reported=virus_strain_reported,
            treatment_accession=treatment_accession,
        )

        v_neut_ab_titer_result.additional_properties = d
        return v_neut_ab_titer_result

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

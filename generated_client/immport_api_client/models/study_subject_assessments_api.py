from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudySubjectAssessmentsApi")


@_attrs_define
class StudySubjectAssessmentsApi:
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
        assessment_panel_accession (None | str):
        assessment_type (None | str):
        assessment_panel_name_preferred (None | str):
        assessment_panel_name_reported (None | str):
        result_schema (None | str):
        status (None | str):
        assessment_component_accession (None | str):
        age_at_onset_preferred (None | str):
        age_at_onset_reported (None | str):
        age_at_onset_unit_preferred (None | str):
        age_at_onset_unit_reported (None | str):
        is_clinically_significant (None | str):
        location_of_finding_preferred (None | str):
        location_of_finding_reported (None | str):
        assessment_component_name_preferred (None | str):
        assessment_component_name_reported (None | str):
        organ_or_body_system_preferred (None | str):
        organ_or_body_system_reported (None | str):
        planned_visit_accession (None | str):
        reference_range_accession (None | str):
        result_unit_preferred (None | str):
        result_unit_reported (None | str):
        result_value_category (None | str):
        result_value_preferred (None | str):
        result_value_reported (None | str):
        study_day (None | str):
        subject_position_preferred (None | str):
        subject_position_reported (None | str):
        time_of_day (None | str):
        verbatim_question (None | str):
        who_is_assessed (None | str):
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
    assessment_panel_accession: None | str = None
    assessment_type: None | str = None
    assessment_panel_name_preferred: None | str = None
    assessment_panel_name_reported: None | str = None
    result_schema: None | str = None
    status: None | str = None
    assessment_component_accession: None | str = None
    age_at_onset_preferred: None | str = None
    age_at_onset_reported: None | str = None
    age_at_onset_unit_preferred: None | str = None
    age_at_onset_unit_reported: None | str = None
    is_clinically_significant: None | str = None
    location_of_finding_preferred: None | str = None
    location_of_finding_reported: None | str = None
    assessment_component_name_preferred: None | str = None
    assessment_component_name_reported: None | str = None
    organ_or_body_system_preferred: None | str = None
    organ_or_body_system_reported: None | str = None
    planned_visit_accession: None | str = None
    reference_range_accession: None | str = None
    result_unit_preferred: None | str = None
    result_unit_reported: None | str = None
    result_value_category: None | str = None
    result_value_preferred: None | str = None
    result_value_reported: None | str = None
    study_day: None | str = None
    subject_position_preferred: None | str = None
    subject_position_reported: None | str = None
    time_of_day: None | str = None
    verbatim_question: None | str = None
    who_is_assessed: None | str = None
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

        assessment_panel_accession: None | str
        assessment_panel_accession = self.assessment_panel_accession

        assessment_type: None | str
        assessment_type = self.assessment_type

        assessment_panel_name_preferred: None | str
        assessment_panel_name_preferred = self.assessment_panel_name_preferred

        assessment_panel_name_reported: None | str
        assessment_panel_name_reported = self.assessment_panel_name_reported

        result_schema: None | str
        result_schema = self.result_schema

        status: None | str
        status = self.status

        assessment_component_accession: None | str
        assessment_component_accession = self.assessment_component_accession

        age_at_onset_preferred: None | str
        age_at_onset_preferred = self.age_at_onset_preferred

        age_at_onset_reported: None | str
        age_at_onset_reported = self.age_at_onset_reported

        age_at_onset_unit_preferred: None | str
        age_at_onset_unit_preferred = self.age_at_onset_unit_preferred

        age_at_onset_unit_reported: None | str
        age_at_onset_unit_reported = self.age_at_onset_unit_reported

        is_clinically_significant: None | str
        is_clinically_significant = self.is_clinically_significant

        location_of_finding_preferred: None | str
        location_of_finding_preferred = self.location_of_finding_preferred

        location_of_finding_reported: None | str
        location_of_finding_reported = self.location_of_finding_reported

        assessment_component_name_preferred: None | str
        assessment_component_name_preferred = self.assessment_component_name_preferred

        assessment_component_name_reported: None | str
        assessment_component_name_reported = self.assessment_component_name_reported

        organ_or_body_system_preferred: None | str
        organ_or_body_system_preferred = self.organ_or_body_system_preferred

        organ_or_body_system_reported: None | str
        organ_or_body_system_reported = self.organ_or_body_system_reported

        planned_visit_accession: None | str
        planned_visit_accession = self.planned_visit_accession

        reference_range_accession: None | str
        reference_range_accession = self.reference_range_accession

        result_unit_preferred: None | str
        result_unit_preferred = self.result_unit_preferred

        result_unit_reported: None | str
        result_unit_reported = self.result_unit_reported

        result_value_category: None | str
        result_value_category = self.result_value_category

        result_value_preferred: None | str
        result_value_preferred = self.result_value_preferred

        result_value_reported: None | str
        result_value_reported = self.result_value_reported

        study_day: None | str
        study_day = self.study_day

        subject_position_preferred: None | str
        subject_position_preferred = self.subject_position_preferred

        subject_position_reported: None | str
        subject_position_reported = self.subject_position_reported

        time_of_day: None | str
        time_of_day = self.time_of_day

        verbatim_question: None | str
        verbatim_question = self.verbatim_question

        who_is_assessed: None | str
        who_is_assessed = self.who_is_assessed

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
                "assessmentPanelAccession": assessment_panel_accession,
                "assessmentType": assessment_type,
                "assessmentPanelNamePreferred": assessment_panel_name_preferred,
                "assessmentPanelNameReported": assessment_panel_name_reported,
                "resultSchema": result_schema,
                "status": status,
                "assessmentComponentAccession": assessment_component_accession,
                "ageAtOnsetPreferred": age_at_onset_preferred,
                "ageAtOnsetReported": age_at_onset_reported,
                "ageAtOnsetUnitPreferred": age_at_onset_unit_preferred,
                "ageAtOnsetUnitReported": age_at_onset_unit_reported,
                "isClinicallySignificant": is_clinically_significant,
                "locationOfFindingPreferred": location_of_finding_preferred,
                "locationOfFindingReported": location_of_finding_reported,
                "assessmentComponentNamePreferred": assessment_component_name_preferred,
                "assessmentComponentNameReported": assessment_component_name_reported,
                "organOrBodySystemPreferred": organ_or_body_system_preferred,
                "organOrBodySystemReported": organ_or_body_system_reported,
                "plannedVisitAccession": planned_visit_accession,
                "referenceRangeAccession": reference_range_accession,
                "resultUnitPreferred": result_unit_preferred,
                "resultUnitReported": result_unit_reported,
                "resultValueCategory": result_value_category,
                "resultValuePreferred": result_value_preferred,
                "resultValueReported": result_value_reported,
                "studyDay": study_day,
                "subjectPositionPreferred": subject_position_preferred,
                "subjectPositionReported": subject_position_reported,
                "timeOfDay": time_of_day,
                "verbatimQuestion": verbatim_question,
                "whoIsAssessed": who_is_assessed,
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

        def _parse_assessment_panel_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_panel_accession = _parse_assessment_panel_accession(
            d.pop("assessmentPanelAccession", None)
        )

        def _parse_assessment_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_type = _parse_assessment_type(d.pop("assessmentType", None))

        def _parse_assessment_panel_name_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_panel_name_preferred = _parse_assessment_panel_name_preferred(
            d.pop("assessmentPanelNamePreferred", None)
        )

        def _parse_assessment_panel_name_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_panel_name_reported = _parse_assessment_panel_name_reported(
            d.pop("assessmentPanelNameReported", None)
        )

        def _parse_result_schema(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_schema = _parse_result_schema(d.pop("resultSchema", None))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status", None))

        def _parse_assessment_component_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_component_accession = _parse_assessment_component_accession(
            d.pop("assessmentComponentAccession", None)
        )

        def _parse_age_at_onset_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_at_onset_preferred = _parse_age_at_onset_preferred(
            d.pop("ageAtOnsetPreferred", None)
        )

        def _parse_age_at_onset_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_at_onset_reported = _parse_age_at_onset_reported(
            d.pop("ageAtOnsetReported", None)
        )

        def _parse_age_at_onset_unit_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_at_onset_unit_preferred = _parse_age_at_onset_unit_preferred(
            d.pop("ageAtOnsetUnitPreferred", None)
        )

        def _parse_age_at_onset_unit_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_at_onset_unit_reported = _parse_age_at_onset_unit_reported(
            d.pop("ageAtOnsetUnitReported", None)
        )

        def _parse_is_clinically_significant(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        is_clinically_significant = _parse_is_clinically_significant(
            d.pop("isClinicallySignificant", None)
        )

        def _parse_location_of_finding_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_of_finding_preferred = _parse_location_of_finding_preferred(
            d.pop("locationOfFindingPreferred", None)
        )

        def _parse_location_of_finding_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_of_finding_reported = _parse_location_of_finding_reported(
            d.pop("locationOfFindingReported", None)
        )

        def _parse_assessment_component_name_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_component_name_preferred = (
            _parse_assessment_component_name_preferred(
                d.pop("assessmentComponentNamePreferred", None)
            )
        )

        def _parse_assessment_component_name_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assessment_component_name_reported = _parse_assessment_component_name_reported(
            d.pop("assessmentComponentNameReported", None)
        )

        def _parse_organ_or_body_system_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organ_or_body_system_preferred = _parse_organ_or_body_system_preferred(
            d.pop("organOrBodySystemPreferred", None)
        )

        def _parse_organ_or_body_system_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organ_or_body_system_reported = _parse_organ_or_body_system_reported(
            d.pop("organOrBodySystemReported", None)
        )

        def _parse_planned_visit_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", None)
        )

        def _parse_reference_range_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference_range_accession = _parse_reference_range_accession(
            d.pop("referenceRangeAccession", None)
        )

        def _parse_result_unit_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_unit_preferred = _parse_result_unit_preferred(
            d.pop("resultUnitPreferred", None)
        )

        def _parse_result_unit_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_unit_reported = _parse_result_unit_reported(
            d.pop("resultUnitReported", None)
        )

        def _parse_result_value_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_value_category = _parse_result_value_category(
            d.pop("resultValueCategory", None)
        )

        def _parse_result_value_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_value_preferred = _parse_result_value_preferred(
            d.pop("resultValuePreferred", None)
        )

        def _parse_result_value_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_value_reported = _parse_result_value_reported(
            d.pop("resultValueReported", None)
        )

        def _parse_study_day(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_day = _parse_study_day(d.pop("studyDay", None))

        def _parse_subject_position_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_position_preferred = _parse_subject_position_preferred(
            d.pop("subjectPositionPreferred", None)
        )

        def _parse_subject_position_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_position_reported = _parse_subject_position_reported(
            d.pop("subjectPositionReported", None)
        )

        def _parse_time_of_day(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        time_of_day = _parse_time_of_day(d.pop("timeOfDay", None))

        def _parse_verbatim_question(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        verbatim_question = _parse_verbatim_question(d.pop("verbatimQuestion", None))

        def _parse_who_is_assessed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        who_is_assessed = _parse_who_is_assessed(d.pop("whoIsAssessed", None))

        study_subject_assessments_api = cls(
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
            assessment_panel_accession=assessment_panel_accession,
            assessment_type=assessment_type,
            assessment_panel_name_preferred=assessment_panel_name_preferred,
            assessment_panel_name_reported=assessment_panel_name_reported,
            result_schema=result_schema,
            status=status,
            assessment_component_accession=assessment_component_accession,
            age_at_onset_preferred=age_at_onset_preferred,
            age_at_onset_reported=age_at_onset_reported,
            age_at_onset_unit_preferred=age_at_onset_unit_preferred,
            age_at_onset_unit_reported=age_at_onset_unit_reported,
            is_clinically_significant=is_clinically_significant,
            location_of_finding_preferred=location_of_finding_preferred,
            location_of_finding_reported=location_of_finding_reported,
            assessment_component_name_preferred=assessment_component_name_preferred,
            assessment_component_name_reported=assessment_component_name_reported,
            organ_or_body_system_preferred=organ_or_body_system_preferred,
            organ_or_body_system_reported=organ_or_body_system_reported,
            planned_visit_accession=planned_visit_accession,
            reference_range_accession=reference_range_accession,
            result_unit_preferred=result_unit_preferred,
            result_unit_reported=result_unit_reported,
            result_value_category=result_value_category,
            result_value_preferred=result_value_preferred,
            result_value_reported=result_value_reported,
            study_day=study_day,
            subject_position_preferred=subject_position_preferred,
            subject_position_reported=subject_position_reported,
            time_of_day=time_of_day,
            verbatim_question=verbatim_question,
            who_is_assessed=who_is_assessed,
        )

        study_subject_assessments_api.additional_properties = d
        return study_subject_assessments_api

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

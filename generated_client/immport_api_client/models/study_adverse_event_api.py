from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyAdverseEventApi")


@_attrs_define
class StudyAdverseEventApi:
    """
    Attributes:
        adverse_event_accession (None | str):
        study_accession (None | str):
        subject_accession (None | str):
        causality (None | str):
        description (None | str):
        end_study_day (float | None):
        end_time (None | str):
        location_of_reaction_preferred (None | str):
        location_of_reaction_reported (None | str):
        name_preferred (None | str):
        name_reported (None | str):
        organ_or_body_system_preferred (None | str):
        organ_or_body_system_reported (None | str):
        other_action_taken (None | str):
        outcome_preferred (None | str):
        outcome_reported (None | str):
        relation_to_nonstudy_treatment (None | str):
        relation_to_study_treatment (None | str):
        severity_reported (None | str):
        severity_preferred (None | str):
        start_study_day (float | None):
        start_time (None | str):
        study_treatment_action_taken (None | str):
    """

    adverse_event_accession: None | str = None
    study_accession: None | str = None
    subject_accession: None | str = None
    causality: None | str = None
    description: None | str = None
    end_study_day: float | None = None
    end_time: None | str = None
    location_of_reaction_preferred: None | str = None
    location_of_reaction_reported: None | str = None
    name_preferred: None | str = None
    name_reported: None | str = None
    organ_or_body_system_preferred: None | str = None
    organ_or_body_system_reported: None | str = None
    other_action_taken: None | str = None
    outcome_preferred: None | str = None
    outcome_reported: None | str = None
    relation_to_nonstudy_treatment: None | str = None
    relation_to_study_treatment: None | str = None
    severity_reported: None | str = None
    severity_preferred: None | str = None
    start_study_day: float | None = None
    start_time: None | str = None
    study_treatment_action_taken: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adverse_event_accession: None | str
        adverse_event_accession = self.adverse_event_accession

        study_accession: None | str
        study_accession = self.study_accession

        subject_accession: None | str
        subject_accession = self.subject_accession

        causality: None | str
        causality = self.causality

        description: None | str
        description = self.description

        end_study_day: float | None
        end_study_day = self.end_study_day

        end_time: None | str
        end_time = self.end_time

        location_of_reaction_preferred: None | str
        location_of_reaction_preferred = self.location_of_reaction_preferred

        location_of_reaction_reported: None | str
        location_of_reaction_reported = self.location_of_reaction_reported

        name_preferred: None | str
        name_preferred = self.name_preferred

        name_reported: None | str
        name_reported = self.name_reported

        organ_or_body_system_preferred: None | str
        organ_or_body_system_preferred = self.organ_or_body_system_preferred

        organ_or_body_system_reported: None | str
        organ_or_body_system_reported = self.organ_or_body_system_reported

        other_action_taken: None | str
        other_action_taken = self.other_action_taken

        outcome_preferred: None | str
        outcome_preferred = self.outcome_preferred

        outcome_reported: None | str
        outcome_reported = self.outcome_reported

        relation_to_nonstudy_treatment: None | str
        relation_to_nonstudy_treatment = self.relation_to_nonstudy_treatment

        relation_to_study_treatment: None | str
        relation_to_study_treatment = self.relation_to_study_treatment

        severity_reported: None | str
        severity_reported = self.severity_reported

        severity_preferred: None | str
        severity_preferred = self.severity_preferred

        start_study_day: float | None
        start_study_day = self.start_study_day

        start_time: None | str
        start_time = self.start_time

        study_treatment_action_taken: None | str
        study_treatment_action_taken = self.study_treatment_action_taken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adverseEventAccession": adverse_event_accession,
                "studyAccession": study_accession,
                "subjectAccession": subject_accession,
                "causality": causality,
                "description": description,
                "endStudyDay": end_study_day,
                "endTime": end_time,
                "locationOfReactionPreferred": location_of_reaction_preferred,
                "locationOfReactionReported": location_of_reaction_reported,
                "namePreferred": name_preferred,
                "nameReported": name_reported,
                "organOrBodySystemPreferred": organ_or_body_system_preferred,
                "organOrBodySystemReported": organ_or_body_system_reported,
                "otherActionTaken": other_action_taken,
                "outcomePreferred": outcome_preferred,
                "outcomeReported": outcome_reported,
                "relationToNonstudyTreatment": relation_to_nonstudy_treatment,
                "relationToStudyTreatment": relation_to_study_treatment,
                "severityReported": severity_reported,
                "severityPreferred": severity_preferred,
                "startStudyDay": start_study_day,
                "startTime": start_time,
                "studyTreatmentActionTaken": study_treatment_action_taken,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_adverse_event_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        adverse_event_accession = _parse_adverse_event_accession(
            d.pop("adverseEventAccession", None)
        )

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_subject_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", None))

        def _parse_causality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        causality = _parse_causality(d.pop("causality", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_end_study_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        end_study_day = _parse_end_study_day(d.pop("endStudyDay", None))

        def _parse_end_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        end_time = _parse_end_time(d.pop("endTime", None))

        def _parse_location_of_reaction_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_of_reaction_preferred = _parse_location_of_reaction_preferred(
            d.pop("locationOfReactionPreferred", None)
        )

        def _parse_location_of_reaction_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_of_reaction_reported = _parse_location_of_reaction_reported(
            d.pop("locationOfReactionReported", None)
        )

        def _parse_name_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_preferred = _parse_name_preferred(d.pop("namePreferred", None))

        def _parse_name_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_reported = _parse_name_reported(d.pop("nameReported", None))

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

        def _parse_other_action_taken(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        other_action_taken = _parse_other_action_taken(d.pop("otherActionTaken", None))

        def _parse_outcome_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_preferred = _parse_outcome_preferred(d.pop("outcomePreferred", None))

        def _parse_outcome_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome_reported = _parse_outcome_reported(d.pop("outcomeReported", None))

        def _parse_relation_to_nonstudy_treatment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        relation_to_nonstudy_treatment = _parse_relation_to_nonstudy_treatment(
            d.pop("relationToNonstudyTreatment", None)
        )

        def _parse_relation_to_study_treatment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        relation_to_study_treatment = _parse_relation_to_study_treatment(
            d.pop("relationToStudyTreatment", None)
        )

        def _parse_severity_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        severity_reported = _parse_severity_reported(d.pop("severityReported", None))

        def _parse_severity_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        severity_preferred = _parse_severity_preferred(d.pop("severityPreferred", None))

        def _parse_start_study_day(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        start_study_day = _parse_start_study_day(d.pop("startStudyDay", None))

        def _parse_start_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_time = _parse_start_time(d.pop("startTime", None))

        def _parse_study_treatment_action_taken(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_treatment_action_taken = _parse_study_treatment_action_taken(
            d.pop("studyTreatmentActionTaken", None)
        )

        study_adverse_event_api = cls(
            adverse_event_accession=adverse_event_accession,
            study_accession=study_accession,
            subject_accession=subject_accession,
            causality=causality,
            description=description,
            end_study_day=end_study_day,
            end_time=end_time,
            location_of_reaction_preferred=location_of_reaction_preferred,
            location_of_reaction_reported=location_of_reaction_reported,
            name_preferred=name_preferred,
            name_reported=name_reported,
            organ_or_body_system_preferred=organ_or_body_system_preferred,
            organ_or_body_system_reported=organ_or_body_system_reported,
            other_action_taken=other_action_taken,
            outcome_preferred=outcome_preferred,
            outcome_reported=outcome_reported,
            relation_to_nonstudy_treatment=relation_to_nonstudy_treatment,
            relation_to_study_treatment=relation_to_study_treatment,
            severity_reported=severity_reported,
            severity_preferred=severity_preferred,
            start_study_day=start_study_day,
            start_time=start_time,
            study_treatment_action_taken=study_treatment_action_taken,
        )

        study_adverse_event_api.additional_properties = d
        return study_adverse_event_api

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

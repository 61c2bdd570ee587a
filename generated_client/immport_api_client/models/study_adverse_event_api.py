from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyAdverseEventApi")


@_attrs_define
class StudyAdverseEventApi:
    """
    Attributes:
        adverse_event_accession (None | str | Unset):
        study_accession (None | str | Unset):
        subject_accession (None | str | Unset):
        causality (None | str | Unset):
        description (None | str | Unset):
        end_study_day (float | None | Unset):
        end_time (None | str | Unset):
        location_of_reaction_preferred (None | str | Unset):
        location_of_reaction_reported (None | str | Unset):
        name_preferred (None | str | Unset):
        name_reported (None | str | Unset):
        organ_or_body_system_preferred (None | str | Unset):
        organ_or_body_system_reported (None | str | Unset):
        other_action_taken (None | str | Unset):
        outcome_preferred (None | str | Unset):
        outcome_reported (None | str | Unset):
        relation_to_nonstudy_treatment (None | str | Unset):
        relation_to_study_treatment (None | str | Unset):
        severity_reported (None | str | Unset):
        severity_preferred (None | str | Unset):
        start_study_day (float | None | Unset):
        start_time (None | str | Unset):
        study_treatment_action_taken (None | str | Unset):
    """

    adverse_event_accession: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    subject_accession: None | str | Unset = UNSET
    causality: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    end_study_day: float | None | Unset = UNSET
    end_time: None | str | Unset = UNSET
    location_of_reaction_preferred: None | str | Unset = UNSET
    location_of_reaction_reported: None | str | Unset = UNSET
    name_preferred: None | str | Unset = UNSET
    name_reported: None | str | Unset = UNSET
    organ_or_body_system_preferred: None | str | Unset = UNSET
    organ_or_body_system_reported: None | str | Unset = UNSET
    other_action_taken: None | str | Unset = UNSET
    outcome_preferred: None | str | Unset = UNSET
    outcome_reported: None | str | Unset = UNSET
    relation_to_nonstudy_treatment: None | str | Unset = UNSET
    relation_to_study_treatment: None | str | Unset = UNSET
    severity_reported: None | str | Unset = UNSET
    severity_preferred: None | str | Unset = UNSET
    start_study_day: float | None | Unset = UNSET
    start_time: None | str | Unset = UNSET
    study_treatment_action_taken: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adverse_event_accession: None | str | Unset
        if isinstance(self.adverse_event_accession, Unset):
            adverse_event_accession = UNSET
        else:
            adverse_event_accession = self.adverse_event_accession

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        subject_accession: None | str | Unset
        if isinstance(self.subject_accession, Unset):
            subject_accession = UNSET
        else:
            subject_accession = self.subject_accession

        causality: None | str | Unset
        if isinstance(self.causality, Unset):
            causality = UNSET
        else:
            causality = self.causality

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        end_study_day: float | None | Unset
        if isinstance(self.end_study_day, Unset):
            end_study_day = UNSET
        else:
            end_study_day = self.end_study_day

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        location_of_reaction_preferred: None | str | Unset
        if isinstance(self.location_of_reaction_preferred, Unset):
            location_of_reaction_preferred = UNSET
        else:
            location_of_reaction_preferred = self.location_of_reaction_preferred

        location_of_reaction_reported: None | str | Unset
        if isinstance(self.location_of_reaction_reported, Unset):
            location_of_reaction_reported = UNSET
        else:
            location_of_reaction_reported = self.location_of_reaction_reported

        name_preferred: None | str | Unset
        if isinstance(self.name_preferred, Unset):
            name_preferred = UNSET
        else:
            name_preferred = self.name_preferred

        name_reported: None | str | Unset
        if isinstance(self.name_reported, Unset):
            name_reported = UNSET
        else:
            name_reported = self.name_reported

        organ_or_body_system_preferred: None | str | Unset
        if isinstance(self.organ_or_body_system_preferred, Unset):
            organ_or_body_system_preferred = UNSET
        else:
            organ_or_body_system_preferred = self.organ_or_body_system_preferred

        organ_or_body_system_reported: None | str | Unset
        if isinstance(self.organ_or_body_system_reported, Unset):
            organ_or_body_system_reported = UNSET
        else:
            organ_or_body_system_reported = self.organ_or_body_system_reported

        other_action_taken: None | str | Unset
        if isinstance(self.other_action_taken, Unset):
            other_action_taken = UNSET
        else:
            other_action_taken = self.other_action_taken

        outcome_preferred: None | str | Unset
        if isinstance(self.outcome_preferred, Unset):
            outcome_preferred = UNSET
        else:
            outcome_preferred = self.outcome_preferred

        outcome_reported: None | str | Unset
        if isinstance(self.outcome_reported, Unset):
            outcome_reported = UNSET
        else:
            outcome_reported = self.outcome_reported

        relation_to_nonstudy_treatment: None | str | Unset
        if isinstance(self.relation_to_nonstudy_treatment, Unset):
            relation_to_nonstudy_treatment = UNSET
        else:
            relation_to_nonstudy_treatment = self.relation_to_nonstudy_treatment

        relation_to_study_treatment: None | str | Unset
        if isinstance(self.relation_to_study_treatment, Unset):
            relation_to_study_treatment = UNSET
        else:
            relation_to_study_treatment = self.relation_to_study_treatment

        severity_reported: None | str | Unset
        if isinstance(self.severity_reported, Unset):
            severity_reported = UNSET
        else:
            severity_reported = self.severity_reported

        severity_preferred: None | str | Unset
        if isinstance(self.severity_preferred, Unset):
            severity_preferred = UNSET
        else:
            severity_preferred = self.severity_preferred

        start_study_day: float | None | Unset
        if isinstance(self.start_study_day, Unset):
            start_study_day = UNSET
        else:
            start_study_day = self.start_study_day

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        study_treatment_action_taken: None | str | Unset
        if isinstance(self.study_treatment_action_taken, Unset):
            study_treatment_action_taken = UNSET
        else:
            study_treatment_action_taken = self.study_treatment_action_taken

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adverse_event_accession is not UNSET:
            field_dict["adverseEventAccession"] = adverse_event_accession
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if subject_accession is not UNSET:
            field_dict["subjectAccession"] = subject_accession
        if causality is not UNSET:
            field_dict["causality"] = causality
        if description is not UNSET:
            field_dict["description"] = description
        if end_study_day is not UNSET:
            field_dict["endStudyDay"] = end_study_day
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if location_of_reaction_preferred is not UNSET:
            field_dict["locationOfReactionPreferred"] = location_of_reaction_preferred
        if location_of_reaction_reported is not UNSET:
            field_dict["locationOfReactionReported"] = location_of_reaction_reported
        if name_preferred is not UNSET:
            field_dict["namePreferred"] = name_preferred
        if name_reported is not UNSET:
            field_dict["nameReported"] = name_reported
        if organ_or_body_system_preferred is not UNSET:
            field_dict["organOrBodySystemPreferred"] = organ_or_body_system_preferred
        if organ_or_body_system_reported is not UNSET:
            field_dict["organOrBodySystemReported"] = organ_or_body_system_reported
        if other_action_taken is not UNSET:
            field_dict["otherActionTaken"] = other_action_taken
        if outcome_preferred is not UNSET:
            field_dict["outcomePreferred"] = outcome_preferred
        if outcome_reported is not UNSET:
            field_dict["outcomeReported"] = outcome_reported
        if relation_to_nonstudy_treatment is not UNSET:
            field_dict["relationToNonstudyTreatment"] = relation_to_nonstudy_treatment
        if relation_to_study_treatment is not UNSET:
            field_dict["relationToStudyTreatment"] = relation_to_study_treatment
        if severity_reported is not UNSET:
            field_dict["severityReported"] = severity_reported
        if severity_preferred is not UNSET:
            field_dict["severityPreferred"] = severity_preferred
        if start_study_day is not UNSET:
            field_dict["startStudyDay"] = start_study_day
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if study_treatment_action_taken is not UNSET:
            field_dict["studyTreatmentActionTaken"] = study_treatment_action_taken

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_adverse_event_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adverse_event_accession = _parse_adverse_event_accession(
            d.pop("adverseEventAccession", UNSET)
        )

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_subject_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", UNSET))

        def _parse_causality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        causality = _parse_causality(d.pop("causality", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_end_study_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        end_study_day = _parse_end_study_day(d.pop("endStudyDay", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_location_of_reaction_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_of_reaction_preferred = _parse_location_of_reaction_preferred(
            d.pop("locationOfReactionPreferred", UNSET)
        )

        def _parse_location_of_reaction_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_of_reaction_reported = _parse_location_of_reaction_reported(
            d.pop("locationOfReactionReported", UNSET)
        )

        def _parse_name_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_preferred = _parse_name_preferred(d.pop("namePreferred", UNSET))

        def _parse_name_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_reported = _parse_name_reported(d.pop("nameReported", UNSET))

        def _parse_organ_or_body_system_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organ_or_body_system_preferred = _parse_organ_or_body_system_preferred(
            d.pop("organOrBodySystemPreferred", UNSET)
        )

        def _parse_organ_or_body_system_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organ_or_body_system_reported = _parse_organ_or_body_system_reported(
            d.pop("organOrBodySystemReported", UNSET)
        )

        def _parse_other_action_taken(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_action_taken = _parse_other_action_taken(d.pop("otherActionTaken", UNSET))

        def _parse_outcome_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_preferred = _parse_outcome_preferred(d.pop("outcomePreferred", UNSET))

        def _parse_outcome_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_reported = _parse_outcome_reported(d.pop("outcomeReported", UNSET))

        def _parse_relation_to_nonstudy_treatment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relation_to_nonstudy_treatment = _parse_relation_to_nonstudy_treatment(
            d.pop("relationToNonstudyTreatment", UNSET)
        )

        def _parse_relation_to_study_treatment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relation_to_study_treatment = _parse_relation_to_study_treatment(
            d.pop("relationToStudyTreatment", UNSET)
        )

        def _parse_severity_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity_reported = _parse_severity_reported(d.pop("severityReported", UNSET))

        def _parse_severity_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity_preferred = _parse_severity_preferred(
            d.pop("severityPreferred", UNSET)
        )

        def _parse_start_study_day(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_study_day = _parse_start_study_day(d.pop("startStudyDay", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_study_treatment_action_taken(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_treatment_action_taken = _parse_study_treatment_action_taken(
            d.pop("studyTreatmentActionTaken", UNSET)
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

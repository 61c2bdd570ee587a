from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyApi")


@_attrs_define
class StudyApi:
    """
    Attributes:
        study_accession (None | str):
        actual_completion_date (None | str):
        actual_enrollment (int | None):
        actual_start_date (None | str):
        age_unit (None | str):
        brief_description (None | str):
        brief_title (None | str):
        clinical_trial (None | str):
        description (None | str):
        dcl_id (int | None):
        doi (None | str):
        endpoints (None | str):
        gender_included (None | str):
        hypothesis (None | str):
        initial_data_release_date (None | str):
        initial_data_release_version (None | str):
        intervention_agent (None | str):
        latest_data_release_date (None | str):
        latest_data_release_version (None | str):
        maximum_age (None | str):
        minimum_age (None | str):
        objectives (None | str):
        official_title (None | str):
        shared_study (None | str):
        sponsoring_organization (None | str):
        target_enrollment (int | None):
    """

    study_accession: None | str = None
    actual_completion_date: None | str = None
    actual_enrollment: int | None = None
    actual_start_date: None | str = None
    age_unit: None | str = None
    brief_description: None | str = None
    brief_title: None | str = None
    clinical_trial: None | str = None
    description: None | str = None
    dcl_id: int | None = None
    doi: None | str = None
    endpoints: None | str = None
    gender_included: None | str = None
    hypothesis: None | str = None
    initial_data_release_date: None | str = None
    initial_data_release_version: None | str = None
    intervention_agent: None | str = None
    latest_data_release_date: None | str = None
    latest_data_release_version: None | str = None
    maximum_age: None | str = None
    minimum_age: None | str = None
    objectives: None | str = None
    official_title: None | str = None
    shared_study: None | str = None
    sponsoring_organization: None | str = None
    target_enrollment: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        actual_completion_date: None | str
        actual_completion_date = self.actual_completion_date

        actual_enrollment: int | None
        actual_enrollment = self.actual_enrollment

        actual_start_date: None | str
        actual_start_date = self.actual_start_date

        age_unit: None | str
        age_unit = self.age_unit

        brief_description: None | str
        brief_description = self.brief_description

        brief_title: None | str
        brief_title = self.brief_title

        clinical_trial: None | str
        clinical_trial = self.clinical_trial

        description: None | str
        description = self.description

        dcl_id: int | None
        dcl_id = self.dcl_id

        doi: None | str
        doi = self.doi

        endpoints: None | str
        endpoints = self.endpoints

        gender_included: None | str
        gender_included = self.gender_included

        hypothesis: None | str
        hypothesis = self.hypothesis

        initial_data_release_date: None | str
        initial_data_release_date = self.initial_data_release_date

        initial_data_release_version: None | str
        initial_data_release_version = self.initial_data_release_version

        intervention_agent: None | str
        intervention_agent = self.intervention_agent

        latest_data_release_date: None | str
        latest_data_release_date = self.latest_data_release_date

        latest_data_release_version: None | str
        latest_data_release_version = self.latest_data_release_version

        maximum_age: None | str
        maximum_age = self.maximum_age

        minimum_age: None | str
        minimum_age = self.minimum_age

        objectives: None | str
        objectives = self.objectives

        official_title: None | str
        official_title = self.official_title

        shared_study: None | str
        shared_study = self.shared_study

        sponsoring_organization: None | str
        sponsoring_organization = self.sponsoring_organization

        target_enrollment: int | None
        target_enrollment = self.target_enrollment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "actualCompletionDate": actual_completion_date,
                "actualEnrollment": actual_enrollment,
                "actualStartDate": actual_start_date,
                "ageUnit": age_unit,
                "briefDescription": brief_description,
                "briefTitle": brief_title,
                "clinicalTrial": clinical_trial,
                "description": description,
                "dclId": dcl_id,
                "doi": doi,
                "endpoints": endpoints,
                "genderIncluded": gender_included,
                "hypothesis": hypothesis,
                "initialDataReleaseDate": initial_data_release_date,
                "initialDataReleaseVersion": initial_data_release_version,
                "interventionAgent": intervention_agent,
                "latestDataReleaseDate": latest_data_release_date,
                "latestDataReleaseVersion": latest_data_release_version,
                "maximumAge": maximum_age,
                "minimumAge": minimum_age,
                "objectives": objectives,
                "officialTitle": official_title,
                "sharedStudy": shared_study,
                "sponsoringOrganization": sponsoring_organization,
                "targetEnrollment": target_enrollment,
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

        def _parse_actual_completion_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_completion_date = _parse_actual_completion_date(
            d.pop("actualCompletionDate", None)
        )

        def _parse_actual_enrollment(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        actual_enrollment = _parse_actual_enrollment(d.pop("actualEnrollment", None))

        def _parse_actual_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        actual_start_date = _parse_actual_start_date(d.pop("actualStartDate", None))

        def _parse_age_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        age_unit = _parse_age_unit(d.pop("ageUnit", None))

        def _parse_brief_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brief_description = _parse_brief_description(d.pop("briefDescription", None))

        def _parse_brief_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brief_title = _parse_brief_title(d.pop("briefTitle", None))

        def _parse_clinical_trial(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clinical_trial = _parse_clinical_trial(d.pop("clinicalTrial", None))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description", None))

        def _parse_dcl_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dcl_id = _parse_dcl_id(d.pop("dclId", None))

        def _parse_doi(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doi = _parse_doi(d.pop("doi", None))

        def _parse_endpoints(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        endpoints = _parse_endpoints(d.pop("endpoints", None))

        def _parse_gender_included(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gender_included = _parse_gender_included(d.pop("genderIncluded", None))

        def _parse_hypothesis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hypothesis = _parse_hypothesis(d.pop("hypothesis", None))

        def _parse_initial_data_release_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        initial_data_release_date = _parse_initial_data_release_date(
            d.pop("initialDataReleaseDate", None)
        )

        def _parse_initial_data_release_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        initial_data_release_version = _parse_initial_data_release_version(
            d.pop("initialDataReleaseVersion", None)
        )

        def _parse_intervention_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intervention_agent = _parse_intervention_agent(d.pop("interventionAgent", None))

        def _parse_latest_data_release_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_data_release_date = _parse_latest_data_release_date(
            d.pop("latestDataReleaseDate", None)
        )

        def _parse_latest_data_release_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_data_release_version = _parse_latest_data_release_version(
            d.pop("latestDataReleaseVersion", None)
        )

        def _parse_maximum_age(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        maximum_age = _parse_maximum_age(d.pop("maximumAge", None))

        def _parse_minimum_age(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minimum_age = _parse_minimum_age(d.pop("minimumAge", None))

        def _parse_objectives(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        objectives = _parse_objectives(d.pop("objectives", None))

        def _parse_official_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        official_title = _parse_official_title(d.pop("officialTitle", None))

        def _parse_shared_study(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        shared_study = _parse_shared_study(d.pop("sharedStudy", None))

        def _parse_sponsoring_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sponsoring_organization = _parse_sponsoring_organization(
            d.pop("sponsoringOrganization", None)
        )

        def _parse_target_enrollment(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        target_enrollment = _parse_target_enrollment(d.pop("targetEnrollment", None))

        study_api = cls(
            study_accession=study_accession,
            actual_completion_date=actual_completion_date,
            actual_enrollment=actual_enrollment,
            actual_start_date=actual_start_date,
            age_unit=age_unit,
            brief_description=brief_description,
            brief_title=brief_title,
            clinical_trial=clinical_trial,
            description=description,
            dcl_id=dcl_id,
            doi=doi,
            endpoints=endpoints,
            gender_included=gender_included,
            hypothesis=hypothesis,
            initial_data_release_date=initial_data_release_date,
            initial_data_release_version=initial_data_release_version,
            intervention_agent=intervention_agent,
            latest_data_release_date=latest_data_release_date,
            latest_data_release_version=latest_data_release_version,
            maximum_age=maximum_age,
            minimum_age=minimum_age,
            objectives=objectives,
            official_title=official_title,
            shared_study=shared_study,
            sponsoring_organization=sponsoring_organization,
            target_enrollment=target_enrollment,
        )

        study_api.additional_properties = d
        return study_api

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

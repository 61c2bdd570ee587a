from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyApi")


@_attrs_define
class StudyApi:
    """
    Attributes:
        study_accession (None | str | Unset):
        actual_completion_date (None | str | Unset):
        actual_enrollment (int | None | Unset):
        actual_start_date (None | str | Unset):
        age_unit (None | str | Unset):
        brief_description (None | str | Unset):
        brief_title (None | str | Unset):
        clinical_trial (None | str | Unset):
        description (None | str | Unset):
        dcl_id (int | None | Unset):
        doi (None | str | Unset):
        endpoints (None | str | Unset):
        gender_included (None | str | Unset):
        hypothesis (None | str | Unset):
        initial_data_release_date (None | str | Unset):
        initial_data_release_version (None | str | Unset):
        intervention_agent (None | str | Unset):
        latest_data_release_date (None | str | Unset):
        latest_data_release_version (None | str | Unset):
        maximum_age (None | str | Unset):
        minimum_age (None | str | Unset):
        objectives (None | str | Unset):
        official_title (None | str | Unset):
        shared_study (None | str | Unset):
        sponsoring_organization (None | str | Unset):
        target_enrollment (int | None | Unset):
    """

    study_accession: None | str | Unset = UNSET
    actual_completion_date: None | str | Unset = UNSET
    actual_enrollment: int | None | Unset = UNSET
    actual_start_date: None | str | Unset = UNSET
    age_unit: None | str | Unset = UNSET
    brief_description: None | str | Unset = UNSET
    brief_title: None | str | Unset = UNSET
    clinical_trial: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    dcl_id: int | None | Unset = UNSET
    doi: None | str | Unset = UNSET
    endpoints: None | str | Unset = UNSET
    gender_included: None | str | Unset = UNSET
    hypothesis: None | str | Unset = UNSET
    initial_data_release_date: None | str | Unset = UNSET
    initial_data_release_version: None | str | Unset = UNSET
    intervention_agent: None | str | Unset = UNSET
    latest_data_release_date: None | str | Unset = UNSET
    latest_data_release_version: None | str | Unset = UNSET
    maximum_age: None | str | Unset = UNSET
    minimum_age: None | str | Unset = UNSET
    objectives: None | str | Unset = UNSET
    official_title: None | str | Unset = UNSET
    shared_study: None | str | Unset = UNSET
    sponsoring_organization: None | str | Unset = UNSET
    target_enrollment: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        actual_completion_date: None | str | Unset
        if isinstance(self.actual_completion_date, Unset):
            actual_completion_date = UNSET
        else:
            actual_completion_date = self.actual_completion_date

        actual_enrollment: int | None | Unset
        if isinstance(self.actual_enrollment, Unset):
            actual_enrollment = UNSET
        else:
            actual_enrollment = self.actual_enrollment

        actual_start_date: None | str | Unset
        if isinstance(self.actual_start_date, Unset):
            actual_start_date = UNSET
        else:
            actual_start_date = self.actual_start_date

        age_unit: None | str | Unset
        if isinstance(self.age_unit, Unset):
            age_unit = UNSET
        else:
            age_unit = self.age_unit

        brief_description: None | str | Unset
        if isinstance(self.brief_description, Unset):
            brief_description = UNSET
        else:
            brief_description = self.brief_description

        brief_title: None | str | Unset
        if isinstance(self.brief_title, Unset):
            brief_title = UNSET
        else:
            brief_title = self.brief_title

        clinical_trial: None | str | Unset
        if isinstance(self.clinical_trial, Unset):
            clinical_trial = UNSET
        else:
            clinical_trial = self.clinical_trial

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        dcl_id: int | None | Unset
        if isinstance(self.dcl_id, Unset):
            dcl_id = UNSET
        else:
            dcl_id = self.dcl_id

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        endpoints: None | str | Unset
        if isinstance(self.endpoints, Unset):
            endpoints = UNSET
        else:
            endpoints = self.endpoints

        gender_included: None | str | Unset
        if isinstance(self.gender_included, Unset):
            gender_included = UNSET
        else:
            gender_included = self.gender_included

        hypothesis: None | str | Unset
        if isinstance(self.hypothesis, Unset):
            hypothesis = UNSET
        else:
            hypothesis = self.hypothesis

        initial_data_release_date: None | str | Unset
        if isinstance(self.initial_data_release_date, Unset):
            initial_data_release_date = UNSET
        else:
            initial_data_release_date = self.initial_data_release_date

        initial_data_release_version: None | str | Unset
        if isinstance(self.initial_data_release_version, Unset):
            initial_data_release_version = UNSET
        else:
            initial_data_release_version = self.initial_data_release_version

        intervention_agent: None | str | Unset
        if isinstance(self.intervention_agent, Unset):
            intervention_agent = UNSET
        else:
            intervention_agent = self.intervention_agent

        latest_data_release_date: None | str | Unset
        if isinstance(self.latest_data_release_date, Unset):
            latest_data_release_date = UNSET
        else:
            latest_data_release_date = self.latest_data_release_date

        latest_data_release_version: None | str | Unset
        if isinstance(self.latest_data_release_version, Unset):
            latest_data_release_version = UNSET
        else:
            latest_data_release_version = self.latest_data_release_version

        maximum_age: None | str | Unset
        if isinstance(self.maximum_age, Unset):
            maximum_age = UNSET
        else:
            maximum_age = self.maximum_age

        minimum_age: None | str | Unset
        if isinstance(self.minimum_age, Unset):
            minimum_age = UNSET
        else:
            minimum_age = self.minimum_age

        objectives: None | str | Unset
        if isinstance(self.objectives, Unset):
            objectives = UNSET
        else:
            objectives = self.objectives

        official_title: None | str | Unset
        if isinstance(self.official_title, Unset):
            official_title = UNSET
        else:
            official_title = self.official_title

        shared_study: None | str | Unset
        if isinstance(self.shared_study, Unset):
            shared_study = UNSET
        else:
            shared_study = self.shared_study

        sponsoring_organization: None | str | Unset
        if isinstance(self.sponsoring_organization, Unset):
            sponsoring_organization = UNSET
        else:
            sponsoring_organization = self.sponsoring_organization

        target_enrollment: int | None | Unset
        if isinstance(self.target_enrollment, Unset):
            target_enrollment = UNSET
        else:
            target_enrollment = self.target_enrollment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if actual_completion_date is not UNSET:
            field_dict["actualCompletionDate"] = actual_completion_date
        if actual_enrollment is not UNSET:
            field_dict["actualEnrollment"] = actual_enrollment
        if actual_start_date is not UNSET:
            field_dict["actualStartDate"] = actual_start_date
        if age_unit is not UNSET:
            field_dict["ageUnit"] = age_unit
        if brief_description is not UNSET:
            field_dict["briefDescription"] = brief_description
        if brief_title is not UNSET:
            field_dict["briefTitle"] = brief_title
        if clinical_trial is not UNSET:
            field_dict["clinicalTrial"] = clinical_trial
        if description is not UNSET:
            field_dict["description"] = description
        if dcl_id is not UNSET:
            field_dict["dclId"] = dcl_id
        if doi is not UNSET:
            field_dict["doi"] = doi
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if gender_included is not UNSET:
            field_dict["genderIncluded"] = gender_included
        if hypothesis is not UNSET:
            field_dict["hypothesis"] = hypothesis
        if initial_data_release_date is not UNSET:
            field_dict["initialDataReleaseDate"] = initial_data_release_date
        if initial_data_release_version is not UNSET:
            field_dict["initialDataReleaseVersion"] = initial_data_release_version
        if intervention_agent is not UNSET:
            field_dict["interventionAgent"] = intervention_agent
        if latest_data_release_date is not UNSET:
            field_dict["latestDataReleaseDate"] = latest_data_release_date
        if latest_data_release_version is not UNSET:
            field_dict["latestDataReleaseVersion"] = latest_data_release_version
        if maximum_age is not UNSET:
            field_dict["maximumAge"] = maximum_age
        if minimum_age is not UNSET:
            field_dict["minimumAge"] = minimum_age
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if official_title is not UNSET:
            field_dict["officialTitle"] = official_title
        if shared_study is not UNSET:
            field_dict["sharedStudy"] = shared_study
        if sponsoring_organization is not UNSET:
            field_dict["sponsoringOrganization"] = sponsoring_organization
        if target_enrollment is not UNSET:
            field_dict["targetEnrollment"] = target_enrollment

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

        def _parse_actual_completion_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_completion_date = _parse_actual_completion_date(
            d.pop("actualCompletionDate", UNSET)
        )

        def _parse_actual_enrollment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_enrollment = _parse_actual_enrollment(d.pop("actualEnrollment", UNSET))

        def _parse_actual_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual_start_date = _parse_actual_start_date(d.pop("actualStartDate", UNSET))

        def _parse_age_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        age_unit = _parse_age_unit(d.pop("ageUnit", UNSET))

        def _parse_brief_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brief_description = _parse_brief_description(d.pop("briefDescription", UNSET))

        def _parse_brief_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brief_title = _parse_brief_title(d.pop("briefTitle", UNSET))

        def _parse_clinical_trial(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinical_trial = _parse_clinical_trial(d.pop("clinicalTrial", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_dcl_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dcl_id = _parse_dcl_id(d.pop("dclId", UNSET))

        def _parse_doi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi = _parse_doi(d.pop("doi", UNSET))

        def _parse_endpoints(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoints = _parse_endpoints(d.pop("endpoints", UNSET))

        def _parse_gender_included(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender_included = _parse_gender_included(d.pop("genderIncluded", UNSET))

        def _parse_hypothesis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hypothesis = _parse_hypothesis(d.pop("hypothesis", UNSET))

        def _parse_initial_data_release_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_data_release_date = _parse_initial_data_release_date(
            d.pop("initialDataReleaseDate", UNSET)
        )

        def _parse_initial_data_release_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initial_data_release_version = _parse_initial_data_release_version(
            d.pop("initialDataReleaseVersion", UNSET)
        )

        def _parse_intervention_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intervention_agent = _parse_intervention_agent(
            d.pop("interventionAgent", UNSET)
        )

        def _parse_latest_data_release_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_data_release_date = _parse_latest_data_release_date(
            d.pop("latestDataReleaseDate", UNSET)
        )

        def _parse_latest_data_release_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_data_release_version = _parse_latest_data_release_version(
            d.pop("latestDataReleaseVersion", UNSET)
        )

        def _parse_maximum_age(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maximum_age = _parse_maximum_age(d.pop("maximumAge", UNSET))

        def _parse_minimum_age(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        minimum_age = _parse_minimum_age(d.pop("minimumAge", UNSET))

        def _parse_objectives(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objectives = _parse_objectives(d.pop("objectives", UNSET))

        def _parse_official_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        official_title = _parse_official_title(d.pop("officialTitle", UNSET))

        def _parse_shared_study(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_study = _parse_shared_study(d.pop("sharedStudy", UNSET))

        def _parse_sponsoring_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sponsoring_organization = _parse_sponsoring_organization(
            d.pop("sponsoringOrganization", UNSET)
        )

        def _parse_target_enrollment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_enrollment = _parse_target_enrollment(d.pop("targetEnrollment", UNSET))

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

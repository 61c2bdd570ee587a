from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.study_link import StudyLink
    from ..models.study_personnel import StudyPersonnel
    from ..models.study_pubmed import StudyPubmed


T = TypeVar("T", bound="StudySummary")


@_attrs_define
class StudySummary:
    """
    Attributes:
        study_accession (None | str | Unset):
        doi (None | str | Unset):
        title (None | str | Unset):
        pi (None | str | Unset):
        condition_studied (None | str | Unset):
        research_focus (None | str | Unset):
        brief_description (None | str | Unset):
        start_date (None | str | Unset):
        detailed_description (None | str | Unset):
        objectives (None | str | Unset):
        endpoints (None | str | Unset):
        gender_included (None | str | Unset):
        sex_included (None | str | Unset):
        subjects_number (int | None | Unset):
        download_packages (None | str | Unset):
        contract_grant (None | str | Unset):
        program (None | str | Unset):
        data_completeness (None | str | Unset):
        hypothesis (None | str | Unset):
        shared_study (None | str | Unset):
        intervention_agent (None | str | Unset):
        initial_data_release_date (None | str | Unset):
        initial_data_release_version (None | str | Unset):
        latest_data_release_date (None | str | Unset):
        latest_data_release_version (None | str | Unset):
        study_links (list[StudyLink] | None | Unset):
        study_pubmeds (list[StudyPubmed] | None | Unset):
        study_personnel (list[StudyPersonnel] | None | Unset):
    """

    study_accession: None | str | Unset = UNSET
    doi: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    pi: None | str | Unset = UNSET
    condition_studied: None | str | Unset = UNSET
    research_focus: None | str | Unset = UNSET
    brief_description: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    detailed_description: None | str | Unset = UNSET
    objectives: None | str | Unset = UNSET
    endpoints: None | str | Unset = UNSET
    gender_included: None | str | Unset = UNSET
    sex_included: None | str | Unset = UNSET
    subjects_number: int | None | Unset = UNSET
    download_packages: None | str | Unset = UNSET
    contract_grant: None | str | Unset = UNSET
    program: None | str | Unset = UNSET
    data_completeness: None | str | Unset = UNSET
    hypothesis: None | str | Unset = UNSET
    shared_study: None | str | Unset = UNSET
    intervention_agent: None | str | Unset = UNSET
    initial_data_release_date: None | str | Unset = UNSET
    initial_data_release_version: None | str | Unset = UNSET
    latest_data_release_date: None | str | Unset = UNSET
    latest_data_release_version: None | str | Unset = UNSET
    study_links: list[StudyLink] | None | Unset = UNSET
    study_pubmeds: list[StudyPubmed] | None | Unset = UNSET
    study_personnel: list[StudyPersonnel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        doi: None | str | Unset
        if isinstance(self.doi, Unset):
            doi = UNSET
        else:
            doi = self.doi

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        pi: None | str | Unset
        if isinstance(self.pi, Unset):
            pi = UNSET
        else:
            pi = self.pi

        condition_studied: None | str | Unset
        if isinstance(self.condition_studied, Unset):
            condition_studied = UNSET
        else:
            condition_studied = self.condition_studied

        research_focus: None | str | Unset
        if isinstance(self.research_focus, Unset):
            research_focus = UNSET
        else:
            research_focus = self.research_focus

        brief_description: None | str | Unset
        if isinstance(self.brief_description, Unset):
            brief_description = UNSET
        else:
            brief_description = self.brief_description

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        detailed_description: None | str | Unset
        if isinstance(self.detailed_description, Unset):
            detailed_description = UNSET
        else:
            detailed_description = self.detailed_description

        objectives: None | str | Unset
        if isinstance(self.objectives, Unset):
            objectives = UNSET
        else:
            objectives = self.objectives

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

        sex_included: None | str | Unset
        if isinstance(self.sex_included, Unset):
            sex_included = UNSET
        else:
            sex_included = self.sex_included

        subjects_number: int | None | Unset
        if isinstance(self.subjects_number, Unset):
            subjects_number = UNSET
        else:
            subjects_number = self.subjects_number

        download_packages: None | str | Unset
        if isinstance(self.download_packages, Unset):
            download_packages = UNSET
        else:
            download_packages = self.download_packages

        contract_grant: None | str | Unset
        if isinstance(self.contract_grant, Unset):
            contract_grant = UNSET
        else:
            contract_grant = self.contract_grant

        program: None | str | Unset
        if isinstance(self.program, Unset):
            program = UNSET
        else:
            program = self.program

        data_completeness: None | str | Unset
        if isinstance(self.data_completeness, Unset):
            data_completeness = UNSET
        else:
            data_completeness = self.data_completeness

        hypothesis: None | str | Unset
        if isinstance(self.hypothesis, Unset):
            hypothesis = UNSET
        else:
            hypothesis = self.hypothesis

        shared_study: None | str | Unset
        if isinstance(self.shared_study, Unset):
            shared_study = UNSET
        else:
            shared_study = self.shared_study

        intervention_agent: None | str | Unset
        if isinstance(self.intervention_agent, Unset):
            intervention_agent = UNSET
        else:
            intervention_agent = self.intervention_agent

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

        study_links: list[dict[str, Any]] | None | Unset
        if isinstance(self.study_links, Unset):
            study_links = UNSET
        elif isinstance(self.study_links, list):
            study_links = []
            for study_links_type_0_item_data in self.study_links:
                study_links_type_0_item = study_links_type_0_item_data.to_dict()
                study_links.append(study_links_type_0_item)

        else:
            study_links = self.study_links

        study_pubmeds: list[dict[str, Any]] | None | Unset
        if isinstance(self.study_pubmeds, Unset):
            study_pubmeds = UNSET
        elif isinstance(self.study_pubmeds, list):
            study_pubmeds = []
            for study_pubmeds_type_0_item_data in self.study_pubmeds:
                study_pubmeds_type_0_item = study_pubmeds_type_0_item_data.to_dict()
                study_pubmeds.append(study_pubmeds_type_0_item)

        else:
            study_pubmeds = self.study_pubmeds

        study_personnel: list[dict[str, Any]] | None | Unset
        if isinstance(self.study_personnel, Unset):
            study_personnel = UNSET
        elif isinstance(self.study_personnel, list):
            study_personnel = []
            for study_personnel_type_0_item_data in self.study_personnel:
                study_personnel_type_0_item = study_personnel_type_0_item_data.to_dict()
                study_personnel.append(study_personnel_type_0_item)

        else:
            study_personnel = self.study_personnel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if doi is not UNSET:
            field_dict["doi"] = doi
        if title is not UNSET:
            field_dict["title"] = title
        if pi is not UNSET:
            field_dict["pi"] = pi
        if condition_studied is not UNSET:
            field_dict["conditionStudied"] = condition_studied
        if research_focus is not UNSET:
            field_dict["researchFocus"] = research_focus
        if brief_description is not UNSET:
            field_dict["briefDescription"] = brief_description
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if detailed_description is not UNSET:
            field_dict["detailedDescription"] = detailed_description
        if objectives is not UNSET:
            field_dict["objectives"] = objectives
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if gender_included is not UNSET:
            field_dict["genderIncluded"] = gender_included
        if sex_included is not UNSET:
            field_dict["sexIncluded"] = sex_included
        if subjects_number is not UNSET:
            field_dict["subjectsNumber"] = subjects_number
        if download_packages is not UNSET:
            field_dict["downloadPackages"] = download_packages
        if contract_grant is not UNSET:
            field_dict["contractGrant"] = contract_grant
        if program is not UNSET:
            field_dict["program"] = program
        if data_completeness is not UNSET:
            field_dict["dataCompleteness"] = data_completeness
        if hypothesis is not UNSET:
            field_dict["hypothesis"] = hypothesis
        if shared_study is not UNSET:
            field_dict["sharedStudy"] = shared_study
        if intervention_agent is not UNSET:
            field_dict["interventionAgent"] = intervention_agent
        if initial_data_release_date is not UNSET:
            field_dict["initialDataReleaseDate"] = initial_data_release_date
        if initial_data_release_version is not UNSET:
            field_dict["initialDataReleaseVersion"] = initial_data_release_version
        if latest_data_release_date is not UNSET:
            field_dict["latestDataReleaseDate"] = latest_data_release_date
        if latest_data_release_version is not UNSET:
            field_dict["latestDataReleaseVersion"] = latest_data_release_version
        if study_links is not UNSET:
            field_dict["studyLinks"] = study_links
        if study_pubmeds is not UNSET:
            field_dict["studyPubmeds"] = study_pubmeds
        if study_personnel is not UNSET:
            field_dict["studyPersonnel"] = study_personnel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.study_link import StudyLink
        from ..models.study_personnel import StudyPersonnel
        from ..models.study_pubmed import StudyPubmed

        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_doi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doi = _parse_doi(d.pop("doi", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_pi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pi = _parse_pi(d.pop("pi", UNSET))

        def _parse_condition_studied(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition_studied = _parse_condition_studied(d.pop("conditionStudied", UNSET))

        def _parse_research_focus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        research_focus = _parse_research_focus(d.pop("researchFocus", UNSET))

        def _parse_brief_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brief_description = _parse_brief_description(d.pop("briefDescription", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_detailed_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detailed_description = _parse_detailed_description(
            d.pop("detailedDescription", UNSET)
        )

        def _parse_objectives(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        objectives = _parse_objectives(d.pop("objectives", UNSET))

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

        def _parse_sex_included(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sex_included = _parse_sex_included(d.pop("sexIncluded", UNSET))

        def _parse_subjects_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subjects_number = _parse_subjects_number(d.pop("subjectsNumber", UNSET))

        def _parse_download_packages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download_packages = _parse_download_packages(d.pop("downloadPackages", UNSET))

        def _parse_contract_grant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant = _parse_contract_grant(d.pop("contractGrant", UNSET))

        def _parse_program(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program = _parse_program(d.pop("program", UNSET))

        def _parse_data_completeness(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_completeness = _parse_data_completeness(d.pop("dataCompleteness", UNSET))

        def _parse_hypothesis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hypothesis = _parse_hypothesis(d.pop("hypothesis", UNSET))

        def _parse_shared_study(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        shared_study = _parse_shared_study(d.pop("sharedStudy", UNSET))

        def _parse_intervention_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        intervention_agent = _parse_intervention_agent(
            d.pop("interventionAgent", UNSET)
        )

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

        def _parse_study_links(data: object) -> list[StudyLink] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_links_type_0 = []
                _study_links_type_0 = data
                for study_links_type_0_item_data in _study_links_type_0:
                    study_links_type_0_item = StudyLink.from_dict(
                        study_links_type_0_item_data
                    )

                    study_links_type_0.append(study_links_type_0_item)

                return study_links_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StudyLink] | None | Unset, data)

        study_links = _parse_study_links(d.pop("studyLinks", UNSET))

        def _parse_study_pubmeds(data: object) -> list[StudyPubmed] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_pubmeds_type_0 = []
                _study_pubmeds_type_0 = data
                for study_pubmeds_type_0_item_data in _study_pubmeds_type_0:
                    study_pubmeds_type_0_item = StudyPubmed.from_dict(
                        study_pubmeds_type_0_item_data
                    )

                    study_pubmeds_type_0.append(study_pubmeds_type_0_item)

                return study_pubmeds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StudyPubmed] | None | Unset, data)

        study_pubmeds = _parse_study_pubmeds(d.pop("studyPubmeds", UNSET))

        def _parse_study_personnel(data: object) -> list[StudyPersonnel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                study_personnel_type_0 = []
                _study_personnel_type_0 = data
                for study_personnel_type_0_item_data in _study_personnel_type_0:
                    study_personnel_type_0_item = StudyPersonnel.from_dict(
                        study_personnel_type_0_item_data
                    )

                    study_personnel_type_0.append(study_personnel_type_0_item)

                return study_personnel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StudyPersonnel] | None | Unset, data)

        study_personnel = _parse_study_personnel(d.pop("studyPersonnel", UNSET))

        study_summary = cls(
            study_accession=study_accession,
            doi=doi,
            title=title,
            pi=pi,
            condition_studied=condition_studied,
            research_focus=research_focus,
            brief_description=brief_description,
            start_date=start_date,
            detailed_description=detailed_description,
            objectives=objectives,
            endpoints=endpoints,
            gender_included=gender_included,
            sex_included=sex_included,
            subjects_number=subjects_number,
            download_packages=download_packages,
            contract_grant=contract_grant,
            program=program,
            data_completeness=data_completeness,
            hypothesis=hypothesis,
            shared_study=shared_study,
            intervention_agent=intervention_agent,
            initial_data_release_date=initial_data_release_date,
            initial_data_release_version=initial_data_release_version,
            latest_data_release_date=latest_data_release_date,
            latest_data_release_version=latest_data_release_version,
            study_links=study_links,
            study_pubmeds=study_pubmeds,
            study_personnel=study_personnel,
        )

        study_summary.additional_properties = d
        return study_summary

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

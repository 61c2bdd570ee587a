from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.study_link import StudyLink
    from ..models.study_personnel import StudyPersonnel
    from ..models.study_pubmed import StudyPubmed


T = TypeVar("T", bound="StudySummary")


@_attrs_define
class StudySummary:
    """
    Attributes:
        study_accession (None | str):
        doi (None | str):
        title (None | str):
        pi (None | str):
        condition_studied (None | str):
        research_focus (None | str):
        brief_description (None | str):
        start_date (None | str):
        detailed_description (None | str):
        objectives (None | str):
        endpoints (None | str):
        gender_included (None | str):
        sex_included (None | str):
        subjects_number (int | None):
        download_packages (None | str):
        contract_grant (None | str):
        program (None | str):
        data_completeness (None | str):
        hypothesis (None | str):
        shared_study (None | str):
        intervention_agent (None | str):
        initial_data_release_date (None | str):
        initial_data_release_version (None | str):
        latest_data_release_date (None | str):
        latest_data_release_version (None | str):
        study_links (list[StudyLink] | None):
        study_pubmeds (list[StudyPubmed] | None):
        study_personnel (list[StudyPersonnel] | None):
    """

    study_accession: None | str = None
    doi: None | str = None
    title: None | str = None
    pi: None | str = None
    condition_studied: None | str = None
    research_focus: None | str = None
    brief_description: None | str = None
    start_date: None | str = None
    detailed_description: None | str = None
    objectives: None | str = None
    endpoints: None | str = None
    gender_included: None | str = None
    sex_included: None | str = None
    subjects_number: int | None = None
    download_packages: None | str = None
    contract_grant: None | str = None
    program: None | str = None
    data_completeness: None | str = None
    hypothesis: None | str = None
    shared_study: None | str = None
    intervention_agent: None | str = None
    initial_data_release_date: None | str = None
    initial_data_release_version: None | str = None
    latest_data_release_date: None | str = None
    latest_data_release_version: None | str = None
    study_links: list[StudyLink] | None = None
    study_pubmeds: list[StudyPubmed] | None = None
    study_personnel: list[StudyPersonnel] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        doi: None | str
        doi = self.doi

        title: None | str
        title = self.title

        pi: None | str
        pi = self.pi

        condition_studied: None | str
        condition_studied = self.condition_studied

        research_focus: None | str
        research_focus = self.research_focus

        brief_description: None | str
        brief_description = self.brief_description

        start_date: None | str
        start_date = self.start_date

        detailed_description: None | str
        detailed_description = self.detailed_description

        objectives: None | str
        objectives = self.objectives

        endpoints: None | str
        endpoints = self.endpoints

        gender_included: None | str
        gender_included = self.gender_included

        sex_included: None | str
        sex_included = self.sex_included

        subjects_number: int | None
        subjects_number = self.subjects_number

        download_packages: None | str
        download_packages = self.download_packages

        contract_grant: None | str
        contract_grant = self.contract_grant

        program: None | str
        program = self.program

        data_completeness: None | str
        data_completeness = self.data_completeness

        hypothesis: None | str
        hypothesis = self.hypothesis

        shared_study: None | str
        shared_study = self.shared_study

        intervention_agent: None | str
        intervention_agent = self.intervention_agent

        initial_data_release_date: None | str
        initial_data_release_date = self.initial_data_release_date

        initial_data_release_version: None | str
        initial_data_release_version = self.initial_data_release_version

        latest_data_release_date: None | str
        latest_data_release_date = self.latest_data_release_date

        latest_data_release_version: None | str
        latest_data_release_version = self.latest_data_release_version

        study_links: list[dict[str, Any]] | None
        if isinstance(self.study_links, list):
            study_links = []
            for study_links_type_0_item_data in self.study_links:
                study_links_type_0_item = study_links_type_0_item_data.to_dict()
                study_links.append(study_links_type_0_item)

        else:
            study_links = self.study_links

        study_pubmeds: list[dict[str, Any]] | None
        if isinstance(self.study_pubmeds, list):
            study_pubmeds = []
            for study_pubmeds_type_0_item_data in self.study_pubmeds:
                study_pubmeds_type_0_item = study_pubmeds_type_0_item_data.to_dict()
                study_pubmeds.append(study_pubmeds_type_0_item)

        else:
            study_pubmeds = self.study_pubmeds

        study_personnel: list[dict[str, Any]] | None
        if isinstance(self.study_personnel, list):
            study_personnel = []
            for study_personnel_type_0_item_data in self.study_personnel:
                study_personnel_type_0_item = study_personnel_type_0_item_data.to_dict()
                study_personnel.append(study_personnel_type_0_item)

        else:
            study_personnel = self.study_personnel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "doi": doi,
                "title": title,
                "pi": pi,
                "conditionStudied": condition_studied,
                "researchFocus": research_focus,
                "briefDescription": brief_description,
                "startDate": start_date,
                "detailedDescription": detailed_description,
                "objectives": objectives,
                "endpoints": endpoints,
                "genderIncluded": gender_included,
                "sexIncluded": sex_included,
                "subjectsNumber": subjects_number,
                "downloadPackages": download_packages,
                "contractGrant": contract_grant,
                "program": program,
                "dataCompleteness": data_completeness,
                "hypothesis": hypothesis,
                "sharedStudy": shared_study,
                "interventionAgent": intervention_agent,
                "initialDataReleaseDate": initial_data_release_date,
                "initialDataReleaseVersion": initial_data_release_version,
                "latestDataReleaseDate": latest_data_release_date,
                "latestDataReleaseVersion": latest_data_release_version,
                "studyLinks": study_links,
                "studyPubmeds": study_pubmeds,
                "studyPersonnel": study_personnel,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.study_link import StudyLink
        from ..models.study_personnel import StudyPersonnel
        from ..models.study_pubmed import StudyPubmed

        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_doi(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doi = _parse_doi(d.pop("doi", None))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title", None))

        def _parse_pi(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pi = _parse_pi(d.pop("pi", None))

        def _parse_condition_studied(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        condition_studied = _parse_condition_studied(d.pop("conditionStudied", None))

        def _parse_research_focus(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        research_focus = _parse_research_focus(d.pop("researchFocus", None))

        def _parse_brief_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        brief_description = _parse_brief_description(d.pop("briefDescription", None))

        def _parse_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_date = _parse_start_date(d.pop("startDate", None))

        def _parse_detailed_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detailed_description = _parse_detailed_description(
            d.pop("detailedDescription", None)
        )

        def _parse_objectives(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        objectives = _parse_objectives(d.pop("objectives", None))

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

        def _parse_sex_included(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sex_included = _parse_sex_included(d.pop("sexIncluded", None))

        def _parse_subjects_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        subjects_number = _parse_subjects_number(d.pop("subjectsNumber", None))

        def _parse_download_packages(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_packages = _parse_download_packages(d.pop("downloadPackages", None))

        def _parse_contract_grant(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant = _parse_contract_grant(d.pop("contractGrant", None))

        def _parse_program(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program = _parse_program(d.pop("program", None))

        def _parse_data_completeness(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_completeness = _parse_data_completeness(d.pop("dataCompleteness", None))

        def _parse_hypothesis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hypothesis = _parse_hypothesis(d.pop("hypothesis", None))

        def _parse_shared_study(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        shared_study = _parse_shared_study(d.pop("sharedStudy", None))

        def _parse_intervention_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        intervention_agent = _parse_intervention_agent(d.pop("interventionAgent", None))

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

        def _parse_study_links(data: object) -> list[StudyLink] | None:
            if data is None:
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
            return cast(list[StudyLink] | None, data)

        study_links = _parse_study_links(d.pop("studyLinks", None))

        def _parse_study_pubmeds(data: object) -> list[StudyPubmed] | None:
            if data is None:
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
            return cast(list[StudyPubmed] | None, data)

        study_pubmeds = _parse_study_pubmeds(d.pop("studyPubmeds", None))

        def _parse_study_personnel(data: object) -> list[StudyPersonnel] | None:
            if data is None:
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
            return cast(list[StudyPersonnel] | None, data)

        study_personnel = _parse_study_personnel(d.pop("studyPersonnel", None))

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

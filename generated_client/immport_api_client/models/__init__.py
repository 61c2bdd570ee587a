"""Contains all the data models used in inputs/outputs.

Models are imported on first use (PEP 562), so importing one model does not import all of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_body import ErrorBody
    from .file_details import FileDetails
    from .file_download_url import FileDownloadURL
    from .filter_criteria_fields import FilterCriteriaFields
    from .lk_adverse_event_severity import LkAdverseEventSeverity
    from .lk_age_event import LkAgeEvent
    from .lk_analyte import LkAnalyte
    from .lk_ancestral_population import LkAncestralPopulation
    from .lk_cell_population import LkCellPopulation
    from .lk_cell_population_marker import LkCellPopulationMarker
    from .lk_compound_role import LkCompoundRole
    from .lk_criterion_category import LkCriterionCategory
    from .lk_data_completeness import LkDataCompleteness
    from .lk_disease import LkDisease
    from .lk_disease_stage import LkDiseaseStage
    from .lk_ethnicity import LkEthnicity
    from .lk_exp_measurement_tech import LkExpMeasurementTech
    from .lk_exposure_material import LkExposureMaterial
    from .lk_exposure_process import LkExposureProcess
    from .lk_expsample_result_schema import LkExpsampleResultSchema
    from .lk_file_detail import LkFileDetail
    from .lk_gender import LkGender
    from .lk_hmdb import LkHmdb
    from .lk_lab_test_name import LkLabTestName
    from .lk_lab_test_panel_name import LkLabTestPanelName
    from .lk_locus_name import LkLocusName
    from .lk_mass_spectrometry_type import LkMassSpectrometryType
    from .lk_organization import LkOrganization
    from .lk_personnel_role import LkPersonnelRole
    from .lk_plate_type import LkPlateType
    from .lk_protein_name import LkProteinName
    from .lk_protocol_type import LkProtocolType
    from .lk_public_repository import LkPublicRepository
    from .lk_race import LkRace
    from .lk_reagent_type import LkReagentType
    from .lk_research_focus import LkResearchFocus
    from .lk_sample_type import LkSampleType
    from .lk_source_type import LkSourceType
    from .lk_species import LkSpecies
    from .lk_study_file_type import LkStudyFileType
    from .lk_study_panel import LkStudyPanel
    from .lk_subject_location import LkSubjectLocation
    from .lk_t0_event import LkT0Event
    from .lk_time_unit import LkTimeUnit
    from .lk_transcript_type import LkTranscriptType
    from .lk_unit_of_measure import LkUnitOfMeasure
    from .lk_user_role_type import LkUserRoleType
    from .lk_virus_strain import LkVirusStrain
    from .lk_visibility_category import LkVisibilityCategory
    from .mass_spectrometry_result import MassSpectrometryResult
    from .result_file_path import ResultFilePath
    from .search_hit import SearchHit
    from .search_hit_highlight_type_0 import SearchHitHighlightType0
    from .search_hit_source_type_0 import SearchHitSourceType0
    from .search_hits import SearchHits
    from .search_response import SearchResponse
    from .search_total import SearchTotal
    from .study_adverse_event_api import StudyAdverseEventApi
    from .study_api import StudyApi
    from .study_arm_api import StudyArmApi
    from .study_condition_or_disease_api import StudyConditionOrDiseaseApi
    from .study_contract_program_api import StudyContractProgramApi
    from .study_experiment_api import StudyExperimentApi
    from .study_file_api import StudyFileApi
    from .study_file_details_api import StudyFileDetailsApi
    from .study_inclusion_exclusion_api import StudyInclusionExclusionApi
    from .study_link import StudyLink
    from .study_link_api import StudyLinkApi
    from .study_personnel import StudyPersonnel
    from .study_personnel_api import StudyPersonnelApi
    from .study_planned_visit_api import StudyPlannedVisitApi
    from .study_protocol_api import StudyProtocolApi
    from .study_pubmed import StudyPubmed
    from .study_pubmed_api import StudyPubmedApi
    from .study_pubmed_id import StudyPubmedId
    from .study_search_format import StudySearchFormat
    from .study_search_sort_field_direction import StudySearchSortFieldDirection
    from .study_subject_assessments_api import StudySubjectAssessmentsApi
    from .study_subject_bio_sample_api import StudySubjectBioSampleApi
    from .study_subject_demographics_api import StudySubjectDemographicsApi
    from .study_subject_exp_sample_api import StudySubjectExpSampleApi
    from .study_subject_immune_exposure_api import StudySubjectImmuneExposureApi
    from .study_subject_intervention_api import StudySubjectInterventionApi
    from .study_subject_lab_tests_api import StudySubjectLabTestsApi
    from .study_summary import StudySummary
    from .subject_search_format import SubjectSearchFormat
    from .subject_search_sort_field_direction import SubjectSearchSortFieldDirection
    from .v_elisa_result import VElisaResult
    from .v_elispot_result import VElispotResult
    from .v_fcs_analyzed_result import VFcsAnalyzedResult
    from .v_hai_result import VHaiResult
    from .v_hla_typing_result import VHlaTypingResult
    from .v_kir_typing_result import VKirTypingResult
    from .v_mbaa_result import VMbaaResult
    from .v_neut_ab_titer_result import VNeutAbTiterResult
    from .v_pcr_result import VPcrResult
    from .v_result_file_path import VResultFilePath

_MODULE_OF = {
    "ErrorBody": ".error_body",
    "FileDetails": ".file_details",
    "FileDownloadURL": ".file_download_url",
    "FilterCriteriaFields": ".filter_criteria_fields",
    "LkAdverseEventSeverity": ".lk_adverse_event_severity",
    "LkAgeEvent": ".lk_age_event",
    "LkAnalyte": ".lk_analyte",
    "LkAncestralPopulation": ".lk_ancestral_population",
    "LkCellPopulation": ".lk_cell_population",
    "LkCellPopulationMarker": ".lk_cell_population_marker",
    "LkCompoundRole": ".lk_compound_role",
    "LkCriterionCategory": ".lk_criterion_category",
    "LkDataCompleteness": ".lk_data_completeness",
    "LkDisease": ".lk_disease",
    "LkDiseaseStage": ".lk_disease_stage",
    "LkEthnicity": ".lk_ethnicity",
    "LkExpMeasurementTech": ".lk_exp_measurement_tech",
    "LkExposureMaterial": ".lk_exposure_material",
    "LkExposureProcess": ".lk_exposure_process",
    "LkExpsampleResultSchema": ".lk_expsample_result_schema",
    "LkFileDetail": ".lk_file_detail",
    "LkGender": ".lk_gender",
    "LkHmdb": ".lk_hmdb",
    "LkLabTestName": ".lk_lab_test_name",
    "LkLabTestPanelName": ".lk_lab_test_panel_name",
    "LkLocusName": ".lk_locus_name",
    "LkMassSpectrometryType": ".lk_mass_spectrometry_type",
    "LkOrganization": ".lk_organization",
    "LkPersonnelRole": ".lk_personnel_role",
    "LkPlateType": ".lk_plate_type",
    "LkProteinName": ".lk_protein_name",
    "LkProtocolType": ".lk_protocol_type",
    "LkPublicRepository": ".lk_public_repository",
    "LkRace": ".lk_race",
    "LkReagentType": ".lk_reagent_type",
    "LkResearchFocus": ".lk_research_focus",
    "LkSampleType": ".lk_sample_type",
    "LkSourceType": ".lk_source_type",
    "LkSpecies": ".lk_species",
    "LkStudyFileType": ".lk_study_file_type",
    "LkStudyPanel": ".lk_study_panel",
    "LkSubjectLocation": ".lk_subject_location",
    "LkT0Event": ".lk_t0_event",
    "LkTimeUnit": ".lk_time_unit",
    "LkTranscriptType": ".lk_transcript_type",
    "LkUnitOfMeasure": ".lk_unit_of_measure",
    "LkUserRoleType": ".lk_user_role_type",
    "LkVirusStrain": ".lk_virus_strain",
    "LkVisibilityCategory": ".lk_visibility_category",
    "MassSpectrometryResult": ".mass_spectrometry_result",
    "ResultFilePath": ".result_file_path",
    "SearchHit": ".search_hit",
    "SearchHitHighlightType0": ".search_hit_highlight_type_0",
    "SearchHitSourceType0": ".search_hit_source_type_0",
    "SearchHits": ".search_hits",
    "SearchResponse": ".search_response",
    "SearchTotal": ".search_total",
    "StudyAdverseEventApi": ".study_adverse_event_api",
    "StudyApi": ".study_api",
    "StudyArmApi": ".study_arm_api",
    "StudyConditionOrDiseaseApi": ".study_condition_or_disease_api",
    "StudyContractProgramApi": ".study_contract_program_api",
    "StudyExperimentApi": ".study_experiment_api",
    "StudyFileApi": ".study_file_api",
    "StudyFileDetailsApi": ".study_file_details_api",
    "StudyInclusionExclusionApi": ".study_inclusion_exclusion_api",
    "StudyLink": ".study_link",
    "StudyLinkApi": ".study_link_api",
    "StudyPersonnel": ".study_personnel",
    "StudyPersonnelApi": ".study_personnel_api",
    "StudyPlannedVisitApi": ".study_planned_visit_api",
    "StudyProtocolApi": ".study_protocol_api",
    "StudyPubmed": ".study_pubmed",
    "StudyPubmedApi": ".study_pubmed_api",
    "StudyPubmedId": ".study_pubmed_id",
    "StudySearchFormat": ".study_search_format",
    "StudySearchSortFieldDirection": ".study_search_sort_field_direction",
    "StudySubjectAssessmentsApi": ".study_subject_assessments_api",
    "StudySubjectBioSampleApi": ".study_subject_bio_sample_api",
    "StudySubjectDemographicsApi": ".study_subject_demographics_api",
    "StudySubjectExpSampleApi": ".study_subject_exp_sample_api",
    "StudySubjectImmuneExposureApi": ".study_subject_immune_exposure_api",
    "StudySubjectInterventionApi": ".study_subject_intervention_api",
    "StudySubjectLabTestsApi": ".study_subject_lab_tests_api",
    "StudySummary": ".study_summary",
    "SubjectSearchFormat": ".subject_search_format",
    "SubjectSearchSortFieldDirection": ".subject_search_sort_field_direction",
    "VElisaResult": ".v_elisa_result",
    "VElispotResult": ".v_elispot_result",
    "VFcsAnalyzedResult": ".v_fcs_analyzed_result",
    "VHaiResult": ".v_hai_result",
    "VHlaTypingResult": ".v_hla_typing_result",
    "VKirTypingResult": ".v_kir_typing_result",
    "VMbaaResult": ".v_mbaa_result",
    "VNeutAbTiterResult": ".v_neut_ab_titer_result",
    "VPcrResult": ".v_pcr_result",
    "VResultFilePath": ".v_result_file_path",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ErrorBody",
    "FileDetails",
    "FileDownloadURL",
    "FilterCriteriaFields",
    "LkAdverseEventSeverity",
    "LkAgeEvent",
    "LkAnalyte",
    "LkAncestralPopulation",
    "LkCellPopulation",
    "LkCellPopulationMarker",
    "LkCompoundRole",
    "LkCriterionCategory",
    "LkDataCompleteness",
    "LkDisease",
    "LkDiseaseStage",
    "LkEthnicity",
    "LkExpMeasurementTech",
    "LkExposureMaterial",
    "LkExposureProcess",
    "LkExpsampleResultSchema",
    "LkFileDetail",
    "LkGender",
    "LkHmdb",
    "LkLabTestName",
    "LkLabTestPanelName",
    "LkLocusName",
    "LkMassSpectrometryType",
    "LkOrganization",
    "LkPersonnelRole",
    "LkPlateType",
    "LkProteinName",
    "LkProtocolType",
    "LkPublicRepository",
    "LkRace",
    "LkReagentType",
    "LkResearchFocus",
    "LkSampleType",
    "LkSourceType",
    "LkSpecies",
    "LkStudyFileType",
    "LkStudyPanel",
    "LkSubjectLocation",
    "LkT0Event",
    "LkTimeUnit",
    "LkTranscriptType",
    "LkUnitOfMeasure",
    "LkUserRoleType",
    "LkVirusStrain",
    "LkVisibilityCategory",
    "MassSpectrometryResult",
    "ResultFilePath",
    "SearchHit",
    "SearchHitHighlightType0",
    "SearchHitSourceType0",
    "SearchHits",
    "SearchResponse",
    "SearchTotal",
    "StudyAdverseEventApi",
    "StudyApi",
    "StudyArmApi",
    "StudyConditionOrDiseaseApi",
    "StudyContractProgramApi",
    "StudyExperimentApi",
    "StudyFileApi",
    "StudyFileDetailsApi",
    "StudyInclusionExclusionApi",
    "StudyLink",
    "StudyLinkApi",
    "StudyPersonnel",
    "StudyPersonnelApi",
    "StudyPlannedVisitApi",
    "StudyProtocolApi",
    "StudyPubmed",
    "StudyPubmedApi",
    "StudyPubmedId",
    "StudySearchFormat",
    "StudySearchSortFieldDirection",
    "StudySubjectAssessmentsApi",
    "StudySubjectBioSampleApi",
    "StudySubjectDemographicsApi",
    "StudySubjectExpSampleApi",
    "StudySubjectImmuneExposureApi",
    "StudySubjectInterventionApi",
    "StudySubjectLabTestsApi",
    "StudySummary",
    "SubjectSearchFormat",
    "SubjectSearchSortFieldDirection",
    "VElisaResult",
    "VElispotResult",
    "VFcsAnalyzedResult",
    "VHaiResult",
    "VHlaTypingResult",
    "VKirTypingResult",
    "VMbaaResult",
    "VNeutAbTiterResult",
    "VPcrResult",
    "VResultFilePath",
)

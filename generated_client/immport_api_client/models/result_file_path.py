from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultFilePath")


@_attrs_define
class ResultFilePath:
    """
    Attributes:
        file_path_id (None | str | Unset):
        file_info_id (int | None | Unset):
        file_detail (None | str | Unset):
        filesize_bytes (int | None | Unset):
        file_name (None | str | Unset):
        original_file_name (None | str | Unset):
        source_type (None | str | Unset):
        source_accession (None | str | Unset):
        experiment_accession (None | str | Unset):
        measurement_technique (None | str | Unset):
        study_accession (None | str | Unset):
        clinical (None | str | Unset):
        study_title (None | str | Unset):
        biosample_accession (None | str | Unset):
        biosample_type (None | str | Unset):
        biosample_subtype (None | str | Unset):
        study_time_collected (float | None | Unset):
        study_time_collected_unit (None | str | Unset):
        study_time_t0_event (None | str | Unset):
        study_time_t0_event_specify (None | str | Unset):
        planned_visit_accession (None | str | Unset):
        subject_accession (None | str | Unset):
        ethnicity (None | str | Unset):
        gender (None | str | Unset):
        race (None | str | Unset):
        race_specify (None | str | Unset):
        species (None | str | Unset):
        strain (None | str | Unset):
        arm_accession (None | str | Unset):
        arm_name (None | str | Unset):
        age_event (None | str | Unset):
        age_event_specify (None | str | Unset):
        age_unit (None | str | Unset):
        max_subject_age (float | None | Unset):
        min_subject_age (float | None | Unset):
        subject_phenotype (None | str | Unset):
        file_path (None | str | Unset):
    """

    file_path_id: None | str | Unset = UNSET
    file_info_id: int | None | Unset = UNSET
    file_detail: None | str | Unset = UNSET
    filesize_bytes: int | None | Unset = UNSET
    file_name: None | str | Unset = UNSET
    original_file_name: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    source_accession: None | str | Unset = UNSET
    experiment_accession: None | str | Unset = UNSET
    measurement_technique: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    clinical: None | str | Unset = UNSET
    study_title: None | str | Unset = UNSET
    biosample_accession: None | str | Unset = UNSET
    biosample_type: None | str | Unset = UNSET
    biosample_subtype: None | str | Unset = UNSET
    study_time_collected: float | None | Unset = UNSET
    study_time_collected_unit: None | str | Unset = UNSET
    study_time_t0_event: None | str | Unset = UNSET
    study_time_t0_event_specify: None | str | Unset = UNSET
    planned_visit_accession: None | str | Unset = UNSET
    subject_accession: None | str | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    race: None | str | Unset = UNSET
    race_specify: None | str | Unset = UNSET
    species: None | str | Unset = UNSET
    strain: None | str | Unset = UNSET
    arm_accession: None | str | Unset = UNSET
    arm_name: None | str | Unset = UNSET
    age_event: None | str | Unset = UNSET
    age_event_specify: None | str | Unset = UNSET
    age_unit: None | str | Unset = UNSET
    max_subject_age: float | None | Unset = UNSET
    min_subject_age: float | None | Unset = UNSET
    subject_phenotype: None | str | Unset = UNSET
    file_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path_id: None | str | Unset
        if isinstance(self.file_path_id, Unset):
            file_path_id = UNSET
        else:
            file_path_id = self.file_path_id

        file_info_id: int | None | Unset
        if isinstance(self.file_info_id, Unset):
            file_info_id = UNSET
        else:
            file_info_id = self.file_info_id

        file_detail: None | str | Unset
        if isinstance(self.file_detail, Unset):
            file_detail = UNSET
        else:
            file_detail = self.file_detail

        filesize_bytes: int | None | Unset
        if isinstance(self.filesize_bytes, Unset):
            filesize_bytes = UNSET
        else:
            filesize_bytes = self.filesize_bytes

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        original_file_name: None | str | Unset
        if isinstance(self.original_file_name, Unset):
            original_file_name = UNSET
        else:
            original_file_name = self.original_file_name

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        source_accession: None | str | Unset
        if isinstance(self.source_accession, Unset):
            source_accession = UNSET
        else:
            source_accession = self.source_accession

        experiment_accession: None | str | Unset
        if isinstance(self.experiment_accession, Unset):
            experiment_accession = UNSET
        else:
            experiment_accession = self.experiment_accession

        measurement_technique: None | str | Unset
        if isinstance(self.measurement_technique, Unset):
            measurement_technique = UNSET
        else:
            measurement_technique = self.measurement_technique

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        clinical: None | str | Unset
        if isinstance(self.clinical, Unset):
            clinical = UNSET
        else:
            clinical = self.clinical

        study_title: None | str | Unset
        if isinstance(self.study_title, Unset):
            study_title = UNSET
        else:
            study_title = self.study_title

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

        planned_visit_accession: None | str | Unset
        if isinstance(self.planned_visit_accession, Unset):
            planned_visit_accession = UNSET
        else:
            planned_visit_accession = self.planned_visit_accession

        subject_accession: None | str | Unset
        if isinstance(self.subject_accession, Unset):
            subject_accession = UNSET
        else:
            subject_accession = self.subject_accession

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

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

        max_subject_age: float | None | Unset
        if isinstance(self.max_subject_age, Unset):
            max_subject_age = UNSET
        else:
            max_subject_age = self.max_subject_age

        min_subject_age: float | None | Unset
        if isinstance(self.min_subject_age, Unset):
            min_subject_age = UNSET
        else:
            min_subject_age = self.min_subject_age

        subject_phenotype: None | str | Unset
        if isinstance(self.subject_phenotype, Unset):
            subject_phenotype = UNSET
        else:
            subject_phenotype = self.subject_phenotype

        file_path: None | str | Unset
        if isinstance(self.file_path, Unset):
            file_path = UNSET
        else:
            file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_path_id is not UNSET:
            field_dict["filePathId"] = file_path_id
        if file_info_id is not UNSET:
            field_dict["fileInfoId"] = file_info_id
        if file_detail is not UNSET:
            field_dict["fileDetail"] = file_detail
        if filesize_bytes is not UNSET:
            field_dict["filesizeBytes"] = filesize_bytes
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if original_file_name is not UNSET:
            field_dict["originalFileName"] = original_file_name
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if source_accession is not UNSET:
            field_dict["sourceAccession"] = source_accession
        if experiment_accession is not UNSET:
            field_dict["experimentAccession"] = experiment_accession
        if measurement_technique is not UNSET:
            field_dict["measurementTechnique"] = measurement_technique
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if clinical is not UNSET:
            field_dict["clinical"] = clinical
        if study_title is not UNSET:
            field_dict["studyTitle"] = study_title
        if biosample_accession is not UNSET:
            field_dict["biosampleAccession"] = biosample_accession
        if biosample_type is not UNSET:
            field_dict["biosampleType"] = biosample_type
        if biosample_subtype is not UNSET:
            field_dict["biosampleSubtype"] = biosample_subtype
        if study_time_collected is not UNSET:
            field_dict["studyTimeCollected"] = study_time_collected
        if study_time_collected_unit is not UNSET:
            field_dict["studyTimeCollectedUnit"] = study_time_collected_unit
        if study_time_t0_event is not UNSET:
            field_dict["studyTimeT0Event"] = study_time_t0_event
        if study_time_t0_event_specify is not UNSET:
            field_dict["studyTimeT0EventSpecify"] = study_time_t0_event_specify
        if planned_visit_accession is not UNSET:
            field_dict["plannedVisitAccession"] = planned_visit_accession
        if subject_accession is not UNSET:
            field_dict["subjectAccession"] = subject_accession
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if gender is not UNSET:
            field_dict["gender"] = gender
        if race is not UNSET:
            field_dict["race"] = race
        if race_specify is not UNSET:
            field_dict["raceSpecify"] = race_specify
        if species is not UNSET:
            field_dict["species"] = species
        if strain is not UNSET:
            field_dict["strain"] = strain
        if arm_accession is not UNSET:
            field_dict["armAccession"] = arm_accession
        if arm_name is not UNSET:
            field_dict["armName"] = arm_name
        if age_event is not UNSET:
            field_dict["ageEvent"] = age_event
        if age_event_specify is not UNSET:
            field_dict["ageEventSpecify"] = age_event_specify
        if age_unit is not UNSET:
            field_dict["ageUnit"] = age_unit
        if max_subject_age is not UNSET:
            field_dict["maxSubjectAge"] = max_subject_age
        if min_subject_age is not UNSET:
            field_dict["minSubjectAge"] = min_subject_age
        if subject_phenotype is not UNSET:
            field_dict["subjectPhenotype"] = subject_phenotype
        if file_path is not UNSET:
            field_dict["filePath"] = file_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_path_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_path_id = _parse_file_path_id(d.pop("filePathId", UNSET))

        def _parse_file_info_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_info_id = _parse_file_info_id(d.pop("fileInfoId", UNSET))

        def _parse_file_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_detail = _parse_file_detail(d.pop("fileDetail", UNSET))

        def _parse_filesize_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        filesize_bytes = _parse_filesize_bytes(d.pop("filesizeBytes", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_original_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_file_name = _parse_original_file_name(d.pop("originalFileName", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("sourceType", UNSET))

        def _parse_source_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_accession = _parse_source_accession(d.pop("sourceAccession", UNSET))

        def _parse_experiment_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", UNSET)
        )

        def _parse_measurement_technique(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", UNSET)
        )

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_clinical(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clinical = _parse_clinical(d.pop("clinical", UNSET))

        def _parse_study_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_title = _parse_study_title(d.pop("studyTitle", UNSET))

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

        def _parse_planned_visit_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", UNSET)
        )

        def _parse_subject_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", UNSET))

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

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

        def _parse_max_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_subject_age = _parse_max_subject_age(d.pop("maxSubjectAge", UNSET))

        def _parse_min_subject_age(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_subject_age = _parse_min_subject_age(d.pop("minSubjectAge", UNSET))

        def _parse_subject_phenotype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_phenotype = _parse_subject_phenotype(d.pop("subjectPhenotype", UNSET))

        def _parse_file_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_path = _parse_file_path(d.pop("filePath", UNSET))

        result_file_path = cls(
            file_path_id=file_path_id,
            file_info_id=file_info_id,
            file_detail=file_detail,
            filesize_bytes=filesize_bytes,
            file_name=file_name,
            original_file_name=original_file_name,
            source_type=source_type,
            source_accession=source_accession,
            experiment_accession=experiment_accession,
            measurement_technique=measurement_technique,
            study_accession=study_accession,
            clinical=clinical,
            study_title=study_title,
            biosample_accession=biosample_accession,
            biosample_type=biosample_type,
            biosample_subtype=biosample_subtype,
            study_time_collected=study_time_collected,
            study_time_collected_unit=study_time_collected_unit,
            study_time_t0_event=study_time_t0_event,
            study_time_t0_event_specify=study_time_t0_event_specify,
            planned_visit_accession=planned_visit_accession,
            subject_accession=subject_accession,
            ethnicity=ethnicity,
            gender=gender,
            race=race,
            race_specify=race_specify,
            species=species,
            strain=strain,
            arm_accession=arm_accession,
            arm_name=arm_name,
            age_event=age_event,
            age_event_specify=age_event_specify,
            age_unit=age_unit,
            max_subject_age=max_subject_age,
            min_subject_age=min_subject_age,
            subject_phenotype=subject_phenotype,
            file_path=file_path,
        )

        result_file_path.additional_properties = d
        return result_file_path

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

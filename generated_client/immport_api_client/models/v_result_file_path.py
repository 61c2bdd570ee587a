from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VResultFilePath")


@_attrs_define
class VResultFilePath:
    """
    Attributes:
        file_path_id (None | str):
        file_info_id (int | None):
        file_detail (None | str):
        filesize_bytes (int | None):
        file_name (None | str):
        original_file_name (None | str):
        source_type (None | str):
        source_accession (None | str):
        experiment_accession (None | str):
        measurement_technique (None | str):
        study_accession (None | str):
        clinical (None | str):
        study_title (None | str):
        biosample_accession (None | str):
        biosample_type (None | str):
        biosample_subtype (None | str):
        study_time_collected (float | None):
        study_time_collected_unit (None | str):
        study_time_t0_event (None | str):
        study_time_t0_event_specify (None | str):
        planned_visit_accession (None | str):
        subject_accession (None | str):
        ethnicity (None | str):
        gender (None | str):
        race (None | str):
        race_specify (None | str):
        species (None | str):
        strain (None | str):
        arm_accession (None | str):
        arm_name (None | str):
        age_event (None | str):
        age_event_specify (None | str):
        age_unit (None | str):
        max_subject_age (float | None):
        min_subject_age (float | None):
        subject_phenotype (None | str):
        file_path (None | str):
    """

    file_path_id: None | str = None
    file_info_id: int | None = None
    file_detail: None | str = None
    filesize_bytes: int | None = None
    file_name: None | str = None
    original_file_name: None | str = None
    source_type: None | str = None
    source_accession: None | str = None
    experiment_accession: None | str = None
    measurement_technique: None | str = None
    study_accession: None | str = None
    clinical: None | str = None
    study_title: None | str = None
    biosample_accession: None | str = None
    biosample_type: None | str = None
    biosample_subtype: None | str = None
    study_time_collected: float | None = None
    study_time_collected_unit: None | str = None
    study_time_t0_event: None | str = None
    study_time_t0_event_specify: None | str = None
    planned_visit_accession: None | str = None
    subject_accession: None | str = None
    ethnicity: None | str = None
    gender: None | str = None
    race: None | str = None
    race_specify: None | str = None
    species: None | str = None
    strain: None | str = None
    arm_accession: None | str = None
    arm_name: None | str = None
    age_event: None | str = None
    age_event_specify: None | str = None
    age_unit: None | str = None
    max_subject_age: float | None = None
    min_subject_age: float | None = None
    subject_phenotype: None | str = None
    file_path: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_path_id: None | str
        file_path_id = self.file_path_id

        file_info_id: int | None
        file_info_id = self.file_info_id

        file_detail: None | str
        file_detail = self.file_detail

        filesize_bytes: int | None
        filesize_bytes = self.filesize_bytes

        file_name: None | str
        file_name = self.file_name

        original_file_name: None | str
        original_file_name = self.original_file_name

        source_type: None | str
        source_type = self.source_type

        source_accession: None | str
        source_accession = self.source_accession

        experiment_accession: None | str
        experiment_accession = self.experiment_accession

        measurement_technique: None | str
        measurement_technique = self.measurement_technique

        study_accession: None | str
        study_accession = self.study_accession

        clinical: None | str
        clinical = self.clinical

        study_title: None | str
        study_title = self.study_title

        biosample_accession: None | str
        biosample_accession = self.biosample_accession

        biosample_type: None | str
        biosample_type = self.biosample_type

        biosample_subtype: None | str
        biosample_subtype = self.biosample_subtype

        study_time_collected: float | None
        study_time_collected = self.study_time_collected

        study_time_collected_unit: None | str
        study_time_collected_unit = self.study_time_collected_unit

        study_time_t0_event: None | str
        study_time_t0_event = self.study_time_t0_event

        study_time_t0_event_specify: None | str
        study_time_t0_event_specify = self.study_time_t0_event_specify

        planned_visit_accession: None | str
        planned_visit_accession = self.planned_visit_accession

        subject_accession: None | str
        subject_accession = self.subject_accession

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

        arm_accession: None | str
        arm_accession = self.arm_accession

        arm_name: None | str
        arm_name = self.arm_name

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

        file_path: None | str
        file_path = self.file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filePathId": file_path_id,
                "fileInfoId": file_info_id,
                "fileDetail": file_detail,
                "filesizeBytes": filesize_bytes,
                "fileName": file_name,
                "originalFileName": original_file_name,
                "sourceType": source_type,
                "sourceAccession": source_accession,
                "experimentAccession": experiment_accession,
                "measurementTechnique": measurement_technique,
                "studyAccession": study_accession,
                "clinical": clinical,
                "studyTitle": study_title,
                "biosampleAccession": biosample_accession,
                "biosampleType": biosample_type,
                "biosampleSubtype": biosample_subtype,
                "studyTimeCollected": study_time_collected,
                "studyTimeCollectedUnit": study_time_collected_unit,
                "studyTimeT0Event": study_time_t0_event,
                "studyTimeT0EventSpecify": study_time_t0_event_specify,
                "plannedVisitAccession": planned_visit_accession,
                "subjectAccession": subject_accession,
                "ethnicity": ethnicity,
                "gender": gender,
                "race": race,
                "raceSpecify": race_specify,
                "species": species,
                "strain": strain,
                "armAccession": arm_accession,
                "armName": arm_name,
                "ageEvent": age_event,
                "ageEventSpecify": age_event_specify,
                "ageUnit": age_unit,
                "maxSubjectAge": max_subject_age,
                "minSubjectAge": min_subject_age,
                "subjectPhenotype": subject_phenotype,
                "filePath": file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_path_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_path_id = _parse_file_path_id(d.pop("filePathId", None))

        def _parse_file_info_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        file_info_id = _parse_file_info_id(d.pop("fileInfoId", None))

        def _parse_file_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_detail = _parse_file_detail(d.pop("fileDetail", None))

        def _parse_filesize_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        filesize_bytes = _parse_filesize_bytes(d.pop("filesizeBytes", None))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("fileName", None))

        def _parse_original_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        original_file_name = _parse_original_file_name(d.pop("originalFileName", None))

        def _parse_source_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_type = _parse_source_type(d.pop("sourceType", None))

        def _parse_source_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_accession = _parse_source_accession(d.pop("sourceAccession", None))

        def _parse_experiment_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", None)
        )

        def _parse_measurement_technique(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        measurement_technique = _parse_measurement_technique(
            d.pop("measurementTechnique", None)
        )

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_clinical(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        clinical = _parse_clinical(d.pop("clinical", None))

        def _parse_study_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_title = _parse_study_title(d.pop("studyTitle", None))

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

        def _parse_planned_visit_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        planned_visit_accession = _parse_planned_visit_accession(
            d.pop("plannedVisitAccession", None)
        )

        def _parse_subject_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", None))

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

        def _parse_file_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_path = _parse_file_path(d.pop("filePath", None))

        v_result_file_path = cls(
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

        v_result_file_path.additional_properties = d
        return v_result_file_path

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

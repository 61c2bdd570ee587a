from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MassSpectrometryResult")


@_attrs_define
class MassSpectrometryResult:
    """
    Attributes:
        result_id (int | None):
        arm_accession (None | str):
        biosample_accession (None | str):
        comments (None | str):
        database_id_preferred (None | str):
        database_id_reported (None | str):
        experiment_accession (None | str):
        expsample_accession (None | str):
        intensity (float | None):
        mass_spectrometry_type (None | str):
        metabolite_name_preferred (None | str):
        metabolite_name_reported (None | str):
        protein_name_preferred (None | str):
        protein_name_reported (None | str):
        repository_accession (None | str):
        repository_name (None | str):
        retention_time (float | None):
        retention_time_unit (None | str):
        study_accession (None | str):
        study_time_collected (float | None):
        study_time_collected_unit (None | str):
        subject_accession (None | str):
        workspace_id (int | None):
        zcharge (None | str):
        mzratio (float | None):
    """

    result_id: int | None = None
    arm_accession: None | str = None
    biosample_accession: None | str = None
    comments: None | str = None
    database_id_preferred: None | str = None
    database_id_reported: None | str = None
    experiment_accession: None | str = None
    expsample_accession: None | str = None
    intensity: float | None = None
    mass_spectrometry_type: None | str = None
    metabolite_name_preferred: None | str = None
    metabolite_name_reported: None | str = None
    protein_name_preferred: None | str = None
    protein_name_reported: None | str = None
    repository_accession: None | str = None
    repository_name: None | str = None
    retention_time: float | None = None
    retention_time_unit: None | str = None
    study_accession: None | str = None
    study_time_collected: float | None = None
    study_time_collected_unit: None | str = None
    subject_accession: None | str = None
    workspace_id: int | None = None
    zcharge: None | str = None
    mzratio: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_id: int | None
        result_id = self.result_id

        arm_accession: None | str
        arm_accession = self.arm_accession

        biosample_accession: None | str
        biosample_accession = self.biosample_accession

        comments: None | str
        comments = self.comments

        database_id_preferred: None | str
        database_id_preferred = self.database_id_preferred

        database_id_reported: None | str
        database_id_reported = self.database_id_reported

        experiment_accession: None | str
        experiment_accession = self.experiment_accession

        expsample_accession: None | str
        expsample_accession = self.expsample_accession

        intensity: float | None
        intensity = self.intensity

        mass_spectrometry_type: None | str
        mass_spectrometry_type = self.mass_spectrometry_type

        metabolite_name_preferred: None | str
        metabolite_name_preferred = self.metabolite_name_preferred

        metabolite_name_reported: None | str
        metabolite_name_reported = self.metabolite_name_reported

        protein_name_preferred: None | str
        protein_name_preferred = self.protein_name_preferred

        protein_name_reported: None | str
        protein_name_reported = self.protein_name_reported

        repository_accession: None | str
        repository_accession = self.repository_accession

        repository_name: None | str
        repository_name = self.repository_name

        retention_time: float | None
        retention_time = self.retention_time

        retention_time_unit: None | str
        retention_time_unit = self.retention_time_unit

        study_accession: None | str
        study_accession = self.study_accession

        study_time_collected: float | None
        study_time_collected = self.study_time_collected

        study_time_collected_unit: None | str
        study_time_collected_unit = self.study_time_collected_unit

        subject_accession: None | str
        subject_accession = self.subject_accession

        workspace_id: int | None
        workspace_id = self.workspace_id

        zcharge: None | str
        zcharge = self.zcharge

        mzratio: float | None
        mzratio = self.mzratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resultId": result_id,
                "armAccession": arm_accession,
                "biosampleAccession": biosample_accession,
                "comments": comments,
                "databaseIdPreferred": database_id_preferred,
                "databaseIdReported": database_id_reported,
                "experimentAccession": experiment_accession,
                "expsampleAccession": expsample_accession,
                "intensity": intensity,
                "massSpectrometryType": mass_spectrometry_type,
                "metaboliteNamePreferred": metabolite_name_preferred,
                "metaboliteNameReported": metabolite_name_reported,
                "proteinNamePreferred": protein_name_preferred,
                "proteinNameReported": protein_name_reported,
                "repositoryAccession": repository_accession,
                "repositoryName": repository_name,
                "retentionTime": retention_time,
                "retentionTimeUnit": retention_time_unit,
                "studyAccession": study_accession,
                "studyTimeCollected": study_time_collected,
                "studyTimeCollectedUnit": study_time_collected_unit,
                "subjectAccession": subject_accession,
                "workspaceId": workspace_id,
                "zcharge": zcharge,
                "mzratio": mzratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_result_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        result_id = _parse_result_id(d.pop("resultId", None))

        def _parse_arm_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", None))

        def _parse_biosample_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", None)
        )

        def _parse_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comments = _parse_comments(d.pop("comments", None))

        def _parse_database_id_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        database_id_preferred = _parse_database_id_preferred(
            d.pop("databaseIdPreferred", None)
        )

        def _parse_database_id_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        database_id_reported = _parse_database_id_reported(
            d.pop("databaseIdReported", None)
        )

        def _parse_experiment_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", None)
        )

        def _parse_expsample_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", None)
        )

        def _parse_intensity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        intensity = _parse_intensity(d.pop("intensity", None))

        def _parse_mass_spectrometry_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mass_spectrometry_type = _parse_mass_spectrometry_type(
            d.pop("massSpectrometryType", None)
        )

        def _parse_metabolite_name_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        metabolite_name_preferred = _parse_metabolite_name_preferred(
            d.pop("metaboliteNamePreferred", None)
        )

        def _parse_metabolite_name_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        metabolite_name_reported = _parse_metabolite_name_reported(
            d.pop("metaboliteNameReported", None)
        )

        def _parse_protein_name_preferred(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protein_name_preferred = _parse_protein_name_preferred(
            d.pop("proteinNamePreferred", None)
        )

        def _parse_protein_name_reported(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protein_name_reported = _parse_protein_name_reported(
            d.pop("proteinNameReported", None)
        )

        def _parse_repository_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository_accession = _parse_repository_accession(
            d.pop("repositoryAccession", None)
        )

        def _parse_repository_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        repository_name = _parse_repository_name(d.pop("repositoryName", None))

        def _parse_retention_time(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        retention_time = _parse_retention_time(d.pop("retentionTime", None))

        def _parse_retention_time_unit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        retention_time_unit = _parse_retention_time_unit(
            d.pop("retentionTimeUnit", None)
        )

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

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

        def _parse_subject_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", None))

        def _parse_workspace_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", None))

        def _parse_zcharge(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        zcharge = _parse_zcharge(d.pop("zcharge", None))

        def _parse_mzratio(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mzratio = _parse_mzratio(d.pop("mzratio", None))

        mass_spectrometry_result = cls(
            result_id=result_id,
            arm_accession=arm_accession,
            biosample_accession=biosample_accession,
            comments=comments,
            database_id_preferred=database_id_preferred,
            database_id_reported=database_id_reported,
            experiment_accession=experiment_accession,
            expsample_accession=expsample_accession,
            intensity=intensity,
            mass_spectrometry_type=mass_spectrometry_type,
            metabolite_name_preferred=metabolite_name_preferred,
            metabolite_name_reported=metabolite_name_reported,
            protein_name_preferred=protein_name_preferred,
            protein_name_reported=protein_name_reported,
            repository_accession=repository_accession,
            repository_name=repository_name,
            retention_time=retention_time,
            retention_time_unit=retention_time_unit,
            study_accession=study_accession,
            study_time_collected=study_time_collected,
            study_time_collected_unit=study_time_collected_unit,
            subject_accession=subject_accession,
            workspace_id=workspace_id,
            zcharge=zcharge,
            mzratio=mzratio,
        )

        mass_spectrometry_result.additional_properties = d
        return mass_spectrometry_result

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

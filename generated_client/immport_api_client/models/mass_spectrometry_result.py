from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MassSpectrometryResult")


@_attrs_define
class MassSpectrometryResult:
    """
    Attributes:
        result_id (int | None | Unset):
        arm_accession (None | str | Unset):
        biosample_accession (None | str | Unset):
        comments (None | str | Unset):
        database_id_preferred (None | str | Unset):
        database_id_reported (None | str | Unset):
        experiment_accession (None | str | Unset):
        expsample_accession (None | str | Unset):
        intensity (float | None | Unset):
        mass_spectrometry_type (None | str | Unset):
        metabolite_name_preferred (None | str | Unset):
        metabolite_name_reported (None | str | Unset):
        protein_name_preferred (None | str | Unset):
        protein_name_reported (None | str | Unset):
        repository_accession (None | str | Unset):
        repository_name (None | str | Unset):
        retention_time (float | None | Unset):
        retention_time_unit (None | str | Unset):
        study_accession (None | str | Unset):
        study_time_collected (float | None | Unset):
        study_time_collected_unit (None | str | Unset):
        subject_accession (None | str | Unset):
        workspace_id (int | None | Unset):
        zcharge (None | str | Unset):
        mzratio (float | None | Unset):
    """

    result_id: int | None | Unset = UNSET
    arm_accession: None | str | Unset = UNSET
    biosample_accession: None | str | Unset = UNSET
    comments: None | str | Unset = UNSET
    database_id_preferred: None | str | Unset = UNSET
    database_id_reported: None | str | Unset = UNSET
    experiment_accession: None | str | Unset = UNSET
    expsample_accession: None | str | Unset = UNSET
    intensity: float | None | Unset = UNSET
    mass_spectrometry_type: None | str | Unset = UNSET
    metabolite_name_preferred: None | str | Unset = UNSET
    metabolite_name_reported: None | str | Unset = UNSET
    protein_name_preferred: None | str | Unset = UNSET
    protein_name_reported: None | str | Unset = UNSET
    repository_accession: None | str | Unset = UNSET
    repository_name: None | str | Unset = UNSET
    retention_time: float | None | Unset = UNSET
    retention_time_unit: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    study_time_collected: float | None | Unset = UNSET
    study_time_collected_unit: None | str | Unset = UNSET
    subject_accession: None | str | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    zcharge: None | str | Unset = UNSET
    mzratio: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_id: int | None | Unset
        if isinstance(self.result_id, Unset):
            result_id = UNSET
        else:
            result_id = self.result_id

        arm_accession: None | str | Unset
        if isinstance(self.arm_accession, Unset):
            arm_accession = UNSET
        else:
            arm_accession = self.arm_accession

        biosample_accession: None | str | Unset
        if isinstance(self.biosample_accession, Unset):
            biosample_accession = UNSET
        else:
            biosample_accession = self.biosample_accession

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        database_id_preferred: None | str | Unset
        if isinstance(self.database_id_preferred, Unset):
            database_id_preferred = UNSET
        else:
            database_id_preferred = self.database_id_preferred

        database_id_reported: None | str | Unset
        if isinstance(self.database_id_reported, Unset):
            database_id_reported = UNSET
        else:
            database_id_reported = self.database_id_reported

        experiment_accession: None | str | Unset
        if isinstance(self.experiment_accession, Unset):
            experiment_accession = UNSET
        else:
            experiment_accession = self.experiment_accession

        expsample_accession: None | str | Unset
        if isinstance(self.expsample_accession, Unset):
            expsample_accession = UNSET
        else:
            expsample_accession = self.expsample_accession

        intensity: float | None | Unset
        if isinstance(self.intensity, Unset):
            intensity = UNSET
        else:
            intensity = self.intensity

        mass_spectrometry_type: None | str | Unset
        if isinstance(self.mass_spectrometry_type, Unset):
            mass_spectrometry_type = UNSET
        else:
            mass_spectrometry_type = self.mass_spectrometry_type

        metabolite_name_preferred: None | str | Unset
        if isinstance(self.metabolite_name_preferred, Unset):
            metabolite_name_preferred = UNSET
        else:
            metabolite_name_preferred = self.metabolite_name_preferred

        metabolite_name_reported: None | str | Unset
        if isinstance(self.metabolite_name_reported, Unset):
            metabolite_name_reported = UNSET
        else:
            metabolite_name_reported = self.metabolite_name_reported

        protein_name_preferred: None | str | Unset
        if isinstance(self.protein_name_preferred, Unset):
            protein_name_preferred = UNSET
        else:
            protein_name_preferred = self.protein_name_preferred

        protein_name_reported: None | str | Unset
        if isinstance(self.protein_name_reported, Unset):
            protein_name_reported = UNSET
        else:
            protein_name_reported = self.protein_name_reported

        repository_accession: None | str | Unset
        if isinstance(self.repository_accession, Unset):
            repository_accession = UNSET
        else:
            repository_accession = self.repository_accession

        repository_name: None | str | Unset
        if isinstance(self.repository_name, Unset):
            repository_name = UNSET
        else:
            repository_name = self.repository_name

        retention_time: float | None | Unset
        if isinstance(self.retention_time, Unset):
            retention_time = UNSET
        else:
            retention_time = self.retention_time

        retention_time_unit: None | str | Unset
        if isinstance(self.retention_time_unit, Unset):
            retention_time_unit = UNSET
        else:
            retention_time_unit = self.retention_time_unit

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

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

        subject_accession: None | str | Unset
        if isinstance(self.subject_accession, Unset):
            subject_accession = UNSET
        else:
            subject_accession = self.subject_accession

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        zcharge: None | str | Unset
        if isinstance(self.zcharge, Unset):
            zcharge = UNSET
        else:
            zcharge = self.zcharge

        mzratio: float | None | Unset
        if isinstance(self.mzratio, Unset):
            mzratio = UNSET
        else:
            mzratio = self.mzratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_id is not UNSET:
            field_dict["resultId"] = result_id
        if arm_accession is not UNSET:
            field_dict["armAccession"] = arm_accession
        if biosample_accession is not UNSET:
            field_dict["biosampleAccession"] = biosample_accession
        if comments is not UNSET:
            field_dict["comments"] = comments
        if database_id_preferred is not UNSET:
            field_dict["databaseIdPreferred"] = database_id_preferred
        if database_id_reported is not UNSET:
            field_dict["databaseIdReported"] = database_id_reported
        if experiment_accession is not UNSET:
            field_dict["experimentAccession"] = experiment_accession
        if expsample_accession is not UNSET:
            field_dict["expsampleAccession"] = expsample_accession
        if intensity is not UNSET:
            field_dict["intensity"] = intensity
        if mass_spectrometry_type is not UNSET:
            field_dict["massSpectrometryType"] = mass_spectrometry_type
        if metabolite_name_preferred is not UNSET:
            field_dict["metaboliteNamePreferred"] = metabolite_name_preferred
        if metabolite_name_reported is not UNSET:
            field_dict["metaboliteNameReported"] = metabolite_name_reported
        if protein_name_preferred is not UNSET:
            field_dict["proteinNamePreferred"] = protein_name_preferred
        if protein_name_reported is not UNSET:
            field_dict["proteinNameReported"] = protein_name_reported
        if repository_accession is not UNSET:
            field_dict["repositoryAccession"] = repository_accession
        if repository_name is not UNSET:
            field_dict["repositoryName"] = repository_name
        if retention_time is not UNSET:
            field_dict["retentionTime"] = retention_time
        if retention_time_unit is not UNSET:
            field_dict["retentionTimeUnit"] = retention_time_unit
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if study_time_collected is not UNSET:
            field_dict["studyTimeCollected"] = study_time_collected
        if study_time_collected_unit is not UNSET:
            field_dict["studyTimeCollectedUnit"] = study_time_collected_unit
        if subject_accession is not UNSET:
            field_dict["subjectAccession"] = subject_accession
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if zcharge is not UNSET:
            field_dict["zcharge"] = zcharge
        if mzratio is not UNSET:
            field_dict["mzratio"] = mzratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_result_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        result_id = _parse_result_id(d.pop("resultId", UNSET))

        def _parse_arm_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        arm_accession = _parse_arm_accession(d.pop("armAccession", UNSET))

        def _parse_biosample_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        biosample_accession = _parse_biosample_accession(
            d.pop("biosampleAccession", UNSET)
        )

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        def _parse_database_id_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        database_id_preferred = _parse_database_id_preferred(
            d.pop("databaseIdPreferred", UNSET)
        )

        def _parse_database_id_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        database_id_reported = _parse_database_id_reported(
            d.pop("databaseIdReported", UNSET)
        )

        def _parse_experiment_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_accession = _parse_experiment_accession(
            d.pop("experimentAccession", UNSET)
        )

        def _parse_expsample_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expsample_accession = _parse_expsample_accession(
            d.pop("expsampleAccession", UNSET)
        )

        def _parse_intensity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        intensity = _parse_intensity(d.pop("intensity", UNSET))

        def _parse_mass_spectrometry_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mass_spectrometry_type = _parse_mass_spectrometry_type(
            d.pop("massSpectrometryType", UNSET)
        )

        def _parse_metabolite_name_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metabolite_name_preferred = _parse_metabolite_name_preferred(
            d.pop("metaboliteNamePreferred", UNSET)
        )

        def _parse_metabolite_name_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metabolite_name_reported = _parse_metabolite_name_reported(
            d.pop("metaboliteNameReported", UNSET)
        )

        def _parse_protein_name_preferred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protein_name_preferred = _parse_protein_name_preferred(
            d.pop("proteinNamePreferred", UNSET)
        )

        def _parse_protein_name_reported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protein_name_reported = _parse_protein_name_reported(
            d.pop("proteinNameReported", UNSET)
        )

        def _parse_repository_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_accession = _parse_repository_accession(
            d.pop("repositoryAccession", UNSET)
        )

        def _parse_repository_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository_name = _parse_repository_name(d.pop("repositoryName", UNSET))

        def _parse_retention_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        retention_time = _parse_retention_time(d.pop("retentionTime", UNSET))

        def _parse_retention_time_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retention_time_unit = _parse_retention_time_unit(
            d.pop("retentionTimeUnit", UNSET)
        )

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

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

        def _parse_subject_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_accession = _parse_subject_accession(d.pop("subjectAccession", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        def _parse_zcharge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zcharge = _parse_zcharge(d.pop("zcharge", UNSET))

        def _parse_mzratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mzratio = _parse_mzratio(d.pop("mzratio", UNSET))

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

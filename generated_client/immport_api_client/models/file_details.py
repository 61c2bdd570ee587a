from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileDetails")


@_attrs_define
class FileDetails:
    """
    Attributes:
        file_details_id (float | None | Unset):
        reported_md5 (None | str | Unset):
        generated_md5 (None | str | Unset):
        study_accession (None | str | Unset):
        filesize_bytes (int | None | Unset):
        file_type (None | str | Unset):
        file_accession (None | str | Unset):
        file_name (None | str | Unset):
        path (None | str | Unset):
        date_file_updated (datetime.datetime | None | Unset):
        file_uuid (None | str | Unset):
        drs_object_created (None | str | Unset):
        workspace_id (int | None | Unset):
        aigenerated_keywords (None | str | Unset):
        aigenerated_summary (None | str | Unset):
    """

    file_details_id: float | None | Unset = UNSET
    reported_md5: None | str | Unset = UNSET
    generated_md5: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    filesize_bytes: int | None | Unset = UNSET
    file_type: None | str | Unset = UNSET
    file_accession: None | str | Unset = UNSET
    file_name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    date_file_updated: datetime.datetime | None | Unset = UNSET
    file_uuid: None | str | Unset = UNSET
    drs_object_created: None | str | Unset = UNSET
    workspace_id: int | None | Unset = UNSET
    aigenerated_keywords: None | str | Unset = UNSET
    aigenerated_summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_details_id: float | None | Unset
        if isinstance(self.file_details_id, Unset):
            file_details_id = UNSET
        else:
            file_details_id = self.file_details_id

        reported_md5: None | str | Unset
        if isinstance(self.reported_md5, Unset):
            reported_md5 = UNSET
        else:
            reported_md5 = self.reported_md5

        generated_md5: None | str | Unset
        if isinstance(self.generated_md5, Unset):
            generated_md5 = UNSET
        else:
            generated_md5 = self.generated_md5

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        filesize_bytes: int | None | Unset
        if isinstance(self.filesize_bytes, Unset):
            filesize_bytes = UNSET
        else:
            filesize_bytes = self.filesize_bytes

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        file_accession: None | str | Unset
        if isinstance(self.file_accession, Unset):
            file_accession = UNSET
        else:
            file_accession = self.file_accession

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        date_file_updated: None | str | Unset
        if isinstance(self.date_file_updated, Unset):
            date_file_updated = UNSET
        elif isinstance(self.date_file_updated, datetime.datetime):
            date_file_updated = self.date_file_updated.isoformat()
        else:
            date_file_updated = self.date_file_updated

        file_uuid: None | str | Unset
        if isinstance(self.file_uuid, Unset):
            file_uuid = UNSET
        else:
            file_uuid = self.file_uuid

        drs_object_created: None | str | Unset
        if isinstance(self.drs_object_created, Unset):
            drs_object_created = UNSET
        else:
            drs_object_created = self.drs_object_created

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        aigenerated_keywords: None | str | Unset
        if isinstance(self.aigenerated_keywords, Unset):
            aigenerated_keywords = UNSET
        else:
            aigenerated_keywords = self.aigenerated_keywords

        aigenerated_summary: None | str | Unset
        if isinstance(self.aigenerated_summary, Unset):
            aigenerated_summary = UNSET
        else:
            aigenerated_summary = self.aigenerated_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_details_id is not UNSET:
            field_dict["fileDetailsId"] = file_details_id
        if reported_md5 is not UNSET:
            field_dict["reportedMD5"] = reported_md5
        if generated_md5 is not UNSET:
            field_dict["generatedMD5"] = generated_md5
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if filesize_bytes is not UNSET:
            field_dict["filesizeBytes"] = filesize_bytes
        if file_type is not UNSET:
            field_dict["fileType"] = file_type
        if file_accession is not UNSET:
            field_dict["fileAccession"] = file_accession
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if path is not UNSET:
            field_dict["path"] = path
        if date_file_updated is not UNSET:
            field_dict["dateFileUpdated"] = date_file_updated
        if file_uuid is not UNSET:
            field_dict["fileUUID"] = file_uuid
        if drs_object_created is not UNSET:
            field_dict["drsObjectCreated"] = drs_object_created
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if aigenerated_keywords is not UNSET:
            field_dict["aigeneratedKeywords"] = aigenerated_keywords
        if aigenerated_summary is not UNSET:
            field_dict["aigeneratedSummary"] = aigenerated_summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_details_id(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        file_details_id = _parse_file_details_id(d.pop("fileDetailsId", UNSET))

        def _parse_reported_md5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reported_md5 = _parse_reported_md5(d.pop("reportedMD5", UNSET))

        def _parse_generated_md5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generated_md5 = _parse_generated_md5(d.pop("generatedMD5", UNSET))

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_filesize_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        filesize_bytes = _parse_filesize_bytes(d.pop("filesizeBytes", UNSET))

        def _parse_file_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type = _parse_file_type(d.pop("fileType", UNSET))

        def _parse_file_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_accession = _parse_file_accession(d.pop("fileAccession", UNSET))

        def _parse_file_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_name = _parse_file_name(d.pop("fileName", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_date_file_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_file_updated_type_0 = datetime.datetime.fromisoformat(data)

                return date_file_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_file_updated = _parse_date_file_updated(d.pop("dateFileUpdated", UNSET))

        def _parse_file_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_uuid = _parse_file_uuid(d.pop("fileUUID", UNSET))

        def _parse_drs_object_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        drs_object_created = _parse_drs_object_created(d.pop("drsObjectCreated", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", UNSET))

        def _parse_aigenerated_keywords(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aigenerated_keywords = _parse_aigenerated_keywords(
            d.pop("aigeneratedKeywords", UNSET)
        )

        def _parse_aigenerated_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aigenerated_summary = _parse_aigenerated_summary(
            d.pop("aigeneratedSummary", UNSET)
        )

        file_details = cls(
            file_details_id=file_details_id,
            reported_md5=reported_md5,
            generated_md5=generated_md5,
            study_accession=study_accession,
            filesize_bytes=filesize_bytes,
            file_type=file_type,
            file_accession=file_accession,
            file_name=file_name,
            path=path,
            date_file_updated=date_file_updated,
            file_uuid=file_uuid,
            drs_object_created=drs_object_created,
            workspace_id=workspace_id,
            aigenerated_keywords=aigenerated_keywords,
            aigenerated_summary=aigenerated_summary,
        )

        file_details.additional_properties = d
        return file_details

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

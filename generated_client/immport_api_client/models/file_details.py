from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileDetails")


@_attrs_define
class FileDetails:
    """
    Attributes:
        file_details_id (float | None):
        reported_md5 (None | str):
        generated_md5 (None | str):
        study_accession (None | str):
        filesize_bytes (int | None):
        file_type (None | str):
        file_accession (None | str):
        file_name (None | str):
        path (None | str):
        date_file_updated (datetime.datetime | None):
        file_uuid (None | str):
        drs_object_created (None | str):
        workspace_id (int | None):
        aigenerated_keywords (None | str):
        aigenerated_summary (None | str):
    """

    file_details_id: float | None = None
    reported_md5: None | str = None
    generated_md5: None | str = None
    study_accession: None | str = None
    filesize_bytes: int | None = None
    file_type: None | str = None
    file_accession: None | str = None
    file_name: None | str = None
    path: None | str = None
    date_file_updated: datetime.datetime | None = None
    file_uuid: None | str = None
    drs_object_created: None | str = None
    workspace_id: int | None = None
    aigenerated_keywords: None | str = None
    aigenerated_summary: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_details_id: float | None
        file_details_id = self.file_details_id

        reported_md5: None | str
        reported_md5 = self.reported_md5

        generated_md5: None | str
        generated_md5 = self.generated_md5

        study_accession: None | str
        study_accession = self.study_accession

        filesize_bytes: int | None
        filesize_bytes = self.filesize_bytes

        file_type: None | str
        file_type = self.file_type

        file_accession: None | str
        file_accession = self.file_accession

        file_name: None | str
        file_name = self.file_name

        path: None | str
        path = self.path

        date_file_updated: None | str
        if isinstance(self.date_file_updated, datetime.datetime):
            date_file_updated = self.date_file_updated.isoformat()
        else:
            date_file_updated = self.date_file_updated

        file_uuid: None | str
        file_uuid = self.file_uuid

        drs_object_created: None | str
        drs_object_created = self.drs_object_created

        workspace_id: int | None
        workspace_id = self.workspace_id

        aigenerated_keywords: None | str
        aigenerated_keywords = self.aigenerated_keywords

        aigenerated_summary: None | str
        aigenerated_summary = self.aigenerated_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fileDetailsId": file_details_id,
                "reportedMD5": reported_md5,
                "generatedMD5": generated_md5,
                "studyAccession": study_accession,
                "filesizeBytes": filesize_bytes,
                "fileType": file_type,
                "fileAccession": file_accession,
                "fileName": file_name,
                "path": path,
                "dateFileUpdated": date_file_updated,
                "fileUUID": file_uuid,
                "drsObjectCreated": drs_object_created,
                "workspaceId": workspace_id,
                "aigeneratedKeywords": aigenerated_keywords,
                "aigeneratedSummary": aigenerated_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_file_details_id(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        file_details_id = _parse_file_details_id(d.pop("fileDetailsId", None))

        def _parse_reported_md5(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reported_md5 = _parse_reported_md5(d.pop("reportedMD5", None))

        def _parse_generated_md5(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        generated_md5 = _parse_generated_md5(d.pop("generatedMD5", None))

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_filesize_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        filesize_bytes = _parse_filesize_bytes(d.pop("filesizeBytes", None))

        def _parse_file_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_type = _parse_file_type(d.pop("fileType", None))

        def _parse_file_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_accession = _parse_file_accession(d.pop("fileAccession", None))

        def _parse_file_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_name = _parse_file_name(d.pop("fileName", None))

        def _parse_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        path = _parse_path(d.pop("path", None))

        def _parse_date_file_updated(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_file_updated_type_0 = datetime.datetime.fromisoformat(data)

                return date_file_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_file_updated = _parse_date_file_updated(d.pop("dateFileUpdated", None))

        def _parse_file_uuid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        file_uuid = _parse_file_uuid(d.pop("fileUUID", None))

        def _parse_drs_object_created(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        drs_object_created = _parse_drs_object_created(d.pop("drsObjectCreated", None))

        def _parse_workspace_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        workspace_id = _parse_workspace_id(d.pop("workspaceId", None))

        def _parse_aigenerated_keywords(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aigenerated_keywords = _parse_aigenerated_keywords(
            d.pop("aigeneratedKeywords", None)
        )

        def _parse_aigenerated_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aigenerated_summary = _parse_aigenerated_summary(
            d.pop("aigeneratedSummary", None)
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyPersonnelApi")


@_attrs_define
class StudyPersonnelApi:
    """
    Attributes:
        person_accession (None | str):
        study_accession (None | str):
        role_in_study (None | str):
        site_name (None | str):
        email (None | str):
        first_name (None | str):
        honorific (None | str):
        last_name (None | str):
        organization (None | str):
        suffixes (None | str):
        title_in_study (None | str):
    """

    person_accession: None | str = None
    study_accession: None | str = None
    role_in_study: None | str = None
    site_name: None | str = None
    email: None | str = None
    first_name: None | str = None
    honorific: None | str = None
    last_name: None | str = None
    organization: None | str = None
    suffixes: None | str = None
    title_in_study: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_accession: None | str
        person_accession = self.person_accession

        study_accession: None | str
        study_accession = self.study_accession

        role_in_study: None | str
        role_in_study = self.role_in_study

        site_name: None | str
        site_name = self.site_name

        email: None | str
        email = self.email

        first_name: None | str
        first_name = self.first_name

        honorific: None | str
        honorific = self.honorific

        last_name: None | str
        last_name = self.last_name

        organization: None | str
        organization = self.organization

        suffixes: None | str
        suffixes = self.suffixes

        title_in_study: None | str
        title_in_study = self.title_in_study

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "personAccession": person_accession,
                "studyAccession": study_accession,
                "roleInStudy": role_in_study,
                "siteName": site_name,
                "email": email,
                "firstName": first_name,
                "honorific": honorific,
                "lastName": last_name,
                "organization": organization,
                "suffixes": suffixes,
                "titleInStudy": title_in_study,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_person_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        person_accession = _parse_person_accession(d.pop("personAccession", None))

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_role_in_study(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role_in_study = _parse_role_in_study(d.pop("roleInStudy", None))

        def _parse_site_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        site_name = _parse_site_name(d.pop("siteName", None))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email", None))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(d.pop("firstName", None))

        def _parse_honorific(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        honorific = _parse_honorific(d.pop("honorific", None))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(d.pop("lastName", None))

        def _parse_organization(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        organization = _parse_organization(d.pop("organization", None))

        def _parse_suffixes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        suffixes = _parse_suffixes(d.pop("suffixes", None))

        def _parse_title_in_study(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title_in_study = _parse_title_in_study(d.pop("titleInStudy", None))

        study_personnel_api = cls(
            person_accession=person_accession,
            study_accession=study_accession,
            role_in_study=role_in_study,
            site_name=site_name,
            email=email,
            first_name=first_name,
            honorific=honorific,
            last_name=last_name,
            organization=organization,
            suffixes=suffixes,
            title_in_study=title_in_study,
        )

        study_personnel_api.additional_properties = d
        return study_personnel_api

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

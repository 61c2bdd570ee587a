from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyPersonnelApi")


@_attrs_define
class StudyPersonnelApi:
    """
    Attributes:
        person_accession (None | str | Unset):
        study_accession (None | str | Unset):
        role_in_study (None | str | Unset):
        site_name (None | str | Unset):
        email (None | str | Unset):
        first_name (None | str | Unset):
        honorific (None | str | Unset):
        last_name (None | str | Unset):
        organization (None | str | Unset):
        suffixes (None | str | Unset):
        title_in_study (None | str | Unset):
    """

    person_accession: None | str | Unset = UNSET
    study_accession: None | str | Unset = UNSET
    role_in_study: None | str | Unset = UNSET
    site_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    honorific: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    suffixes: None | str | Unset = UNSET
    title_in_study: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person_accession: None | str | Unset
        if isinstance(self.person_accession, Unset):
            person_accession = UNSET
        else:
            person_accession = self.person_accession

        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        role_in_study: None | str | Unset
        if isinstance(self.role_in_study, Unset):
            role_in_study = UNSET
        else:
            role_in_study = self.role_in_study

        site_name: None | str | Unset
        if isinstance(self.site_name, Unset):
            site_name = UNSET
        else:
            site_name = self.site_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        honorific: None | str | Unset
        if isinstance(self.honorific, Unset):
            honorific = UNSET
        else:
            honorific = self.honorific

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        suffixes: None | str | Unset
        if isinstance(self.suffixes, Unset):
            suffixes = UNSET
        else:
            suffixes = self.suffixes

        title_in_study: None | str | Unset
        if isinstance(self.title_in_study, Unset):
            title_in_study = UNSET
        else:
            title_in_study = self.title_in_study

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person_accession is not UNSET:
            field_dict["personAccession"] = person_accession
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if role_in_study is not UNSET:
            field_dict["roleInStudy"] = role_in_study
        if site_name is not UNSET:
            field_dict["siteName"] = site_name
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if honorific is not UNSET:
            field_dict["honorific"] = honorific
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if suffixes is not UNSET:
            field_dict["suffixes"] = suffixes
        if title_in_study is not UNSET:
            field_dict["titleInStudy"] = title_in_study

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_person_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_accession = _parse_person_accession(d.pop("personAccession", UNSET))

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_role_in_study(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_in_study = _parse_role_in_study(d.pop("roleInStudy", UNSET))

        def _parse_site_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        site_name = _parse_site_name(d.pop("siteName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_honorific(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        honorific = _parse_honorific(d.pop("honorific", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_suffixes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suffixes = _parse_suffixes(d.pop("suffixes", UNSET))

        def _parse_title_in_study(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title_in_study = _parse_title_in_study(d.pop("titleInStudy", UNSET))

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

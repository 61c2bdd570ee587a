from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StudyContractProgramApi")


@_attrs_define
class StudyContractProgramApi:
    """
    Attributes:
        study_accession (None | str | Unset):
        contract_grant_id (int | None | Unset):
        contract_grant_category (None | str | Unset):
        contract_grant_description (None | str | Unset):
        contract_grant_end_date (None | str | Unset):
        external_id (None | str | Unset):
        contract_grant_link (None | str | Unset):
        contract_grant_name (None | str | Unset):
        contract_grant_start_date (None | str | Unset):
        program_id (int | None | Unset):
        program_category (None | str | Unset):
        program_description (None | str | Unset):
        program_end_date (None | str | Unset):
        program_link (None | str | Unset):
        program_name (None | str | Unset):
        program_short_name (None | str | Unset):
        program_start_date (None | str | Unset):
    """

    study_accession: None | str | Unset = UNSET
    contract_grant_id: int | None | Unset = UNSET
    contract_grant_category: None | str | Unset = UNSET
    contract_grant_description: None | str | Unset = UNSET
    contract_grant_end_date: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    contract_grant_link: None | str | Unset = UNSET
    contract_grant_name: None | str | Unset = UNSET
    contract_grant_start_date: None | str | Unset = UNSET
    program_id: int | None | Unset = UNSET
    program_category: None | str | Unset = UNSET
    program_description: None | str | Unset = UNSET
    program_end_date: None | str | Unset = UNSET
    program_link: None | str | Unset = UNSET
    program_name: None | str | Unset = UNSET
    program_short_name: None | str | Unset = UNSET
    program_start_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str | Unset
        if isinstance(self.study_accession, Unset):
            study_accession = UNSET
        else:
            study_accession = self.study_accession

        contract_grant_id: int | None | Unset
        if isinstance(self.contract_grant_id, Unset):
            contract_grant_id = UNSET
        else:
            contract_grant_id = self.contract_grant_id

        contract_grant_category: None | str | Unset
        if isinstance(self.contract_grant_category, Unset):
            contract_grant_category = UNSET
        else:
            contract_grant_category = self.contract_grant_category

        contract_grant_description: None | str | Unset
        if isinstance(self.contract_grant_description, Unset):
            contract_grant_description = UNSET
        else:
            contract_grant_description = self.contract_grant_description

        contract_grant_end_date: None | str | Unset
        if isinstance(self.contract_grant_end_date, Unset):
            contract_grant_end_date = UNSET
        else:
            contract_grant_end_date = self.contract_grant_end_date

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        contract_grant_link: None | str | Unset
        if isinstance(self.contract_grant_link, Unset):
            contract_grant_link = UNSET
        else:
            contract_grant_link = self.contract_grant_link

        contract_grant_name: None | str | Unset
        if isinstance(self.contract_grant_name, Unset):
            contract_grant_name = UNSET
        else:
            contract_grant_name = self.contract_grant_name

        contract_grant_start_date: None | str | Unset
        if isinstance(self.contract_grant_start_date, Unset):
            contract_grant_start_date = UNSET
        else:
            contract_grant_start_date = self.contract_grant_start_date

        program_id: int | None | Unset
        if isinstance(self.program_id, Unset):
            program_id = UNSET
        else:
            program_id = self.program_id

        program_category: None | str | Unset
        if isinstance(self.program_category, Unset):
            program_category = UNSET
        else:
            program_category = self.program_category

        program_description: None | str | Unset
        if isinstance(self.program_description, Unset):
            program_description = UNSET
        else:
            program_description = self.program_description

        program_end_date: None | str | Unset
        if isinstance(self.program_end_date, Unset):
            program_end_date = UNSET
        else:
            program_end_date = self.program_end_date

        program_link: None | str | Unset
        if isinstance(self.program_link, Unset):
            program_link = UNSET
        else:
            program_link = self.program_link

        program_name: None | str | Unset
        if isinstance(self.program_name, Unset):
            program_name = UNSET
        else:
            program_name = self.program_name

        program_short_name: None | str | Unset
        if isinstance(self.program_short_name, Unset):
            program_short_name = UNSET
        else:
            program_short_name = self.program_short_name

        program_start_date: None | str | Unset
        if isinstance(self.program_start_date, Unset):
            program_start_date = UNSET
        else:
            program_start_date = self.program_start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if study_accession is not UNSET:
            field_dict["studyAccession"] = study_accession
        if contract_grant_id is not UNSET:
            field_dict["contractGrantId"] = contract_grant_id
        if contract_grant_category is not UNSET:
            field_dict["contractGrantCategory"] = contract_grant_category
        if contract_grant_description is not UNSET:
            field_dict["contractGrantDescription"] = contract_grant_description
        if contract_grant_end_date is not UNSET:
            field_dict["contractGrantEndDate"] = contract_grant_end_date
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if contract_grant_link is not UNSET:
            field_dict["contractGrantLink"] = contract_grant_link
        if contract_grant_name is not UNSET:
            field_dict["contractGrantName"] = contract_grant_name
        if contract_grant_start_date is not UNSET:
            field_dict["contractGrantStartDate"] = contract_grant_start_date
        if program_id is not UNSET:
            field_dict["programId"] = program_id
        if program_category is not UNSET:
            field_dict["programCategory"] = program_category
        if program_description is not UNSET:
            field_dict["programDescription"] = program_description
        if program_end_date is not UNSET:
            field_dict["programEndDate"] = program_end_date
        if program_link is not UNSET:
            field_dict["programLink"] = program_link
        if program_name is not UNSET:
            field_dict["programName"] = program_name
        if program_short_name is not UNSET:
            field_dict["programShortName"] = program_short_name
        if program_start_date is not UNSET:
            field_dict["programStartDate"] = program_start_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", UNSET))

        def _parse_contract_grant_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contract_grant_id = _parse_contract_grant_id(d.pop("contractGrantId", UNSET))

        def _parse_contract_grant_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant_category = _parse_contract_grant_category(
            d.pop("contractGrantCategory", UNSET)
        )

        def _parse_contract_grant_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant_description = _parse_contract_grant_description(
            d.pop("contractGrantDescription", UNSET)
        )

        def _parse_contract_grant_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant_end_date = _parse_contract_grant_end_date(
            d.pop("contractGrantEndDate", UNSET)
        )

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        def _parse_contract_grant_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant_link = _parse_contract_grant_link(
            d.pop("contractGrantLink", UNSET)
        )

        def _parse_contract_grant_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant_name = _parse_contract_grant_name(
            d.pop("contractGrantName", UNSET)
        )

        def _parse_contract_grant_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_grant_start_date = _parse_contract_grant_start_date(
            d.pop("contractGrantStartDate", UNSET)
        )

        def _parse_program_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        program_id = _parse_program_id(d.pop("programId", UNSET))

        def _parse_program_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_category = _parse_program_category(d.pop("programCategory", UNSET))

        def _parse_program_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_description = _parse_program_description(
            d.pop("programDescription", UNSET)
        )

        def _parse_program_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_end_date = _parse_program_end_date(d.pop("programEndDate", UNSET))

        def _parse_program_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_link = _parse_program_link(d.pop("programLink", UNSET))

        def _parse_program_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_name = _parse_program_name(d.pop("programName", UNSET))

        def _parse_program_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_short_name = _parse_program_short_name(d.pop("programShortName", UNSET))

        def _parse_program_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_start_date = _parse_program_start_date(d.pop("programStartDate", UNSET))

        study_contract_program_api = cls(
            study_accession=study_accession,
            contract_grant_id=contract_grant_id,
            contract_grant_category=contract_grant_category,
            contract_grant_description=contract_grant_description,
            contract_grant_end_date=contract_grant_end_date,
            external_id=external_id,
            contract_grant_link=contract_grant_link,
            contract_grant_name=contract_grant_name,
            contract_grant_start_date=contract_grant_start_date,
            program_id=program_id,
            program_category=program_category,
            program_description=program_description,
            program_end_date=program_end_date,
            program_link=program_link,
            program_name=program_name,
            program_short_name=program_short_name,
            program_start_date=program_start_date,
        )

        study_contract_program_api.additional_properties = d
        return study_contract_program_api

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StudyContractProgramApi")


@_attrs_define
class StudyContractProgramApi:
    """
    Attributes:
        study_accession (None | str):
        contract_grant_id (int | None):
        contract_grant_category (None | str):
        contract_grant_description (None | str):
        contract_grant_end_date (None | str):
        external_id (None | str):
        contract_grant_link (None | str):
        contract_grant_name (None | str):
        contract_grant_start_date (None | str):
        program_id (int | None):
        program_category (None | str):
        program_description (None | str):
        program_end_date (None | str):
        program_link (None | str):
        program_name (None | str):
        program_short_name (None | str):
        program_start_date (None | str):
    """

    study_accession: None | str = None
    contract_grant_id: int | None = None
    contract_grant_category: None | str = None
    contract_grant_description: None | str = None
    contract_grant_end_date: None | str = None
    external_id: None | str = None
    contract_grant_link: None | str = None
    contract_grant_name: None | str = None
    contract_grant_start_date: None | str = None
    program_id: int | None = None
    program_category: None | str = None
    program_description: None | str = None
    program_end_date: None | str = None
    program_link: None | str = None
    program_name: None | str = None
    program_short_name: None | str = None
    program_start_date: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        study_accession: None | str
        study_accession = self.study_accession

        contract_grant_id: int | None
        contract_grant_id = self.contract_grant_id

        contract_grant_category: None | str
        contract_grant_category = self.contract_grant_category

        contract_grant_description: None | str
        contract_grant_description = self.contract_grant_description

        contract_grant_end_date: None | str
        contract_grant_end_date = self.contract_grant_end_date

        external_id: None | str
        external_id = self.external_id

        contract_grant_link: None | str
        contract_grant_link = self.contract_grant_link

        contract_grant_name: None | str
        contract_grant_name = self.contract_grant_name

        contract_grant_start_date: None | str
        contract_grant_start_date = self.contract_grant_start_date

        program_id: int | None
        program_id = self.program_id

        program_category: None | str
        program_category = self.program_category

        program_description: None | str
        program_description = self.program_description

        program_end_date: None | str
        program_end_date = self.program_end_date

        program_link: None | str
        program_link = self.program_link

        program_name: None | str
        program_name = self.program_name

        program_short_name: None | str
        program_short_name = self.program_short_name

        program_start_date: None | str
        program_start_date = self.program_start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "studyAccession": study_accession,
                "contractGrantId": contract_grant_id,
                "contractGrantCategory": contract_grant_category,
                "contractGrantDescription": contract_grant_description,
                "contractGrantEndDate": contract_grant_end_date,
                "externalId": external_id,
                "contractGrantLink": contract_grant_link,
                "contractGrantName": contract_grant_name,
                "contractGrantStartDate": contract_grant_start_date,
                "programId": program_id,
                "programCategory": program_category,
                "programDescription": program_description,
                "programEndDate": program_end_date,
                "programLink": program_link,
                "programName": program_name,
                "programShortName": program_short_name,
                "programStartDate": program_start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_study_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        study_accession = _parse_study_accession(d.pop("studyAccession", None))

        def _parse_contract_grant_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        contract_grant_id = _parse_contract_grant_id(d.pop("contractGrantId", None))

        def _parse_contract_grant_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant_category = _parse_contract_grant_category(
            d.pop("contractGrantCategory", None)
        )

        def _parse_contract_grant_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant_description = _parse_contract_grant_description(
            d.pop("contractGrantDescription", None)
        )

        def _parse_contract_grant_end_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant_end_date = _parse_contract_grant_end_date(
            d.pop("contractGrantEndDate", None)
        )

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("externalId", None))

        def _parse_contract_grant_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant_link = _parse_contract_grant_link(
            d.pop("contractGrantLink", None)
        )

        def _parse_contract_grant_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant_name = _parse_contract_grant_name(
            d.pop("contractGrantName", None)
        )

        def _parse_contract_grant_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contract_grant_start_date = _parse_contract_grant_start_date(
            d.pop("contractGrantStartDate", None)
        )

        def _parse_program_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        program_id = _parse_program_id(d.pop("programId", None))

        def _parse_program_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_category = _parse_program_category(d.pop("programCategory", None))

        def _parse_program_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_description = _parse_program_description(
            d.pop("programDescription", None)
        )

        def _parse_program_end_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_end_date = _parse_program_end_date(d.pop("programEndDate", None))

        def _parse_program_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_link = _parse_program_link(d.pop("programLink", None))

        def _parse_program_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_name = _parse_program_name(d.pop("programName", None))

        def _parse_program_short_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_short_name = _parse_program_short_name(d.pop("programShortName", None))

        def _parse_program_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        program_start_date = _parse_program_start_date(d.pop("programStartDate", None))

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

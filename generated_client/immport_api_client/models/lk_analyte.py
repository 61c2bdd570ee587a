from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LkAnalyte")


@_attrs_define
class LkAnalyte:
    """
    Attributes:
        analyte_accession (None | str | Unset):
        gene_symbol (None | str | Unset):
        gene_aliases (None | str | Unset):
        gene_id (None | str | Unset):
        genetic_nomenclature_id (None | str | Unset):
        immunology_symbol (None | str | Unset):
        link (None | str | Unset):
        official_gene_name (None | str | Unset):
        protein_ontology_id (None | str | Unset):
        protein_ontology_name (None | str | Unset):
        protein_ontology_synonyms (None | str | Unset):
        taxonomy_id (None | str | Unset):
        uniprot_entry (None | str | Unset):
        uniprot_entry_name (None | str | Unset):
    """

    analyte_accession: None | str | Unset = UNSET
    gene_symbol: None | str | Unset = UNSET
    gene_aliases: None | str | Unset = UNSET
    gene_id: None | str | Unset = UNSET
    genetic_nomenclature_id: None | str | Unset = UNSET
    immunology_symbol: None | str | Unset = UNSET
    link: None | str | Unset = UNSET
    official_gene_name: None | str | Unset = UNSET
    protein_ontology_id: None | str | Unset = UNSET
    protein_ontology_name: None | str | Unset = UNSET
    protein_ontology_synonyms: None | str | Unset = UNSET
    taxonomy_id: None | str | Unset = UNSET
    uniprot_entry: None | str | Unset = UNSET
    uniprot_entry_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analyte_accession: None | str | Unset
        if isinstance(self.analyte_accession, Unset):
            analyte_accession = UNSET
        else:
            analyte_accession = self.analyte_accession

        gene_symbol: None | str | Unset
        if isinstance(self.gene_symbol, Unset):
            gene_symbol = UNSET
        else:
            gene_symbol = self.gene_symbol

        gene_aliases: None | str | Unset
        if isinstance(self.gene_aliases, Unset):
            gene_aliases = UNSET
        else:
            gene_aliases = self.gene_aliases

        gene_id: None | str | Unset
        if isinstance(self.gene_id, Unset):
            gene_id = UNSET
        else:
            gene_id = self.gene_id

        genetic_nomenclature_id: None | str | Unset
        if isinstance(self.genetic_nomenclature_id, Unset):
            genetic_nomenclature_id = UNSET
        else:
            genetic_nomenclature_id = self.genetic_nomenclature_id

        immunology_symbol: None | str | Unset
        if isinstance(self.immunology_symbol, Unset):
            immunology_symbol = UNSET
        else:
            immunology_symbol = self.immunology_symbol

        link: None | str | Unset
        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        official_gene_name: None | str | Unset
        if isinstance(self.official_gene_name, Unset):
            official_gene_name = UNSET
        else:
            official_gene_name = self.official_gene_name

        protein_ontology_id: None | str | Unset
        if isinstance(self.protein_ontology_id, Unset):
            protein_ontology_id = UNSET
        else:
            protein_ontology_id = self.protein_ontology_id

        protein_ontology_name: None | str | Unset
        if isinstance(self.protein_ontology_name, Unset):
            protein_ontology_name = UNSET
        else:
            protein_ontology_name = self.protein_ontology_name

        protein_ontology_synonyms: None | str | Unset
        if isinstance(self.protein_ontology_synonyms, Unset):
            protein_ontology_synonyms = UNSET
        else:
            protein_ontology_synonyms = self.protein_ontology_synonyms

        taxonomy_id: None | str | Unset
        if isinstance(self.taxonomy_id, Unset):
            taxonomy_id = UNSET
        else:
            taxonomy_id = self.taxonomy_id

        uniprot_entry: None | str | Unset
        if isinstance(self.uniprot_entry, Unset):
            uniprot_entry = UNSET
        else:
            uniprot_entry = self.uniprot_entry

        uniprot_entry_name: None | str | Unset
        if isinstance(self.uniprot_entry_name, Unset):
            uniprot_entry_name = UNSET
        else:
            uniprot_entry_name = self.uniprot_entry_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if analyte_accession is not UNSET:
            field_dict["analyteAccession"] = analyte_accession
        if gene_symbol is not UNSET:
            field_dict["geneSymbol"] = gene_symbol
        if gene_aliases is not UNSET:
            field_dict["geneAliases"] = gene_aliases
        if gene_id is not UNSET:
            field_dict["geneId"] = gene_id
        if genetic_nomenclature_id is not UNSET:
            field_dict["geneticNomenclatureId"] = genetic_nomenclature_id
        if immunology_symbol is not UNSET:
            field_dict["immunologySymbol"] = immunology_symbol
        if link is not UNSET:
            field_dict["link"] = link
        if official_gene_name is not UNSET:
            field_dict["officialGeneName"] = official_gene_name
        if protein_ontology_id is not UNSET:
            field_dict["proteinOntologyId"] = protein_ontology_id
        if protein_ontology_name is not UNSET:
            field_dict["proteinOntologyName"] = protein_ontology_name
        if protein_ontology_synonyms is not UNSET:
            field_dict["proteinOntologySynonyms"] = protein_ontology_synonyms
        if taxonomy_id is not UNSET:
            field_dict["taxonomyId"] = taxonomy_id
        if uniprot_entry is not UNSET:
            field_dict["uniprotEntry"] = uniprot_entry
        if uniprot_entry_name is not UNSET:
            field_dict["uniprotEntryName"] = uniprot_entry_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_analyte_accession(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analyte_accession = _parse_analyte_accession(d.pop("analyteAccession", UNSET))

        def _parse_gene_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gene_symbol = _parse_gene_symbol(d.pop("geneSymbol", UNSET))

        def _parse_gene_aliases(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gene_aliases = _parse_gene_aliases(d.pop("geneAliases", UNSET))

        def _parse_gene_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gene_id = _parse_gene_id(d.pop("geneId", UNSET))

        def _parse_genetic_nomenclature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        genetic_nomenclature_id = _parse_genetic_nomenclature_id(
            d.pop("geneticNomenclatureId", UNSET)
        )

        def _parse_immunology_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        immunology_symbol = _parse_immunology_symbol(d.pop("immunologySymbol", UNSET))

        def _parse_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        link = _parse_link(d.pop("link", UNSET))

        def _parse_official_gene_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        official_gene_name = _parse_official_gene_name(d.pop("officialGeneName", UNSET))

        def _parse_protein_ontology_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protein_ontology_id = _parse_protein_ontology_id(
            d.pop("proteinOntologyId", UNSET)
        )

        def _parse_protein_ontology_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protein_ontology_name = _parse_protein_ontology_name(
            d.pop("proteinOntologyName", UNSET)
        )

        def _parse_protein_ontology_synonyms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protein_ontology_synonyms = _parse_protein_ontology_synonyms(
            d.pop("proteinOntologySynonyms", UNSET)
        )

        def _parse_taxonomy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        taxonomy_id = _parse_taxonomy_id(d.pop("taxonomyId", UNSET))

        def _parse_uniprot_entry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uniprot_entry = _parse_uniprot_entry(d.pop("uniprotEntry", UNSET))

        def _parse_uniprot_entry_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uniprot_entry_name = _parse_uniprot_entry_name(d.pop("uniprotEntryName", UNSET))

        lk_analyte = cls(
            analyte_accession=analyte_accession,
            gene_symbol=gene_symbol,
            gene_aliases=gene_aliases,
            gene_id=gene_id,
            genetic_nomenclature_id=genetic_nomenclature_id,
            immunology_symbol=immunology_symbol,
            link=link,
            official_gene_name=official_gene_name,
            protein_ontology_id=protein_ontology_id,
            protein_ontology_name=protein_ontology_name,
            protein_ontology_synonyms=protein_ontology_synonyms,
            taxonomy_id=taxonomy_id,
            uniprot_entry=uniprot_entry,
            uniprot_entry_name=uniprot_entry_name,
        )

        lk_analyte.additional_properties = d
        return lk_analyte

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

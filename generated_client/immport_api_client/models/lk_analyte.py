from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LkAnalyte")


@_attrs_define
class LkAnalyte:
    """
    Attributes:
        analyte_accession (None | str):
        gene_symbol (None | str):
        gene_aliases (None | str):
        gene_id (None | str):
        genetic_nomenclature_id (None | str):
        immunology_symbol (None | str):
        link (None | str):
        official_gene_name (None | str):
        protein_ontology_id (None | str):
        protein_ontology_name (None | str):
        protein_ontology_synonyms (None | str):
        taxonomy_id (None | str):
        uniprot_entry (None | str):
        uniprot_entry_name (None | str):
    """

    analyte_accession: None | str = None
    gene_symbol: None | str = None
    gene_aliases: None | str = None
    gene_id: None | str = None
    genetic_nomenclature_id: None | str = None
    immunology_symbol: None | str = None
    link: None | str = None
    official_gene_name: None | str = None
    protein_ontology_id: None | str = None
    protein_ontology_name: None | str = None
    protein_ontology_synonyms: None | str = None
    taxonomy_id: None | str = None
    uniprot_entry: None | str = None
    uniprot_entry_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analyte_accession: None | str
        analyte_accession = self.analyte_accession

        gene_symbol: None | str
        gene_symbol = self.gene_symbol

        gene_aliases: None | str
        gene_aliases = self.gene_aliases

        gene_id: None | str
        gene_id = self.gene_id

        genetic_nomenclature_id: None | str
        genetic_nomenclature_id = self.genetic_nomenclature_id

        immunology_symbol: None | str
        immunology_symbol = self.immunology_symbol

        link: None | str
        link = self.link

        official_gene_name: None | str
        official_gene_name = self.official_gene_name

        protein_ontology_id: None | str
        protein_ontology_id = self.protein_ontology_id

        protein_ontology_name: None | str
        protein_ontology_name = self.protein_ontology_name

        protein_ontology_synonyms: None | str
        protein_ontology_synonyms = self.protein_ontology_synonyms

        taxonomy_id: None | str
        taxonomy_id = self.taxonomy_id

        uniprot_entry: None | str
        uniprot_entry = self.uniprot_entry

        uniprot_entry_name: None | str
        uniprot_entry_name = self.uniprot_entry_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analyteAccession": analyte_accession,
                "geneSymbol": gene_symbol,
                "geneAliases": gene_aliases,
                "geneId": gene_id,
                "geneticNomenclatureId": genetic_nomenclature_id,
                "immunologySymbol": immunology_symbol,
                "link": link,
                "officialGeneName": official_gene_name,
                "proteinOntologyId": protein_ontology_id,
                "proteinOntologyName": protein_ontology_name,
                "proteinOntologySynonyms": protein_ontology_synonyms,
                "taxonomyId": taxonomy_id,
                "uniprotEntry": uniprot_entry,
                "uniprotEntryName": uniprot_entry_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_analyte_accession(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        analyte_accession = _parse_analyte_accession(d.pop("analyteAccession", None))

        def _parse_gene_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gene_symbol = _parse_gene_symbol(d.pop("geneSymbol", None))

        def _parse_gene_aliases(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gene_aliases = _parse_gene_aliases(d.pop("geneAliases", None))

        def _parse_gene_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gene_id = _parse_gene_id(d.pop("geneId", None))

        def _parse_genetic_nomenclature_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        genetic_nomenclature_id = _parse_genetic_nomenclature_id(
            d.pop("geneticNomenclatureId", None)
        )

        def _parse_immunology_symbol(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        immunology_symbol = _parse_immunology_symbol(d.pop("immunologySymbol", None))

        def _parse_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        link = _parse_link(d.pop("link", None))

        def _parse_official_gene_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        official_gene_name = _parse_official_gene_name(d.pop("officialGeneName", None))

        def _parse_protein_ontology_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protein_ontology_id = _parse_protein_ontology_id(
            d.pop("proteinOntologyId", None)
        )

        def _parse_protein_ontology_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protein_ontology_name = _parse_protein_ontology_name(
            d.pop("proteinOntologyName", None)
        )

        def _parse_protein_ontology_synonyms(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        protein_ontology_synonyms = _parse_protein_ontology_synonyms(
            d.pop("proteinOntologySynonyms", None)
        )

        def _parse_taxonomy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        taxonomy_id = _parse_taxonomy_id(d.pop("taxonomyId", None))

        def _parse_uniprot_entry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uniprot_entry = _parse_uniprot_entry(d.pop("uniprotEntry", None))

        def _parse_uniprot_entry_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        uniprot_entry_name = _parse_uniprot_entry_name(d.pop("uniprotEntryName", None))

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

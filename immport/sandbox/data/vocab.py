"""Controlled vocabularies served by the lookup endpoints and used by every generated record."""

from __future__ import annotations

from typing import Final

__all__ = ["TERMS", "lookup_terms"]

# lookup path name (``lkSex`` -> "Sex") -> terms (name, description); records use the first terms.
TERMS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "Sex": (
        ("Female", "Female sex"),
        ("Male", "Male sex"),
        ("Not Specified", "Sex was not specified"),
        ("Unknown", "Sex is unknown"),
    ),
    "Race": (
        ("White", "A person having origins in any of the original peoples of Europe"),
        ("Asian", "A person having origins in any of the original peoples of Asia"),
        ("Black or African American", "A person having origins in any of the black racial groups of Africa"),
        (
            "American Indian or Alaska Native",
            "A person having origins in the original peoples of the Americas",
        ),
        ("Native Hawaiian or Other Pacific Islander", "A person having origins in the Pacific Islands"),
        ("Other", "Other race"),
        ("Unknown", "Race is unknown"),
        ("Not Specified", "Race was not specified"),
    ),
    "Ethnicity": (
        ("Not Hispanic or Latino", "Not of Hispanic or Latino origin"),
        ("Hispanic or Latino", "A person of Hispanic or Latino origin"),
        ("Unknown", "Ethnicity is unknown"),
        ("Not Specified", "Ethnicity was not specified"),
    ),
    "Species": (("Homo sapiens", "Human"), ("Mus musculus", "Mouse"), ("Macaca mulatta", "Rhesus monkey")),
    "SampleType": (
        ("Serum", "Serum sample"),
        ("PBMC", "Peripheral blood mononuclear cells"),
        ("Whole blood", "Whole blood sample"),
        ("Plasma", "Plasma sample"),
        ("Bronchoalveolar lavage", "BAL fluid"),
        ("Other", "Other sample type"),
    ),
    "ExpMeasurementTech": (
        ("ELISA", "Enzyme-linked immunosorbent assay"),
        ("Flow Cytometry", "Flow cytometry"),
        ("Hemagglutination Inhibition", "Hemagglutination inhibition assay"),
        ("ELISPOT", "Enzyme-linked immunospot assay"),
        ("Virus Neutralization", "Virus neutralization assay"),
        ("Q-PCR", "Quantitative polymerase chain reaction"),
        ("HLA Typing", "Human leukocyte antigen typing"),
        ("KIR Typing", "Killer-cell immunoglobulin-like receptor typing"),
        ("Luminex xMAP", "Multiplex bead array assay"),
        ("Mass Spectrometry", "Mass spectrometry"),
    ),
    "ResearchFocus": (
        ("Vaccine Response", "Response to vaccination"),
        ("Infection Response", "Response to infection"),
        ("Allergy", "Allergic disease"),
        ("Autoimmune", "Autoimmune disease"),
        ("Transplantation", "Transplantation"),
    ),
    "Disease": (
        ("Influenza", "Influenza virus infection"),
        ("Varicella Zoster", "Varicella zoster virus infection"),
        ("Asthma", "Asthma"),
        ("COVID-19", "Coronavirus disease 2019"),
        ("Healthy", "No disease"),
    ),
    "TimeUnit": (
        ("Days", "Days"),
        ("Hours", "Hours"),
        ("Weeks", "Weeks"),
        ("Months", "Months"),
        ("Years", "Years"),
        ("Not Specified", "Not specified"),
    ),
    "AgeEvent": (
        ("Age at enrollment", "Age of the subject when enrolled"),
        ("Age at initial vaccine administration", "Age at first vaccination"),
        ("Not Specified", "Not specified"),
    ),
    "T0Event": (
        ("Time of enrollment", "Enrollment"),
        ("Time of initial vaccine administration", "First vaccination"),
        ("Time of infection", "Infection challenge"),
        ("Not Specified", "Not specified"),
        ("Other", "Other event"),
    ),
    "VirusStrain": (
        ("A/California/7/2009", "Influenza A H1N1 pandemic strain"),
        ("A/Perth/16/2009", "Influenza A H3N2"),
        ("B/Brisbane/60/2008", "Influenza B Victoria lineage"),
        ("SARS-CoV-2 WA1/2020", "SARS-CoV-2 ancestral strain"),
    ),
    "LocusName": (
        ("HLA-A", "HLA class I A"),
        ("HLA-B", "HLA class I B"),
        ("HLA-DRB1", "HLA class II DRB1"),
        ("KIR2DL1", "KIR 2DL1"),
        ("KIR3DL1", "KIR 3DL1"),
    ),
    "CellPopulation": (
        ("CD4+ T cells", "Helper T cells"),
        ("CD8+ T cells", "Cytotoxic T cells"),
        ("B cells", "B lymphocytes"),
        ("NK cells", "Natural killer cells"),
    ),
    "AncestralPopulation": (("European", "European ancestry"), ("East Asian", "East Asian ancestry")),
    "StudyFileType": (("Study Summary Description", "Study summary"), ("Study Data", "Study data")),
    "ProtocolType": (("Study Protocol", "Overall study protocol"), ("Assay Protocol", "Assay protocol")),
    "PersonnelRole": (("Principal Investigator", "PI"), ("Co-Investigator", "Co-investigator")),
    "UnitOfMeasure": (
        ("ug/mL", "micrograms per millilitre"),
        ("pg/mL", "picograms per millilitre"),
        ("Titer", "Titer"),
        ("Percent", "Percent"),
    ),
    "CompoundRole": (("Intervention", "Study intervention"), ("Concomitant Medication", "Concomitant")),
    "ExposureProcess": (("vaccination", "Vaccination"), ("infection", "Infection")),
    "ExposureMaterial": (("Influenza vaccine", "Seasonal influenza vaccine"), ("Varicella vaccine", "VZV")),
    "AdverseEventSeverity": (("Mild", "Grade 1"), ("Moderate", "Grade 2"), ("Severe", "Grade 3")),
    "CriterionCategory": (("Inclusion", "Inclusion criterion"), ("Exclusion", "Exclusion criterion")),
    "SourceType": (("EXPSAMPLE", "Experiment sample"), ("BIOSAMPLE", "Biosample")),
}


def lookup_terms(table: str) -> tuple[tuple[str, str], ...]:
    """Terms of lookup ``table`` (e.g. "Sex"); tables without curated terms get three generic ones."""
    terms = TERMS.get(table)
    if terms is not None:
        return terms
    return tuple((f"{table} term {k}", f"Sandbox {table} vocabulary term {k}") for k in (1, 2, 3))

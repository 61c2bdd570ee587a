"""ImmPort's documented example answers, transcribed by hand: oracles that no code of ours produced."""

from __future__ import annotations

from typing import Any

# /ui/study/summary/SDY1680 (facts §3.1), as ImmPort documents it
SDY1680_SUMMARY: dict[str, Any] = {
    "studyAccession": "SDY1680",
    "doi": "10.21430/M3OCS4VQWY",
    "title": "Comorbid illnesses are associated with altered adaptive immune responses to SARS-CoV-2",
    "pi": "Chetan Seshadri - University of Washington",
    "conditionStudied": "COVID-19",
    "briefDescription": "FCS and workspace files from ICS and Surface Marker Staining Experiments",
    "startDate": "2020-03-01",
    "detailedDescription": "Intracellular Cytokine Staining data ...",
    "objectives": "Characterize T cell responses",
    "endpoints": "Flow Cytometry data characterizing immune subpopulations",
    "genderIncluded": "Female, Male, Not Specified",
    "subjectsNumber": 68,
    "downloadPackages": None,
    "contractGrant": "Qualification Of Assays To Measure Human T-Cell Responses",
    "program": "NIH Program",
    "dataCompleteness": "0 - Descriptive data and results as originally received.",
    "hypothesis": "Hospitalized and Non-hospitalized convalescent exhibit unique T cell responses",
    "studyLinks": [
        {"studyLinkId": 1345, "name": "Github", "type": None, "value": "https://github.com/seshadrilab"}
    ],
    "studyPubmeds": [
        {
            "id": {"studyAccession": "SDY1680", "pubmedId": "33621211"},
            "authors": "Yu KK, Fischinger S",
            "doi": "10.1172/jci.insight.146242",
            "issue": None,
            "journal": "JCI insight",
            "month": "Feb",
            "pages": None,
            "title": "Comorbid illnesses are associated with altered adaptive immune responses.",
            "year": "2021",
        },
        {"id": {"studyAccession": "SDY1680", "pubmedId": "TBD"}, "authors": None, "year": None},
    ],
    "studyGlossarys": [],
}

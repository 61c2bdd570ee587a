"""Rows for every Shared Data operation, generated lazily from the catalog and shaped by the spec's schemas.

Each source yields "context" dicts (camelCase keys as in the schemas); :func:`project` turns one into a record
with exactly the schema's properties, in schema order. Properties a context does not know get a deterministic
placeholder ("Causality 3"), or null for the fields ImmPort usually leaves empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any, Final

from immport.sandbox.data.catalog import Catalog, Study, Subject, Visit, file_md5, mix
from immport.sandbox.data.vocab import lookup_terms
from immport.sandbox.spec_ops import schema_properties

__all__ = [
    "RESULT_ASSAYS",
    "Context",
    "lookup_rows",
    "project",
    "result_records",
    "study_rows",
    "study_summary",
]

Context = dict[str, Any]

_USUALLY_NULL: Final = frozenset(
    {
        "comments",
        "treatmentAccession",
        "repositoryAccession",
        "repositoryName",
        "raceSpecify",
        "ageEventSpecify",
        "studyTimeT0EventSpecify",
        "subjectPhenotype",
        "ancestralPopulation",
        "strainCharacteristics",
        "aigeneratedKeywords",
        "aigeneratedSummary",
        "honorific",
        "suffixes",
        "biosampleSubtype",
        "endRule",
        "otherGeneAccession",
        "drsObjectCreated",
    }
)
_CAMEL = re.compile(r"_([a-z])")
_WORDS = re.compile(r"(?<!^)(?=[A-Z])")


@cache
def _plan(schema: str) -> tuple[tuple[str, str, str, str], ...]:
    """(property, context key, type, placeholder label) for each property of ``schema``."""
    plan = []
    for prop, kind in schema_properties(schema):
        key = _CAMEL.sub(lambda m: m.group(1).upper(), prop)
        label = _WORDS.sub(" ", key).capitalize()
        plan.append((prop, key, kind, label))
    return tuple(plan)


def project(schema: str, ctx: Mapping[str, Any], n: int) -> dict[str, Any]:
    """A record of ``schema`` from ``ctx``; ``n`` numbers the placeholders."""
    record: dict[str, Any] = {}
    for prop, key, kind, label in _plan(schema):
        if key in ctx:
            record[prop] = ctx[key]
        elif key in _USUALLY_NULL or kind in ("object", "array"):
            record[prop] = None if kind != "array" else []
        elif kind == "string":
            record[prop] = f"{label} {n}"
        elif kind == "integer":
            record[prop] = n
        elif kind == "number":
            record[prop] = float(n % 97)
        elif kind == "boolean":
            record[prop] = False
        else:  # pragma: no cover - the spec has no other types
            record[prop] = None
    return record


# ---------------------------------------------------------------- lookups

_ONTOLOGY_IDS: Final = {
    "Influenza": "DOID:8469",
    "Varicella Zoster": "DOID:8659",
    "Asthma": "DOID:2841",
    "COVID-19": "DOID:0080600",
    "Healthy": None,
}
_TAXA: Final = {"Homo sapiens": "9606", "Mus musculus": "10090", "Macaca mulatta": "9544"}


def lookup_rows(table: str) -> Iterator[Context]:
    for k, (name, description) in enumerate(lookup_terms(table), start=1):
        ctx: Context = {"name": name, "description": description, "id": k, "sortOrder": k}
        ctx["link"] = None if k % 3 == 0 else f"https://www.immport.org/vocabulary/{table}/{k}"
        if table == "Disease":
            ontology_id = _ONTOLOGY_IDS.get(name)
            ctx["diseaseOntologyId"] = ontology_id
            ctx["link"] = (
                f"http://purl.obolibrary.org/obo/{ontology_id.replace(':', '_')}" if ontology_id else None
            )
        if table == "Species":
            ctx["commonName"] = description
            ctx["taxonomyId"] = _TAXA.get(name)
        yield ctx


# ---------------------------------------------------------------- study data


def _dates(study: Study) -> dict[str, str]:
    start = date(2010, 1, 1) + timedelta(days=study.number * 37 % 3000)
    return {
        "actualStartDate": start.isoformat(),
        "actualCompletionDate": (start + timedelta(days=400)).isoformat(),
        "initialDataReleaseDate": (start + timedelta(days=700)).isoformat(),
        "latestDataReleaseDate": "2025-10-01",
        "startDate": start.isoformat(),
    }


def _study_ctx(catalog: Catalog, study: Study) -> Context:
    subjects = catalog.subjects(study)
    human = study.species == "Homo sapiens"
    return {
        "studyAccession": study.accession,
        "briefTitle": study.title,
        "officialTitle": study.title,
        "title": study.title,
        "briefDescription": f"{study.research_focus} study of {study.condition} in {study.species}.",
        "description": f"Sandbox study {study.accession}: {study.title}.",
        "detailedDescription": f"Deterministic sandbox data modelled on ImmPort study {study.accession}.",
        "actualEnrollment": len(subjects),
        "targetEnrollment": len(subjects) + 2,
        "subjectsNumber": len(subjects),
        "clinicalTrial": study.clinical,
        "sharedStudy": "Y",
        "doi": f"10.21430/M3SANDBOX{study.number}",
        "dclId": 0,
        "ageUnit": "Years" if human else "Weeks",
        "minimumAge": "18" if human else "8",
        "maximumAge": "80" if human else "12",
        "genderIncluded": "Female, Male",
        "sexIncluded": "Female, Male",
        "sponsoringOrganization": "NIAID",
        "hypothesis": f"{study.condition} responses differ by arm",
        "objectives": f"Characterise the immune response in {study.condition}.",
        "endpoints": "Antibody and cellular responses",
        "interventionAgent": None
        if study.research_focus != "Vaccine Response"
        else f"{study.condition} vaccine",
        "initialDataReleaseVersion": "DR1",
        "latestDataReleaseVersion": catalog.release_of(study),
        "conditionStudied": study.condition,
        "researchFocus": study.research_focus,
        "pi": study.pi,
        "program": study.program,
        "contractGrant": f"{study.program} award {study.number}",
        "dataCompleteness": "Complete",
        "downloadPackages": f"{study.accession}-{catalog.release_of(study)}_Metadata.zip",
        **_dates(study),
    }


def _visit_ctx(study: Study, visit: Visit) -> Context:
    return {
        "studyAccession": study.accession,
        "plannedVisitAccession": visit.accession,
        "name": visit.name,
        "minStartDay": visit.day,
        "maxStartDay": visit.day + 2,
        "orderNumber": visit.order,
        "startRule": f"{visit.name} after {study.t0_event.lower()}",
        "endRule": None,
    }


def _person(study: Study, k: int) -> Context:
    first, last = [*study.pi.split(" ", 1), ""][:2] if k == 0 else ("Alex", f"Coordinator{study.number}")
    return {
        "studyAccession": study.accession,
        "personAccession": f"PI{study.number * 10 + k}",
        "firstName": first,
        "lastName": last,
        "email": f"{first.lower()}.{last.lower()}@example.org",
        "organization": "Sandbox University",
        "roleInStudy": "Principal Investigator" if k == 0 else "Study Coordinator",
        "titleInStudy": "PI" if k == 0 else "Coordinator",
        "siteName": "Sandbox site",
        "workspaceId": 999999,
    }


def _per_subject(catalog: Catalog, study: Study, extra: Callable[[Subject], Context]) -> Iterator[Context]:
    for subject in catalog.subjects(study):
        yield {**subject.context, **extra(subject)}


def _biosamples(catalog: Catalog, study: Study) -> Iterator[Context]:
    for subject in catalog.subjects(study):
        for visit in catalog.visits(study):
            yield {
                **subject.context,
                "biosampleAccession": _biosample(study, subject, visit),
                "biosampleName": f"{subject.accession} {visit.name}",
                "type": "PBMC",
                "subtype": None,
                "plannedVisitAccession": visit.accession,
            }


def _files_of(catalog: Catalog, study: Study, file_types: tuple[str, ...] | None) -> Iterator[Context]:
    for entry in catalog.files(study):
        if file_types is not None and entry.file_type not in file_types:
            continue
        md5 = file_md5(entry)
        yield {
            "studyAccession": study.accession,
            "fileDetailsId": float(entry.details_id),
            "fileAccession": entry.accession,
            "fileName": entry.name,
            "fileType": entry.file_type,
            "path": entry.path,
            "generatedMD5": md5,
            "reportedMD5": None if entry.index == 1 else md5,
            "filesizeBytes": entry.size,
            "fileUUID": entry.uuid,
            "dateFileUpdated": "2025-10-01T12:00:00.000+00:00",
            "drsObjectCreated": "Y",
            "workspaceId": 999999,
            "studyFileAccession": f"SDYF{entry.details_id}",
            "studyFileType": "Study Summary Description" if entry.index == 0 else "Study Data",
            "description": f"{entry.file_type.replace('_', ' ')} {entry.name}",
            "protocolAccession": f"PRT{entry.details_id}",
            "originalFileName": entry.name,
            "name": entry.name.rsplit(".", 1)[0],
            "type": "Study Protocol",
        }


_MANIFEST_TYPES: Final = {
    "all": None,
    "study_file": ("study_file",),
    "protocol_file": ("protocol_file",),
    "result_file": ("result_file",),
    "archive_file": ("archive_file",),
    "release_file": ("release_file",),
}


def manifest_types(file_type: str) -> tuple[str, ...] | None:
    """The manifest's ``fileType`` filter; ``KeyError`` for values the docs do not list."""
    return _MANIFEST_TYPES[file_type.lower()]


def study_rows(operation_id: str, catalog: Catalog, study: Study, args: dict[str, Any]) -> Iterator[Context]:
    """Context rows of a ``/api/study/...`` list operation for one study."""
    subject_extra: dict[str, Callable[[Subject], Context]] = {
        "getStudySubjectDemographicApi": lambda s: {},
        "getStudyImmuneExposureApi": lambda s: {
            "exposureAccession": f"EXPO{s.study.number * 1000 + s.index}",
            "exposureProcessPreferred": "vaccination"
            if s.study.research_focus == "Vaccine Response"
            else "infection",
            "exposureProcessReported": "vaccination"
            if s.study.research_focus == "Vaccine Response"
            else "infection",
            "exposureMaterialPreferred": f"{s.study.condition} vaccine",
            "exposureMaterialReported": None,
            "exposureMaterialId": None,
            "diseasePreferred": s.study.condition,
            "diseaseReported": s.study.condition,
            "diseaseOntologyId": _ONTOLOGY_IDS.get(s.study.condition),
            "diseaseStagePreferred": None,
            "diseaseStageReported": None,
        },
        "getStudyInterventionApi": lambda s: {
            "interventionAccession": f"SM{s.study.number * 1000 + s.index}",
            "compoundRole": "Intervention",
            "namePreferred": f"{s.study.condition} vaccine",
            "nameReported": f"{s.study.condition} vaccine",
            "dose": "0.5",
            "doseUnits": "mL",
            "status": "Completed",
            "isOngoing": "N",
        },
        "getStudySubjectAssessmentApi": lambda s: {
            "assessmentPanelAccession": f"AP{s.study.number * 10}",
            "assessmentType": "Questionnaire",
            "resultValueReported": str(s.index % 4),
            "resultValuePreferred": str(s.index % 4),
            "isClinicallySignificant": "N",
            "status": "Completed",
        },
        "getStudySubjectLabTestApi": lambda s: {
            "labTestAccession": f"LT{s.study.number * 1000 + s.index}",
            "labTestNamePreferred": "Hemoglobin",
            "labTestNameReported": "HGB",
            "resultValuePreferred": 12.0 + s.index % 5,
            "resultValueReported": str(12 + s.index % 5),
            "resultUnitPreferred": "g/dL",
            "resultUnitReported": "g/dL",
        },
    }
    if operation_id in subject_extra:
        yield from _per_subject(catalog, study, subject_extra[operation_id])
        return
    base = {"studyAccession": study.accession}
    match operation_id:
        case "getStudy":
            yield _study_ctx(catalog, study)
        case "getStudyArmApi":
            for arm in study.arms:
                yield {
                    **base,
                    "armAccession": arm.accession,
                    "name": arm.name,
                    "description": arm.description,
                    "typePreferred": arm.type,
                    "typeReported": arm.type,
                }
        case "getStudyConditionOrDisease":
            yield {**base, "conditionPreferred": study.condition, "conditionReported": study.condition}
        case "getStudyContractProgram":
            yield {
                **base,
                "programName": study.program,
                "programId": study.number,
                "contractGrantId": study.number * 7,
                "contractGrantName": f"{study.program} award {study.number}",
                "programEndDate": None,
            }
        case "getStudyExperimentApi":
            for assay in study.assays:
                if assay in RESULT_ASSAYS and assay != "filePath":
                    yield {
                        **base,
                        "experimentAccession": catalog.experiment_accession(study, assay),
                        "name": f"{RESULT_ASSAYS[assay]} experiment",
                        "measurementTechnique": RESULT_ASSAYS[assay],
                        "description": f"{RESULT_ASSAYS[assay]} measurements",
                    }
        case "getStudyFileApi":
            yield from _files_of(catalog, study, ("study_file",))
        case "getStudyInclusionExclusionApi":
            for k, category in enumerate(("Inclusion", "Inclusion", "Exclusion")):
                yield {
                    "criterionAccession": f"ST{study.number * 10 + k}",
                    "criterionCategory": category,
                    "criterion": ("Healthy adult", "Signed informed consent", "Immunosuppressive therapy")[k],
                }
        case "getStudyLink":
            for k in range(2):
                yield {
                    **base,
                    "studyLinkId": study.number * 10 + k,
                    "name": ("Study website", "Registry")[k],
                    "type": "URL",
                    "value": f"https://example.org/{study.accession.lower()}/{k}",
                }
        case "getStudyPersonnel":
            for k in range(2):
                yield _person(study, k)
        case "getStudyPlannedVisit":
            for visit in catalog.visits(study):
                yield _visit_ctx(study, visit)
        case "getStudyProtocol":
            yield from _files_of(catalog, study, ("protocol_file",))
        case "getStudyPubmed":
            yield {
                **base,
                "pubmedId": str(20000000 + study.number),
                "title": study.title,
                "authors": f"{study.pi} et al.",
                "journal": "Sandbox Immunology",
                "year": "2012",
                "month": "Jan",
                "issue": "1",
                "pages": "1-10",
                "doi": f"10.1000/sandbox.{study.number}",
            }
        case "getStudySubjectBioSampleApi":
            yield from _biosamples(catalog, study)
        case "getStudySubjectExpSampleApi":
            for ctx in _biosamples(catalog, study):
                for assay in study.assays[:2]:
                    yield {
                        **ctx,
                        "experimentAccession": catalog.experiment_accession(study, assay),
                        "experimentName": f"{RESULT_ASSAYS[assay]} experiment",
                        "expsampleAccession": "ES"
                        + ctx["biosampleAccession"][2:]
                        + str(RESULT_ORDER.index(assay)),
                        "expsampleName": f"{ctx['biosampleName']} {assay}",
                        "measurementTechnique": RESULT_ASSAYS[assay],
                        "resultSchema": assay.upper(),
                    }
        case "getStudyAdverseEventApi":
            for subject in catalog.subjects(study)[::4]:
                yield {
                    **base,
                    "subjectAccession": subject.accession,
                    "adverseEventAccession": f"AE{study.number * 1000 + subject.index}",
                    "nameReported": "Injection site pain",
                    "namePreferred": "Injection site pain",
                    "severityReported": "Mild",
                    "severityPreferred": "Mild",
                    "startStudyDay": 1.0,
                    "endStudyDay": 3.0,
                    "causality": "Related",
                    "outcomeReported": "Recovered",
                    "outcomePreferred": "Recovered",
                }
        case "getAllFileDetailsApi":
            yield from _files_of(catalog, study, None)
        case "getStudyFileDetailsApi":
            yield from _files_of(catalog, study, ("study_file",))
        case "getResultFileDetailsApi":
            yield from _files_of(catalog, study, ("result_file",))
        case "getProtocolFileDetailsApi":
            yield from _files_of(catalog, study, ("protocol_file",))
        case "getFileDetails":
            yield from _files_of(catalog, study, manifest_types(str(args.get("fileType", "all"))))
        case _:
            raise KeyError(operation_id)


def study_summary(catalog: Catalog, study: Study) -> Context:
    ctx = _study_ctx(catalog, study)
    ctx["studyLinks"] = [
        project("StudyLink", c, k) for k, c in enumerate(study_rows("getStudyLink", catalog, study, {}))
    ]
    ctx["studyPersonnel"] = [project("StudyPersonnel", _person(study, k), k) for k in range(2)]
    pubmed = next(study_rows("getStudyPubmed", catalog, study, {}))
    pubmed["id"] = {"studyAccession": study.accession, "pubmedId": pubmed["pubmedId"]}
    ctx["studyPubmeds"] = [project("StudyPubmed", pubmed, 0)]
    return ctx


# ---------------------------------------------------------------- results

RESULT_ASSAYS: Final[dict[str, str]] = {
    "elisa": "ELISA",
    "elispot": "ELISPOT",
    "fcsAnalyzed": "Flow Cytometry",
    "hai": "Hemagglutination Inhibition",
    "hlaTyping": "HLA Typing",
    "kirTyping": "KIR Typing",
    "mbaa": "Luminex xMAP",
    "neutAbTiter": "Virus Neutralization",
    "pcr": "Q-PCR",
    "massSpectrometryResult": "Mass Spectrometry",
    "filePath": "ELISA",
}
RESULT_ORDER: Final = tuple(RESULT_ASSAYS)
SCALED_ASSAYS: Final = frozenset({"elisa", "fcsAnalyzed"})
SAMPLE_TYPES: Final = {
    "elisa": "Serum",
    "hai": "Serum",
    "neutAbTiter": "Serum",
    "mbaa": "Serum",
    "massSpectrometryResult": "Plasma",
    "hlaTyping": "Whole blood",
    "kirTyping": "Whole blood",
    "pcr": "Whole blood",
}
_POPULATIONS: Final = lookup_terms("CellPopulation")
_STRAINS: Final = lookup_terms("VirusStrain")


def _biosample(study: Study, subject: Subject, visit: Visit) -> str:
    return f"BS{study.number * 10000 + subject.index * 10 + visit.order}"


def result_count(catalog: Catalog, study: Study, assay: str) -> int:
    if assay not in study.assays:
        return 0
    if assay in SCALED_ASSAYS:
        return catalog.rows * study.size_factor
    return len(catalog.subjects(study)) * len(study.visit_days) * study.size_factor


_SAME: Final = object()


def _pair(field: str, reported: Any, preferred: Any = _SAME) -> Context:
    """ImmPort's two columns for one value: ``<field>Reported`` as submitted and ``<field>Preferred``
    standardized (the same value unless ``preferred`` is given)."""
    return {f"{field}Reported": reported, f"{field}Preferred": reported if preferred is _SAME else preferred}


def _assay_values(assay: str, study: Study, i: int, h: int) -> Context:
    """The assay-specific fields of result row ``i`` (``h`` is its hash)."""
    match assay:
        case "elisa":
            if study.accession == "SDY2":
                positive = h % 3 != 0 and i != 0
                return {
                    **_pair("analyte", "VZVQual", "Varicella zoster virus antibody"),
                    "analyteAccession": None,
                    **_pair("unit", "-1: neg 1: pos", None),
                    **_pair("value", "1" if positive else "-1", 1.0 if positive else -1.0),
                }
            value = round(5 + (h % 50000) / 100, 2)
            return {
                **_pair("analyte", "anti-HA IgG", "IgG"),
                "analyteAccession": "ANALYTE1",
                **_pair("unit", "ug/mL"),
                **_pair("value", f"{value:.2f}", value),
            }
        case "elispot":
            spots = float(h % 400)
            return {
                **_pair("analyte", "IFN-gamma", "IFNG"),
                "analyteAccession": "ANALYTE7",
                **_pair("spotNumber", f"{spots:g}", spots),
                **_pair("cellNumber", "250000", 250000.0),
            }
        case "fcsAnalyzed":
            name, definition = _POPULATIONS[i % len(_POPULATIONS)]
            stat = round((h % 10000) / 100, 2)
            return {
                **_pair("populationName", name),
                **_pair("populationDefnition", definition),
                **_pair("parentPopulation", "Lymphocytes"),
                **_pair("populationStatistic", f"{stat:.2f}", stat),
                **_pair("populationStatUnit", "% of parent", "Percent"),
                "workspaceFileInfoId": 7000 + i % 17,
            }
        case "hai" | "neutAbTiter":
            titer = 10 * 2 ** (h % 8)
            strain = _STRAINS[i % len(_STRAINS)][0]
            return {
                **_pair("virusStrain", strain),
                **_pair("value", str(titer), float(titer)),
                **_pair("unit", "Titer"),
            }
        case "hlaTyping" | "kirTyping":
            locus = (
                ("HLA-A", "HLA-B", "HLA-DRB1")[i % 3]
                if assay == "hlaTyping"
                else ("KIR2DL1", "KIR3DL1")[i % 2]
            )
            return {
                "locusName": locus,
                "allele1": f"{locus}*{h % 30:02d}:01",
                "allele2": f"{locus}*{h % 17:02d}:02",
                "resultSetId": 300 + i // 3,
                "kirHaplotype": "A/A" if h % 2 else "A/B",
            }
        case "mbaa":
            conc = round((h % 100000) / 100, 2)
            return {
                **_pair("analyte", "IL-6", "IL6"),
                "analyteAccession": "ANALYTE12",
                **_pair("concentrationValue", f"{conc:.2f}", conc),
                **_pair("concentrationUnit", "pg/mL"),
                "mfi": str(h % 20000),
                "mfiCoordinate": f"{'ABCDEFGH'[i % 8]}{i % 12 + 1}",
                "assayId": str(i // 96 + 1),
                "assayGroupId": "1",
                "sourceType": "EXPSAMPLE",
            }
        case "pcr":
            value = round((h % 4000) / 100, 2)
            return {
                **_pair("geneSymbol", "IFI27"),
                "geneId": "3429",
                "geneName": "interferon alpha inducible protein 27",
                "analyteAccession": None,
                **_pair("value", f"{value:.2f}", value),
                **_pair("unit", "Ct"),
            }
        case "massSpectrometryResult":
            return {
                **_pair("metaboliteName", "Tryptophan", "L-Tryptophan"),
                **_pair("databaseId", "HMDB0000929"),
                **_pair("proteinName", None),
                "massSpectrometryType": "LC-MS",
                "intensity": float(h % 1000000),
                "mzratio": 205.097,
                "retentionTime": 3.2,
                "retentionTimeUnit": "min",
                "zcharge": "1",
                "workspaceId": 999999,
            }
        case _:  # filePath
            return {}


def result_records(
    catalog: Catalog,
    assay: str,
    studies: list[Study],
    schema: str,
    predicates: Sequence[Callable[[Mapping[str, Any]], bool]] = (),
    filter_fields: frozenset[str] = frozenset(),
) -> Iterator[dict[str, Any]]:
    """Records of ``/result/{assay}`` over ``studies`` that pass ``predicates``, generated one at a time.

    The part shared by all rows of one subject and visit is projected once and copied; predicates see the
    record, or the full context when they name a field this assay's view lacks (e.g. ``gender`` on mass
    spectrometry results).
    """
    technique = RESULT_ASSAYS[assay]
    sample_type = SAMPLE_TYPES.get(assay, "PBMC")
    assay_no = RESULT_ORDER.index(assay)
    props = frozenset(prop for prop, _, _, _ in _plan(schema))
    needs_context = not filter_fields <= props
    for study in studies:
        count = result_count(catalog, study, assay)
        subjects = catalog.subjects(study)
        visits = catalog.visits(study)
        experiment = catalog.experiment_accession(study, assay)
        documented = (study.accession, assay) == ("SDY2", "elisa")
        base_id = 89390 if documented else study.number * 10_000_000 + assay_no * 1_000_000
        files = [f for f in catalog.files(study) if f.file_type == "result_file"]
        bases: dict[int, tuple[dict[str, Any], Context]] = {}
        for i in range(count):
            slot = i % (len(subjects) * len(visits))
            cached = bases.get(slot)
            if cached is None:
                subject = subjects[slot % len(subjects)]
                visit = visits[slot // len(subjects)]
                biosample = _biosample(study, subject, visit)
                ctx = subject.context.copy()
                ctx.update(
                    plannedVisitAccession=visit.accession,
                    studyTimeCollected=visit.day,
                    studyTimeCollectedUnit="Days",
                    biosampleAccession=biosample,
                    biosampleType=sample_type,
                    experimentAccession=experiment,
                    expsampleAccession="ES" + biosample[2:] + str(assay_no),
                    measurementTechnique=technique,
                )
                cached = bases[slot] = (project(schema, ctx, slot + 1), ctx)
            base, ctx = cached
            extra = _assay_values(assay, study, i, mix(catalog.seed, study.number, assay_no, i))
            extra["resultId"] = base_id + i
            if assay == "mbaa":
                extra["sourceAccession"] = ctx["expsampleAccession"]
            if assay == "filePath" and files:
                entry = files[i % len(files)]
                extra.update(
                    filePathId=f"{entry.details_id}_{ctx['expsampleAccession']}_{ctx['biosampleAccession']}",
                    fileInfoId=entry.details_id,
                    fileName=entry.name,
                    originalFileName=entry.name,
                    filePath="/" + entry.path,
                    filesizeBytes=entry.size,
                    fileDetail="Result file",
                    sourceType="EXPSAMPLE",
                    sourceAccession=ctx["expsampleAccession"],
                )
            record = base.copy()
            for key, value in extra.items():
                if key in props:
                    record[key] = value
            if predicates:
                view = {**ctx, **extra} if needs_context else record
                if not all(check(view) for check in predicates):
                    continue
            yield record

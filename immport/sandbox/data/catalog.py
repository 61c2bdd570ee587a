"""The sandbox's studies and everything hanging off them (arms, subjects, visits, experiments, files).

Everything is a pure function of the study list, the seed and the config, so two sandboxes with the same
settings serve byte-identical data.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from functools import cached_property
from typing import Any, Final

import attrs

from immport.sandbox.data.vocab import lookup_terms

__all__ = ["Arm", "Catalog", "FileEntry", "Study", "Subject", "Visit", "file_bytes", "file_md5", "mix"]

_MASK = (1 << 64) - 1


def mix(*parts: int) -> int:
    """A cheap deterministic 64-bit hash of integers (splitmix64 steps)."""
    x = 0x9E3779B97F4A7C15
    for part in parts:
        x = (x ^ (part & _MASK)) * 0xBF58476D1CE4E5B9 & _MASK
        x = (x ^ (x >> 31)) * 0x94D049BB133111EB & _MASK
        x ^= x >> 29
    return x


@attrs.frozen
class Arm:
    accession: str
    name: str
    type: str
    description: str


@attrs.frozen
class Visit:
    accession: str
    name: str
    day: float
    order: int


@attrs.frozen
class Study:
    accession: str
    number: int
    title: str
    research_focus: str
    condition: str
    species: str
    strain: str | None
    program: str
    pi: str
    arms: tuple[Arm, ...]
    visit_days: tuple[float, ...]
    assays: tuple[str, ...]  # result endpoint names this study has data for
    t0_event: str
    clinical: str
    subjects_count: int = 12
    size_factor: int = 1  # result rows are multiplied by this (a few generated studies are large)


@attrs.frozen
class Subject:
    study: Study
    index: int
    accession: str
    arm: Arm
    gender: str
    race: str
    ethnicity: str
    min_age: float | None
    max_age: float | None

    @cached_property
    def context(self) -> dict[str, Any]:
        """The subject-level fields every per-subject record shares (camelCase, as in the schemas)."""
        human = self.study.species == "Homo sapiens"
        return {
            "studyAccession": self.study.accession,
            "studyTitle": self.study.title,
            "briefTitle": self.study.title,
            "subjectAccession": self.accession,
            "armAccession": self.arm.accession,
            "armName": self.arm.name,
            "armDescription": self.arm.description,
            "armTypePreferred": self.arm.type,
            "armTypeReported": self.arm.type,
            "gender": self.gender,
            "race": self.race if human else None,
            "raceSpecify": None,
            "ethnicity": self.ethnicity if human else None,
            "species": self.study.species,
            "strain": self.study.strain,
            "strainCharacteristics": None,
            "ageEvent": "Age at enrollment",
            "ageEventSpecify": None,
            "ageUnit": "Years" if human else "Weeks",
            "minSubjectAge": self.min_age,
            "maxSubjectAge": self.max_age,
            "minSubjectAgeInYears": None if self.min_age is None else str(self.min_age),
            "maxSubjectAgeInYears": None if self.max_age is None else str(self.max_age),
            "ancestralPopulation": None,
            "subjectPhenotype": None,
            "subjectDescription": f"{self.arm.name} participant {self.index + 1}",
            "subjectLocation": "North America" if human else None,
            "clinical": self.study.clinical,
            "studyTimeT0Event": self.study.t0_event,
            "studyTimeT0EventSpecify": None,
        }


@attrs.frozen
class FileEntry:
    study: str
    index: int
    file_type: str  # study_file, protocol_file, result_file, archive_file, release_file
    name: str
    path: str  # "SDY1/StudyFiles/a.txt" (no leading slash)
    size: int
    uuid: str
    accession: str
    details_id: int


ASSAY_ORDER: Final[tuple[str, ...]] = (
    "elisa",
    "elispot",
    "fcsAnalyzed",
    "hai",
    "hlaTyping",
    "kirTyping",
    "mbaa",
    "neutAbTiter",
    "pcr",
    "massSpectrometryResult",
    "filePath",
)


def _arm(acc: str, name: str, kind: str = "Experimental") -> Arm:
    return Arm(acc, name, kind, f"{name} ({kind.lower()} arm)")


STUDIES: Final[tuple[Study, ...]] = (
    Study(
        "SDY1",
        1,
        "Effect of Aging on the Immune Response to Seasonal Influenza Vaccination",
        "Vaccine Response",
        "Influenza",
        "Homo sapiens",
        None,
        "Human Immunology Project Consortium",
        "Mark Davis",
        (_arm("ARM1", "Young adults"), _arm("ARM2", "Older adults")),
        (0.0, 7.0, 28.0),
        ("elisa", "fcsAnalyzed", "hai", "filePath"),
        "Time of initial vaccine administration",
        "Y",
    ),
    Study(
        "SDY2",
        2,
        "Immune Response to Varicella Zoster Vaccine in Adults",
        "Vaccine Response",
        "Varicella Zoster",
        "Homo sapiens",
        None,
        "Vaccine Research Program",
        "Ann Arvin",
        (_arm("ARM235", "Zostavax recipients"), _arm("ARM236", "Placebo recipients", "Placebo Comparator")),
        (1.0, 14.0, 42.0),
        ("elisa", "fcsAnalyzed", "elispot"),
        "Time of initial vaccine administration",
        "Y",
    ),
    Study(
        "SDY4",
        4,
        "Murine Model of Allergic Airway Inflammation",
        "Allergy",
        "Asthma",
        "Mus musculus",
        "C57BL/6",
        "Asthma and Allergic Diseases Cooperative Research Centers",
        "Jane Doe",
        (_arm("ARM10", "Ovalbumin challenged"), _arm("ARM11", "Saline control", "Sham Comparator")),
        (0.0, 3.0),
        ("elisa", "fcsAnalyzed", "mbaa", "pcr"),
        "Time of infection",
        "N",
    ),
    Study(
        "SDY269",
        269,
        "Systems Biology of Vaccination for Seasonal Influenza in Humans",
        "Vaccine Response",
        "Influenza",
        "Homo sapiens",
        None,
        "Human Immunology Project Consortium",
        "Bali Pulendran",
        (_arm("ARM906", "TIV 2008 cohort"), _arm("ARM907", "LAIV 2008 cohort")),
        (0.0, 3.0, 7.0, 28.0),
        ("elisa", "fcsAnalyzed", "hai", "elispot", "hlaTyping", "filePath"),
        "Time of initial vaccine administration",
        "Y",
    ),
    Study(
        "SDY1680",
        1680,
        "Serological Responses to SARS-CoV-2 Infection",
        "Infection Response",
        "COVID-19",
        "Homo sapiens",
        None,
        "SeroNet",
        "Florian Krammer",
        (_arm("ARM5001", "Convalescent"), _arm("ARM5002", "Healthy controls", "Other")),
        (0.0, 30.0, 90.0),
        ("elisa", "fcsAnalyzed", "neutAbTiter", "kirTyping", "massSpectrometryResult"),
        "Time of enrollment",
        "N",
    ),
)

FILE_TYPES: Final[tuple[tuple[str, str, str], ...]] = (
    # (fileType, directory, name template)
    ("study_file", "StudyFiles", "{sdy}_study_summary.txt"),
    ("study_file", "StudyFiles", "{sdy}_subjects.txt"),
    ("protocol_file", "Protocols", "{sdy}_protocol.txt"),
    ("result_file", "ResultFiles/ELISA_result", "{sdy}_elisa_results.txt"),
    ("result_file", "ResultFiles/Flow_cytometry_result", "{sdy}_fcs_populations.txt"),
    ("archive_file", "Archives", "{sdy}-DR52_Metadata.zip"),
)


BASE_RELEASE: Final = "DR55"
NEXT_RELEASE: Final = "DR56"
GENERATED_FIRST: Final = 3_000  # generated studies are SDY3000, SDY3001, ... (the spec allows 7 characters)
_FOCI: Final = (
    ("Vaccine Response", "Influenza"),
    ("Infection Response", "COVID-19"),
    ("Allergy", "Asthma"),
    ("Vaccine Response", "Varicella Zoster"),
)
_GENERATED_ASSAYS: Final = tuple(a for a in ASSAY_ORDER if a != "filePath")


def generated_study(seed: int, k: int) -> Study:
    """The k-th generated study: 1 to 4 assays, 4 to 30 subjects; one in 40 has 25x the result rows."""
    number = GENERATED_FIRST + k
    h = mix(seed, number, 77)
    focus, condition = _FOCI[h % len(_FOCI)]
    count = 1 + (h >> 8) % 4
    first = (h >> 16) % len(_GENERATED_ASSAYS)
    assays = tuple(_GENERATED_ASSAYS[(first + j * 3) % len(_GENERATED_ASSAYS)] for j in range(count))
    return Study(
        f"SDY{number}",
        number,
        f"Sandbox cohort {number}: {condition} {focus.lower()}",
        focus,
        condition,
        "Homo sapiens",
        None,
        "Sandbox Consortium",
        "Pat Example",
        (_arm(f"ARM{number * 10 + 1}", "Cohort A"), _arm(f"ARM{number * 10 + 2}", "Cohort B", "Other")),
        (0.0, 7.0, 28.0),
        (*assays, "filePath") if (h >> 24) % 3 == 0 else assays,
        "Time of enrollment",
        "N",
        subjects_count=4 + (h >> 32) % 27,
        size_factor=25 if (h >> 40) % 40 == 0 else 1,
    )


@attrs.frozen
class Catalog:
    seed: int
    rows: int
    file_size: int
    extra_studies: int = 0  # generated studies after the five documented ones
    bumped: frozenset[str] = frozenset()  # studies whose latest data release is NEXT_RELEASE

    @property
    def studies(self) -> tuple[Study, ...]:
        return self._studies

    @cached_property
    def _studies(self) -> tuple[Study, ...]:
        return STUDIES + tuple(generated_study(self.seed, k) for k in range(self.extra_studies))

    @cached_property
    def _by_accession(self) -> dict[str, Study]:
        return {s.accession: s for s in self._studies}

    def study(self, accession: str) -> Study | None:
        return self._by_accession.get(accession.upper())

    def release_of(self, study: Study) -> str:
        """The study's latest data release: the next one for bumped studies."""
        return NEXT_RELEASE if study.accession in self.bumped else BASE_RELEASE

    @property
    def latest_release(self) -> str:
        return NEXT_RELEASE if self.bumped else BASE_RELEASE

    def subjects(self, study: Study) -> tuple[Subject, ...]:
        return self._subjects[study.accession]

    @cached_property
    def _subjects(self) -> dict[str, tuple[Subject, ...]]:
        sexes = [t[0] for t in lookup_terms("Sex")[:2]]
        races = [t[0] for t in lookup_terms("Race")[:4]]
        ethnicities = [t[0] for t in lookup_terms("Ethnicity")[:2]]
        out: dict[str, tuple[Subject, ...]] = {}
        for study in self._studies:
            subjects = []
            for k in range(study.subjects_count):
                h = mix(self.seed, study.number, k)
                human = study.species == "Homo sapiens"
                if human:
                    low = float(18 + h % 60)
                    age: tuple[float | None, float | None] = (low, low)
                else:
                    age = (8.0, 12.0)
                if k == study.subjects_count - 1:
                    age = (None, None)  # ImmPort has subjects without recorded ages
                subjects.append(
                    Subject(
                        study=study,
                        index=k,
                        accession=f"SUB{study.number * 1000 + k + 100}",
                        arm=study.arms[k % len(study.arms)],
                        gender=sexes[(h >> 8) % len(sexes)],
                        race=races[(h >> 16) % len(races)],
                        ethnicity=ethnicities[(h >> 24) % len(ethnicities)],
                        min_age=age[0],
                        max_age=age[1],
                    )
                )
            out[study.accession] = tuple(subjects)
        return out

    def visits(self, study: Study) -> tuple[Visit, ...]:
        return tuple(
            Visit(f"PV{study.number * 10 + i}", f"Day {day:g}", day, i + 1)
            for i, day in enumerate(study.visit_days)
        )

    def experiment_accession(self, study: Study, assay: str) -> str:
        return f"EXP{study.number * 100 + ASSAY_ORDER.index(assay) + 10}"

    def files(self, study: Study) -> tuple[FileEntry, ...]:
        return self._files[study.accession]

    def file_by_uuid(self, file_uuid: str) -> FileEntry | None:
        return self._files_by_uuid.get(file_uuid.lower())

    @cached_property
    def _files(self) -> dict[str, tuple[FileEntry, ...]]:
        out: dict[str, tuple[FileEntry, ...]] = {}
        for study in self._studies:
            entries = []
            for k, (file_type, directory, template) in enumerate(FILE_TYPES):
                name = template.format(sdy=study.accession)
                # the study's first file has the configured size, the others a few KB
                size = self.file_size if k == 0 else 1024 + mix(self.seed, study.number, k) % 7168
                file_id = uuid.uuid5(
                    uuid.NAMESPACE_URL, f"immport-sandbox:{self.seed}:{study.accession}:{name}"
                )
                entries.append(
                    FileEntry(
                        study=study.accession,
                        index=k,
                        file_type=file_type,
                        name=name,
                        path=f"{study.accession}/{directory}/{name}",
                        size=size,
                        uuid=str(file_id),
                        accession=f"FD{study.number * 100 + k}",
                        details_id=study.number * 1000 + k,
                    )
                )
            out[study.accession] = tuple(entries)
        return out

    @cached_property
    def _files_by_uuid(self) -> dict[str, FileEntry]:
        return {f.uuid: f for files in self._files.values() for f in files}


def file_block(file_uuid: str) -> bytes:
    """The 4 KiB text block a sandbox file repeats; its content is a function of the file's UUID only."""
    lines = []
    digest = hashlib.sha256(file_uuid.encode()).hexdigest()
    for k in range(64):
        lines.append(f"{file_uuid}\t{k:04d}\t{digest[k % 32 : k % 32 + 32]}\n")
    block = "".join(lines).encode()
    return (block * (4096 // len(block) + 1))[:4096]


_md5_cache: dict[tuple[str, int], str] = {}


def file_bytes(
    entry: FileEntry, start: int = 0, end: int | None = None, chunk: int = 64 * 1024
) -> Iterator[bytes]:
    """The bytes ``[start, end)`` of a sandbox file, in chunks (content = its 4 KiB block repeated)."""
    block = file_block(entry.uuid)
    stop = entry.size if end is None else min(end, entry.size)
    big = block * (chunk // len(block))
    pos = start
    while pos < stop:
        offset = pos % len(block)
        piece = big[offset:] + big[:offset] if offset else big
        piece = piece[: stop - pos]
        yield piece
        pos += len(piece)


def file_md5(entry: FileEntry) -> str:
    """MD5 hex digest of a sandbox file (computed once per file and size)."""
    key = (entry.uuid, entry.size)
    if key not in _md5_cache:
        digest = hashlib.md5(usedforsecurity=False)
        for piece in file_bytes(entry):
            digest.update(piece)
        _md5_cache[key] = digest.hexdigest()
    return _md5_cache[key]

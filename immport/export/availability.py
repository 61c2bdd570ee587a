"""Which data kinds a study has, before fetching: ``client.availability([...])``.

Presence of the assay results comes from study search, with no data transferred: one search per assay
technique (``assayMethod=ELISA``) over the selected studies, and ``assay_method_count == 0`` rules out
every assay at once. Search has no per-kind row counts, so row counts (``count_rows=True``) are a counted
fetch: the rows are streamed and counted, never kept. Kinds search cannot answer (study resources,
manifests) are counted when ``count_rows`` is on and reported unknown otherwise.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from immport.export._search import StudySource, iter_study_sources
from immport.export.kinds import Kind

if TYPE_CHECKING:
    from immport.client import AsyncClient

__all__ = ["TECHNIQUES", "KindAvailability", "StudyAvailability", "empty_kinds", "study_availability"]

# result kind -> ImmPort's measurement technique name, as the search facet ``assayMethod`` takes it
TECHNIQUES: dict[str, str] = {
    "elisa": "ELISA",
    "elispot": "ELISPOT",
    "fcs_analyzed": "Flow Cytometry",
    "hai": "Hemagglutination Inhibition",
    "hla_typing": "HLA Typing",
    "kir_typing": "KIR Typing",
    "mbaa": "Luminex xMAP",
    "neut_ab_titer": "Virus Neutralization",
    "pcr": "Q-PCR",
    "mass_spectrometry": "Mass Spectrometry",
}
_ANY_ASSAY = "file_path"  # result files hang off any assay's experiments


@attrs.frozen
class KindAvailability:
    kind: str
    has_data: bool | None  # None: unknown (search cannot tell and rows were not counted)
    rows: int | None  # None: not counted
    source: str  # "search", "count" or "unknown"


@attrs.frozen
class StudyAvailability:
    study: str
    data_release: str | None
    subjects: int | None  # shared_subject_count from search
    kinds: tuple[KindAvailability, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "study": self.study,
            "dataRelease": self.data_release,
            "subjects": self.subjects,
            "kinds": {
                k.kind: {"hasData": k.has_data, "rows": k.rows, "source": k.source} for k in self.kinds
            },
        }


async def _studies_with(client: AsyncClient, technique: str, accessions: Sequence[str]) -> set[str]:
    query = {"assay_method": technique}
    return {s.accession async for s in iter_study_sources(client.search, query, accessions)}


async def search_presence(
    client: AsyncClient, sources: Sequence[StudySource], kinds: Iterable[Kind]
) -> dict[str, dict[str, bool]]:
    """study -> {result kind: has data}, from search only."""
    names = [k.name for k in kinds if k.group == "results"]
    presence: dict[str, dict[str, bool]] = {s.accession: {} for s in sources}
    if not names:
        return presence
    candidates = [s.accession for s in sources if s.get("assay_method_count") != 0]
    wanted = TECHNIQUES if _ANY_ASSAY in names else {n: TECHNIQUES[n] for n in names if n in TECHNIQUES}
    techniques = sorted(set(wanted.values()))
    found = (
        await asyncio.gather(*(_studies_with(client, t, candidates) for t in techniques))
        if candidates
        else []
    )
    having = dict(zip(techniques, found, strict=True))
    for study, known in presence.items():
        any_assay = False
        for name, technique in TECHNIQUES.items():
            has = study in having.get(technique, set())
            any_assay = any_assay or has
            if name in names:
                known[name] = has
        if _ANY_ASSAY in names:
            known[_ANY_ASSAY] = any_assay
    return presence


async def empty_kinds(
    client: AsyncClient, sources: Sequence[StudySource], kinds: Iterable[Kind]
) -> dict[str, list[str]]:
    """study -> the result kinds search says it has no data for (what ``only_available`` skips)."""
    presence = await search_presence(client, sources, kinds)
    return {study: [k for k, has in found.items() if not has] for study, found in presence.items()}


async def _count(client: AsyncClient, kind: Kind, study: str, limit: asyncio.Semaphore) -> int:
    async with limit:
        rows = 0
        async for _ in client.session.stream(kind.operation.operation_id, kind.arguments(study)):
            rows += 1
        return rows


async def study_availability(
    client: AsyncClient,
    accessions: Sequence[str],
    kinds: Sequence[Kind],
    *,
    count_rows: bool = True,
    concurrency: int = 8,
) -> list[StudyAvailability]:
    sources = [s async for s in iter_study_sources(client.search, {}, accessions)]
    by_accession = {s.accession: s for s in sources}
    ordered = [by_accession[a] for a in accessions if a in by_accession]
    per_study = [k for k in kinds if k.per_study]
    presence = await search_presence(client, ordered, per_study)
    limit = asyncio.Semaphore(concurrency)
    keys = [
        (source.accession, kind)
        for source in ordered
        for kind in per_study
        if count_rows and presence[source.accession].get(kind.name) is not False
    ]
    counts = await asyncio.gather(*(_count(client, kind, study, limit) for study, kind in keys))
    counted = {(study, kind.name): rows for (study, kind), rows in zip(keys, counts, strict=True)}
    out = []
    for source in ordered:
        entries = []
        for kind in per_study:
            known = presence[source.accession].get(kind.name)
            rows = counted.get((source.accession, kind.name))
            if rows is not None:
                entries.append(KindAvailability(kind.name, rows > 0, rows, "count"))
            elif known is not None:
                entries.append(KindAvailability(kind.name, known, 0 if not known else None, "search"))
            else:
                entries.append(KindAvailability(kind.name, None, None, "unknown"))
        subjects = source.get("shared_subject_count")
        out.append(
            StudyAvailability(
                source.accession,
                source.release,
                subjects if isinstance(subjects, int) else None,
                tuple(entries),
            )
        )
    return out

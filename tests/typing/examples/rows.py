"""Rows: typed attrs models whose fields are ``X | None``; ``is not None`` narrows, no Unset to import."""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_type

import immport
from immport.models import (
    FileDetails,
    FileDownloadURL,
    LkDisease,
    StudyArmApi,
    StudySummary,
    VElisaResult,
    VHaiResult,
)
from immport.tsv import TsvTable


def total_preferred(client: immport.Client) -> float:
    rows = client.results.elisa(study_accession=["SDY2", "SDY4"], min_subject_age_gte=18)
    assert_type(rows, list[VElisaResult])
    assert_type(rows[0].value_preferred, float | None)
    assert_type(rows[0].study_accession, str | None)
    assert_type(rows[0].result_id, int | None)
    total = 0.0
    for row in rows:
        if row.value_preferred is not None:
            total += row.value_preferred
    return total


def filters_and_tsv(client: immport.Client) -> None:
    table = client.results.hai(study_accession="SDY2", study_time_collected_lte=28, format="tsv")
    assert_type(table, TsvTable[VHaiResult])
    assert_type(client.results.elisa(format="tsv"), TsvTable[VElisaResult])
    assert_type(client.results.elisa(format="json"), list[VElisaResult])
    assert_type(client.results.iter_elisa(study_accession="SDY2"), Iterator[VElisaResult])
    assert_type(client.results.iter_elisa(format="tsv"), Iterator[VElisaResult])
    assert_type(table.text, str)
    for row in table.rows():
        print(row.value_preferred)


def study_data_and_lookups(client: immport.Client) -> list[str]:
    arms = client.studies.arm("SDY1")
    assert_type(arms, list[StudyArmApi])
    diseases = client.lookups.disease()
    assert_type(diseases, list[LkDisease])
    assert_type(client.lookups.disease(format="tsv"), TsvTable[LkDisease])
    return [arm.name for arm in arms if arm.name is not None] + [d.name or "" for d in diseases]


def files_and_summary(client: immport.Client) -> int | None:
    manifest = client.files.manifest("SDY1", file_type="study_file")
    assert_type(manifest, list[FileDetails])
    assert_type(client.files.drs_url("uuid-1", "s3"), FileDownloadURL)
    summary = client.studies.summary("SDY1")
    assert_type(summary, StudySummary)
    sizes = [entry.filesize_bytes for entry in manifest if entry.filesize_bytes is not None]
    return sum(sizes) if sizes else None

"""client.export: the dataset it writes (layout, compression, schemas, provenance) and reading it back."""

from __future__ import annotations

import json
from pathlib import Path

import fsspec
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from immport.errors import InvalidRequestError
from immport.export import ExportEvent
from immport.export.kinds import all_kinds
from immport.export.schema import kind_schema
from immport.export.verify import verify
from immport.sandbox import SandboxInfo
from tests.export.conftest import sync_client

ROOT = Path(__file__).resolve().parents[2]


def _export(info: SandboxInfo, dest: str | Path, **options: object):  # type: ignore[no-untyped-def]
    with sync_client(info) as client:
        return client.export(dest, **options)  # type: ignore[arg-type]


def test_export_writes_one_zstd_parquet_part_per_study_and_kind(sandbox: SandboxInfo, tmp_path: Path) -> None:
    result = _export(sandbox, tmp_path, studies=["SDY1", "sdy2"], kinds=["elisa", "hai"])

    parts = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.parquet"))
    assert parts == [
        "kind=elisa/study_accession=SDY1/part-0000.parquet",
        "kind=elisa/study_accession=SDY2/part-0000.parquet",
        "kind=hai/study_accession=SDY1/part-0000.parquet",  # SDY2 has no HAI data: no file
    ]
    counts = {(r.kind, r.study): r.rows for r in result.written}
    assert counts == {("elisa", "SDY1"): 20, ("elisa", "SDY2"): 20, ("hai", "SDY1"): 36, ("hai", "SDY2"): 0}
    meta = pq.ParquetFile(tmp_path / parts[0]).metadata
    assert meta.num_rows == 20
    assert meta.row_group(0).column(0).compression == "ZSTD"
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]


def test_a_column_keeps_its_spec_type_in_every_study_even_all_null(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    _export(sandbox, tmp_path, studies=["SDY1", "SDY2", "SDY4"], kinds=["elisa"])
    parts = (tmp_path / "kind=elisa").rglob("*.parquet")
    schemas = {p.parent.name: pq.read_schema(p).remove_metadata() for p in parts}
    assert len(schemas) == 3
    assert len({str(s) for s in schemas.values()}) == 1  # identical schemas in every study
    sdy2 = pq.read_table(tmp_path / "kind=elisa/study_accession=SDY2/part-0000.parquet")
    assert sdy2.column("unit_preferred").null_count == sdy2.num_rows  # all null in SDY2 (qualitative assay)
    assert sdy2.schema.field("unit_preferred").type == pa.string()
    assert sdy2.schema.field("value_preferred").type == pa.float64()
    assert sdy2.schema.field("min_subject_age").type == pa.float64()


def test_an_all_null_batch_is_typed_from_the_spec_not_the_values() -> None:
    schema = kind_schema(all_kinds()["elisa"])

    class Row:
        def __getattr__(self, name: str) -> None:
            return None

    batch = schema.batch([Row(), Row()])
    assert batch.num_rows == 2
    assert batch.schema.field("value_preferred").type == pa.float64()
    assert batch.schema.field("result_id").type == pa.int64()
    assert "study_accession" not in batch.schema.names  # it is the partition key


def test_dataset_reads_back_with_pyarrow_dataset_and_duckdb(sandbox: SandboxInfo, tmp_path: Path) -> None:
    result = _export(sandbox, tmp_path, studies=["SDY1", "SDY2", "SDY4"], kinds=["elisa", "lookup_sex"])

    table = ds.dataset(tmp_path / "kind=elisa", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 60
    assert sorted(set(table.column("study_accession").to_pylist())) == ["SDY1", "SDY2", "SDY4"]

    connection = result.connect()
    rows = connection.sql("SELECT study_accession, count(*) FROM elisa GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("SDY1", 20), ("SDY2", 20), ("SDY4", 20)]
    sexes = connection.sql("SELECT name FROM lookup_sex ORDER BY name").fetchall()
    assert ("Female",) in sexes and ("Male",) in sexes


def test_provenance_file_and_parquet_metadata(sandbox: SandboxInfo, tmp_path: Path) -> None:
    _export(sandbox, tmp_path, studies=["SDY1"], kinds=["elisa"])
    lock = json.loads((ROOT / "openapi/spec.lock.json").read_text())

    provenance = json.loads((tmp_path / "_immport/provenance.json").read_text())
    assert provenance["spec_sha256"] == lock["sha256"]
    assert provenance["client_version"] == "0.1.0"
    assert provenance["data_release_global"] == "DR55"
    assert provenance["data_release_by_study"] == {"SDY1": "DR55"}
    assert provenance["kinds"]["elisa"]["rows"] == 20

    metadata = pq.read_schema(tmp_path / "kind=elisa/study_accession=SDY1/part-0000.parquet").metadata
    stamp = json.loads(metadata[b"immport.provenance"])
    assert stamp["spec_sha256"] == lock["sha256"]
    assert stamp["data_release"] == "DR55"
    assert stamp["request"]["endpoint"] == "/result/elisa"
    assert stamp["request"]["params"] == [["studyAccession", "SDY1"]]
    assert stamp["exported_at"]


def test_source_date_epoch_makes_exports_byte_identical(
    sandbox: SandboxInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = _export(sandbox, tmp_path / "a", studies=["SDY1"], kinds=["elisa", "hai"])
    second = _export(sandbox, tmp_path / "b", studies=["SDY1"], kinds=["elisa", "hai"])
    assert {r.path: r.sha256 for r in first.written} == {r.path: r.sha256 for r in second.written}
    stamp = json.loads(
        pq.read_schema(tmp_path / "a/kind=hai/study_accession=SDY1/part-0000.parquet").metadata[
            b"immport.provenance"
        ]
    )
    assert stamp["exported_at"] == "2023-11-14T22:13:20+00:00"


def test_verify_reports_changed_missing_and_unrecorded_parts(sandbox: SandboxInfo, tmp_path: Path) -> None:
    _export(sandbox, tmp_path, studies=["SDY1", "SDY2"], kinds=["elisa"])
    assert verify(tmp_path).ok
    assert verify(tmp_path).checked == 2

    with open(tmp_path / "kind=elisa/study_accession=SDY1/part-0000.parquet", "r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00\x01")
    (tmp_path / "kind=elisa/study_accession=SDY2/part-0000.parquet").unlink()
    stray = tmp_path / "kind=elisa/study_accession=SDY9/part-0000.parquet"
    stray.parent.mkdir()
    stray.write_bytes(b"PAR1")

    report = verify(tmp_path)
    assert report.mismatched == ["kind=elisa/study_accession=SDY1/part-0000.parquet"]
    assert report.missing == ["kind=elisa/study_accession=SDY2/part-0000.parquet"]
    assert report.unrecorded == ["kind=elisa/study_accession=SDY9/part-0000.parquet"]
    assert not report.ok


def test_export_to_a_non_local_fsspec_filesystem(sandbox: SandboxInfo) -> None:
    url = "memory://immport-tests/export-one"
    result = _export(sandbox, url, studies=["SDY1", "SDY4"], kinds=["elisa", "pcr"])
    memory = fsspec.filesystem("memory")
    assert memory.exists("/immport-tests/export-one/kind=pcr/study_accession=SDY4/part-0000.parquet")
    assert memory.exists("/immport-tests/export-one/_immport/provenance.json")
    assert not memory.exists("/immport-tests/export-one/kind=pcr/study_accession=SDY1/part-0000.parquet")

    dataset = ds.dataset(
        "/immport-tests/export-one/kind=elisa", filesystem=memory, format="parquet", partitioning="hive"
    )
    assert dataset.count_rows() == 40
    assert verify(url).ok
    assert result.connect().sql("SELECT count(*) FROM pcr").fetchall() == [(24,)]
    memory.rm("/immport-tests/export-one", recursive=True)


def test_bad_options_fail_before_anything_is_sent(sandbox: SandboxInfo, tmp_path: Path) -> None:
    with pytest.raises(InvalidRequestError, match="unknown data kind 'elisaa'"):
        _export(sandbox, tmp_path, studies=["SDY1"], kinds=["elisaa"])
    with pytest.raises(InvalidRequestError, match="not a study accession"):
        _export(sandbox, tmp_path, studies=["SUB1"])
    with pytest.raises(InvalidRequestError, match="concurrency"):
        _export(sandbox, tmp_path, studies=["SDY1"], concurrency=0)
    assert not list(tmp_path.iterdir())


async def test_the_sync_export_works_inside_a_running_event_loop(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    # as in a Jupyter cell: the sync client's export runs its asyncio core on a worker thread
    with sync_client(sandbox) as client:
        result = client.export(tmp_path, studies=["SDY4"], kinds=["pcr"])
    assert [(r.kind, r.study, r.rows) for r in result.written] == [("pcr", "SDY4", 24)]


def test_progress_events_count_parts_and_finished_studies(sandbox: SandboxInfo, tmp_path: Path) -> None:
    events: list[ExportEvent] = []
    _export(sandbox, tmp_path, studies=["SDY1", "SDY2"], kinds=["elisa", "hai"], progress=events.append)
    assert (events[0].kind, events[0].total, events[0].studies) == ("planned", 4, 2)
    parts = [e for e in events if e.kind == "part"]
    assert sorted((e.record.kind, e.record.study) for e in parts if e.record) == [
        ("elisa", "SDY1"),
        ("elisa", "SDY2"),
        ("hai", "SDY1"),
        ("hai", "SDY2"),
    ]
    assert sorted(e.message for e in events if e.kind == "study") == ["SDY1", "SDY2"]


def test_study_resources_manifests_and_lookups_export_too(sandbox: SandboxInfo, tmp_path: Path) -> None:
    result = _export(sandbox, tmp_path, studies=["SDY1"], kinds=["manifest", "study_summary", "lookup_sex"])
    rows = {(r.kind, r.study): r.rows for r in result.written}
    assert rows == {("manifest", "SDY1"): 6, ("study_summary", "SDY1"): 1, ("lookup_sex", None): 4}
    summary = pq.read_table(tmp_path / "kind=study_summary/study_accession=SDY1/part-0000.parquet")
    links = json.loads(summary.column("study_links")[0].as_py())  # nested models are stored as JSON text
    assert [link["name"] for link in links] == ["Study website", "Registry"]
    manifest = pq.read_table(tmp_path / "kind=manifest/study_accession=SDY1/part-0000.parquet")
    assert manifest.schema.field("filesize_bytes").type == pa.int64()
    assert (tmp_path / "kind=lookup_sex/part-0000.parquet").is_file()


def test_studies_from_a_search_query_with_paging(sandbox: SandboxInfo, tmp_path: Path) -> None:
    result = _export(
        sandbox, tmp_path, search={"term": "Sandbox cohort", "page_size": 4}, kinds=["study_arm"]
    )
    assert result.studies == 6  # SDY3000..SDY3005, over two search pages of 4
    assert sorted(r.study for r in result.written) == [f"SDY{3000 + k}" for k in range(6)]


def test_all_shared_studies_when_no_selection_is_given(sandbox: SandboxInfo, tmp_path: Path) -> None:
    result = _export(sandbox, tmp_path, kinds=["study_arm"])
    assert result.studies == 11
    assert {r.study for r in result.written} >= {"SDY1", "SDY1680", "SDY3005"}


def test_export_through_a_pyarrow_filesystem_object(sandbox: SandboxInfo, tmp_path: Path) -> None:
    import pyarrow.fs as pafs

    result = _export(
        sandbox, str(tmp_path / "arrow"), studies=["SDY4"], kinds=["pcr"], filesystem=pafs.LocalFileSystem()
    )
    assert [(r.path, r.rows) for r in result.written] == [
        ("kind=pcr/study_accession=SDY4/part-0000.parquet", 24)
    ]
    assert pq.read_metadata(tmp_path / "arrow/kind=pcr/study_accession=SDY4/part-0000.parquet").num_rows == 24
    assert verify(str(tmp_path / "arrow"), filesystem=pafs.LocalFileSystem()).ok


def test_verify_and_connect_refuse_a_directory_that_is_not_an_export(tmp_path: Path) -> None:
    from immport.export import connect

    with pytest.raises(InvalidRequestError, match="no export at"):
        verify(tmp_path)
    with pytest.raises(InvalidRequestError, match="no export at"):
        connect(tmp_path)

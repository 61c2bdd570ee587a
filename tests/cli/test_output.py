"""The output writers: every format, streaming behaviour, format choice, nested values."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from immport_api_client.models.v_elisa_result import VElisaResult

from immport.cli.commands.data import columns_of
from immport.cli.output import OutputFormat, choose_format, emit, emit_object
from immport.cli.rows import cell, to_record
from immport.operations import OPERATIONS

ROWS = [
    {"studyAccession": "SDY2", "valuePreferred": 1.5, "tags": ["a", "b"], "comments": None},
    {"studyAccession": "SDY4", "valuePreferred": -1.0, "tags": [], "comments": "tab\there"},
]


def test_choose_format_prefers_flag_then_suffix_then_tty() -> None:
    assert choose_format(OutputFormat.csv, Path("x.json"), stdout_is_tty=True) is OutputFormat.csv
    assert choose_format(None, Path("x.TSV"), stdout_is_tty=True) is OutputFormat.tsv
    assert choose_format(None, Path("x.parquet"), stdout_is_tty=False) is OutputFormat.parquet
    assert choose_format(None, Path("no-suffix"), stdout_is_tty=True) is OutputFormat.json
    assert choose_format(None, None, stdout_is_tty=True) is OutputFormat.table
    assert choose_format(None, None, stdout_is_tty=False) is OutputFormat.json


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv"])
def test_text_formats_round_trip(fmt: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{fmt}"
    assert emit(ROWS, OutputFormat(fmt), target) == 2
    text = target.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text) == ROWS
    elif fmt == "jsonl":
        assert [json.loads(line) for line in text.splitlines()] == ROWS
    else:
        parsed = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        assert parsed[0] == ["studyAccession", "valuePreferred", "tags", "comments"]
        assert parsed[1] == ["SDY2", "1.5", '["a","b"]', ""]
        assert parsed[2] == ["SDY4", "-1.0", "[]", "tab\there"]


def test_tsv_reads_back_with_pandas(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    emit(ROWS, OutputFormat.tsv, target)
    frame = pd.read_csv(target, sep="\t")
    assert list(frame["studyAccession"]) == ["SDY2", "SDY4"]
    assert list(frame["valuePreferred"]) == [1.5, -1.0]


def test_parquet_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "out.parquet"
    emit(ROWS, OutputFormat.parquet, target)
    frame = pd.read_parquet(target)
    assert list(frame["studyAccession"]) == ["SDY2", "SDY4"]
    assert frame["tags"].tolist() == ['["a","b"]', "[]"]


def test_empty_results_are_still_valid_documents(tmp_path: Path) -> None:
    json_out = tmp_path / "empty.json"
    emit([], OutputFormat.json, json_out)
    assert json.loads(json_out.read_text()) == []
    tsv_out = tmp_path / "empty.tsv"
    emit([], OutputFormat.tsv, tsv_out, columns=["a", "b"])
    assert tsv_out.read_text() == "a\tb\n"


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv"])
def test_streaming_writers_write_each_row_before_the_next_is_fetched(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sink = io.StringIO()
    monkeypatch.setattr("sys.stdout", sink)
    lengths: list[int] = []

    def rows() -> Iterator[dict[str, str]]:
        for i in range(3):
            lengths.append(len(sink.getvalue()))
            yield {"value": f"row-{i}"}

    emit(rows(), OutputFormat(fmt), None)
    assert lengths[0] < lengths[1] < lengths[2]  # row i was written before row i+1 was requested
    assert all(f"row-{i}" in sink.getvalue() for i in range(3))


def test_delimited_header_from_model_columns_includes_unset_fields(tmp_path: Path) -> None:
    columns = columns_of(OPERATIONS["getElisaResult"])
    assert columns is not None and columns[0] == "resultId" and "studyAccession" in columns
    row = VElisaResult(study_accession="SDY2", value_preferred=2.0)
    target = tmp_path / "elisa.tsv"
    emit([row], OutputFormat.tsv, target, columns=columns)
    frame = pd.read_csv(target, sep="\t")
    assert list(frame.columns) == columns
    assert frame.loc[0, "studyAccession"] == "SDY2"
    assert frame.loc[0, "valuePreferred"] == 2.0


def test_extra_keys_beyond_the_header_are_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.csv"
    emit([{"a": 1}, {"a": 2, "b": 3}], OutputFormat.csv, target)
    assert target.read_text() == "a\n1\n2\n"
    assert "dropping columns not in the header: b" in capsys.readouterr().err


def test_table_fits_the_terminal_and_says_what_it_hid(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    wide = [{f"column_{i}": f"value {i}" for i in range(20)}]
    emit(wide, OutputFormat.table, None)
    captured = capsys.readouterr()
    assert "column_0" in captured.out and "column_19" not in captured.out
    assert max(len(line) for line in captured.out.splitlines()) <= 60
    assert "of 20 columns; choose with --columns" in captured.err


def test_emit_object_json_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    emit_object({"uploadTicketNumber": "demo_1", "status": "Completed"}, OutputFormat.json, None)
    assert json.loads(capsys.readouterr().out) == {"uploadTicketNumber": "demo_1", "status": "Completed"}
    emit_object({"uploadTicketNumber": "demo_1", "status": "Completed"}, OutputFormat.table, None)
    out = capsys.readouterr().out
    assert "uploadTicketNumber" in out and "Completed" in out


def test_records_and_cells() -> None:
    record = to_record(VElisaResult(study_accession="SDY2"))  # every field, null when empty (as sent)
    assert record["studyAccession"] == "SDY2" and record["valuePreferred"] is None and len(record) == 42
    assert to_record("SDY1") == {"value": "SDY1"}
    assert cell(None) == "" and cell({"a": 1}) == '{"a":1}' and cell(True) == "True"


def test_parquet_without_the_pandas_extra_says_how_to_get_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from immport.cli.output import UsageProblem

    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    with pytest.raises(UsageProblem, match=r"pip install 'immport\[pandas\]'"):
        emit(ROWS, OutputFormat.parquet, tmp_path / "x.parquet")
    assert not (tmp_path / "x.parquet").exists()

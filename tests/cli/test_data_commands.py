"""study / results / lookup / search / files manifest against the sandbox, in every output format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from immport.operations import operations_in
from tests.cli.conftest import CliInvoker

ELISA = ["results", "elisa", "--study", "SDY2,SDY4"]


def rows_of(fmt: str, text: str) -> list[dict[str, str]]:
    if fmt == "json":
        return list(json.loads(text))
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return list(csv.DictReader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv"])
def test_results_in_each_text_format_carry_the_same_rows(cli: CliInvoker, fmt: str) -> None:
    result = cli(*ELISA, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    rows = rows_of(fmt, result.stdout)
    assert len(rows) == 80
    assert {row["studyAccession"] for row in rows} == {"SDY2", "SDY4"}
    first = json.loads(cli(*ELISA, "-f", "json").stdout)[0]
    assert str(rows[0]["resultId"]) == str(first["resultId"])


def test_json_is_the_default_when_piped_and_table_can_be_asked_for(cli: CliInvoker) -> None:
    piped = cli(*ELISA)
    assert isinstance(json.loads(piped.stdout), list)
    table = cli(*ELISA, "--format", "table", "--columns", "studyAccession,subjectAccession,valuePreferred")
    assert table.exit_code == 0
    assert "studyAccession" in table.stdout and "SUB2100" in table.stdout and "┃" in table.stdout


def test_parquet_and_tsv_files_read_back_with_pandas(cli: CliInvoker, tmp_path: Path) -> None:
    parquet, tsv = tmp_path / "elisa.parquet", tmp_path / "elisa.tsv"
    assert cli(*ELISA, "-o", str(parquet)).exit_code == 0
    assert cli(*ELISA, "-o", str(tsv)).exit_code == 0
    from_parquet, from_tsv = pd.read_parquet(parquet), pd.read_csv(tsv, sep="\t")
    assert len(from_parquet) == len(from_tsv) == 80
    assert list(from_parquet.columns) == list(from_tsv.columns)
    assert list(from_parquet["valuePreferred"]) == list(from_tsv["valuePreferred"])


def test_numeric_filter_option_and_generic_filter_agree(cli: CliInvoker) -> None:
    everything = json.loads(cli(*ELISA, "-f", "json").stdout)
    by_option = json.loads(cli(*ELISA, "--min-subject-age-gte", "60", "-f", "json").stdout)
    by_filter = json.loads(cli(*ELISA, "--filter", "minSubjectAgeGte=60", "-f", "json").stdout)
    assert by_option == by_filter
    assert 0 < len(by_option) < len(everything)
    assert all(row["minSubjectAge"] >= 60 for row in by_option)


def test_columns_selects_and_orders(cli: CliInvoker) -> None:
    result = cli(*ELISA, "-f", "csv", "--columns", "valuePreferred,studyAccession")
    assert result.stdout.splitlines()[0] == "valuePreferred,studyAccession"


def test_study_resource_for_several_studies(cli: CliInvoker) -> None:
    rows = json.loads(cli("study", "arm", "SDY1", "SDY2", "-f", "json").stdout)
    assert {row["studyAccession"] for row in rows} == {"SDY1", "SDY2"}


def test_study_summary_is_one_object(cli: CliInvoker) -> None:
    summary = json.loads(cli("study", "summary", "SDY1", "-f", "json").stdout)
    assert summary["studyAccession"] == "SDY1"


@pytest.mark.parametrize(
    ("command", "group"), [("study", "studies"), ("results", "results"), ("lookup", "lookups")]
)
def test_list_shows_every_registered_operation(cli: CliInvoker, command: str, group: str) -> None:
    result = cli(command, "--list")
    assert result.exit_code == 0
    for op in operations_in(group):
        assert op.path in result.stdout


def test_lookup_csv(cli: CliInvoker) -> None:
    result = cli("lookup", "disease", "-f", "csv")
    lines = result.stdout.splitlines()
    assert lines[0] == "name,description,link,diseaseOntologyId"
    assert any(line.startswith("Influenza,") for line in lines)


def test_search_one_page_notes_the_next_and_all_fetches_everything(cli: CliInvoker) -> None:
    page = cli("search", "studies", "--term", "influenza", "--page-size", "1", "-f", "json")
    assert page.exit_code == 0
    assert len(json.loads(page.stdout)) == 1
    assert "--from-record 1" in page.stderr
    everything = json.loads(cli("search", "studies", "--term", "influenza", "--all", "-f", "json").stdout)
    assert len(everything) > 1
    assert all("study_accession" in hit for hit in everything)


def test_search_facet_option(cli: CliInvoker) -> None:
    hits = json.loads(cli("search", "studies", "--study-accession", "SDY1", "-f", "json").stdout)
    assert [hit["study_accession"] for hit in hits] == ["SDY1"]


def test_files_manifest_tsv(cli: CliInvoker) -> None:
    result = cli("files", "manifest", "SDY1", "--type", "result_file", "-f", "tsv")
    frame = pd.read_csv(io.StringIO(result.stdout), sep="\t")
    assert set(frame["fileType"]) == {"result_file"}
    assert {"fileName", "filesizeBytes", "generatedMD5"} <= set(frame.columns)


def test_verbose_logs_go_to_stderr_and_quiet_silences_notes(cli: CliInvoker) -> None:
    loud = cli("-vv", "study", "arm", "SDY1", "-f", "csv", "-o", "/dev/null")
    assert loud.exit_code == 0
    assert "HTTP Request: GET" in loud.stderr and "/api/study/arm/SDY1" in loud.stderr
    assert loud.stdout == ""  # the secret-canary check in CliInvoker covers the debug logs too
    quiet = cli("-q", "search", "studies", "--term", "influenza", "--page-size", "1", "-f", "json")
    assert quiet.stderr == "" and json.loads(quiet.stdout)
    normal = cli("study", "arm", "SDY1", "-f", "csv")
    assert "HTTP Request" not in normal.stderr


FORMATS = ["json", "jsonl", "tsv", "csv", "table", "parquet"]
COMMANDS = {  # args, a value the output must contain
    "lookup": (["lookup", "species"], "Homo sapiens"),
    "study-summary": (["study", "summary", "SDY1"], "M3SANDBOX1"),  # one object, not a list
    "search-subjects": (["search", "subjects", "--study-accession", "SDY1"], "SDY1"),
    "manifest": (["files", "manifest", "SDY1"], "SDY1_subjects.txt"),
    "workspaces": (["upload", "workspaces"], "999999"),
    "login": (["auth", "login"], "ROLE_USER"),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_format_for_each_kind_of_output(
    cli: CliInvoker, tmp_path: Path, command: str, fmt: str
) -> None:
    args, expected = COMMANDS[command]
    target = tmp_path / f"out.{fmt}"
    result = cli(*args, "--format", fmt, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    if fmt == "parquet":
        frame = pd.read_parquet(target)
        text = frame.to_csv(index=False)
    else:
        text = target.read_text()
    assert expected in text
    if fmt in ("tsv", "csv"):
        assert len(pd.read_csv(target, sep="\t" if fmt == "tsv" else ",")) >= 1
    elif fmt == "json":
        assert json.loads(text)
    elif fmt == "jsonl":
        assert all(json.loads(line) for line in text.splitlines())


def test_results_tsv_in_a_subprocess_reads_back_with_pandas(env: dict[str, str], tmp_path: Path) -> None:
    import subprocess
    import sys

    target = tmp_path / "elisa.tsv"
    args = [
        sys.executable,
        "-m",
        "immport.cli",
        "--sandbox",
        "auto",
        *ELISA,
        "--format",
        "tsv",
        "-o",
        str(target),
    ]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and "wrote 80 rows" in done.stderr
    frame = pd.read_csv(target, sep="\t")
    assert frame.shape == (80, 42)
    assert set(frame["studyAccession"]) == {"SDY2", "SDY4"}
    assert frame["valuePreferred"].dtype.kind == "f"


def test_a_narrow_results_table_shows_the_accessions_the_value_its_unit_and_the_time_point(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    result = cli(*ELISA, "-f", "table")
    assert result.exit_code == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "studyAccession" in line)
    for name in ("subjectAccession", "valuePreferred", "unitPreferred", "studyTimeCollected"):
        assert name in header, header
    assert header.index("studyAccession") < header.index("subjectAccession") < header.index("valuePreferred")
    assert "columns; choose with --columns" in result.stderr

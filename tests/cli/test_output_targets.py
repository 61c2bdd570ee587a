"""Where `-o` writes and what it refuses: bad paths, symlinks, stdout aliases, suffixes, columns, progress."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from immport.cli import output as outputs
from tests.cli.conftest import CliInvoker
from tests.cli.test_bad_input import assert_one_line_error

ARM = ["study", "arm", "SDY1"]
ELISA = ["results", "elisa", "--study", "SDY2"]


def test_a_missing_output_directory_is_one_line_naming_the_path(cli: CliInvoker, tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "arm.csv"
    line = assert_one_line_error(cli(*ARM, "-o", str(target)), 2, str(target), "does not exist")
    assert "immport-partial" not in line and "FileNotFoundError" not in line


def test_an_output_under_a_file_is_one_line_naming_the_path(cli: CliInvoker, tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "arm.csv"
    assert_one_line_error(cli(*ARM, "-o", str(target)), 2, str(target))


def test_a_refused_rename_names_the_users_path_not_the_temporary_file(
    cli: CliInvoker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(outputs.os, "replace", refuse)
    target = tmp_path / "arm.csv"
    line = assert_one_line_error(cli(*ARM, "-o", str(target)), 2, str(target), "Permission denied")
    assert "immport-partial" not in line and "PermissionError" not in line
    assert not target.exists() and [p for p in os.listdir(tmp_path) if "arm" in p] == []


def test_output_to_a_symlink_writes_through_and_keeps_the_link(cli: CliInvoker, tmp_path: Path) -> None:
    real = tmp_path / "data" / "arm.csv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = cli(*ARM, "-o", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    header = next(csv.reader(io.StringIO(real.read_text(encoding="utf-8"))))
    assert "armAccession" in header
    assert sorted(os.listdir(real.parent)) == ["arm.csv"]


@pytest.mark.parametrize("alias", ["-", "/dev/stdout"])
def test_dash_and_dev_stdout_write_to_standard_output(cli: CliInvoker, alias: str) -> None:
    result = cli(*ARM, "-f", "csv", "-o", alias)
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(row["studyAccession"] == "SDY1" for row in rows)
    assert "wrote" not in result.stderr


def test_an_output_suffix_that_names_no_format_is_refused(cli: CliInvoker, tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    assert_one_line_error(cli(*ARM, "-o", str(target)), 2, "out.xlsx", ".xlsx", "--format")
    assert not target.exists()


def test_a_known_suffix_still_picks_its_format(cli: CliInvoker, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert cli(*ARM, "-o", str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8").split("\n", 1)[0].count(",") > 2


def test_unknown_columns_are_refused_naming_the_valid_ones(cli: CliInvoker) -> None:
    assert_one_line_error(
        cli(*ELISA, "-f", "csv", "--columns", "studyAccession,valuePrefered"),
        2,
        "'valuePrefered'",
        "did you mean 'valuePreferred'",
        "valid columns:",
        "subjectAccession",
    )


def test_unknown_columns_of_rows_without_a_schema_are_refused(cli: CliInvoker) -> None:
    result = cli("search", "studies", "--term", "influenza", "-f", "jsonl", "--columns", "no_such_field")
    assert result.exit_code == 2, result.stderr
    assert "unknown column 'no_such_field'" in result.stderr and "valid columns:" in result.stderr


def test_a_long_export_prints_progress_lines_when_stderr_is_not_a_terminal(
    cli: CliInvoker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outputs, "PROGRESS_INTERVAL", 0.0)
    target = tmp_path / "elisa.tsv"
    result = cli(*ELISA, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if "rows written to" in line]
    assert len(progress) >= 10 and progress[-1].startswith("40 rows written")
    quiet = cli("-q", *ELISA, "-o", str(target))
    assert "rows written" not in quiet.stderr


def test_a_download_destination_under_a_file_is_one_line_naming_it(cli: CliInvoker, tmp_path: Path) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x", encoding="utf-8")
    line = assert_one_line_error(cli("files", "download", "SDY1", "--dest", str(blocker / "data")), 2)
    assert str(blocker) in line and "NotADirectoryError" not in line

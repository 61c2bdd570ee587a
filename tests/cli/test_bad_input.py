"""Bad input and failures: one line on stderr, what to do next, the right exit code, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result

from tests.cli.conftest import CliInvoker


def assert_one_line_error(result: Result, code: int, *needles: str) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def test_unknown_assay_suggests_the_closest(cli: CliInvoker) -> None:
    result = cli("results", "elisaa", "--study", "SDY2")
    assert_one_line_error(
        result, 2, "unknown assay 'elisaa'", "did you mean 'elisa'", "immport results --list"
    )


def test_unknown_lookup_and_resource(cli: CliInvoker) -> None:
    assert_one_line_error(cli("lookup", "diseases"), 2, "unknown lookup", "'disease'")
    assert_one_line_error(cli("study", "armz", "SDY1"), 2, "unknown resource", "'arm'")


def test_assay_names_are_spelling_insensitive(cli: CliInvoker) -> None:
    for spelling in ("neut-ab-titer", "neut_ab_titer", "neutAbTiter"):
        result = cli("results", spelling, "--study", "SDY2", "-f", "json")
        assert result.exit_code == 0, result.stderr


def test_malformed_accession_is_rejected_before_sending(cli: CliInvoker) -> None:
    assert_one_line_error(cli("study", "arm", "SDYX"), 2, "SDYX")
    assert_one_line_error(cli("results", "elisa", "--study", "SDY2,2SDY"), 2, "2SDY")


def test_unknown_generic_filter(cli: CliInvoker) -> None:
    result = cli("results", "elisa", "--filter", "minSubjectAgeGtee=5")
    assert_one_line_error(result, 2, "unknown filter 'minSubjectAgeGtee'", "did you mean 'minSubjectAgeGte'")


def test_filter_without_value(cli: CliInvoker) -> None:
    assert_one_line_error(cli("results", "elisa", "--filter", "studyAccession"), 2, "NAME=VALUE")


def test_non_numeric_value_for_a_numeric_filter(cli: CliInvoker) -> None:
    assert_one_line_error(cli("results", "elisa", "--min-subject-age-gte", "old"), 2, "old")


def test_unknown_option_and_bad_format(cli: CliInvoker) -> None:
    assert_one_line_error(cli("results", "elisa", "--bogus"), 2, "--bogus", "--help")
    assert_one_line_error(cli("lookup", "disease", "--format", "xml"), 2, "xml")


def test_missing_upload_file(cli: CliInvoker, tmp_path: Path) -> None:
    missing = tmp_path / "nope.zip"
    assert_one_line_error(cli("upload", "zip", str(missing), "-w", "999999"), 2, "not found", "nope.zip")


def test_malformed_ticket_number(cli: CliInvoker) -> None:
    assert_one_line_error(cli("upload", "status", "not-a-ticket"), 2, "ticket")


def test_no_credentials_is_an_auth_error(cli: CliInvoker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMMPORT_USERNAME")
    monkeypatch.delenv("IMMPORT_PASSWORD")
    assert_one_line_error(cli("results", "elisa", "--study", "SDY2"), 3, "auth login")
    assert_one_line_error(cli("auth", "login"), 3, "no credentials")


def test_wrong_password_is_an_auth_error(cli: CliInvoker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMMPORT_PASSWORD", "not-the-password")
    assert_one_line_error(cli("auth", "login"), 3, "rejected the username or password")
    assert_one_line_error(cli("study", "arm", "SDY1"), 3)


def test_half_of_a_password_login(cli: CliInvoker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMMPORT_PASSWORD")
    assert_one_line_error(cli("study", "arm", "SDY1"), 2, "IMMPORT_PASSWORD")


def test_unreachable_server_is_an_api_error(cli: CliInvoker) -> None:
    result = cli("--query-url", "http://127.0.0.1:9", "--timeout", "2", "lookup", "disease", sandbox=False)
    assert_one_line_error(result, 1, "network")


def test_sandbox_auto_without_a_running_sandbox(
    cli: CliInvoker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no record there
    assert_one_line_error(cli("lookup", "disease"), 2, "immport sandbox serve")


def test_parquet_without_a_file_on_a_terminal_is_refused(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("immport.cli.output.stdout_is_tty", lambda: True)
    result = cli("lookup", "disease", "--format", "parquet")
    assert result.exit_code == 2
    assert "-o FILE.parquet" in result.stderr


def test_a_server_error_after_retries(
    cli: CliInvoker, sandbox_faults: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from immport.sandbox import SandboxInfo

    assert isinstance(sandbox_faults, SandboxInfo)
    monkeypatch.setenv("IMMPORT_MAX_RETRIES", "0")
    sandbox_faults.configure(fail_next=1, error_kinds=("500",))
    assert_one_line_error(cli("lookup", "disease"), 1, "try again later")


def test_a_failed_command_keeps_the_previous_output_file(cli: CliInvoker, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "elisa.tsv"
    target.write_text("previous results\n")
    assert_one_line_error(cli("results", "elisa", "--study", "SDY2,2SDY", "-o", str(target)), 2)
    assert target.read_text() == "previous results\n"
    assert [p.name for p in out.iterdir()] == ["elisa.tsv"]  # no partial file left behind


def test_sandbox_value_that_is_not_a_url(cli: CliInvoker) -> None:
    assert_one_line_error(
        cli("--sandbox", "localhost", "lookup", "disease", sandbox=False), 2, "--sandbox takes a URL"
    )


@pytest.mark.parametrize("value", ["", ",,", " , "])
def test_an_empty_study_list_is_refused_instead_of_fetching_everything(cli: CliInvoker, value: str) -> None:
    assert_one_line_error(cli("results", "elisa", "--study", value), 2, "--study", "no values")


def test_an_empty_list_filter_is_refused(cli: CliInvoker) -> None:
    assert_one_line_error(cli("results", "elisa", "--filter", "studyAccession=,"), 2, "studyAccession")

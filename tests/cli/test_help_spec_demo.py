"""Help text (an example on every command), spec check/diff, sandbox serve, the demo, exit-code mapping."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from immport import errors
from immport import spec as spec_copies
from immport.cli import app
from immport.cli.failures import ExitCode, classify
from immport.cli.sandbox_link import read_record, records_dir
from tests.cli.conftest import CliInvoker, lookup_in_subprocess


def all_commands(
    group: click.Group, ctx: click.Context, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        yield (*path, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, click.Context(command, parent=ctx), (*path, name))


def test_every_command_has_help_with_an_example() -> None:
    root_ctx = click.Context(app, info_name="immport")
    paths = list(all_commands(app, root_ctx))
    assert len(paths) > 26 + 11 + 45 + 2 + 20  # registry-built commands included
    runner = CliRunner()
    for path in [(), *paths]:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, (path, result.stderr)
        assert "Example:" in result.stdout, path
        assert "immport" in result.stdout.split("Example:")[1], path


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("immport ")


def test_bare_group_prints_its_help_and_exits_2(cli: CliInvoker) -> None:
    result = cli("results")
    assert result.exit_code == 2
    assert "Assays (11)" in result.stdout and "elisa" in result.stdout


def test_spec_diff_of_identical_and_changed_specs(cli: CliInvoker, tmp_path: Path) -> None:
    upstream = spec_copies.load_spec("upstream")
    old = tmp_path / "old.json"
    old.write_text(json.dumps(upstream))
    same = cli("spec", "diff", str(old), str(old), sandbox=False)
    assert same.exit_code == 0, same.stderr
    changed = json.loads(json.dumps(upstream))
    del changed["paths"]["/result/elisa"]
    new = tmp_path / "new.json"
    new.write_text(json.dumps(changed))
    broken = cli("spec", "diff", str(old), str(new), "--format", "json", sandbox=False)
    assert broken.exit_code == 1
    assert "removed-operation" in broken.stdout


def test_spec_diff_of_a_missing_file_is_a_usage_error(cli: CliInvoker, tmp_path: Path) -> None:
    result = cli("spec", "diff", str(tmp_path / "a.json"), str(tmp_path / "b.json"), sandbox=False)
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_spec_check_against_the_sandbox_finds_no_changes(cli: CliInvoker) -> None:
    result = cli("spec", "check", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["changes"] == []


def test_spec_check_against_an_unreachable_url_is_an_api_error(cli: CliInvoker) -> None:
    result = cli("--timeout", "2", "spec", "check", "--url", "http://127.0.0.1:9/v3/api-docs", sandbox=False)
    assert result.exit_code == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errors.InvalidRequestError("bad"), ExitCode.USAGE),
        (errors.AuthenticationError("who", status=401), ExitCode.AUTH),
        (errors.PermissionDeniedError("no", status=403), ExitCode.AUTH),
        (errors.VerificationError("md5"), ExitCode.VERIFICATION),
        (errors.NotFoundError("gone", status=404), ExitCode.API_ERROR),
        (errors.ServerError("oops", status=503), ExitCode.API_ERROR),
        (errors.TransportError("reset"), ExitCode.API_ERROR),
        (errors.UploadMayHaveRegisteredError("timeout"), ExitCode.API_ERROR),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED),
    ],
)
def test_exit_codes_and_one_line_messages(error: BaseException, code: ExitCode) -> None:
    got, message = classify(error)
    assert got == code
    assert "\n" not in message and message


def test_sandbox_serve_records_itself_and_stops_on_sigterm(env: dict[str, str], tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "immport.cli", "sandbox", "serve", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()  # the first stdout line: the --sandbox URL
        assert url.startswith("http://127.0.0.1:")
        record = read_record()
        assert record is not None and record["auth_url"] == url and record["pid"] == process.pid
        lookup_in_subprocess(env, url)
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0
    assert not (records_dir() / f"{process.pid}.json").exists()  # removed on the way out


def test_demo_exits_0_and_runs_every_step(env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "immport.cli", "demo"],
        env={**env, "COLUMNS": "120"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "10 steps ran" in done.stdout
    assert "4 part file(s) written" in done.stdout and "SDY4" in done.stdout.split("FROM elisa")[-1]
    assert "skipped" not in done.stdout
    assert "Completed_Validation" in done.stdout and "Completed_Batch_Updater_Validation" in done.stdout

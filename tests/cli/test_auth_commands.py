"""immport auth login / token: password flow, API key, key file, token only with --print."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from immport.cli import state
from immport.sandbox import SandboxInfo
from tests.cli.conftest import CliInvoker


def test_login_with_password_shows_user_and_expiry(cli: CliInvoker) -> None:
    result = cli("auth", "login", "-f", "json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["credential"] == "username + password"
    assert shown["user"] == "demo"
    assert shown["expiresAt"].startswith("20") and shown["expiresIn"].endswith("m")
    assert "browse" in shown["scopes"]


def test_password_prompt_when_only_the_username_is_known(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxInfo
) -> None:
    monkeypatch.delenv("IMMPORT_PASSWORD")
    monkeypatch.setattr("immport.cli.state.stdin_is_tty", lambda: True)
    monkeypatch.setattr("immport.cli.state.click.prompt", lambda *a, **k: sandbox.password)
    result = cli("auth", "login", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["user"] == "demo"


def test_login_with_api_key_checks_it_with_a_call(cli: CliInvoker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IMMPORT_USERNAME")
    monkeypatch.delenv("IMMPORT_PASSWORD")
    monkeypatch.setenv("IMMPORT_API_KEY", "not-a-valid-key")
    assert cli("auth", "login").exit_code == 3


def test_login_with_key_file_shows_expiry(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, canary_api_key: str
) -> None:
    monkeypatch.delenv("IMMPORT_USERNAME")
    monkeypatch.delenv("IMMPORT_PASSWORD")
    key_file = tmp_path / "key.json"
    key_file.write_text(
        json.dumps(
            {"id": "key-123", "api_key": canary_api_key, "expires_at": "2099-05-21T20:55:24.654328038Z"}
        )
    )
    result = cli("--api-key-file", str(key_file), "auth", "login", "-f", "json")
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown == {**shown, "credential": "API key", "keyId": "key-123", "check": "ok"}
    assert shown["expiresAt"].startswith("2099-05-21T20:55:24")


def test_token_is_printed_only_with_the_flag(cli: CliInvoker) -> None:
    quiet = cli("auth", "token")
    assert quiet.exit_code == 0 and quiet.stdout == ""
    assert "add --print" in quiet.stderr
    printed = cli("auth", "token", "--print")
    assert printed.exit_code == 0
    assert printed.stdout.count(".") == 2 and len(printed.stdout.strip()) > 40  # a compact JWT


def test_token_with_an_api_key_is_a_usage_error(cli: CliInvoker, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMMPORT_API_KEY", "some-key")
    monkeypatch.delenv("IMMPORT_USERNAME")
    result = cli("auth", "token", "--print")
    assert result.exit_code == 2
    assert "no token to get" in result.stderr


def test_username_flag_prompts_for_the_password_once(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxInfo
) -> None:
    monkeypatch.delenv("IMMPORT_USERNAME")
    monkeypatch.delenv("IMMPORT_PASSWORD")
    prompts: list[str] = []

    def prompt(text: str, **kwargs: object) -> str:
        prompts.append(text)
        assert kwargs.get("hide_input") is True
        return sandbox.password

    monkeypatch.setattr("immport.cli.state.stdin_is_tty", lambda: True)
    monkeypatch.setattr("immport.cli.state.click.prompt", prompt)
    for args in (["auth", "login", "-f", "json"], ["study", "arm", "SDY1", "-f", "json"]):
        prompts.clear()
        result = cli("--username", "demo", *args)
        assert result.exit_code == 0, result.stderr
        assert prompts == ["ImmPort password for demo"]


def test_a_key_close_to_expiry_warns_once_in_one_clean_line(
    env: dict[str, str], tmp_path: Path, canary_api_key: str
) -> None:
    import datetime as dt
    import subprocess
    import sys

    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    key_file = tmp_path / "key.json"
    key_file.write_text(
        json.dumps({"id": "key-123", "api_key": canary_api_key, "expires_at": soon.isoformat()})
    )
    environment = {k: v for k, v in env.items() if k not in ("IMMPORT_USERNAME", "IMMPORT_PASSWORD")}
    environment["IMMPORT_API_KEY_FILE"] = str(key_file)
    done = subprocess.run(
        [sys.executable, "-m", "immport.cli", "--sandbox", "auto", "study", "arm", "SDY1", "-f", "json"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert canary_api_key not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len([line for line in lines if "expires at" in line]) == 1, done.stderr
    assert lines == [line for line in lines if "key-123" in line], done.stderr  # nothing but that line
    assert "warnings.warn" not in done.stderr and "api_key.py" not in done.stderr


def test_only_a_username_prompts_for_the_password_on_a_terminal(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch, sandbox: SandboxInfo
) -> None:
    monkeypatch.delenv("IMMPORT_PASSWORD")
    monkeypatch.setattr(state, "stdin_is_tty", lambda: True)
    result = cli("results", "elisa", "--study", "SDY2", "-f", "json", input=sandbox.password + "\n")
    assert result.exit_code == 0, result.stderr
    assert f"ImmPort password for {sandbox.username}" in result.stderr
    assert len(json.loads(result.stdout)) == 40


def test_only_a_username_without_a_terminal_is_refused_before_sending(
    cli: CliInvoker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("IMMPORT_PASSWORD")
    monkeypatch.setattr(state, "stdin_is_tty", lambda: False)
    result = cli("results", "elisa", "--study", "SDY2", "-f", "json")
    assert result.exit_code == 2 and "IMMPORT_PASSWORD" in result.stderr

"""The CLI's one-line error and its -vv traceback and debug logs never show a credential, even when the
server echoes the password, the bearer token or the token's signature in a body."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from immport.cli import app

from .server import RemoteServer


@pytest.mark.usefixtures("cli_env")
@pytest.mark.parametrize("verbosity", [[], ["-v"], ["-vv"]], ids=["quiet", "-v", "-vv"])
def test_cli_output_never_shows_an_echoed_credential(
    server: RemoteServer, canary_password: str, verbosity: list[str]
) -> None:
    server.data_body = (
        f"<html><head><title>Welcome {canary_password}</title></head>"
        "<body>your token: {token} (signature {signature})</body></html>"
    )
    argv = [*verbosity, "--query-url", server.query_url, "--auth-url", server.base_url]
    result = CliRunner().invoke(app, [*argv, "results", "elisa", "--study", "SDY1"], catch_exceptions=True)
    output = result.stdout + result.stderr
    assert result.exit_code == 1 and "error:" in result.stderr
    assert len(server.issued) == 1
    token = next(iter(server.issued))
    for secret in (canary_password, token, token.rsplit(".", 1)[1]):
        assert secret not in output
    if verbosity == ["-vv"]:
        assert "Traceback" in output

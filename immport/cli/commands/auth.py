"""``immport auth login|token``: check credentials, show who you are and when the token or key expires."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from immport.cli import state
from immport.cli.commands.common import CONTEXT, example, output_options, show_object
from immport.cli.console import note
from immport.cli.failures import ExitCode
from immport.cli.state import KEY_VARIABLES
from immport.errors import AuthenticationError, CommandFailed

if TYPE_CHECKING:
    from immport.auth.password import IssuedToken
    from immport.client import Client

RESTRICTED_ACCESSIONS = "getRestrictedStudyAccessions"  # a cheap call that needs credentials


@click.group(context_settings=CONTEXT, epilog=example("immport auth login", "immport auth token --print"))
def auth() -> None:
    """Check ImmPort credentials (API key, key file, token, or username + password)."""


def _uses_password(opts: state.GlobalOptions) -> bool:
    """The client's own order: a key file or key/token variable wins unless --username is given."""
    if opts.username:
        return True
    return opts.api_key_file is None and not any(os.environ.get(v, "").strip() for v in KEY_VARIABLES)


def _password_login() -> tuple[Client, str, str]:
    """The user name and password from flag/env/prompt (never argv), and a client using them."""
    opts = state.options()
    username = opts.username or os.environ.get("IMMPORT_USERNAME", "").strip()
    interactive = state.stdin_is_tty()
    if not username and interactive:
        username = str(click.prompt("ImmPort user name", err=True)).strip()
    if not username:
        raise AuthenticationError(
            "no credentials: set IMMPORT_API_KEY, IMMPORT_API_KEY_FILE or IMMPORT_USERNAME + IMMPORT_PASSWORD"
        )
    password = os.environ.get("IMMPORT_PASSWORD") or state.ask_password(username)
    if not password:
        raise AuthenticationError(f"no password for {username!r}: set IMMPORT_PASSWORD or run in a terminal")
    client = state.client(login=(username, password))
    return client, username, password


def request_token(client: Client, username: str, password: str) -> IssuedToken:
    """Exchange the password for a token once, as the client does: never retried, on a connection of its own,
    following no redirect (the password form never leaves the configured auth host)."""
    from immport.auth import PasswordAuth

    credential = client.credential
    assert isinstance(credential, PasswordAuth)
    try:
        return credential.exchange()
    except AuthenticationError as exc:
        if exc.status not in (400, 401, 403):
            raise
        raise AuthenticationError(
            f"ImmPort rejected the username or password for {username!r}", status=exc.status
        ) from exc


def _expiry(seconds_since_epoch: float | None) -> dict[str, Any]:
    if seconds_since_epoch is None:
        return {"expiresAt": None, "expiresIn": "unknown"}
    when = dt.datetime.fromtimestamp(seconds_since_epoch, tz=dt.UTC)
    left = int(seconds_since_epoch - time.time())
    return {
        "expiresAt": when.isoformat(timespec="seconds"),
        "expiresIn": f"{left // 3600}h {left % 3600 // 60}m" if left > 0 else "expired",
    }


def token_identity(token: str) -> dict[str, Any]:
    from immport.auth.jwt import jwt_claims, jwt_expiry

    claims = jwt_claims(token) or {}
    scope = claims.get("scope")
    return {
        "user": claims.get("user_name") or claims.get("username") or claims.get("sub"),
        "roles": ", ".join(map(str, claims.get("authorities") or [])) or None,
        "scopes": " ".join(scope) if isinstance(scope, list) else scope,
        **_expiry(jwt_expiry(token)),
    }


def _check_with_a_call(client: Client) -> None:
    """One authenticated request, so a rejected key or token fails here (exit 3), not later."""
    from immport.operations import OPERATIONS

    op = OPERATIONS[RESTRICTED_ACCESSIONS]
    getattr(getattr(client, op.group), op.method_name)()


def _key_identity(client: Client) -> dict[str, Any]:
    from immport.auth import ApiKeyAuth, BearerTokenAuth

    credential = client.credential
    if isinstance(credential, ApiKeyAuth):
        expires = credential.expires_at.timestamp() if credential.expires_at else None
        return {
            "credential": "API key",
            "keyId": credential.key_id,
            "source": credential.source,
            **_expiry(expires),
        }
    if isinstance(credential, BearerTokenAuth):
        return {"credential": "bearer token", "source": credential.source}
    return {"credential": type(credential).__name__}


@auth.command(
    context_settings=CONTEXT,
    epilog=example(
        "IMMPORT_USERNAME=jdoe immport auth login   # asks for the password", "immport auth login -f json"
    ),
)
@output_options
def login(fmt: str | None, output: Path | None) -> None:
    """Check your credentials with ImmPort and show who you are and when the token or key expires.

    Username + password: the password comes from IMMPORT_PASSWORD or a hidden prompt, never a flag.
    API key: IMMPORT_API_KEY, IMMPORT_API_KEY_FILE or --api-key-file (checked with one authenticated call).
    """
    if _uses_password(state.options()):
        client, username, password = _password_login()
        issued = request_token(client, username, password)
        record = {"credential": "username + password", **token_identity(issued.value)}
        record["user"] = record["user"] or username
        show_object(record, fmt, output, title="ImmPort login")
        return
    client = state.client()
    if client.credential is None:
        raise AuthenticationError("no credentials found")
    _check_with_a_call(client)
    show_object({**_key_identity(client), "check": "ok"}, fmt, output, title="ImmPort credentials")


@auth.command(
    context_settings=CONTEXT, epilog=example('export IMMPORT_TOKEN="$(immport auth token --print)"')
)
@click.option("--print", "print_", is_flag=True, help="Print the token itself to stdout (it is a secret).")
def token(print_: bool) -> None:
    """Get a token for your username + password; shown only with --print."""
    if not _uses_password(state.options()):
        raise CommandFailed(
            ExitCode.USAGE, "API keys and tokens are sent as they are: there is no token to get"
        )
    client, username, password = _password_login()
    issued = request_token(client, username, password)
    identity = token_identity(issued.value)
    if not print_:
        who = identity["user"] or username
        note(f"token for {who} expires in {identity['expiresIn']}; add --print to show it")
        return
    click.echo(issued.value)

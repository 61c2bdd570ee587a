"""Global options (``immport --sandbox ... -v``) and the one Client a command uses."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import click

from immport.errors import UsageProblem

if TYPE_CHECKING:
    from immport.client import Client


@attrs.define
class GlobalOptions:
    sandbox: str | None = None
    query_url: str | None = None
    auth_url: str | None = None
    upload_url: str | None = None
    batch_url: str | None = None
    username: str | None = None
    api_key_file: Path | None = None
    timeout: float | None = None
    verbosity: int = 0
    cache: Path | None = None
    offline: bool = False


def options(ctx: click.Context | None = None) -> GlobalOptions:
    ctx = ctx or click.get_current_context()
    found = ctx.find_object(GlobalOptions)
    return found if found is not None else GlobalOptions()


def sandbox_urls(value: str) -> dict[str, str]:
    """Every base URL pointed at one running sandbox (``--sandbox URL|auto``)."""
    from immport.cli.sandbox_link import urls_for

    if value != "auto" and not value.startswith(("http://", "https://")):
        raise UsageProblem(f"--sandbox takes a URL like http://127.0.0.1:8080 or 'auto', not {value!r}")
    urls = urls_for(value)
    if urls is None:
        raise UsageProblem(
            "no running sandbox found: start one with `immport sandbox serve` or `python -m immport.sandbox`"
        )
    return urls


def client_kwargs(opts: GlobalOptions, *, login: tuple[str, str] | None = None) -> dict[str, Any]:
    """Keyword arguments for ``immport.Client`` from flags; what no flag sets is left to ``IMMPORT_*``."""
    kwargs: dict[str, Any] = {}
    if opts.sandbox:
        kwargs.update(sandbox_urls(opts.sandbox))
    for name in ("query_url", "auth_url", "upload_url", "batch_url"):
        value = getattr(opts, name)
        if value:
            kwargs[name] = value
    if opts.timeout is not None:
        kwargs["timeout"] = opts.timeout
    if opts.cache is not None or opts.offline:
        kwargs["cache"], kwargs["offline"] = opts.cache, opts.offline
    if login is not None:  # an explicit (username, password), e.g. from `auth login`'s prompt
        kwargs["username"], kwargs["password"] = login
    elif opts.api_key_file is not None:
        kwargs["api_key_file"] = opts.api_key_file
    elif opts.username:
        kwargs["username"] = opts.username
        kwargs["password"] = os.environ.get("IMMPORT_PASSWORD") or ask_password(opts.username)
    elif _only_a_username():  # IMMPORT_USERNAME without IMMPORT_PASSWORD: ask on a terminal
        username = os.environ["IMMPORT_USERNAME"].strip()
        password = ask_password(username)
        if password:
            kwargs["username"], kwargs["password"] = username, password
    if opts.sandbox and not _credential_configured(kwargs):
        from immport.sandbox.config import DEFAULT_API_KEY

        kwargs["api_key"] = DEFAULT_API_KEY  # the sandbox's documented demo key (not a secret), sandbox only
    return kwargs


KEY_VARIABLES = ("IMMPORT_API_KEY", "IMMPORT_API_KEY_FILE", "IMMPORT_TOKEN")  # each wins over a password


def _credential_configured(kwargs: dict[str, Any]) -> bool:
    """A credential from a flag, a prompt or any IMMPORT_* variable (the client resolves which)."""
    if any(name in kwargs for name in ("username", "api_key_file")):
        return True
    return any(os.environ.get(name, "").strip() for name in (*KEY_VARIABLES, "IMMPORT_USERNAME"))


def _only_a_username() -> bool:
    env = os.environ
    if any(env.get(name, "").strip() for name in KEY_VARIABLES):
        return False
    return bool(env.get("IMMPORT_USERNAME", "").strip()) and not env.get("IMMPORT_PASSWORD")


def stdin_is_tty() -> bool:
    return sys.stdin.isatty()


def ask_password(username: str) -> str | None:
    """Prompt (hidden input) when a person is at the terminal; otherwise let the client report the gap."""
    if not stdin_is_tty():
        return None
    return str(click.prompt(f"ImmPort password for {username}", hide_input=True, err=True))


def client(ctx: click.Context | None = None, *, login: tuple[str, str] | None = None) -> Client:
    """The Client for this command (one per run), closed when the command ends.

    ``login``: an explicit (username, password), e.g. from ``auth login``'s prompt.
    """
    ctx = ctx or click.get_current_context()
    root = ctx.find_root()
    existing = root.meta.get("immport.client")
    if existing is not None:
        return existing  # type: ignore[no-any-return]
    from immport import Client

    made = root.with_resource(Client(**client_kwargs(options(ctx), login=login)))
    root.meta["immport.client"] = made
    return made

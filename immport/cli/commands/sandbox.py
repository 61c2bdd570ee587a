"""``immport sandbox serve``: a local ImmPort (all four services) for trying the CLI and for tests."""

from __future__ import annotations

from typing import Any

import click

from immport.cli.commands.common import CONTEXT, example
from immport.cli.console import VERBOSITY, stderr
from immport.errors import UsageProblem


@click.group(context_settings=CONTEXT, epilog=example("immport sandbox serve --port 8080"))
def sandbox() -> None:
    """A local ImmPort: Shared Data API, auth, file host, Data Upload and Batch Updater APIs."""


@sandbox.command(
    context_settings=CONTEXT,
    epilog=example(
        "immport sandbox serve --port 8080 &     # prints export lines (URLs and a key) for other shells",
        "export IMMPORT_API_KEY=sandbox-api-key",
        "immport --sandbox auto results elisa --study SDY2",
    ),
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (keep it loopback).")
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=8080,
    show_default=True,
    help="Query + auth port; upload is PORT+2, batch PORT+3, files PORT+1 (0: any free ports).",
)
@click.option("--rows", type=click.IntRange(min=1), help="ELISA/fcsAnalyzed rows per study (default 40).")
@click.option("--seed", type=int, help="Data seed (default 0).")
@click.option(
    "--ticket-delay", type=click.FloatRange(min=0), help="Seconds a ticket stays pending (default 0.2)."
)
def serve(host: str, port: int, rows: int | None, seed: int | None, ticket_delay: float | None) -> None:
    """Run the sandbox in the foreground until Ctrl-C; `immport --sandbox auto ...` then finds it.

    Prints the `export` lines that point the Python client (and the CLI) at it. Settings also come from
    IMMPORT_SANDBOX_* variables (the demo password only from IMMPORT_SANDBOX_PASSWORD, default
    demo-password; API keys from IMMPORT_SANDBOX_API_KEYS, default sandbox-api-key).
    """
    from immport.sandbox import config_from_env, serve
    from immport.sandbox.server import SandboxPortError

    overrides: dict[str, Any] = {"host": host, "port": port}
    for offset, name in enumerate(("files_port", "upload_port", "batch_port"), start=1):
        overrides[name] = port + offset if port else 0
    if rows is not None:
        overrides["rows"] = rows
    if seed is not None:
        overrides["seed"] = seed
    tunables = {"ticket_delay": ticket_delay} if ticket_delay is not None else {}
    config = config_from_env(**overrides, tunables=tunables)
    console = stderr()
    try:
        serve(
            config,
            announce=lambda line: console.print(line, markup=False, highlight=False),
            log_level="info" if VERBOSITY.level > 0 else "warning",
            on_ready=lambda info: click.echo(info.auth_url),  # stdout: the --sandbox URL, for scripts
        )
    except SandboxPortError as exc:
        raise UsageProblem(str(exc)) from None

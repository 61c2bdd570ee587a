"""``immport batch ...``: the Batch Updater API (templates, batch files, validation, tickets)."""

from __future__ import annotations

from pathlib import Path

import click

from immport.cli.commands.common import CONTEXT, TEMPLATES_DEST, example, output_options
from immport.cli.commands.tickets import add_ticket_commands, batch_api, finish_submission, wait_options


@click.group(
    context_settings=CONTEXT,
    epilog=example("immport batch upload UpdateValue.Reagent.txt --workspace 999999 --validate --wait"),
)
def batch() -> None:
    """Batch Updater API: change values of records already in ImmPort."""


@batch.command(context_settings=CONTEXT, epilog=example("immport batch templates --dest templates/"))
@TEMPLATES_DEST
def templates(dest: str) -> None:
    """Download the batch updater template zip; prints where it was saved."""
    click.echo(str(batch_api().templates(dest)))


@batch.command(
    "upload",
    context_settings=CONTEXT,
    epilog=example("immport batch upload UpdateValue.Reagent.txt -w 999999 --validate --wait"),
)
@click.argument("batch_file", type=click.Path(path_type=Path))
@click.option("-w", "--workspace", "workspace_id", type=int, required=True, help="Workspace id.")
@click.option("--notes", default="", help="Notes stored with the ticket.")
@click.option(
    "--validate",
    "validate_only",
    is_flag=True,
    help="Validate only (nothing changes): sends step 1, then asks for validation (step 2).",
)
@wait_options
@output_options
def batch_upload(
    batch_file: Path,
    workspace_id: int,
    notes: str,
    validate_only: bool,
    wait: bool,
    poll_interval: float,
    wait_timeout: float,
    fmt: str | None,
    output: Path | None,
) -> None:
    """Send a batch update file (with --validate: validate it without changing anything)."""
    ticket = batch_api().upload(batch_file, workspace_id, notes=notes, validate_only=validate_only)
    finish_submission(
        ticket,
        validate_only=validate_only,
        wait=wait,
        poll_interval=poll_interval,
        wait_timeout=wait_timeout,
        fmt=fmt,
        output=output,
        command="batch",
    )


add_ticket_commands(batch, batch_api, "batch")

"""``immport batch ...``: the Batch Updater API (templates, batch files, validation, tickets)."""

from __future__ import annotations

from pathlib import Path

import click

from immport.cli.commands.common import TEMPLATES_DEST, documented
from immport.cli.commands.tickets import (
    WORKSPACE,
    Finish,
    add_ticket_commands,
    batch_api,
    notes_option,
    ticket_options,
    validate_option,
)


@click.group(
    **documented("immport batch upload UpdateValue.Reagent.txt --workspace 999999 --validate --wait")
)
def batch() -> None:
    """Batch Updater API: change values of records already in ImmPort."""


@batch.command(**documented("immport batch templates --dest templates/"))
@TEMPLATES_DEST
def templates(dest: str) -> None:
    """Download the batch updater template zip; prints where it was saved."""
    click.echo(str(batch_api().templates(dest)))


@batch.command(
    "upload", **documented("immport batch upload UpdateValue.Reagent.txt -w 999999 --validate --wait")
)
@click.argument("batch_file", type=click.Path(path_type=Path))
@WORKSPACE
@notes_option("Notes stored with the ticket.")
@validate_option("nothing changes")
@ticket_options("batch")
def batch_upload(
    batch_file: Path, workspace_id: int, notes: str, validate_only: bool, finish: Finish
) -> None:
    """Send a batch update file (with --validate: validate it without changing anything)."""
    ticket = batch_api().upload(batch_file, workspace_id, notes=notes, validate_only=validate_only)
    finish.submission(ticket, validate_only=validate_only)


add_ticket_commands(batch, batch_api, "batch")

"""``immport upload ...``: the Data Upload API (workspaces, templates, uploads, validation, tickets)."""

from __future__ import annotations

from pathlib import Path

import click

from immport.cli.commands.common import TEMPLATES_DEST, documented, output_options, show_rows
from immport.cli.commands.tickets import (
    WORKSPACE,
    Finish,
    add_ticket_commands,
    notes_option,
    ticket_options,
    upload_api,
    validate_option,
)

NOTES = notes_option("Upload notes stored with the ticket.")
VALIDATE = validate_option("nothing is stored")


@click.group(**documented("immport upload zip package.zip --workspace 999999 --validate --wait"))
def upload() -> None:
    """Data Upload API: workspaces, templates, zip/multi-file/offline uploads, validation and tickets."""


@upload.command(**documented("immport upload workspaces --format table"))
@output_options
def workspaces(fmt: str | None, output: Path | None) -> None:
    """The workspaces you can upload to."""
    show_rows(upload_api().workspaces(), fmt, output, title="workspaces")


@upload.command(**documented("immport upload templates 999999 --dest templates/"))
@click.argument("workspace_id", type=int)
@TEMPLATES_DEST
def templates(workspace_id: int, dest: str) -> None:
    """Download the template zip for a workspace; prints where it was saved."""
    api = upload_api()
    click.echo(str(api.templates(workspace_id, dest)))


@upload.command("zip", **documented("immport upload zip package.zip -w 999999 --validate --wait"))
@click.argument("package", type=click.Path(path_type=Path))
@WORKSPACE
@NOTES
@VALIDATE
@ticket_options("upload")
def upload_zip(package: Path, workspace_id: int, notes: str, validate_only: bool, finish: Finish) -> None:
    """Upload one zip package (with --validate: validate it without storing anything)."""
    ticket = upload_api().upload_zip(package, workspace_id, notes=notes, validate_only=validate_only)
    finish.submission(ticket, validate_only=validate_only)


@upload.command(
    "files",
    **documented(
        "immport upload files basic_study_design.txt subjects.txt -w 999999 --package my_pkg --wait"
    ),
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@WORKSPACE
@click.option("--package", "package_name", required=True, help="Package name (required for loose files).")
@NOTES
@VALIDATE
@ticket_options("upload")
def upload_files(
    paths: tuple[Path, ...],
    workspace_id: int,
    package_name: str,
    notes: str,
    validate_only: bool,
    finish: Finish,
) -> None:
    """Upload loose files as one package."""
    ticket = upload_api().upload_files(
        list(paths), workspace_id, package_name, notes=notes, validate_only=validate_only
    )
    finish.submission(ticket, validate_only=validate_only)


@upload.command(**documented("immport upload offline -w 999999 --package big_pkg.zip"))
@WORKSPACE
@click.option("--package", "package_name", required=True, help="Name of the package to be delivered later.")
@NOTES
@ticket_options("upload")
def offline(workspace_id: int, package_name: str, notes: str, finish: Finish) -> None:
    """Reserve a ticket for a very large package that ImmPort staff will deliver to the drop zone."""
    finish.ticket(upload_api().register_offline(workspace_id, package_name, notes=notes))


add_ticket_commands(upload, upload_api, "upload")

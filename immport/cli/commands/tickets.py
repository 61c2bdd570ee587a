"""Ticket commands shared by `immport upload` and `immport batch`: validate, status, summary, report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from immport.cli import state
from immport.cli.commands.common import CONTEXT, example, output_options, show_object, show_rows
from immport.cli.console import VERBOSITY, note
from immport.cli.failures import ExitCode
from immport.cli.rows import Record, to_record
from immport.errors import CommandFailed

if TYPE_CHECKING:
    from immport.batch import BatchUpdater
    from immport.upload import Ticket, Upload
    from immport.upload.ticket import TicketApi

ApiFactory = Callable[[], "TicketApi"]


def wait_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option(
        "--wait-timeout", type=click.FloatRange(min=1), default=3600.0, show_default=True, help="Seconds."
    )(func)
    func = click.option(
        "--poll-interval", type=click.FloatRange(min=0.05), default=5.0, show_default=True, help="Seconds."
    )(func)
    return click.option("--wait", is_flag=True, help="Poll until the ticket finishes (spinner on stderr).")(
        func
    )


def ticket_record(ticket: Ticket) -> Record:
    return {
        "ticket": str(ticket.number),
        "status": ticket.last_status,
        "uploadPurpose": ticket.upload_purpose,
        "workspaceId": ticket.workspace_id,
    }


def finish(
    ticket: Ticket,
    *,
    wait: bool,
    poll_interval: float,
    wait_timeout: float,
    fmt: str | None,
    output: Path | None,
    command: str,
) -> None:
    """Optionally wait, print the ticket, and exit 1 if it ended rejected."""
    if wait:
        ticket.wait(poll_interval=poll_interval, timeout=wait_timeout, progress=VERBOSITY.level >= 0)
    show_object(ticket_record(ticket), fmt, output, title=f"ticket {ticket.number}")
    status = ticket.last_status
    if status is not None and status.is_rejected:
        raise CommandFailed(
            ExitCode.API_ERROR,
            f"ticket {ticket.number} ended {status}: see `immport {command} report {ticket.number}`",
        )
    if status is not None and status.awaits_validate_call and not wait:
        note(f"step 2: `immport {command} validate {ticket.number} --wait`")


def finish_submission(
    ticket: Ticket,
    *,
    validate_only: bool,
    wait: bool,
    poll_interval: float,
    wait_timeout: float,
    fmt: str | None,
    output: Path | None,
    command: str,
) -> None:
    """A ticket just created by an upload: announce it, run validation step 2 if asked, then `finish`."""
    note(f"ticket {ticket.number}: {ticket.last_status}")
    if validate_only:
        ticket.validate()
    finish(
        ticket,
        wait=wait,
        poll_interval=poll_interval,
        wait_timeout=wait_timeout,
        fmt=fmt,
        output=output,
        command=command,
    )


def add_ticket_commands(group: click.Group, api: ApiFactory, command: str) -> None:
    """validate / status / summary / report, identical for both services."""

    @group.command(
        context_settings=CONTEXT, epilog=example(f"immport {command} validate demo_20260101_42 --wait")
    )
    @click.argument("ticket")
    @wait_options
    @output_options
    def validate(
        ticket: str,
        wait: bool,
        poll_interval: float,
        wait_timeout: float,
        fmt: str | None,
        output: Path | None,
    ) -> None:
        """Step 2 of a validation: ask ImmPort to validate a ticket made with --validate."""
        validated = api().validate(ticket)
        finish(
            validated,
            wait=wait,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            fmt=fmt,
            output=output,
            command=command,
        )

    @group.command(
        context_settings=CONTEXT, epilog=example(f"immport {command} status demo_20260101_42 --wait")
    )
    @click.argument("ticket")
    @wait_options
    @output_options
    def status(
        ticket: str,
        wait: bool,
        poll_interval: float,
        wait_timeout: float,
        fmt: str | None,
        output: Path | None,
    ) -> None:
        """A ticket's status (with --wait: its final status)."""
        attached = api().ticket(ticket)
        attached.status()
        finish(
            attached,
            wait=wait,
            poll_interval=poll_interval,
            wait_timeout=wait_timeout,
            fmt=fmt,
            output=output,
            command=command,
        )

    @group.command(
        context_settings=CONTEXT, epilog=example(f"immport {command} summary demo_20260101_42 -f json")
    )
    @click.argument("ticket")
    @output_options
    def summary(ticket: str, fmt: str | None, output: Path | None) -> None:
        """The summary report: one row per registration result (json: the whole report)."""
        report = api().summary(ticket)
        if fmt in ("json", "jsonl"):
            show_object(report.raw or to_record(report), fmt, output)
            return
        note(
            f"ticket {report.ticket}: {report.status} — {report.file_name or ''} in workspace "
            f"{report.workspace_name or '?'}; {len(report.results)} result(s), {len(report.errors)} error(s)"
        )
        show_rows(report.results, fmt, output, title=f"summary {report.ticket}")

    @group.command(context_settings=CONTEXT, epilog=example(f"immport {command} report demo_20260101_42"))
    @click.argument("ticket")
    @click.option("--text", "as_text", is_flag=True, help="Print the report exactly as ImmPort wrote it.")
    @output_options
    def report(ticket: str, as_text: bool, fmt: str | None, output: Path | None) -> None:
        """The database report: its status table as rows (or --text for the full report)."""
        found = api().database_report(ticket)
        if as_text or not found.rows:
            if output is not None:
                output.write_text(found.text, encoding="utf-8")
            else:
                click.echo(found.text)
            return
        show_rows(found.rows, fmt, output, title=f"report {ticket}")
        if found.errors:
            note(f"{len(found.errors)} error row(s)")


def upload_api() -> Upload:
    """``client.upload``: the Data Upload API."""
    return state.client().upload


def batch_api() -> BatchUpdater:
    """``client.batch_updater``: the Batch Updater API."""
    return state.client().batch_updater

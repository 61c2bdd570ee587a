"""Ticket commands shared by `immport upload` and `immport batch`: validate, status, summary, report."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import click

from immport.cli import state
from immport.cli.commands.common import Documented, documented, output_options, show_object, show_rows
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


WORKSPACE = click.option("-w", "--workspace", "workspace_id", type=int, required=True, help="Workspace id.")


def notes_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return click.option("--notes", default="", help=help_text)


def validate_option(nothing: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--validate``: ``nothing`` says what does not happen ("nothing is stored")."""
    return click.option(
        "--validate",
        "validate_only",
        is_flag=True,
        help=f"Validate only ({nothing}): sends step 1, then asks for validation (step 2).",
    )


def ticket_record(ticket: Ticket) -> Record:
    return {
        "ticket": str(ticket.number),
        "status": ticket.last_status,
        "uploadPurpose": ticket.upload_purpose,
        "workspaceId": ticket.workspace_id,
    }


@attrs.frozen
class Finish:
    """How a ticket command ends: the wait options and the output options, as typed by the user."""

    command: str  # "upload" or "batch": for the hints printed on stderr
    wait: bool
    poll_interval: float
    wait_timeout: float
    fmt: str | None
    output: Path | None

    def ticket(self, ticket: Ticket) -> None:
        """Optionally wait, print the ticket, and exit 1 if it ended rejected."""
        if self.wait:
            ticket.wait(
                poll_interval=self.poll_interval, timeout=self.wait_timeout, progress=VERBOSITY.level >= 0
            )
        show_object(ticket_record(ticket), self.fmt, self.output, title=f"ticket {ticket.number}")
        status = ticket.last_status
        if status is not None and status.is_rejected:
            raise CommandFailed(
                ExitCode.API_ERROR,
                f"ticket {ticket.number} ended {status}: see `immport {self.command} report {ticket.number}`",
            )
        if status is not None and status.awaits_validate_call and not self.wait:
            note(f"step 2: `immport {self.command} validate {ticket.number} --wait`")

    def submission(self, ticket: Ticket, *, validate_only: bool) -> None:
        """A ticket just created by an upload: announce it, ask for validation step 2 if wanted, finish."""
        note(f"ticket {ticket.number}: {ticket.last_status}")
        if validate_only:
            ticket.validate()
        self.ticket(ticket)


def ticket_options(command: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The wait and output options of a ticket command, handed to it as one ``finish: Finish`` argument."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def with_finish(
            *args: Any,
            wait: bool,
            poll_interval: float,
            wait_timeout: float,
            fmt: str | None,
            output: Path | None,
            **kwargs: Any,
        ) -> Any:
            finish = Finish(command, wait, poll_interval, wait_timeout, fmt, output)
            return func(*args, finish=finish, **kwargs)

        return wait_options(output_options(with_finish))

    return decorate


def add_ticket_commands(group: click.Group, api: ApiFactory, command: str) -> None:
    """validate / status / summary / report, identical for both services."""

    def usage(verb: str, rest: str = "") -> Documented:
        return documented(f"immport {command} {verb} demo_20260101_42{rest}")

    @group.command(**usage("validate", " --wait"))
    @click.argument("ticket")
    @ticket_options(command)
    def validate(ticket: str, finish: Finish) -> None:
        """Step 2 of a validation: ask ImmPort to validate a ticket made with --validate."""
        finish.ticket(api().validate(ticket))

    @group.command(**usage("status", " --wait"))
    @click.argument("ticket")
    @ticket_options(command)
    def status(ticket: str, finish: Finish) -> None:
        """A ticket's status (with --wait: its final status)."""
        attached = api().ticket(ticket)
        attached.status()
        finish.ticket(attached)

    @group.command(**usage("summary", " -f json"))
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

    @group.command(**usage("report"))
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

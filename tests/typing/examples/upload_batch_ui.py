"""Upload, Batch Updater, tickets and ``client.ui`` are written once for both clients; each keeps its types:
results on ``immport.Client``, awaitables of the same results on ``immport.AsyncClient``."""

from __future__ import annotations

from pathlib import Path
from typing import Any, assert_type

import immport
from immport.ui import StudySummary
from immport.upload import AsyncTicket, DatabaseReport, Ticket, TicketStatus, TicketSummary, Workspace


def sync_calls(client: immport.Client) -> None:
    ticket = client.upload.upload_zip("package.zip", 999999, validate_only=True)
    assert_type(ticket, Ticket)
    assert_type(ticket.validate(), TicketStatus)
    assert_type(ticket.wait(poll_interval=1.0, timeout=60.0), TicketStatus)
    assert_type(client.upload.workspaces(), list[Workspace])
    assert_type(client.upload.templates(999999, "templates/"), Path)
    assert_type(client.upload.validate("jdoe_20260101_42"), Ticket)
    batch = client.batch_updater.upload("UpdateValue.Reagent.txt", 999999)
    assert_type(batch, Ticket)
    assert_type(client.batch_updater.ticket("jdoe_20260101_42").summary(), TicketSummary)
    assert_type(client.ui.summary("SDY1680"), StudySummary)
    assert_type(client.ui.study_accessions(), list[str])
    assert_type(client.ui.design("SDY1680"), Any)


async def async_calls(client: immport.AsyncClient) -> None:
    ticket = await client.upload.upload_files(["subjects.txt"], 999999, "my_package")
    assert_type(ticket, AsyncTicket)
    assert_type(await ticket.status(), TicketStatus)
    assert_type(await ticket.database_report(), DatabaseReport)
    assert_type(await client.upload.register_offline(999999, "big.zip"), AsyncTicket)
    assert_type(await client.batch_updater.validate(ticket), AsyncTicket)
    assert_type(await client.batch_updater.templates(), Path)
    assert_type(await client.ui.data_release_version(), str)

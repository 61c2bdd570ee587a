"""Batch Updater API: update values of already-registered records with a batch file.

Same ticket machinery as the Data Upload API (``Ticket``, ``wait``, reports); the Batch Updater's own
endpoints and POST are in ``immport.batch.flows``. Upload POSTs are never retried. Each call is written
once (:mod:`immport._bind`): ``BatchUpdater(client)`` returns results, ``AsyncBatchUpdater(aclient)``
awaitables.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from immport._bind import Async, M, Sync, flow_method
from immport._flows import Flow
from immport.batch import flows
from immport.upload.ticket import AsyncTicket, Ticket, TicketCalls, TicketT
from immport.upload.ticket_flows import Form, templates_flow

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

PathArg = str | PathLike[str]


class _BatchApi(TicketCalls[M, TicketT]):
    def __init__(self, client: Client | AsyncClient) -> None:
        super().__init__(client, flows.batch_service(client.settings.batch_url))

    @flow_method
    def templates(self, dest: PathArg = ".") -> Flow[Path]:
        """The batch updater template zip, saved atomically (``dest``: a file, or a directory)."""
        return templates_flow(*flows.templates_url(self._service), dest)

    @flow_method
    def upload(
        self,
        path: PathArg,
        workspace_id: int,
        *,
        validate_only: bool = False,
        notes: str = "",
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Flow[TicketT]:
        """Send a batch file (``batchUpdateUpload``; ``validate_only``: ``batchUpdateValidate``)."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        state = yield from flows.batch_upload(self._service, path, form, validate_only=validate_only)
        return self._ticket(state, validate_only)


class BatchUpdater(_BatchApi[Sync, Ticket]):
    """Sync Batch Updater API; construct as ``BatchUpdater(client)``."""

    _ticket_class = Ticket


class AsyncBatchUpdater(_BatchApi[Async, AsyncTicket]):
    """Asyncio Batch Updater API; construct as ``AsyncBatchUpdater(async_client)``."""

    _ticket_class = AsyncTicket

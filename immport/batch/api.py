"""Batch Updater API: update values of already-registered records with a batch file.

Same ticket machinery as the Data Upload API (``Ticket``, ``wait``, reports); the Batch Updater's own
endpoints and POST are in ``immport.batch.flows``. Upload POSTs are never retried.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from immport.batch import flows
from immport.upload.ticket import AsyncTicket, AsyncTicketApi, Ticket, TicketApi
from immport.upload.ticket_flows import Form, templates_flow

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

PathArg = str | PathLike[str]


class BatchUpdater(TicketApi):
    """Sync Batch Updater API; construct as ``BatchUpdater(client)``."""

    def __init__(self, client: Client) -> None:
        super().__init__(client, flows.batch_service(client.settings.batch_url))

    def templates(self, dest: PathArg = ".") -> Path:
        """The batch updater template zip, saved atomically (``dest``: a file, or a directory)."""
        return self._run(templates_flow(*flows.templates_url(self._service), dest))

    def upload(
        self,
        path: PathArg,
        workspace_id: int,
        *,
        validate_only: bool = False,
        notes: str = "",
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Ticket:
        """Send a batch file (``batchUpdateUpload``; ``validate_only``: ``batchUpdateValidate``)."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        flow = flows.batch_upload(self._service, path, form, validate_only=validate_only)
        return self._ticket(self._run(flow), validate_only)


class AsyncBatchUpdater(AsyncTicketApi):
    """Asyncio Batch Updater API; construct as ``AsyncBatchUpdater(async_client)``."""

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client, flows.batch_service(client.settings.batch_url))

    async def templates(self, dest: PathArg = ".") -> Path:
        return await self._run(templates_flow(*flows.templates_url(self._service), dest))

    async def upload(
        self,
        path: PathArg,
        workspace_id: int,
        *,
        validate_only: bool = False,
        notes: str = "",
        server_name: str = "",
        check_workspace: bool = False,
    ) -> AsyncTicket:
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        flow = flows.batch_upload(self._service, path, form, validate_only=validate_only)
        return self._ticket(await self._run(flow), validate_only)

"""Batch Updater API: update values of already-registered records with a batch file.

Same ticket machinery as the Data Upload API (``Ticket``, ``wait``, reports). The docs spell the report
paths two ways; ``.../{ticket}/reports/summary`` (the documented example) is tried first, then
``.../{ticket}/summary`` on 404. Upload POSTs are never retried.
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from immport.upload import flows
from immport.upload.ticket import AsyncTicket, AsyncTicketApi, Ticket, TicketApi

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

PathArg = str | PathLike[str]
TEMPLATES_NAME = "ImmportBatchUpdaterTemplates.zip"


class BatchUpdater(TicketApi):
    """Sync Batch Updater API; construct as ``BatchUpdater(client)``."""

    def __init__(self, client: Client) -> None:
        super().__init__(client, flows.batch_service(client.settings.batch_url))

    def templates(self, dest: PathArg = ".") -> Path:
        """The batch updater template zip, saved atomically (``dest``: a file, or a directory)."""
        url = self._service.url("/documentation/templates")
        return self._run(flows.templates_flow(url, dest, TEMPLATES_NAME))

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
        flow = flows.batch_upload(
            self._service,
            path,
            workspace_id,
            notes=notes,
            validate_only=validate_only,
            server_name=server_name,
            check_workspace=check_workspace,
        )
        return self._ticket(self._run(flow), validate_only)


class AsyncBatchUpdater(AsyncTicketApi):
    """Asyncio Batch Updater API; construct as ``AsyncBatchUpdater(async_client)``."""

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client, flows.batch_service(client.settings.batch_url))

    async def templates(self, dest: PathArg = ".") -> Path:
        url = self._service.url("/documentation/templates")
        return await self._run(flows.templates_flow(url, dest, TEMPLATES_NAME))

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
        flow = flows.batch_upload(
            self._service,
            path,
            workspace_id,
            notes=notes,
            validate_only=validate_only,
            server_name=server_name,
            check_workspace=check_workspace,
        )
        return self._ticket(await self._run(flow), validate_only)

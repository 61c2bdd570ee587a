"""Data Upload API (``settings.upload_url``, default https://immport-upload.niaid.nih.gov:8443).

Workflow: ``workspaces()`` -> ``templates(ws, dest)`` -> fill in -> ``upload_zip(..., validate_only=True)``
-> ``ticket.validate()`` -> read ``ticket.database_report()`` -> ``upload_zip(...)`` -> ``ticket.wait()``
-> ``ticket.summary()``. Upload POSTs are never retried (see ``UploadMayHaveRegisteredError``).
Very large packages: ``register_offline`` reserves a ticket; ImmPort staff deliver the package (ImmPort's
Aspera service was retired in July 2026; this client has no Aspera support).
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from immport.upload import flows
from immport.upload.ticket import AsyncTicket, AsyncTicketApi, Ticket, TicketApi
from immport.upload.ticket_flows import Form, templates_flow

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

PathArg = str | PathLike[str]


class Upload(TicketApi):
    """Sync Data Upload API; construct as ``Upload(client)``."""

    def __init__(self, client: Client) -> None:
        super().__init__(client, flows.upload_service(client.settings.upload_url))

    def templates(self, workspace_id: int, dest: PathArg = ".") -> Path:
        """Template zip for a workspace, saved atomically (``dest``: a file, or a directory)."""
        return self._run(templates_flow(*flows.templates_url(self._service, workspace_id), dest))

    def upload_zip(
        self,
        path: PathArg,
        workspace_id: int,
        *,
        notes: str = "",
        validate_only: bool = False,
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Ticket:
        """Upload one zip package (``packageName`` empty). ``validate_only``: step 1 of a validation."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        flow = flows.zip_upload(self._service, path, form, validate_only=validate_only)
        return self._ticket(self._run(flow), validate_only)

    def upload_files(
        self,
        paths: Sequence[PathArg],
        workspace_id: int,
        package_name: str,
        *,
        notes: str = "",
        validate_only: bool = False,
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Ticket:
        """Upload loose files as one package (one ``file`` part each; ``package_name`` required)."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        flow = flows.files_upload(self._service, paths, package_name, form, validate_only=validate_only)
        return self._ticket(self._run(flow), validate_only)

    def register_offline(
        self,
        workspace_id: int,
        package_name: str,
        *,
        notes: str = "",
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Ticket:
        """Reserve a ticket (status Pending) for a package that will be delivered to the drop zone later."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        return self._ticket(self._run(flows.offline_registration(self._service, package_name, form)))


class AsyncUpload(AsyncTicketApi):
    """Asyncio Data Upload API; construct as ``AsyncUpload(async_client)``. Same calls as ``Upload``."""

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client, flows.upload_service(client.settings.upload_url))

    async def templates(self, workspace_id: int, dest: PathArg = ".") -> Path:
        return await self._run(templates_flow(*flows.templates_url(self._service, workspace_id), dest))

    async def upload_zip(
        self,
        path: PathArg,
        workspace_id: int,
        *,
        notes: str = "",
        validate_only: bool = False,
        server_name: str = "",
        check_workspace: bool = False,
    ) -> AsyncTicket:
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        flow = flows.zip_upload(self._service, path, form, validate_only=validate_only)
        return self._ticket(await self._run(flow), validate_only)

    async def upload_files(
        self,
        paths: Sequence[PathArg],
        workspace_id: int,
        package_name: str,
        *,
        notes: str = "",
        validate_only: bool = False,
        server_name: str = "",
        check_workspace: bool = False,
    ) -> AsyncTicket:
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        flow = flows.files_upload(self._service, paths, package_name, form, validate_only=validate_only)
        return self._ticket(await self._run(flow), validate_only)

    async def register_offline(
        self,
        workspace_id: int,
        package_name: str,
        *,
        notes: str = "",
        server_name: str = "",
        check_workspace: bool = False,
    ) -> AsyncTicket:
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        return self._ticket(await self._run(flows.offline_registration(self._service, package_name, form)))

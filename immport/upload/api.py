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

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

PathArg = str | PathLike[str]


def _templates_url(client: Client | AsyncClient, workspace_id: object) -> tuple[str, str]:
    ws = flows.check_workspace_id(workspace_id)
    url = flows.upload_service(client.settings.upload_url).url(f"/documentation/templates/{ws}")
    return url, f"ImmportTemplates.{ws}.zip"


class Upload(TicketApi):
    """Sync Data Upload API; construct as ``Upload(client)``."""

    def __init__(self, client: Client) -> None:
        super().__init__(client, flows.upload_service(client.settings.upload_url))
        self._client = client

    def templates(self, workspace_id: int, dest: PathArg = ".") -> Path:
        """Template zip for a workspace, saved atomically (``dest``: a file, or a directory)."""
        url, name = _templates_url(self._client, workspace_id)
        return self._run(flows.templates_flow(url, dest, name))

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
        flow = flows.zip_upload(
            self._service,
            path,
            workspace_id,
            notes=notes,
            validate_only=validate_only,
            server_name=server_name,
            check_workspace=check_workspace,
        )
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
        flow = flows.files_upload(
            self._service,
            paths,
            workspace_id,
            package_name,
            notes=notes,
            validate_only=validate_only,
            server_name=server_name,
            check_workspace=check_workspace,
        )
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
        flow = flows.offline_registration(
            self._service,
            workspace_id,
            package_name,
            notes=notes,
            server_name=server_name,
            check_workspace=check_workspace,
        )
        return self._ticket(self._run(flow))


class AsyncUpload(AsyncTicketApi):
    """Asyncio Data Upload API; construct as ``AsyncUpload(async_client)``. Same calls as ``Upload``."""

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client, flows.upload_service(client.settings.upload_url))
        self._client = client

    async def templates(self, workspace_id: int, dest: PathArg = ".") -> Path:
        url, name = _templates_url(self._client, workspace_id)
        return await self._run(flows.templates_flow(url, dest, name))

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
        flow = flows.zip_upload(
            self._service,
            path,
            workspace_id,
            notes=notes,
            validate_only=validate_only,
            server_name=server_name,
            check_workspace=check_workspace,
        )
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
        flow = flows.files_upload(
            self._service,
            paths,
            workspace_id,
            package_name,
            notes=notes,
            validate_only=validate_only,
            server_name=server_name,
            check_workspace=check_workspace,
        )
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
        flow = flows.offline_registration(
            self._service,
            workspace_id,
            package_name,
            notes=notes,
            server_name=server_name,
            check_workspace=check_workspace,
        )
        return self._ticket(await self._run(flow))

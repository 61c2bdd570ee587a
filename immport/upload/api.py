"""Data Upload API (``settings.upload_url``, default https://immport-upload.niaid.nih.gov:8443).

Workflow: ``workspaces()`` -> ``templates(ws, dest)`` -> fill in -> ``upload_zip(..., validate_only=True)``
-> ``ticket.validate()`` -> read ``ticket.database_report()`` -> ``upload_zip(...)`` -> ``ticket.wait()``
-> ``ticket.summary()``. Upload POSTs are never retried (see ``UploadMayHaveRegisteredError``).
Very large packages: ``register_offline`` reserves a ticket; ImmPort staff deliver the package (ImmPort's
Aspera service was retired in July 2026; this client has no Aspera support).

Each call is written once (:mod:`immport._bind`): ``Upload(client)`` returns results, ``AsyncUpload(aclient)``
awaitables.
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from immport._bind import Async, M, Sync, flow_method
from immport._flows import Flow
from immport.upload import flows
from immport.upload.ticket import AsyncTicket, Ticket, TicketCalls, TicketT
from immport.upload.ticket_flows import Form, templates_flow

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

PathArg = str | PathLike[str]


class _UploadApi(TicketCalls[M, TicketT]):
    def __init__(self, client: Client | AsyncClient) -> None:
        super().__init__(client, flows.upload_service(client.settings.upload_url))

    @flow_method
    def templates(self, workspace_id: int, dest: PathArg = ".") -> Flow[Path]:
        """Template zip for a workspace, saved atomically (``dest``: a file, or a directory)."""
        return templates_flow(*flows.templates_url(self._service, workspace_id), dest)

    @flow_method
    def upload_zip(
        self,
        path: PathArg,
        workspace_id: int,
        *,
        notes: str = "",
        validate_only: bool = False,
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Flow[TicketT]:
        """Upload one zip package (``packageName`` empty). ``validate_only``: step 1 of a validation."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        state = yield from flows.zip_upload(self._service, path, form, validate_only=validate_only)
        return self._ticket(state, validate_only)

    @flow_method
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
    ) -> Flow[TicketT]:
        """Upload loose files as one package (one ``file`` part each; ``package_name`` required)."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        state = yield from flows.files_upload(
            self._service, paths, package_name, form, validate_only=validate_only
        )
        return self._ticket(state, validate_only)

    @flow_method
    def register_offline(
        self,
        workspace_id: int,
        package_name: str,
        *,
        notes: str = "",
        server_name: str = "",
        check_workspace: bool = False,
    ) -> Flow[TicketT]:
        """Reserve a ticket (status Pending) for a package that will be delivered to the drop zone later."""
        form = Form.checked(workspace_id, notes, server_name, check_workspace)
        return self._ticket((yield from flows.offline_registration(self._service, package_name, form)))


class Upload(_UploadApi[Sync, Ticket]):
    """Sync Data Upload API; construct as ``Upload(client)``."""

    _ticket_class = Ticket


class AsyncUpload(_UploadApi[Async, AsyncTicket]):
    """Asyncio Data Upload API; construct as ``AsyncUpload(async_client)``. Same calls as ``Upload``."""

    _ticket_class = AsyncTicket

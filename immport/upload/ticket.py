"""Ticket objects (sync and async) and the ticket calls both APIs share (status, reports, validate, wait)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from immport._flows import Clock, Flow
from immport.errors import InvalidRequestError
from immport.upload import ticket_flows as flows
from immport.upload.models import TicketNumber, TicketState, TicketSummary, Workspace
from immport.upload.report import DatabaseReport
from immport.upload.status import TicketStatus
from immport.upload.ticket_flows import StatusCallback, TicketService

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

T = TypeVar("T")
WaitProgress = bool | Callable[[TicketState], None]


def _number(ticket: object) -> TicketNumber:
    if isinstance(ticket, Ticket | AsyncTicket):
        return ticket.number
    return TicketNumber.parse(ticket)


@contextlib.contextmanager
def _status_reporter(progress: WaitProgress, ticket: TicketNumber) -> Iterator[StatusCallback]:
    if callable(progress):
        yield progress
    elif progress:
        try:
            from rich.console import Console
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise InvalidRequestError("progress=True needs rich: pip install 'immport[cli]'") from exc
        with Console(stderr=True).status(f"ticket {ticket}: waiting") as line:
            yield lambda state: line.update(f"ticket {ticket}: {state.status}")
    else:
        yield lambda state: None


@attrs.define(eq=False)
class _TicketFields:
    number: TicketNumber
    last_status: TicketStatus | None = None  # as of the last answer seen by this object
    upload_purpose: str | None = None
    workspace_id: int | None = None
    validation_requested: bool | None = None  # None: unknown (ticket attached by number)

    def _seen(self, state: TicketState) -> TicketStatus:
        self.last_status = state.status
        return state.status

    def _wait_flow(
        self, service: TicketService, poll_interval: float, timeout: float, on_status: StatusCallback
    ) -> Flow[TicketState]:
        return flows.wait_flow(
            service,
            self.number,
            poll_interval=poll_interval,
            timeout=timeout,
            on_status=on_status,
            validation_requested=self.validation_requested,
        )


@attrs.define(eq=False)
class Ticket(_TicketFields):
    """An upload/validation/batch ticket. ``str(ticket.number)`` is the ticket number."""

    _api: TicketApi | None = attrs.field(default=None, repr=False, kw_only=True)

    def _owner(self) -> TicketApi:
        if self._api is None:
            raise InvalidRequestError("this ticket is not attached to a client")
        return self._api

    def status(self) -> TicketStatus:
        return self._seen(self._owner()._run(flows.status_flow(self._owner()._service, self.number)))

    def validate(self) -> TicketStatus:
        """Step 2 of a validation (``validateData`` / ``batchUpdateValidate`` tickets)."""
        state = self._owner()._run(flows.validate_flow(self._owner()._service, self.number))
        self.validation_requested = True
        return self._seen(state)

    def wait(
        self,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        *,
        progress: WaitProgress = False,
        clock: Clock | None = None,
    ) -> TicketStatus:
        """Poll until Completed*/Rejected*; raises TicketTimeoutError after ``timeout`` seconds."""
        api = self._owner()
        with _status_reporter(progress, self.number) as report:
            flow = self._wait_flow(api._service, poll_interval, timeout, report)
            return self._seen(api._run(flow, clock))

    def summary(self) -> TicketSummary:
        return self._owner()._run(flows.summary_flow(self._owner()._service, self.number))

    def database_report(self) -> DatabaseReport:
        return self._owner()._run(flows.database_flow(self._owner()._service, self.number))


@attrs.define(eq=False)
class AsyncTicket(_TicketFields):
    """The asyncio form of ``Ticket``."""

    _api: AsyncTicketApi | None = attrs.field(default=None, repr=False, kw_only=True)

    def _owner(self) -> AsyncTicketApi:
        if self._api is None:
            raise InvalidRequestError("this ticket is not attached to a client")
        return self._api

    async def status(self) -> TicketStatus:
        return self._seen(await self._owner()._run(flows.status_flow(self._owner()._service, self.number)))

    async def validate(self) -> TicketStatus:
        state = await self._owner()._run(flows.validate_flow(self._owner()._service, self.number))
        self.validation_requested = True
        return self._seen(state)

    async def wait(
        self,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        *,
        progress: WaitProgress = False,
        clock: Clock | None = None,
    ) -> TicketStatus:
        api = self._owner()
        with _status_reporter(progress, self.number) as report:
            flow = self._wait_flow(api._service, poll_interval, timeout, report)
            return self._seen(await api._run(flow, clock))

    async def summary(self) -> TicketSummary:
        return await self._owner()._run(flows.summary_flow(self._owner()._service, self.number))

    async def database_report(self) -> DatabaseReport:
        return await self._owner()._run(flows.database_flow(self._owner()._service, self.number))


def _fields(state: TicketState, validate_only: bool | None) -> dict[str, Any]:
    return {
        "number": state.ticket,
        "last_status": state.status,
        "upload_purpose": state.upload_purpose,
        "workspace_id": state.workspace_id,
        "validation_requested": False if validate_only else None,
    }


class TicketApi:
    """What the Data Upload and Batch Updater APIs share (sync). Built from an ``immport.Client``."""

    def __init__(self, client: Client, service: TicketService) -> None:
        self._session = client.session
        self._service = service

    def _run(self, flow: Flow[T], clock: Clock | None = None) -> T:
        return self._session.run(flow, clock)

    def _ticket(self, state: TicketState, validate_only: bool | None = None) -> Ticket:
        return Ticket(**_fields(state, validate_only), api=self)

    def ticket(self, number: str | TicketNumber) -> Ticket:
        """Attach to an existing ticket by number (checked: ``<user>_<yyyymmdd>_<id>``)."""
        return Ticket(TicketNumber.parse(number), api=self)

    def workspaces(self) -> list[Workspace]:
        return self._run(flows.workspaces_flow(self._service.host))

    def status(self, ticket: str | TicketNumber | Ticket) -> TicketStatus:
        return self._run(flows.status_flow(self._service, _number(ticket))).status

    def validate(self, ticket: str | TicketNumber | Ticket) -> Ticket:
        """Step 2 of a validation; returns the ticket with the status the server answered."""
        state = self._run(flows.validate_flow(self._service, _number(ticket)))
        if isinstance(ticket, Ticket):
            ticket.validation_requested = True
            ticket._seen(state)
            return ticket
        result = self._ticket(state)
        result.validation_requested = True
        return result

    def summary(self, ticket: str | TicketNumber | Ticket) -> TicketSummary:
        return self._run(flows.summary_flow(self._service, _number(ticket)))

    def database_report(self, ticket: str | TicketNumber | Ticket) -> DatabaseReport:
        return self._run(flows.database_flow(self._service, _number(ticket)))


class AsyncTicketApi:
    """What the Data Upload and Batch Updater APIs share (asyncio). Built from an ``immport.AsyncClient``."""

    def __init__(self, client: AsyncClient, service: TicketService) -> None:
        self._session = client.session
        self._service = service

    async def _run(self, flow: Flow[T], clock: Clock | None = None) -> T:
        return await self._session.run(flow, clock)

    def _ticket(self, state: TicketState, validate_only: bool | None = None) -> AsyncTicket:
        return AsyncTicket(**_fields(state, validate_only), api=self)

    def ticket(self, number: str | TicketNumber) -> AsyncTicket:
        return AsyncTicket(TicketNumber.parse(number), api=self)

    async def workspaces(self) -> list[Workspace]:
        return await self._run(flows.workspaces_flow(self._service.host))

    async def status(self, ticket: str | TicketNumber | AsyncTicket) -> TicketStatus:
        return (await self._run(flows.status_flow(self._service, _number(ticket)))).status

    async def validate(self, ticket: str | TicketNumber | AsyncTicket) -> AsyncTicket:
        state = await self._run(flows.validate_flow(self._service, _number(ticket)))
        if isinstance(ticket, AsyncTicket):
            ticket.validation_requested = True
            ticket._seen(state)
            return ticket
        result = self._ticket(state)
        result.validation_requested = True
        return result

    async def summary(self, ticket: str | TicketNumber | AsyncTicket) -> TicketSummary:
        return await self._run(flows.summary_flow(self._service, _number(ticket)))

    async def database_report(self, ticket: str | TicketNumber | AsyncTicket) -> DatabaseReport:
        return await self._run(flows.database_flow(self._service, _number(ticket)))

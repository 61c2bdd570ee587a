"""Tickets (``Ticket``, ``AsyncTicket``) and the ticket calls the Data Upload and Batch Updater APIs share
(``workspaces``, ``status``, ``validate``, ``summary``, ``database_report``), each written once as a flow
(:mod:`immport._bind`): the sync classes return results, the async ones awaitables."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

import attrs

from immport._bind import Async, M, Resource, Sync, flow_method
from immport._flows import Clock, Flow
from immport.errors import InvalidRequestError
from immport.upload import ticket_flows as flows
from immport.upload.models import TicketNumber, TicketState, TicketSummary, Workspace
from immport.upload.report import DatabaseReport
from immport.upload.status import TicketStatus
from immport.upload.ticket_flows import StatusCallback, TicketService

if TYPE_CHECKING:
    from immport._session import AsyncSession, SyncSession
    from immport.client import AsyncClient, Client

__all__ = ["AsyncTicket", "AsyncTicketApi", "Ticket", "TicketApi", "TicketCalls", "TicketT", "WaitProgress"]

WaitProgress = bool | Callable[[TicketState], None]


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
class _Ticket(Resource[M]):
    """An upload/validation/batch ticket. ``str(ticket.number)`` is the ticket number."""

    number: TicketNumber
    last_status: TicketStatus | None = None  # as of the last answer seen by this object
    upload_purpose: str | None = None
    workspace_id: int | None = None
    validation_requested: bool | None = None  # None: unknown (ticket attached by number)
    _api: TicketCalls[M, Any] | None = attrs.field(default=None, repr=False, kw_only=True)

    @property
    def _session(self) -> SyncSession | AsyncSession:
        return self._owner()._session

    @_session.setter
    def _session(self, session: SyncSession | AsyncSession) -> None:
        raise AttributeError("a ticket uses the session of the API it came from")

    def _owner(self) -> TicketCalls[M, Any]:
        if self._api is None:
            raise InvalidRequestError("this ticket is not attached to a client")
        return self._api

    def _seen(self, state: TicketState) -> TicketStatus:
        self.last_status = state.status
        return state.status

    @flow_method
    def status(self) -> Flow[TicketStatus]:
        return self._seen((yield from flows.status_flow(self._owner()._service, self.number)))

    @flow_method
    def validate(self) -> Flow[TicketStatus]:
        """Step 2 of a validation (``validateData`` / ``batchUpdateValidate`` tickets)."""
        state = yield from flows.validate_flow(self._owner()._service, self.number)
        self.validation_requested = True
        return self._seen(state)

    @flow_method
    def wait(
        self,
        poll_interval: float = 5.0,
        timeout: float = 3600.0,
        *,
        progress: WaitProgress = False,
        clock: Clock | None = None,  # taken by the runner: tests pass a fake clock
    ) -> Flow[TicketStatus]:
        """Poll until Completed*/Rejected*; raises TicketTimeoutError after ``timeout`` seconds."""
        service = self._owner()._service
        with _status_reporter(progress, self.number) as report:
            state = yield from flows.wait_flow(
                service,
                self.number,
                poll_interval=poll_interval,
                timeout=timeout,
                on_status=report,
                validation_requested=self.validation_requested,
            )
        return self._seen(state)

    @flow_method
    def summary(self) -> Flow[TicketSummary]:
        return flows.summary_flow(self._owner()._service, self.number)

    @flow_method
    def database_report(self) -> Flow[DatabaseReport]:
        return flows.database_flow(self._owner()._service, self.number)


@attrs.define(eq=False)
class Ticket(_Ticket[Sync]):
    """An upload/validation/batch ticket. ``str(ticket.number)`` is the ticket number."""


@attrs.define(eq=False)
class AsyncTicket(_Ticket[Async]):
    """The asyncio form of ``Ticket``."""


TicketT = TypeVar("TicketT", bound=_Ticket[Any])  # the ticket class of an API: Ticket or AsyncTicket


class TicketCalls(Resource[M], Generic[M, TicketT]):
    """What the Data Upload and Batch Updater APIs share. Built from a client and the API's endpoints."""

    _ticket_class: type[TicketT]

    def __init__(self, client: Client | AsyncClient, service: TicketService) -> None:
        super().__init__(client)
        self._service = service

    def _ticket(self, state: TicketState, validate_only: bool | None = None) -> TicketT:
        return self._ticket_class(
            state.ticket,
            state.status,
            state.upload_purpose,
            state.workspace_id,
            False if validate_only else None,
            api=self,
        )

    def ticket(self, number: str | TicketNumber) -> TicketT:
        """Attach to an existing ticket by number (checked: ``<user>_<yyyymmdd>_<id>``)."""
        return self._ticket_class(TicketNumber.parse(number), api=self)

    @staticmethod
    def _number(ticket: object) -> TicketNumber:
        return ticket.number if isinstance(ticket, _Ticket) else TicketNumber.parse(ticket)

    @flow_method
    def workspaces(self) -> Flow[list[Workspace]]:
        return flows.workspaces_flow(self._service.host)

    @flow_method
    def status(self, ticket: str | TicketNumber | TicketT) -> Flow[TicketStatus]:
        return (yield from flows.status_flow(self._service, self._number(ticket))).status

    @flow_method
    def validate(self, ticket: str | TicketNumber | TicketT) -> Flow[TicketT]:
        """Step 2 of a validation; returns the ticket with the status the server answered."""
        state = yield from flows.validate_flow(self._service, self._number(ticket))
        result = ticket if isinstance(ticket, _Ticket) else self._ticket(state)
        result.validation_requested = True
        result._seen(state)
        return result

    @flow_method
    def summary(self, ticket: str | TicketNumber | TicketT) -> Flow[TicketSummary]:
        return flows.summary_flow(self._service, self._number(ticket))

    @flow_method
    def database_report(self, ticket: str | TicketNumber | TicketT) -> Flow[DatabaseReport]:
        return flows.database_flow(self._service, self._number(ticket))


TicketApi: TypeAlias = TicketCalls[Sync, Ticket]  # Upload, BatchUpdater
AsyncTicketApi: TypeAlias = TicketCalls[Async, AsyncTicket]  # AsyncUpload, AsyncBatchUpdater

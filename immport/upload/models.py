"""Typed records of the Data Upload / Batch Updater APIs (tolerant: unknown fields stay in ``raw``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from immport._lenient import int_at, str_at
from immport.errors import DecodeError, InvalidRequestError
from immport.upload.status import TicketStatus

_TICKET_RE = re.compile(r"^(?P<user>[\w.@+-]+?)_(?P<date>[0-9]{8})_(?P<id>[0-9]+)$")


@attrs.frozen
class TicketNumber:
    """``<username>_<yyyymmdd>_<registrationId>``, e.g. ``testuser_20180523_19546``."""

    value: str
    user: str
    date: dt.date
    registration_id: int

    @classmethod
    def parse(cls, value: object) -> TicketNumber:
        if isinstance(value, TicketNumber):
            return value
        text = value.strip() if isinstance(value, str) else ""
        match = _TICKET_RE.match(text)
        if not match:
            raise InvalidRequestError(f"not an upload ticket number (<user>_<yyyymmdd>_<id>): {value!r}")
        try:
            date = dt.datetime.strptime(match["date"], "%Y%m%d").date()
        except ValueError:
            raise InvalidRequestError(f"ticket number has an impossible date: {value!r}") from None
        return cls(text, match["user"], date, int(match["id"]))

    def __str__(self) -> str:
        return self.value


def _epoch_ms(data: Mapping[str, Any], key: str) -> dt.datetime | None:
    value = data.get(key)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC)
    return None


def _date(data: Mapping[str, Any], key: str) -> dt.date | None:
    value = data.get(key)
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _mapping(payload: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(payload, Mapping):
        raise DecodeError(f"expected a JSON object for {what}, got {type(payload).__name__}")
    return payload


@attrs.frozen
class Workspace:
    workspace_id: int
    name: str | None
    type: str | None
    category: str | None
    date_created: dt.datetime | None  # epoch milliseconds on the wire
    date_last_updated: dt.datetime | None
    created_by: str | None
    last_updated_by: str | None
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Workspace:
        workspace_id = int_at(data, "workspaceId")
        if workspace_id is None:
            raise DecodeError(f"workspace record without a workspaceId: {dict(data)!r}"[:300])
        return cls(
            workspace_id,
            str_at(data, "name"),
            str_at(data, "type"),
            str_at(data, "category"),
            _epoch_ms(data, "dateCreated"),
            _epoch_ms(data, "dateLastUpdated"),
            str_at(data, "createdBy"),
            str_at(data, "lastUpdatedBy"),
            raw=dict(data),
        )


def workspaces_from_json(payload: Any) -> list[Workspace]:
    rows = _mapping(payload, "workspaces").get("workspaces")
    if not isinstance(rows, list):
        raise DecodeError("workspaces response has no 'workspaces' list")
    return [Workspace.from_json(_mapping(row, "a workspace")) for row in rows]


@attrs.frozen
class TicketState:
    """``{uploadTicketNumber, status, [uploadPurpose, workspaceId]}`` as returned by POSTs and /status."""

    ticket: TicketNumber
    status: TicketStatus
    upload_purpose: str | None
    workspace_id: int | None
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_json(cls, payload: Any) -> TicketState:
        data = _mapping(payload, "a ticket")
        number, status = data.get("uploadTicketNumber"), data.get("status")
        if not isinstance(number, str) or not isinstance(status, str):
            raise DecodeError(f"ticket response lacks uploadTicketNumber/status: {dict(data)!r}"[:300])
        try:
            ticket = TicketNumber.parse(number)
        except InvalidRequestError as exc:
            raise DecodeError(f"server returned a malformed ticket number {number!r}") from exc
        return cls(
            ticket,
            TicketStatus(status),
            str_at(data, "uploadPurpose"),
            int_at(data, "workspaceId"),
            dict(data),
        )


@attrs.frozen
class RegistrationResult:
    """One row of ``summary.uploadRegistrationResults``; ``error_message`` is set on errors."""

    result_id: int | None
    file_name: str | None
    line_number: int | None
    status: str | None
    description: str | None
    error_message: str | None
    date_created: dt.date | None
    created_by: str | None
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RegistrationResult:
        return cls(
            int_at(data, "uploadRegistrationResultId"),
            str_at(data, "fileName"),
            int_at(data, "lineNumber"),
            str_at(data, "status"),
            str_at(data, "description"),
            str_at(data, "errorMessage"),
            _date(data, "dateCreated"),
            str_at(data, "createdBy"),
            raw=dict(data),
        )


@attrs.frozen
class TicketSummary:
    """``/reports/summary``: the registration and its per-file results."""

    ticket: str | None
    registration_id: int | None
    workspace_name: str | None
    file_name: str | None
    status: TicketStatus | None
    date_created: dt.date | None
    created_by: str | None
    upload_method: str | None
    results: tuple[RegistrationResult, ...]
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def errors(self) -> tuple[RegistrationResult, ...]:
        return tuple(r for r in self.results if r.error_message)

    @classmethod
    def from_json(cls, payload: Any) -> TicketSummary:
        outer = _mapping(payload, "a summary report")
        data = _mapping(outer.get("summary", {}), "summary")
        rows = data.get("uploadRegistrationResults") or []
        status = data.get("status")
        return cls(
            str_at(data, "uploadTicketNumber") or str_at(outer, "uploadTicketNumber"),
            int_at(data, "uploadRegistrationId"),
            str_at(data, "workspaceName"),
            str_at(data, "fileName"),
            TicketStatus(status) if isinstance(status, str) else None,
            _date(data, "dateCreated"),
            str_at(data, "createdBy"),
            str_at(data, "uploadMethod"),
            tuple(RegistrationResult.from_json(_mapping(row, "a result row")) for row in rows),
            raw=dict(outer),
        )

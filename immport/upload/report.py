"""The database report: ``{database: "<text>", uploadTicketNumber, type: "database"}``.

Validation and batch reports carry a tab-separated table whose header names the columns
(``File Name`` / ``Line Number`` / ``Status`` / ``Error Message`` / ``Description``; batch reports have no
``File Name``). Upload reports ("EXPERIMENT DATA UPLOAD REPORT") are per-template listings: kept as text.
Line ends may be CRLF.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from immport.errors import DecodeError

_COLUMNS = {
    "file name": "file_name",
    "line number": "line_number",
    "status": "status",
    "error message": "error_message",
    "description": "description",
}


@attrs.frozen
class ReportRow:
    file_name: str | None
    line_number: int | None
    status: str
    error_message: str | None
    description: str | None

    @property
    def is_error(self) -> bool:
        return self.status.lower() == "error" or bool(self.error_message)


@attrs.frozen
class DatabaseReport:
    ticket: str | None
    text: str  # the raw report, unchanged
    rows: tuple[ReportRow, ...]  # the status table, when the report has one
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def errors(self) -> tuple[ReportRow, ...]:
        return tuple(row for row in self.rows if row.is_error)

    @classmethod
    def from_json(cls, payload: Any) -> DatabaseReport:
        if not isinstance(payload, Mapping) or not isinstance(payload.get("database"), str):
            raise DecodeError("no database report in the response (is the ticket finished?)")
        text = payload["database"]
        ticket = payload.get("uploadTicketNumber")
        return cls(ticket if isinstance(ticket, str) else None, text, parse_status_table(text), dict(payload))


def _header(cells: list[str]) -> list[str | None] | None:
    names = [_COLUMNS.get(cell.strip().lower()) for cell in cells]
    return names if "status" in names and "error_message" in names else None


def _line_number(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def parse_status_table(text: str) -> tuple[ReportRow, ...]:
    """Rows of every ``... Status / Error Message ...`` table in the report (stops at a blank line)."""
    rows: list[ReportRow] = []
    columns: list[str | None] | None = None
    for line in text.splitlines():
        cells = line.split("\t")
        if columns is None:
            columns = _header(cells) if len(cells) > 1 else None
            continue
        if not line.strip():
            columns = None
            continue
        values: dict[str, str | None] = {}
        for name, cell in zip(columns, cells, strict=False):
            if name:
                values[name] = cell or None
        rows.append(
            ReportRow(
                file_name=values.get("file_name"),
                line_number=_line_number(values.get("line_number")),
                status=values.get("status") or "",
                error_message=values.get("error_message"),
                description=values.get("description"),
            )
        )
    return tuple(rows)

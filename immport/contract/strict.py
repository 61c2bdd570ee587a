"""Strict mode: check response bodies (whole, or row by row as they stream) against the corrected spec.

Found: unknown fields, missing fields, wrong types, unknown enum values, nulls in non-nullable fields; for
TSV the same per column and cell, plus ragged rows. Every violation of a body is collected in one
``StrictReport`` (grouped, bounded memory); ``ResponseCheck`` applies a ``StrictPolicy`` to it.

Cost: a conforming array of flat records is decoded once by a complete msgspec decoder
(``ResponseCheck.exact_decoder``, see ``_exact``) and never checked again; any other body costs one
jsonschema-rs ``is_valid`` pass over the decoded JSON (about 0.5 µs per field); only an invalid body is
walked again for its errors. TSV cells are checked with compiled
regular expressions (numeric and boolean columns) and set lookups (enums).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import orjson

from immport.contract._exact import exact_decoder
from immport.contract._resolve import escape
from immport.contract._strict_schema import Column, contract_for
from immport.contract.violations import (
    MAX_VIOLATIONS,
    StrictPolicy,
    StrictReport,
    Violation,
    ViolationKind,
    enforce,
)

__all__ = [
    "MAX_VIOLATIONS",
    "ResponseCheck",
    "TsvCheck",
    "check_document",
    "check_json",
    "check_tsv",
    "validate_json",
    "validate_tsv",
]

_SEEN_LENGTH = 80
_CELL_PATTERNS = {
    "integer": re.compile(r"[+-]?\d+"),
    "number": re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"),
    "boolean": re.compile(r"(?i:true|false)"),
}


# ---- whole bodies ----------------------------------------------------------------------------------------
def check_json(operation_id: str, content: bytes, report: StrictReport | None = None) -> StrictReport:
    """Every violation of the spec in a JSON body."""
    report = report if report is not None else StrictReport(operation_id)
    try:
        document = orjson.loads(content)
    except ValueError:
        report.add(_malformed(operation_id, "", "a JSON document", _brief(content[:_SEEN_LENGTH])))
        return report
    return check_document(operation_id, document, report)


def check_document(operation_id: str, document: Any, report: StrictReport | None = None) -> StrictReport:
    """Every violation of the spec in a decoded JSON body (checked before the models consume it)."""
    report = report if report is not None else StrictReport(operation_id)
    contract = contract_for(operation_id)
    if contract.document is None:
        return report
    if contract.rows is not None and isinstance(document, dict) and isinstance(document.get("content"), list):
        return check_rows(operation_id, document["content"], 0, report, prefix="/content")
    if not contract.document.is_valid(document):
        report.extend(_violations(operation_id, contract.document.iter_errors(document), 0, ""))
    return report


def check_rows(
    operation_id: str, rows: list[Any], start: int, report: StrictReport, *, prefix: str = ""
) -> StrictReport:
    """Records ``start``, ``start + 1``, ... of an array body (pointers count from the body's first row)."""
    contract = contract_for(operation_id)
    validator = contract.rows if contract.rows is not None else contract.document
    if validator is not None and not validator.is_valid(rows):
        report.extend(_violations(operation_id, validator.iter_errors(rows), start, prefix))
    return report


def check_tsv(operation_id: str, text: str, report: StrictReport | None = None) -> StrictReport:
    """Every violation of the spec in a ``format=tsv`` body: header row of field names, one record a line."""
    check = TsvCheck(operation_id, report if report is not None else StrictReport(operation_id))
    check.lines(text.split("\n"))
    check.finish()
    return check.report


def validate_json(operation_id: str, content: bytes) -> list[Violation]:
    """The violations kept for a JSON body (empty when it conforms), unknown fields first."""
    return check_json(operation_id, content).violations


def validate_tsv(operation_id: str, text: str) -> list[Violation]:
    """The violations kept for a TSV body (empty when it conforms), unknown columns first."""
    return check_tsv(operation_id, text).violations


# ---- TSV, line by line -----------------------------------------------------------------------------------
class TsvCheck:
    """Checks TSV lines as they come (header first); holds only the report, never the rows.

    ImmPort's TSV has no quoting (like ``immport.tsv``): a line is a record, a tab separates cells.
    """

    def __init__(self, operation_id: str, report: StrictReport) -> None:
        self.operation_id = operation_id
        self.report = report
        self._columns = {c.name: c for c in contract_for(operation_id).columns or ()}
        self._header: list[str] | None = None
        self._cells: list[tuple[int, Column]] = []
        self._row = 0

    def lines(self, lines: Iterable[str]) -> None:
        if not self._columns:
            return
        for raw in lines:
            line = raw[:-1] if raw.endswith("\r") else raw  # CRLF line ends
            if self._header is None:
                self._start(line.split("\t"))
            elif line:
                self._record(line.split("\t"))
                self._row += 1

    def finish(self) -> None:
        if self._columns and self._header is None:
            self.report.add(_malformed(self.operation_id, "", "a header row", "empty body"))

    def _start(self, header: list[str]) -> None:
        self._header = header
        if header == [""]:
            self.report.add(_malformed(self.operation_id, "", "a header row", "empty body"))
            return
        operation, report = self.operation_id, self.report
        for name in header:
            if name not in self._columns:
                report.add(Violation(operation, f"/header/{escape(name)}", "unknown-field", "no such column",
                                     "present"))  # fmt: skip
        for name in self._columns.keys() - set(header):
            report.add(Violation(operation, f"/header/{escape(name)}", "missing-field", f"column {name}",
                                 "missing"))  # fmt: skip
        self._cells = [
            (index, column)
            for index, name in enumerate(header)
            if (column := self._columns.get(name)) is not None
            and (column.kind in _CELL_PATTERNS or column.enum is not None or not column.nullable)
        ]

    def _record(self, cells: list[str]) -> None:
        assert self._header is not None
        if len(cells) != len(self._header):
            self.report.add(_malformed(self.operation_id, f"/{self._row}", f"{len(self._header)} cells",
                                       f"{len(cells)} cells"))  # fmt: skip
            return
        for index, column in self._cells:
            cell = cells[index]
            kind = _cell_problem(cell, column)
            if kind is not None:
                expected = _column_text(column)
                seen = "empty (null)" if cell == "" else f"string {_brief(cell)}"
                pointer = f"/{self._row}/{escape(column.name)}"
                self.report.add(Violation(self.operation_id, pointer, kind, expected, seen))


def _cell_problem(cell: str, column: Column) -> ViolationKind | None:
    if cell == "":
        return None if column.nullable else "null-in-non-nullable"
    pattern = _CELL_PATTERNS.get(column.kind)
    if pattern is not None and not pattern.fullmatch(cell):
        return "wrong-type"
    if column.enum is not None and cell not in column.enum:
        return "unknown-enum-value"
    return None


def _column_text(column: Column) -> str:
    what = f"one of {sorted(column.enum)}" if column.enum is not None else column.kind
    return f"{what} or empty (null)" if column.nullable else what


# ---- one response, whole or streamed, under a policy -----------------------------------------------------
class ResponseCheck:
    """Strict mode for one response: fed the decoded JSON document, JSON rows or TSV lines as they are
    decoded (before the models consume them). A streamed body raises at the first batch of rows that has a
    violation the policy says matters (rows of that batch are not handed out); ``finish()`` warns about the
    rest. Memory stays bounded: rows are never kept, the report keeps at most ``MAX_VIOLATIONS``."""

    def __init__(self, operation_id: str, policy: StrictPolicy) -> None:
        self.operation_id = operation_id
        self.policy = policy
        self.report = StrictReport(operation_id, policy.ignore)
        self._rows = 0
        self._tsv: TsvCheck | None = None

    @property
    def exact_decoder(self) -> Callable[[bytes | str], list[Any]] | None:
        """Fast path: decodes a JSON body into the row models only when this check would find nothing in it
        (raises ``msgspec.MsgspecError`` otherwise); None when the operation's contract is beyond msgspec."""
        return exact_decoder(self.operation_id)

    def json_document(self, document: Any) -> None:
        check_document(self.operation_id, document, self.report)
        self._raise_if_it_matters()

    def json_rows(self, rows: list[Any]) -> None:
        check_rows(self.operation_id, rows, self._rows, self.report)
        self._rows += len(rows)
        self._raise_if_it_matters()

    def tsv_lines(self, lines: Iterable[str]) -> None:
        if self._tsv is None:
            self._tsv = TsvCheck(self.operation_id, self.report)
        self._tsv.lines(lines)
        self._raise_if_it_matters()

    def finish(self, *, stacklevel: int = 2) -> None:
        if self._tsv is not None:
            self._tsv.finish()
        enforce(self.report, self.policy, stacklevel=stacklevel + 1)

    def _raise_if_it_matters(self) -> None:
        if self.report.should_raise(self.policy):
            raise self.report.error()


# ---- jsonschema-rs errors -> violations ------------------------------------------------------------------
def _violations(operation_id: str, errors: Iterable[Any], start: int, prefix: str) -> Iterator[Violation]:
    for error in errors:
        path = list(error.instance_path)
        if start and path:
            path[0] = int(path[0]) + start
        pointer = prefix + "".join(f"/{escape(str(part))}" for part in path)
        yield from _from_error(operation_id, error, pointer)


def _from_error(operation_id: str, error: Any, pointer: str) -> Iterator[Violation]:
    details = error.kind.as_dict()
    name = type(error.kind).__name__
    instance = error.instance
    if name == "AdditionalProperties":
        for field in details.get("unexpected", ()):
            seen = _brief(instance.get(field)) if isinstance(instance, dict) else "present"
            yield Violation(operation_id, f"{pointer}/{escape(str(field))}", "unknown-field", "no such field",
                            seen)  # fmt: skip
    elif name == "Required":
        field = str(details.get("property"))
        where = f"{pointer}/{escape(field)}"
        yield Violation(operation_id, where, "missing-field", f"field {field}", "missing")
    elif name == "Type":
        types = [str(t) for t in details.get("types") or [details.get("type")]]
        expected = " or ".join(sorted(types, key=lambda t: (t == "null", t)))  # "number or null"
        kind: ViolationKind = "null-in-non-nullable" if instance is None else "wrong-type"
        yield Violation(operation_id, pointer, kind, expected, _describe(instance))
    elif name == "Enum":
        kind = "null-in-non-nullable" if instance is None else "unknown-enum-value"
        yield Violation(operation_id, pointer, kind, f"one of {details.get('options')}", _describe(instance))
    else:
        yield Violation(operation_id, pointer, "wrong-type", f"{name}: {error.message}", _describe(instance))


def _malformed(operation_id: str, pointer: str, expected: str, seen: str) -> Violation:
    return Violation(operation_id, pointer, "malformed", expected, seen)


def _describe(value: Any) -> str:
    kind = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}
    return f"{kind.get(type(value), 'null' if value is None else type(value).__name__)} {_brief(value)}"


def _brief(value: Any) -> str:
    text = repr(value) if isinstance(value, str | bytes) else json.dumps(value, default=str)
    return text if len(text) <= _SEEN_LENGTH else text[: _SEEN_LENGTH - 1] + "…"

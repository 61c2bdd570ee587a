"""Output writers, one per ``--format``. jsonl/tsv/csv/json stream row by row; table and parquet collect."""

from __future__ import annotations

import contextlib
import csv
import difflib
import enum
import io
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from rich.console import Console
from rich.table import Table

from immport.cli.console import note
from immport.cli.rows import Record, cell, dumps, jsonable, to_record
from immport.errors import OutputClosedError, UsageProblem

TABLE_MAX_ROWS = 1000
TABLE_MAX_CELL = 40
PROGRESS_INTERVAL = 10.0  # seconds between "rows written so far" notes during a long -o export
STDOUT_ALIASES = frozenset({"-", "/dev/stdout"})  # -o values that mean standard output


class OutputFormat(enum.StrEnum):
    json = "json"
    jsonl = "jsonl"
    tsv = "tsv"
    csv = "csv"
    table = "table"
    parquet = "parquet"


_SUFFIXES = {
    ".json": OutputFormat.json,
    ".jsonl": OutputFormat.jsonl,
    ".ndjson": OutputFormat.jsonl,
    ".tsv": OutputFormat.tsv,
    ".txt": OutputFormat.tsv,
    ".csv": OutputFormat.csv,
    ".parquet": OutputFormat.parquet,
    ".pq": OutputFormat.parquet,
}


def stdout_is_tty() -> bool:
    """Whether a person is reading stdout (decides table vs json, and refuses binary to a terminal)."""
    return sys.stdout.isatty()


def choose_format(
    requested: OutputFormat | None, output: Path | None, *, stdout_is_tty: bool
) -> OutputFormat:
    """``--format`` wins; then the ``-o`` file's suffix; then table on a terminal, json when piped.

    A suffix that names no format (``out.xlsx``) is an error rather than JSON under a misleading name;
    a file without a suffix gets JSON.
    """
    if requested is not None:
        return requested
    if output is not None:
        suffix = output.suffix.lower()
        if suffix and suffix not in _SUFFIXES:
            known = ", ".join(_SUFFIXES)
            raise UsageProblem(
                f"cannot tell the format of {str(output)!r} from {output.suffix!r}: "
                f"use a file ending in {known}, or choose one with --format"
            )
        return _SUFFIXES.get(suffix, OutputFormat.json)
    return OutputFormat.table if stdout_is_tty else OutputFormat.json


class RowWriter(Protocol):
    def write(self, record: Record) -> None: ...
    def close(self) -> None: ...


class JsonWriter:
    """A JSON array written one row per line, so nothing is held in memory."""

    def __init__(self, out: IO[str]) -> None:
        self._out = out
        self._count = 0

    def write(self, record: Record) -> None:
        self._out.write(("[\n  " if self._count == 0 else ",\n  ") + dumps(record))
        self._count += 1

    def close(self) -> None:
        self._out.write("[]\n" if self._count == 0 else "\n]\n")


class JsonlWriter:
    def __init__(self, out: IO[str]) -> None:
        self._out = out

    def write(self, record: Record) -> None:
        self._out.write(dumps(record) + "\n")

    def close(self) -> None:
        pass


class DelimitedWriter:
    """TSV or CSV. The header comes from the known columns (the row model) or else the first row."""

    def __init__(self, out: IO[str], *, delimiter: str, columns: Sequence[str] | None) -> None:
        self._writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        self._columns: list[str] | None = list(columns) if columns else None
        self._header_written = False
        self._warned = False

    def write(self, record: Record) -> None:
        if self._columns is None:
            self._columns = list(record)
        if not self._header_written:
            self._writer.writerow(self._columns)
            self._header_written = True
        if not self._warned and not record.keys() <= set(self._columns):
            extra = sorted(record.keys() - set(self._columns))
            note(f"dropping columns not in the header: {', '.join(extra)} (use --format jsonl to keep them)")
            self._warned = True
        self._writer.writerow([cell(record.get(name)) for name in self._columns])

    def close(self) -> None:
        if not self._header_written and self._columns:
            self._writer.writerow(self._columns)


class TableWriter:
    """A rich table sized to the terminal: as many columns as fit, long cells cut, row count capped."""

    def __init__(self, out: IO[str], *, columns: Sequence[str] | None, title: str | None) -> None:
        self._out = out
        self._columns: list[str] | None = list(columns) if columns else None
        self._rows: list[Record] = []
        self._total = 0
        self._title = title

    def write(self, record: Record) -> None:
        self._total += 1
        if len(self._rows) < TABLE_MAX_ROWS:
            self._rows.append(record)

    def close(self) -> None:
        console = Console(file=self._out, soft_wrap=False)
        columns = self._columns or _union_columns(self._rows)
        if self._rows:
            columns = [
                c for c in columns if any(r.get(c) not in (None, "", []) for r in self._rows)
            ] or columns
        shown = _columns_that_fit(columns, self._rows, console.width)
        table = Table(title=self._title, show_lines=False, header_style="bold", expand=False)
        for name in shown:
            table.add_column(name, overflow="ellipsis", no_wrap=True, max_width=TABLE_MAX_CELL)
        for record in self._rows:
            table.add_row(*(cell(record.get(name), human=True) for name in shown))
        console.print(table)
        if len(shown) < len(columns):
            note(f"showing {len(shown)} of {len(columns)} columns; choose with --columns a,b or use -f tsv")
        if self._total > len(self._rows):
            note(f"showing the first {len(self._rows)} of {self._total} rows; use --format tsv/jsonl for all")
        elif not self._rows:
            note("no rows")


def _union_columns(rows: Iterable[Record]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


# When not every column fits, the ones a reader looks for first, most wanted first: whose rows (study,
# subject), the measured value and its unit, when (the time point), then what was measured. Each entry:
# (pattern, place in the table), so the table still reads study, subject, analyte, value, unit, time.
_FIRST = (
    (re.compile(r"^(study|subject)Accession$"), 0),
    (
        re.compile(
            r"^(value|concentrationValue|populationStatistic|spotNumber|cellNumber)Preferred$"
            r"|^(mfi|intensity|allele[12])$"
        ),
        2,
    ),
    (re.compile(r"^(unit|concentrationUnit|populationStatUnit)Preferred$"), 3),
    (re.compile(r"^studyTimeCollected(Unit)?$"), 4),
    (
        re.compile(
            r"^(analyte|virusStrain|populationName|geneSymbol|metaboliteName|proteinName|locusName"
            r"|kirHaplotype)(Preferred)?$"
        ),
        1,
    ),
)
# then ids, names, values, status
_TELLING = re.compile(r"accession|name|title|value|status|type|path|description|term", re.IGNORECASE)


def _rank(index: int, name: str) -> tuple[int, int, int]:
    """(priority, place in the table, API position); the ``_FIRST`` columns have priority < len(_FIRST)."""
    for priority, (pattern, place) in enumerate(_FIRST):
        if pattern.search(name):
            return priority, place, index
    if index == 0:
        return len(_FIRST), len(_FIRST), index
    extra = 1 if _TELLING.search(name) else 2
    return len(_FIRST) + extra, len(_FIRST), index


def _columns_that_fit(columns: Sequence[str], rows: Sequence[Record], width: int) -> list[str]:
    """As many columns as fit, most wanted first (``_FIRST``, the first column, telling names, the rest).

    The chosen ``_FIRST`` columns lead in that order; the others keep the API's order.
    """
    ranked = sorted(enumerate(columns), key=lambda item: _rank(*item))
    chosen: set[str] = set()
    used = 4  # table borders
    for _, name in ranked:
        longest = max([len(name), *(len(cell(r.get(name), human=True)) for r in rows[:200])])
        need = min(longest, TABLE_MAX_CELL) + 3
        if chosen and used + need > width:
            continue
        chosen.add(name)
        used += need
    shown = [(index, name) for index, name in enumerate(columns) if name in chosen]
    return [name for index, name in sorted(shown, key=lambda item: _rank(*item)[1:])]


class ParquetWriter:
    """Collects rows into a pandas DataFrame and writes Parquet (needs the ``pandas`` extra)."""

    @staticmethod
    def check_available() -> None:
        try:
            import pandas  # noqa: F401
            import pyarrow  # type: ignore[import-untyped]  # noqa: F401
        except ImportError as exc:
            raise UsageProblem(
                "--format parquet needs pandas and pyarrow: pip install 'immport[pandas]'"
            ) from exc

    def __init__(self, out: IO[bytes], *, columns: Sequence[str] | None) -> None:
        self.check_available()
        self._out = out
        self._columns = list(columns) if columns else None
        self._rows: list[Record] = []

    def write(self, record: Record) -> None:
        self._rows.append(record)

    def close(self) -> None:
        import pandas as pd

        frame = pd.DataFrame.from_records(self._rows, columns=self._columns)
        for name in frame.columns:  # nested values (lists, dicts) become JSON text
            if frame[name].map(lambda v: isinstance(v, list | dict)).any():
                frame[name] = frame[name].map(lambda v: None if v is None else cell(v))
        frame.to_parquet(self._out, index=False)


@contextlib.contextmanager
def open_writer(
    fmt: OutputFormat,
    output: Path | None,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> Iterator[RowWriter]:
    """A writer for ``fmt`` bound to ``-o FILE`` or stdout; closes (writes the footer) on success."""
    if fmt is OutputFormat.parquet:
        ParquetWriter.check_available()  # before creating the file
        if output is None and stdout_is_tty():
            raise UsageProblem("parquet is binary: write it to a file with -o FILE.parquet")
        with _binary_target(output) as raw:
            writer: RowWriter = ParquetWriter(raw, columns=columns)
            yield writer
            writer.close()
        return
    with _text_target(output) as out:
        if fmt is OutputFormat.json:
            writer = JsonWriter(out)
        elif fmt is OutputFormat.jsonl:
            writer = JsonlWriter(out)
        elif fmt is OutputFormat.tsv:
            writer = DelimitedWriter(out, delimiter="\t", columns=columns)
        elif fmt is OutputFormat.csv:
            writer = DelimitedWriter(out, delimiter=",", columns=columns)
        else:
            writer = TableWriter(out, columns=columns, title=title)
        yield writer
        writer.close()


@contextlib.contextmanager
def _text_target(output: Path | None) -> Iterator[IO[str]]:
    if output is None:
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError as exc:
            raise OutputClosedError from exc
        return
    with _file_in_place(output) as target, _open(target, "w", output) as handle:
        yield handle


@contextlib.contextmanager
def _binary_target(output: Path | None) -> Iterator[IO[bytes]]:
    if output is not None:
        with _file_in_place(output) as target, _open(target, "wb", output) as handle:
            yield handle
        return
    buffer = io.BytesIO()
    yield buffer
    raw = getattr(sys.stdout, "buffer", None)
    if raw is None:
        raise UsageProblem("stdout cannot take binary data here: use -o FILE.parquet")
    raw.write(buffer.getvalue())
    raw.flush()


def _cannot_write(output: Path, exc: OSError) -> UsageProblem:
    """One line naming the path the user gave (never our temporary file)."""
    reason = exc.strerror or type(exc).__name__
    return UsageProblem(f"cannot write {str(output)!r}: {reason}")


def _open(target: Path, mode: str, shown: Path) -> IO[Any]:
    try:
        if "b" in mode:
            return target.open(mode)
        return target.open(mode, encoding="utf-8", newline="")
    except OSError as exc:
        raise _cannot_write(shown, exc) from None


@contextlib.contextmanager
def _file_in_place(output: Path) -> Iterator[Path]:
    """Write next to ``output`` and rename on success: a failed command leaves the old file (or none).

    A symlink is written through (its target is replaced, the link stays); a device or FIFO
    (``/dev/null``) is written straight to.
    """
    target = Path(os.path.realpath(output))
    if target.exists() and not target.is_file():
        yield target
        return
    if not target.parent.is_dir():
        raise UsageProblem(f"cannot write {str(output)!r}: directory {str(target.parent)!r} does not exist")
    temporary = target.with_name(f".{target.name}.immport-partial")
    try:
        yield temporary
        try:
            os.replace(temporary, target)
        except OSError as exc:
            raise _cannot_write(output, exc) from None
    finally:
        temporary.unlink(missing_ok=True)


def emit(
    rows: Iterable[object],
    fmt: OutputFormat,
    output: Path | None,
    *,
    columns: Sequence[str] | None = None,
    select: Sequence[str] | None = None,
    title: str | None = None,
) -> int:
    """Write rows as they arrive; returns how many were written. ``select``: only these columns, in order.

    With known ``columns``, a selected name that is not one of them is refused before anything is fetched;
    otherwise a name no row had is refused at the end (the -o file is then not written).
    """
    if select and columns:
        check_columns(select, columns)
    count = 0
    seen: set[str] = set()
    progress = _ExportProgress(output)
    with open_writer(fmt, output, columns=select or columns, title=title) as writer:
        for row in rows:
            record = to_record(row)
            if select and not columns:
                seen.update(record)
            writer.write({name: record.get(name) for name in select} if select else record)
            count += 1
            progress.tick(count)
        if select and not columns and count:
            check_columns(select, sorted(seen))
    return count


def check_columns(select: Sequence[str], columns: Sequence[str]) -> None:
    """``--columns`` names must be columns of the rows; the error names the valid ones."""
    unknown = [name for name in select if name not in columns]
    if not unknown:
        return
    close = difflib.get_close_matches(unknown[0], list(columns), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    raise UsageProblem(
        f"unknown column{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}{hint}; "
        f"valid columns: {', '.join(columns)}"
    )


class _ExportProgress:
    """A "rows written so far" note every PROGRESS_INTERVAL seconds while an -o export runs."""

    def __init__(self, output: Path | None) -> None:
        self._output = output
        self._next = time.monotonic() + PROGRESS_INTERVAL

    def tick(self, count: int) -> None:
        if self._output is None:
            return
        now = time.monotonic()
        if now >= self._next:
            self._next = now + PROGRESS_INTERVAL
            note(f"{count:,} rows written to {self._output} so far")


def emit_object(value: object, fmt: OutputFormat, output: Path | None, *, title: str | None = None) -> None:
    """One object (a summary, a status): pretty JSON, or a two-column table/TSV of its fields."""
    record = to_record(value)
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        with _text_target(output) as out:
            out.write((dumps(record) if fmt is OutputFormat.jsonl else _pretty(record)) + "\n")
        return
    if fmt is OutputFormat.table:
        with _text_target(output) as out:
            console = Console(file=out)
            table = Table(title=title, show_header=False, box=None)
            table.add_column(style="bold")
            table.add_column(overflow="fold")
            for key, val in record.items():
                table.add_row(key, cell(val, human=True))
            console.print(table)
        return
    emit([record], fmt, output, title=title)


def _pretty(record: Any) -> str:
    return json.dumps(record, default=jsonable, ensure_ascii=False, indent=2)

"""TSV responses (``format=tsv``): raw text, typed rows (the same attrs models as JSON), pandas, file.

The header row holds the camelCase wire names. Cells are coerced by the model's schema: empty -> None,
integer/number -> int/float, date/date-time -> via python-dateutil, boolean -> 'true'/'false'; string
fields stay strings. A cell that does not parse as its schema type raises DecodeError naming the row and
field (a typed field never holds a ``str``). Columns the model does not know go to
``additional_properties``; model fields with no column get the model's default. A body that is not TSV
(JSON, HTML) or whose header names none of the model's fields raises DecodeError.

With pyarrow installed, ``rows()`` reads the body in C (``immport.tsv_arrow``); a body it would read
differently or refuses goes through ``RowBuilder`` here, so results and errors are the same either way.
"""

from __future__ import annotations

import contextlib
import csv
import io
import operator
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from dateutil.parser import isoparse

from immport._fastparse import model_defaults
from immport._operation import FieldSpec, RowSchema
from immport._parse import gc_paused
from immport.errors import DecodeError, WrongType
from immport.tsv_arrow import arrow_rows

if TYPE_CHECKING:
    import pandas

__all__ = ["RowBuilder", "TsvTable", "atomic_write", "not_tsv_error"]

T = TypeVar("T")


def _to_int(cell: str) -> int:
    try:
        return int(cell)
    except ValueError:
        number = float(cell)  # "12.0" is an integer written as a number; "12.5" is not
        if not number.is_integer():
            raise ValueError(cell) from None
        return int(number)


def _to_datetime(cell: str) -> Any:
    return isoparse(cell)


def _to_date(cell: str) -> Any:
    return isoparse(cell).date()


def _to_bool(cell: str) -> bool:
    return {"true": True, "false": False}[cell.lower()]  # KeyError: not a boolean


ROWS_PER_BATCH = 2048  # rows() builds this many models at a time (GC paused), then yields them
_EMPTY_TO_NONE = {"": None}.get  # called as get(cell, cell): "" -> None, anything else unchanged

CONVERTERS: dict[str, Callable[[str], Any]] = {
    "integer": _to_int,
    "number": float,
    "date-time": _to_datetime,
    "date": _to_date,
    "boolean": _to_bool,
}


class RowBuilder:
    """Turns one TSV line into a model, for a given header. Shared by TsvTable and the stream decoder.

    ``where`` (the operation, ``"results.elisa"``) prefixes error messages.
    """

    def __init__(self, schema: RowSchema, header: list[str], where: str = "") -> None:
        self.schema = schema
        self.header = header
        self.width = len(header)
        self.where = f"{where}: " if where else ""
        column = {name: i for i, name in enumerate(header)}
        known = {f.wire_name for f in schema.fields}
        if header and not known.intersection(header):
            raise DecodeError(
                f"{self.where}the TSV header names none of the {schema.model.__name__} fields "
                "(not a TSV body of this operation?)",
                body="\t".join(header),
            )
        # model fields missing from the header read their default, appended after the last cell
        defaults = model_defaults(schema.model, schema.fields)
        self._missing = [d for f, d in zip(schema.fields, defaults, strict=True) if f.wire_name not in column]
        after = iter(range(self.width, self.width + len(self._missing)))
        indices = [column[f.wire_name] if f.wire_name in column else next(after) for f in schema.fields]
        self._pick: Callable[[list[Any]], Any] = (
            operator.itemgetter(*indices) if len(indices) > 1 else (lambda cells: (cells[indices[0]],))
        )
        self._convert = [
            (column[f.wire_name], CONVERTERS[f.kind])
            for f in schema.fields
            if f.kind in CONVERTERS and f.wire_name in column
        ]
        self._fields = {column[f.wire_name]: f for f in schema.fields if f.wire_name in column}
        self._extra = [(i, name) for i, name in enumerate(header) if name not in known]

    def build_many(self, lines: list[str], first_line_number: int) -> list[Any]:
        """Models for consecutive data lines (no line ends); DecodeError on a line of the wrong width or
        a cell that is not of its field's type."""
        width, new, pick, extra = self.width, self.schema.model, self._pick, self._extra
        convert, none, missing = self._convert, _EMPTY_TO_NONE, self._missing
        out: list[Any] = []
        append = out.append
        with gc_paused():
            for offset, line in enumerate(lines):
                cells: list[Any] = line.split("\t")
                if len(cells) != width:
                    number = first_line_number + offset
                    raise DecodeError(
                        f"{self.where}TSV line {number} has {len(cells)} fields, header has {width} "
                        "(truncated body?)",
                        body=line,
                    )
                try:
                    for i, to_value in convert:
                        cell = cells[i]
                        cells[i] = to_value(cell) if cell else None
                except (ValueError, KeyError, OverflowError):
                    raise self._wrong_cell(cells, first_line_number + offset) from None
                cells += missing
                picked = pick(cells)
                obj = new(*map(none, picked, picked))  # "" -> None, in C
                if extra:
                    obj.additional_properties = {name: none(cells[i], cells[i]) for i, name in extra}
                append(obj)
        return out

    def _wrong_cell(self, cells: list[Any], line_number: int) -> DecodeError:
        """The error for the first cell of ``cells`` that its converter refuses."""
        field: FieldSpec | None = None
        value: Any = None
        for i, to_value in self._convert:
            cell = cells[i]
            if isinstance(cell, str) and cell:
                try:
                    to_value(cell)
                except (ValueError, KeyError, OverflowError):
                    field, value = self._fields[i], cell
                    break
        assert field is not None
        return DecodeError(
            f"{self.where}row {line_number - 2} (TSV line {line_number}): {WrongType(field, value)}"
        )

    def build(self, line: str, line_number: int = 0) -> Any:
        return self.build_many([line], line_number)[0]


def not_tsv_error(head: bytes | str, where: str = "") -> DecodeError | None:
    """DecodeError when the start of a body is JSON (``[`` or ``{``) rather than TSV, else None."""
    first = head.lstrip()[:1]
    if first not in (b"[", b"{", "[", "{"):
        return None
    kind = "array" if first in (b"[", "[") else "object"
    prefix = f"{where}: " if where else ""
    return DecodeError(f"{prefix}expected TSV, got a JSON {kind} (the server ignored format=tsv?)", body=head)


def split_header(line: str) -> list[str]:
    return line.rstrip("\r").split("\t")


def _first_line(body: str | bytes) -> str:
    """The header line, without copying the rest of a large body (``split`` would)."""
    end = body.find("\n" if isinstance(body, str) else b"\n")  # type: ignore[arg-type]
    head = body if end < 0 else body[:end]
    if isinstance(head, str):
        return head
    try:
        return head.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"TSV header is not UTF-8 ({exc})", body=head[:300]) from None


class TsvTable(Generic[T]):
    """A TSV response: ``.text``, ``.columns``, ``.rows()`` (typed models), ``.to_pandas()``, ``.write()``.

    Built from the response bytes (kept as they are: pyarrow reads them directly, ``.text`` decodes them
    on first use) or from text.
    """

    def __init__(self, body: str | bytes, schema: RowSchema | None, where: str = "") -> None:
        self._text = body if isinstance(body, str) else None
        self._raw = body if isinstance(body, bytes) else None
        self.schema = schema
        self.where = where  # the operation, for error messages
        first = _first_line(body)
        self.columns: list[str] = split_header(first) if first.strip() else []

    @property
    def text(self) -> str:
        """The body as text (decoded from the response bytes on first use; DecodeError if not UTF-8)."""
        if self._text is None:
            assert self._raw is not None
            try:
                self._text = self._raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"TSV body is not UTF-8 ({exc})", body=self._raw[:300]) from None
        return self._text

    def _bytes(self) -> bytes:
        return self._raw if self._raw is not None else self.text.encode()

    def __repr__(self) -> str:
        size = f"bytes={len(self._raw)}" if self._raw is not None else f"chars={len(self.text)}"
        return f"TsvTable(columns={len(self.columns)}, {size})"

    def rows(self) -> Iterator[T]:
        """The rows as the same attrs models the JSON form gives (needs a model schema)."""
        if self.schema is None:
            raise DecodeError("this TSV table has no row model; use .text or .to_pandas()")
        if not self.columns:
            return
        builder = RowBuilder(self.schema, self.columns, self.where)  # (refuses a header of another model)
        fast: list[T] | None = None
        with contextlib.suppress(UnicodeEncodeError):  # (text with a lone surrogate: the Python path)
            fast = arrow_rows(self._bytes(), self.schema, self.columns, CONVERTERS)
        if fast is not None:
            yield from fast
            return
        yield from self.python_rows(builder)

    def python_rows(self, builder: RowBuilder) -> Iterator[T]:
        """The rows split and converted in Python: the path for bodies the pyarrow fast path refuses."""
        text = self.text.replace("\r\n", "\n") if "\r" in self.text else self.text
        lines = text.split("\n")
        if lines[-1] == "":
            lines.pop()
        elif lines[-1].endswith("\r"):
            lines[-1] = lines[-1][:-1]
        for start in range(1, len(lines), ROWS_PER_BATCH):
            yield from builder.build_many(lines[start : start + ROWS_PER_BATCH], start + 1)

    def __iter__(self) -> Iterator[T]:
        return self.rows()

    def to_pandas(self) -> pandas.DataFrame:
        """A DataFrame with dtypes from the schema: Int64, Float64, boolean, datetime64, string.

        Cells are read literally (no quote characters, 'NA' stays text); empty cells are missing values.
        Uses pyarrow's CSV reader when pyarrow is installed (the ``pandas`` extra), else pandas' C parser.
        """
        try:
            import pandas as pd
        except ImportError as exc:  # optional extra
            raise ImportError("to_pandas() needs pandas: pip install 'immport[pandas]'") from exc
        if not self.columns:
            return pd.DataFrame()
        kinds = {f.wire_name: f.kind for f in self.schema.fields} if self.schema else {}
        column_kinds = {c: kinds.get(c, "string") for c in self.columns}
        try:
            frame = _read_with_pyarrow(self._bytes(), column_kinds)
        except ImportError:
            frame = _read_with_pandas(self._bytes(), column_kinds)
        for c, kind in column_kinds.items():
            if kind in ("date-time", "date"):
                try:
                    frame[c] = pd.to_datetime(frame[c], format="ISO8601")
                except (ValueError, TypeError) as exc:
                    raise DecodeError(f"TSV column {c!r} is not ISO dates: {exc}") from None
        return frame

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Write the raw TSV to ``path`` atomically (temp file in the same folder, then rename)."""
        chunk = 1 << 20
        if self._raw is not None:
            raw = memoryview(self._raw)
            return atomic_write(path, (raw[i : i + chunk] for i in range(0, len(raw), chunk)))
        text = self.text
        return atomic_write(path, (text[i : i + chunk].encode() for i in range(0, len(text), chunk)))


_PANDAS_DTYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean"}


def _read_with_pyarrow(body: bytes, column_kinds: dict[str, str]) -> pandas.DataFrame:
    import pandas as pd
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.csv as pa_csv  # type: ignore[import-untyped]

    arrow_types = {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}
    types = {c: arrow_types.get(kind, pa.string()) for c, kind in column_kinds.items()}
    to_pandas_dtype = {
        pa.string(): pd.StringDtype(),
        pa.int64(): pd.Int64Dtype(),
        pa.float64(): pd.Float64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
    }
    try:
        table = pa_csv.read_csv(
            io.BytesIO(body),
            parse_options=pa_csv.ParseOptions(delimiter="\t", quote_char=False),
            convert_options=pa_csv.ConvertOptions(
                column_types=types,
                null_values=[""],
                strings_can_be_null=True,
                true_values=["true"],
                false_values=["false"],
            ),
        )
    except pa.ArrowInvalid as exc:
        raise DecodeError(f"TSV does not match the schema dtypes: {exc}") from None
    frame: pandas.DataFrame = table.to_pandas(types_mapper=to_pandas_dtype.get)
    return frame


def _read_with_pandas(body: bytes, column_kinds: dict[str, str]) -> pandas.DataFrame:
    import pandas as pd

    dtypes = {c: _PANDAS_DTYPES.get(kind, "string") for c, kind in column_kinds.items()}
    try:
        return pd.read_csv(
            io.BytesIO(body),
            encoding="utf-8",
            sep="\t",
            dtype=dtypes,
            keep_default_na=False,
            na_values=[""],
            quoting=csv.QUOTE_NONE,
        )
    except (ValueError, TypeError) as exc:  # (UnicodeDecodeError is a ValueError)
        raise DecodeError(f"TSV does not match the schema dtypes: {exc}") from None


def atomic_write(path: str | os.PathLike[str], chunks: Iterable[bytes | memoryview]) -> Path:
    """Stream ``chunks`` to a temp file next to ``path``, fsync, then rename over ``path``."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return target

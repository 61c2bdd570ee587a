"""Push-based incremental decoders: feed byte chunks, get typed rows; sync and async share them.

- A JSON array of rows (what every list endpoint sends) is read from a rolling text buffer: only the
  current chunk and one partial row are held. The complete rows up to the buffer's last ``}`` are decoded
  and type-checked in one msgspec call (the whole-body path's decoder); what that refuses is cut into rows
  by the stdlib's C scanner, ``json.JSONDecoder.raw_decode``, and checked row by row. ijson's push parser
  does that job 5x slower here (it builds every value event by event in Python-visible callbacks), so it
  is kept for the rarer ``{"content": [...]}`` wrapper only.
- TSV is split into lines across chunk boundaries (CRLF and a last line without newline are fine).
- A body that ends mid-array or mid-row raises DecodeError from ``close()``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import httpx
import ijson  # type: ignore[import-untyped]

from immport._http.mapping import error_for_exception
from immport._operation import Operation
from immport._parse import (
    bulk_decoder,
    decode_rows,
    gc_paused,
    html_error,
    label,
    parse_json,
    row_schema,
)
from immport.errors import DecodeError
from immport.tsv import RowBuilder, not_tsv_error, split_header

__all__ = [
    "MAX_ROW_CHARS",
    "JsonRowsDecoder",
    "RawObserver",
    "StreamDecoder",
    "TsvRowsDecoder",
    "WholeBodyDecoder",
    "WrappedRowsDecoder",
    "stream_decoder",
    "typed_body_errors",
]


class StreamDecoder(Protocol):
    def feed(self, chunk: bytes) -> list[Any]: ...

    def close(self) -> list[Any]: ...


class RawObserver(Protocol):
    """Sees the raw data before it becomes models (strict mode: ``immport.contract.strict.ResponseCheck``)."""

    def json_document(self, document: Any) -> None: ...

    def json_rows(self, rows: list[Any]) -> None: ...

    def tsv_lines(self, lines: list[str]) -> None: ...


def stream_decoder(op: Operation, *, tsv: bool, observer: RawObserver | None = None) -> StreamDecoder:
    """The incremental decoder for ``op``'s response body (``observer``: see RawObserver)."""
    if tsv:
        return TsvRowsDecoder(op, observer)
    if op.returns_list:
        return JsonRowsDecoder(op, observer)
    return WholeBodyDecoder(op, observer)


@contextmanager
def typed_body_errors() -> Iterator[None]:
    """Errors while reading a streamed body (a corrupt gzip, a cut connection, a read timeout) as the
    :mod:`immport.errors` types the whole-body call raises (``httpx.DecodingError`` -> DecodeError)."""
    try:
        yield
    except httpx.HTTPError as exc:
        raise error_for_exception(exc) from exc


class WholeBodyDecoder:
    """Single-object responses (summary, search page, DRS URL): small, decoded once at the end."""

    def __init__(self, op: Operation, observer: RawObserver | None = None) -> None:
        self._op = op
        self._body = bytearray()
        self._observer = observer

    def feed(self, chunk: bytes) -> list[Any]:
        self._body += chunk
        return []

    def close(self) -> list[Any]:
        check = self._observer.json_document if self._observer is not None else None
        return [parse_json(self._op, bytes(self._body), None, check)]


def _wrapped_rows(sink: list[Any], seen: list[bool]) -> Generator[None, tuple[str, str, Any], None]:
    """ijson event consumer: collect each element of the top-level ``content`` array into ``sink``."""
    builder: Any = None
    while True:
        prefix, event, value = yield
        if builder is not None:
            builder.event(event, value)
            if prefix == "content.item" and event in ("end_map", "end_array"):
                sink.append(builder.value)
                builder = None
        elif prefix == "content.item":
            if event in ("start_map", "start_array"):
                builder = ijson.ObjectBuilder()
                builder.event(event, value)
            else:
                sink.append(value)
        elif prefix == "content" and event == "start_array":
            seen[0] = True


class WrappedRowsDecoder:
    """Rows of ``{"content": [...]}`` (or a bare array), decoded as they arrive by ijson's push parser."""

    def __init__(self, op: Operation, observer: RawObserver | None = None) -> None:
        self._op = op
        self._observer = observer
        self._items: list[Any] = ijson.sendable_list()
        self._seen_content = [False]
        self._coro: Any = None
        self._head = b""
        self._closed = False
        self._count = 0  # rows decoded so far (for the row index in errors)

    def _start(self, first: bytes) -> None:
        if first == b"[":
            self._coro = ijson.items_coro(self._items, "item", use_float=True)
        elif first == b"{":
            consumer = _wrapped_rows(self._items, self._seen_content)
            next(consumer)
            self._coro = ijson.parse_coro(consumer, use_float=True)
        elif first == b"<":
            raise html_error(self._op, self._head)
        else:
            raise DecodeError(f"{label(self._op)}: expected a JSON array of rows", body=self._head)

    def feed(self, chunk: bytes) -> list[Any]:
        if self._coro is None:
            self._head += chunk
            stripped = self._head.lstrip()
            if not stripped:
                return []
            self._start(stripped[:1])
            chunk, self._head = self._head, self._head[:300]
        try:
            self._coro.send(chunk)
        except ijson.JSONError as exc:
            raise DecodeError(f"{label(self._op)}: invalid JSON ({exc})") from None
        return self._drain()

    def _drain(self) -> list[Any]:
        if not self._items:
            return []
        if self._observer is not None:
            self._observer.json_rows(list(self._items))
        rows = decode_rows(self._op, list(self._items), self._count)
        self._count += len(rows)
        del self._items[:]
        return rows

    def close(self) -> list[Any]:
        if self._closed:
            return []
        self._closed = True
        if self._coro is None:
            raise DecodeError(f"{label(self._op)}: empty response body")
        try:
            self._coro.close()
        except ijson.JSONError as exc:
            raise DecodeError(f"{label(self._op)}: truncated or invalid JSON ({exc})") from None
        rows = self._drain()
        if self._head.lstrip()[:1] == b"{" and not self._seen_content[0]:
            raise DecodeError(
                f"{label(self._op)}: expected a JSON array of rows, got an object", body=self._head
            )
        return rows


MAX_ROW_CHARS = 64 << 20  # one row larger than this is refused: a stream must not buffer without bound

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_CLOSED_TYPES = (dict, list, str)  # values whose end the scanner sees; a number may go on in the next chunk
_MORE = ("", ".", "e", "E")  # what may follow a number's scanned part when the number is not over yet


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")  # NaN/Infinity: rejected, as the whole-body decoder does


_scan = json.JSONDecoder(parse_constant=_no_constants).raw_decode

# where the array of rows stands
_OPEN, _FIRST, _VALUE, _AFTER, _DONE = range(5)


class JsonRowsDecoder:
    """Rows of a JSON array, decoded as they arrive; ``{"content": [...]}`` goes to WrappedRowsDecoder.

    A rolling text buffer (UTF-8 decoded incrementally, so a character split across chunks is safe) is
    cut into rows with ``raw_decode``: a scan that fails at the buffer's end means "wait for more". A
    failed scan is retried only once the pending text has doubled, so a big row costs linear time.
    """

    def __init__(self, op: Operation, observer: RawObserver | None = None) -> None:
        self._op = op
        self._observer = observer
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self._text = ""
        self._state = _OPEN
        self._retry_at = 0  # pending length at which a failed row scan is tried again
        self._head = b""  # the first bytes, for error messages and for sniffing the shape
        self._wrapped: WrappedRowsDecoder | None = None
        self._closed = False
        self._count = 0  # rows decoded so far (for the row index in errors)
        # None: row by row only (always under strict mode: the observer must see every raw row)
        self._bulk = bulk_decoder(op) if observer is None else None

    def feed(self, chunk: bytes) -> list[Any]:
        if self._wrapped is not None:
            return self._wrapped.feed(chunk)
        if self._state == _OPEN:  # only whitespace so far, and the buffer keeps none of it
            self._head = (self._head + chunk)[:300]
            first = chunk.lstrip()[:1]
            if first == b"{":
                self._wrapped = WrappedRowsDecoder(self._op, self._observer)
                return self._wrapped.feed(chunk)
            if first == b"<":
                raise html_error(self._op, self._head)
        try:
            self._text += self._utf8.decode(chunk)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{label(self._op)}: response is not UTF-8 ({exc})") from None
        if len(self._text) < self._retry_at:
            return []
        return self._take(final=False)

    def _bulk_rows(self, text: str, pos: int) -> tuple[list[Any], int]:
        """Models of the complete rows from ``pos`` (a row's start) up to the last ``}`` of ``text``, decoded
        in one msgspec call, and the position after them; ``([], pos)`` when that is not a run of valid,
        well-typed rows (a ``}`` inside a string or nested value, unknown keys, a wrong type): the row-by-row
        scan then takes over. A refused row switches this off for the rest of the body."""
        cut = text.rfind("}")
        if self._bulk is None or cut < pos:
            return [], pos
        import msgspec

        try:
            return self._bulk("[" + text[pos : cut + 1] + "]"), cut + 1
        except msgspec.ValidationError:
            self._bulk = None
        except msgspec.DecodeError:
            pass
        return [], pos

    def _take(self, *, final: bool) -> list[Any]:
        text, pos, end = self._text, 0, len(self._text)
        values: list[Any] = []
        models: list[Any] = []
        with gc_paused():
            while True:
                pos = _WHITESPACE.match(text, pos).end()  # type: ignore[union-attr]
                if pos == end:
                    break
                char = text[pos]
                if self._state == _OPEN:
                    if char != "[":
                        raise DecodeError(
                            f"{label(self._op)}: expected a JSON array of rows", body=self._head
                        )
                    self._state, pos = _FIRST, pos + 1
                elif self._state == _AFTER or (self._state == _FIRST and char == "]"):
                    if char not in ",]":
                        raise self._invalid(f"invalid JSON: expected ',' or ']' at {text[pos : pos + 20]!r}")
                    self._state, pos = (_VALUE if char == "," else _DONE), pos + 1
                elif self._state == _DONE:
                    raise self._invalid(f"invalid JSON: extra data after the array: {text[pos : pos + 20]!r}")
                else:
                    if not models and not values:
                        models, pos = self._bulk_rows(text, pos)
                        if models:
                            self._state = _AFTER
                            continue
                    try:
                        value, after = _scan(text, pos)
                    except (json.JSONDecodeError, ValueError) as exc:
                        if final:
                            raise self._invalid(f"truncated or invalid JSON ({exc})") from None
                        break  # most likely a row cut by the chunk boundary: wait for more text
                    if not (final or isinstance(value, _CLOSED_TYPES)) and text[after : after + 1] in _MORE:
                        break  # a number cut by the chunk boundary ("12", "1.", "1e") goes on
                    values.append(value)
                    self._state, pos = _AFTER, after
        pending = end - pos
        if pending > MAX_ROW_CHARS:
            raise DecodeError(
                f"{label(self._op)}: a row longer than {MAX_ROW_CHARS} characters (or invalid JSON)"
            )
        self._text = text[pos:]
        self._retry_at = 2 * pending if pending else 0
        if values:
            if self._observer is not None:
                self._observer.json_rows(values)
            models += decode_rows(self._op, values, self._count + len(models))
        self._count += len(models)
        return models

    def _invalid(self, detail: str) -> DecodeError:
        return DecodeError(f"{label(self._op)}: {detail}", body=self._head)

    def close(self) -> list[Any]:
        if self._wrapped is not None:
            return self._wrapped.close()
        if self._closed:
            return []
        self._closed = True
        try:
            self._text += self._utf8.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{label(self._op)}: truncated or invalid UTF-8 ({exc})") from None
        if self._state == _OPEN and not self._text.strip():
            raise DecodeError(f"{label(self._op)}: empty response body")
        rows = self._take(final=True)
        if self._state != _DONE:
            raise DecodeError(
                f"{label(self._op)}: truncated JSON (the body ends inside the array)", body=self._head
            )
        return rows


class TsvRowsDecoder:
    """Typed rows of a TSV body, line by line (header first)."""

    def __init__(self, op: Operation, observer: RawObserver | None = None) -> None:
        schema = row_schema(op)
        if schema is None:
            raise DecodeError(f"{label(op)}: has no row model for TSV")
        self._op = op
        self._observer = observer
        self._schema = schema
        self._buffer = bytearray()
        self._builder: RowBuilder | None = None
        self._line_number = 0
        self._checked_html = False

    def feed(self, chunk: bytes) -> list[Any]:
        self._buffer += chunk
        if not self._checked_html:
            head = self._buffer.lstrip()
            if not head:
                return []
            if head[:1] == b"<":
                raise html_error(self._op, bytes(self._buffer[:300]))
            error = not_tsv_error(bytes(self._buffer[:300]), label(self._op))
            if error is not None:
                raise error
            self._checked_html = True
        end = self._buffer.rfind(b"\n")
        if end < 0:
            return []
        complete = bytes(self._buffer[: end + 1])
        del self._buffer[: end + 1]
        return self._lines(complete.split(b"\n")[:-1])

    def _lines(self, lines: list[bytes]) -> list[Any]:
        texts: list[str] = []
        for raw in lines:
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                number = self._line_number + len(texts) + 1
                raise DecodeError(f"{label(self._op)}: TSV line {number} is not UTF-8 ({exc})") from None
            texts.append(line[:-1] if line.endswith("\r") else line)
        if self._observer is not None:
            self._observer.tsv_lines(texts)
        first_number = self._line_number + 1
        self._line_number += len(texts)
        if self._builder is None and texts:
            self._builder = RowBuilder(self._schema, split_header(texts.pop(0)), label(self._op))
            first_number += 1
        data = [t for t in texts if t]
        if self._builder is None or not data:
            return []
        if len(data) != len(texts):  # blank lines skipped: keep line numbers right for errors
            return [self._builder.build(t, first_number + i) for i, t in enumerate(texts) if t]
        return self._builder.build_many(data, first_number)

    def close(self) -> list[Any]:
        if not self._buffer:
            return []
        last = bytes(self._buffer)
        self._buffer.clear()
        if self._builder is not None and last.rstrip(b"\r"):
            cells = last.count(b"\t") + 1
            if cells != self._builder.width:
                raise DecodeError(
                    f"{label(self._op)}: TSV body ends mid-row ({cells} of {self._builder.width} fields)",
                    body=last[:300],
                )
        return self._lines([last])

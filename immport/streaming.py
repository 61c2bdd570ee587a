"""Push-based incremental decoders: feed byte chunks, get typed rows; sync and async share them.

- JSON arrays go through ijson's push interface (``items_coro``) so only the current row is in memory;
  a ``{"content": [...]}`` wrapper is unwrapped the same way.
- TSV is split into lines across chunk boundaries (CRLF and a last line without newline are fine).
- A body that ends mid-array or mid-row raises DecodeError from ``close()``.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Protocol

import ijson  # type: ignore[import-untyped]

from immport.errors import DecodeError
from immport.operations._parse import decode_document, html_error, label, parse_json, row_schema
from immport.operations._types import Operation
from immport.tsv import RowBuilder, split_header

__all__ = ["JsonRowsDecoder", "StreamDecoder", "TsvRowsDecoder", "WholeBodyDecoder", "stream_decoder"]


class StreamDecoder(Protocol):
    def feed(self, chunk: bytes) -> list[Any]: ...

    def close(self) -> list[Any]: ...


def stream_decoder(op: Operation, *, tsv: bool) -> StreamDecoder:
    """The incremental decoder for ``op``'s response body."""
    if tsv:
        return TsvRowsDecoder(op)
    if op.returns_list:
        return JsonRowsDecoder(op)
    return WholeBodyDecoder(op)


class WholeBodyDecoder:
    """Single-object responses (summary, search page, DRS URL): small, decoded once at the end."""

    def __init__(self, op: Operation) -> None:
        self._op = op
        self._body = bytearray()

    def feed(self, chunk: bytes) -> list[Any]:
        self._body += chunk
        return []

    def close(self) -> list[Any]:
        return [parse_json(self._op, bytes(self._body), None)]


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


class JsonRowsDecoder:
    """Rows of a JSON array (or ``{"content": [...]}``), decoded as they arrive."""

    def __init__(self, op: Operation) -> None:
        self._op = op
        self._items: list[Any] = ijson.sendable_list()
        self._seen_content = [False]
        self._coro: Any = None
        self._head = b""
        self._closed = False

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
        rows = decode_document(self._op, list(self._items))
        del self._items[:]
        return rows  # type: ignore[no-any-return]

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


class TsvRowsDecoder:
    """Typed rows of a TSV body, line by line (header first)."""

    def __init__(self, op: Operation) -> None:
        schema = row_schema(op)
        if schema is None:
            raise DecodeError(f"{label(op)}: has no row model for TSV")
        self._op = op
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
        first_number = self._line_number + 1
        self._line_number += len(texts)
        if self._builder is None and texts:
            self._builder = RowBuilder(self._schema, split_header(texts.pop(0)))
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

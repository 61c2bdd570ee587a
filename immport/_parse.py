"""Decode response bodies into the generated attrs models (fast path: orjson + generated constructors)."""

from __future__ import annotations

import datetime
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from itertools import starmap
from typing import Any

import orjson

from immport._fastparse import model_defaults, row_schema_of
from immport._generated.rows import ROW_FIELDS
from immport._operation import Operation, RowSchema, resolve
from immport.errors import DecodeError, WrongShape, WrongType


def label(op: Operation) -> str:
    return f"{op.group}.{op.method_name}"


def row_schema(op: Operation) -> RowSchema | None:
    return _row_schema(op.model_ref) if op.model_ref is not None else None


@cache
def _row_schema(model_ref: str) -> RowSchema:
    """Built on the model's first use: only the models a program decodes are ever imported."""
    return row_schema_of(resolve(model_ref), ROW_FIELDS[model_ref])


def looks_like_html(head: bytes | str, content_type: str | None = None) -> bool:
    if content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return True
    stripped = head.lstrip()
    return stripped[:1] in (b"<", "<")


def html_error(op: Operation, body: bytes | str) -> DecodeError:
    return DecodeError(
        f"{label(op)}: expected data, got an HTML page (login page or proxy error?)", body=body
    )


def parse_json(
    op: Operation,
    content: bytes,
    content_type: str | None,
    check: Callable[[Any], None] | None = None,
    exact: Callable[[bytes | str], list[Any]] | None = None,
) -> Any:
    """Typed models for a JSON body; DecodeError for HTML, empty, truncated or wrongly shaped bodies.

    ``check`` (strict mode) sees the decoded document before the models consume it, unless ``exact`` (a
    decoder that takes only bodies ``check`` finds nothing wrong in) takes the body first.
    """
    if looks_like_html(content[:512], content_type):
        raise html_error(op, content)
    if not content or content.isspace():  # (no .strip(): it would copy a large body)
        raise DecodeError(f"{label(op)}: empty response body")
    with gc_paused():  # many small acyclic objects: the cyclic GC would only rescan them
        bulk = bulk_decoder(op) if check is None else exact  # strict mode: only what check would pass
        if bulk is not None:
            import msgspec

            try:
                return bulk(content)
            except msgspec.MsgspecError:
                pass  # the general path below decodes it, or raises the DecodeError naming the row and field
        try:
            data = orjson.loads(content)
        except orjson.JSONDecodeError as exc:
            raise DecodeError(f"{label(op)}: invalid or truncated JSON ({exc})", body=content[:300]) from None
        if check is not None:
            check(data)
        return decode_document(op, data, content)


def decode_document(op: Operation, data: Any, content: bytes = b"") -> Any:
    if op.returns_list:
        return decode_rows(op, unwrap_rows(op, data, content))
    schema = row_schema(op)
    if schema is None:  # an operation answering a plain JSON value
        return data
    if not isinstance(data, dict):
        raise DecodeError(
            f"{label(op)}: expected a JSON object, got {type(data).__name__}", body=content[:300]
        )
    try:
        return schema.from_json(data)
    except (WrongType, WrongShape) as exc:
        raise DecodeError(f"{label(op)}: {exc}", body=content[:300]) from None


def unwrap_rows(op: Operation, data: Any, content: bytes = b"") -> list[Any]:
    """The row list: a bare JSON array, or ``{"content": [...]}`` as the manifest may send it."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and isinstance(data.get("content"), list):
        return list(data["content"])
    raise DecodeError(
        f"{label(op)}: expected a JSON array of rows, got {type(data).__name__}", body=content[:300]
    )


def decode_rows(op: Operation, rows: list[Any], first_index: int = 0) -> list[Any]:
    """Build the models; rows must be JSON objects (or strings for string-list operations).

    DecodeError names the row (``first_index`` + its position in ``rows``) and field of a wrongly typed value.
    """
    schema = row_schema(op)
    if schema is None:  # plain values: the one such operation answers list[str]
        bad = next((i for i, r in enumerate(rows) if type(r) is not str), None)
        if bad is not None:
            raise DecodeError(
                f"{label(op)}: row {first_index + bad}: expected a JSON array of plain values (strings), "
                f"got {type(rows[bad]).__name__} {str(rows[bad])[:60]!r}"
            )
        return rows
    make = schema.from_json
    try:
        with gc_paused():
            return [make(r) for r in rows]
    except WrongType as exc:
        index = first_index + next(i for i, r in enumerate(rows) if r is exc.row)
        raise DecodeError(f"{label(op)}: row {index}: {exc}") from None
    except (AttributeError, TypeError):
        bad = next((r for r in rows if not isinstance(r, dict)), None)
        if bad is None:
            raise
        raise DecodeError(f"{label(op)}: expected JSON objects as rows, got {type(bad).__name__}") from None


STRUCT_TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": float,
    "boolean": bool,
    "date-time": datetime.datetime,
    "date": datetime.date,
    "array": list[Any],
}


def bulk_decoder(op: Operation) -> Callable[[bytes | str], list[Any]] | None:
    """For a list operation with a flat row model: JSON text of an array of rows -> typed models, decoded
    and type-checked in C by msgspec (a Struct mirroring the schema, then one positional ``__init__`` per
    row). It raises ``msgspec.ValidationError`` for any body it does not take as is (unknown keys, a value of
    the wrong type, a wrapper object) and ``msgspec.DecodeError`` for invalid JSON: the general path then
    decodes the body, or raises the DecodeError that names the row and field."""
    if not op.returns_list or op.model_ref is None:
        return None
    return rows_decoder(op.model_ref)


@cache
def rows_decoder(
    model_ref: str, exact: tuple[Any, ...] | None = None
) -> Callable[[bytes | str], list[Any]] | None:
    """The bulk decoder of a flat row model (None when the model is not flat).

    ``exact`` (one msgspec type per field, in field order) makes it complete: every field required with
    exactly that type. Otherwise every field is ``T | None`` and an absent field takes the model's default.
    """
    import msgspec

    schema = _row_schema(model_ref)
    if not schema.flat:
        return None
    fields = schema.fields
    struct_fields: list[tuple[str, Any] | tuple[str, Any, Any]] = (
        [
            (f.attr_name, STRUCT_TYPES[f.kind] | None, d)
            for f, d in zip(fields, model_defaults(schema.model, fields), strict=True)
        ]
        if exact is None
        else [(f.attr_name, t) for f, t in zip(fields, exact, strict=True)]
    )
    struct = msgspec.defstruct(
        f"{schema.model.__name__}{'Wire' if exact is None else 'Exact'}",
        struct_fields,
        rename={f.attr_name: f.wire_name for f in fields},
        forbid_unknown_fields=True,
        gc=False,
    )
    decode = msgspec.json.Decoder(list[struct]).decode  # type: ignore[valid-type]
    astuple, model = msgspec.structs.astuple, schema.model

    def bulk(content: bytes | str) -> list[Any]:
        return list(starmap(model, map(astuple, decode(content))))

    return bulk


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building many small objects (none of them cyclic): ~2x faster decode.

    Process-wide; another thread decoding at the same time only loses the speed-up, never correctness.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()

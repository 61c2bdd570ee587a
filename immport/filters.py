"""Client-side checks of call arguments: names (with suggestions), value types, accessions.

Accepted argument names for an operation: the facade's python names (``min_subject_age_gte``), the
double-underscore operator style (``min_subject_age__gte``) and the wire names (``minSubjectAgeGte``).
Anything else raises InvalidRequestError naming close matches, before any request is sent.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

from immport.accessions import WIRE_ACCESSION_KINDS, normalize_accession
from immport.errors import InvalidRequestError
from immport.operations._types import Operation, Param

__all__ = ["accepted_names", "normalize_arguments"]

_OPERATORS = ("gte", "lte", "gt", "lt")
# path values the service documents a closed set for (spec says plain string)
_PATH_CHOICES = {"accessMethod": ("s3", "stream")}


def accepted_names(op: Operation) -> dict[str, Param]:
    """Every name a caller may use for a parameter of ``op`` (format is set via ``tsv``, not by name)."""
    names: dict[str, Param] = {}
    for p in op.params:
        if p.wire_name == "format":
            continue
        names[p.python_name] = p
        names[p.wire_name] = p
        for op_suffix in _OPERATORS:
            if p.python_name.endswith("_" + op_suffix):
                names[p.python_name[: -len(op_suffix) - 1] + "__" + op_suffix] = p
    return names


def _label(op: Operation) -> str:
    return f"{op.group}.{op.method_name}"


def normalize_arguments(op: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Map caller arguments to ``{python_name: value}`` ready for the generated ``_get_kwargs``."""
    names = accepted_names(op)
    out: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    for key, value in arguments.items():
        if value is None:
            continue
        param = names.get(key)
        if param is None:
            raise _unknown(op, key, names)
        if param.python_name in out:
            first = given_as[param.python_name]
            raise InvalidRequestError(
                f"{_label(op)}: {param.python_name!r} given twice (as {first!r} and {key!r})"
            )
        out[param.python_name] = _coerce(op, param, value)
        given_as[param.python_name] = key
    missing = [p.python_name for p in op.params if p.required and p.python_name not in out]
    if missing:
        raise InvalidRequestError(f"{_label(op)}: missing required argument(s): {', '.join(missing)}")
    return out


def _unknown(op: Operation, key: str, names: Mapping[str, Param]) -> InvalidRequestError:
    if key in ("format", "format_"):
        return InvalidRequestError(
            f"{_label(op)}: choose TSV with format='tsv' / as_tsv=True, not a {key!r} filter"
        )
    candidates = sorted({n for n in names if "_" in n or n.islower()})
    close = difflib.get_close_matches(key, candidates, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    known = "" if close else f" (known: {', '.join(sorted({p.python_name for p in names.values()}))})"
    return InvalidRequestError(f"{_label(op)}: unknown filter {key!r}{hint}{known}")


def _coerce(op: Operation, p: Param, value: Any) -> Any:
    where = f"{_label(op)}: {p.python_name}"
    if p.is_array or p.comma_list:
        items = _as_str_list(where, value)
        items = [_check_accession(p, item) for item in items]
        return items if p.is_array else ",".join(items)
    if p.value_type == "integer":
        return _as_number(where, value, int)
    if p.value_type == "number":
        return _as_number(where, value, float)
    if p.value_type == "boolean":
        if isinstance(value, bool):
            return value
        raise InvalidRequestError(f"{where} must be True or False, got {value!r}")
    if not isinstance(value, str):
        raise InvalidRequestError(f"{where} must be a string, got {type(value).__name__}")
    if p.location == "path" and not value.strip():
        raise InvalidRequestError(f"{where} must not be empty")
    choices = p.choices or _PATH_CHOICES.get(p.wire_name, ())
    if choices:
        if value not in choices:
            raise InvalidRequestError(
                f"{where} must be one of {', '.join(map(repr, choices))}, got {value!r}"
            )
        return p.enum_type(value) if p.enum_type else value
    return _check_accession(p, value)


def _check_accession(p: Param, value: str) -> str:
    kind = WIRE_ACCESSION_KINDS.get(p.wire_name)
    return normalize_accession(value, kind) if kind else value


def _as_str_list(where: str, value: Any) -> list[str]:
    if isinstance(value, str):
        items: list[Any] = value.split(",")  # ImmPort reads "SDY2,SDY4" as two values
    elif isinstance(value, Sequence | set | frozenset) and not isinstance(value, bytes | bytearray):
        items = list(value)
    else:
        raise InvalidRequestError(f"{where} takes a string or a list of strings, got {type(value).__name__}")
    if not items:
        raise InvalidRequestError(f"{where}: empty list (leave the filter out to match everything)")
    bad = [item for item in items if not isinstance(item, str) or not item.strip()]
    if bad:
        raise InvalidRequestError(f"{where} takes non-empty strings, got {bad[0]!r}")
    return [item.strip() for item in items]


def _as_number(where: str, value: Any, kind: type[int] | type[float]) -> int | float:
    if isinstance(value, bool):
        raise InvalidRequestError(f"{where} must be a number, got {value!r}")
    if isinstance(value, int) or (kind is float and isinstance(value, float)):
        return value
    if isinstance(value, str):
        try:
            return kind(value.strip())
        except ValueError:
            pass
    what = "an integer" if kind is int else "a number"
    raise InvalidRequestError(f"{where} must be {what}, got {value!r}")

"""Client-side checks of call arguments: names (with suggestions), value types, accessions, spec rules.

One name per parameter: the facade's python name (``min_subject_age_gte``, from the wire name
``minSubjectAgeGte``). Anything else raises InvalidRequestError naming close matches, and every
constraint the spec gives a parameter (``maxLength``, ``minLength``, ``pattern``, ``minimum``,
``maximum``, enums) is checked, all before any request is sent.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from immport._operation import Operation, Param
from immport.accessions import WIRE_ACCESSION_KINDS, normalize_accession
from immport.errors import InvalidRequestError

__all__ = ["accepted_names", "normalize_arguments"]

# path values the service documents a closed set for (spec says plain string)
_PATH_CHOICES = {"accessMethod": ("s3", "stream")}


def accepted_names(op: Operation) -> dict[str, Param]:
    """The name a caller uses for each parameter of ``op`` (format is the methods' own keyword)."""
    return {p.python_name: p for p in op.params if p.wire_name != "format"}


def _label(op: Operation) -> str:
    return f"{op.group}.{op.method_name}"


def normalize_arguments(op: Operation, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Map caller arguments to checked ``{python_name: value}`` (lists for array parameters)."""
    names = accepted_names(op)
    out: dict[str, Any] = {}
    for key, value in arguments.items():
        if value is None:
            continue
        param = names.get(key)
        if param is None:
            raise _unknown(op, key, names)
        out[param.python_name] = _coerce(op, param, value)
    missing = [p.python_name for p in op.params if p.required and p.python_name not in out]
    if missing:
        raise InvalidRequestError(f"{_label(op)}: missing required argument(s): {', '.join(missing)}")
    return out


def _unknown(op: Operation, key: str, names: Mapping[str, Param]) -> InvalidRequestError:
    if key in ("format", "format_", "as_tsv"):
        return InvalidRequestError(f"{_label(op)}: choose TSV with format='tsv', not a {key!r} filter")
    wire = {p.wire_name: p.python_name for p in names.values()}
    if key in wire:
        return InvalidRequestError(f"{_label(op)}: unknown filter {key!r}; did you mean {wire[key]!r}?")
    close = difflib.get_close_matches(key, sorted(names), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    known = "" if close else f" (known: {', '.join(sorted({p.python_name for p in names.values()}))})"
    return InvalidRequestError(f"{_label(op)}: unknown filter {key!r}{hint}{known}")


def _coerce(op: Operation, p: Param, value: Any) -> Any:
    where = f"{_label(op)}: {p.python_name}"
    if p.is_array or p.comma_list:
        items = _as_str_list(where, value)
        items = [_check_rules(where, p, _check_accession(p, item)) for item in items]
        _check_rules(where, p, items)
        return items if p.is_array else ",".join(items)
    if p.value_type == "integer":
        return _check_rules(where, p, _as_number(where, value, int))
    if p.value_type == "number":
        return _check_rules(where, p, _as_number(where, value, float))
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
        return value
    return _check_rules(where, p, _check_accession(p, value))


def _check_rules(where: str, p: Param, value: Any) -> Any:
    """``value`` if it meets every constraint the spec gives ``p``; InvalidRequestError naming the rule."""
    for rule, limit in p.rules:
        broken = _RULES[rule](value, limit)
        if broken:
            raise InvalidRequestError(f"{where}: {value!r} {broken} (spec: {rule} {limit!r})")
    return value


def _string_rule(test: Any, message: str) -> Any:
    return lambda value, limit: (
        message.format(limit) if isinstance(value, str) and test(value, limit) else None
    )


def _number_rule(test: Any, message: str) -> Any:
    def check(value: Any, limit: Any) -> str | None:
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return (
            message.format(limit) if number and not isinstance(limit, bool) and test(value, limit) else None
        )

    return check


def _list_rule(test: Any, message: str) -> Any:
    return lambda value, limit: (
        message.format(limit) if isinstance(value, list) and test(value, limit) else None
    )


_RULES = {
    "maxLength": _string_rule(lambda v, n: len(v) > n, "is longer than {} characters"),
    "minLength": _string_rule(lambda v, n: len(v) < n, "is shorter than {} characters"),
    "pattern": _string_rule(lambda v, rx: re.search(rx, v) is None, "does not match the pattern {!r}"),
    "minimum": _number_rule(lambda v, n: v < n, "is below the minimum {}"),
    "maximum": _number_rule(lambda v, n: v > n, "is above the maximum {}"),
    # OpenAPI 3.0: a boolean turning minimum/maximum exclusive; 3.1: a number
    "exclusiveMinimum": _number_rule(lambda v, n: v <= n, "must be greater than {}"),
    "exclusiveMaximum": _number_rule(lambda v, n: v >= n, "must be less than {}"),
    "minItems": _list_rule(lambda v, n: len(v) < n, "has fewer than {} values"),
    "maxItems": _list_rule(lambda v, n: len(v) > n, "has more than {} values"),
}


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


_ASCII_NUMBER = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _as_number(where: str, value: Any, kind: type[int] | type[float]) -> int | float:
    what = "an integer" if kind is int else "a number"
    if isinstance(value, bool):
        raise InvalidRequestError(f"{where} must be {what}, got {value!r}")
    number: int | float | None = None
    if isinstance(value, int) or (kind is float and isinstance(value, float)):
        number = value
    elif isinstance(value, str) and _ASCII_NUMBER.fullmatch(value.strip()):  # no Unicode digits, nan, inf
        try:
            number = kind(value.strip())
        except ValueError:
            number = None
    if number is None:
        raise InvalidRequestError(f"{where} must be {what}, got {value!r}")
    if isinstance(number, float) and not math.isfinite(number):
        raise InvalidRequestError(f"{where} must be a finite number, got {value!r}")
    return number

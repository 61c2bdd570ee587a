"""Result filters (facts §3): AND between fields, IN within a field, case-insensitive, numeric suffixes."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final

__all__ = ["PARTIAL_FIELDS", "compile_filters", "filter_fields", "study_filter"]

PARTIAL_FIELDS: Final = frozenset({"armName", "studyTitle", "treatmentAccession"})
_FIELD_ALIASES: Final = {"sex": "gender"}  # the newer `sex` filter matches the records' `gender` column
_NUMERIC_OPS: Final[dict[str, Callable[[float, float], bool]]] = {
    "Gte": operator.ge,
    "Lte": operator.le,
    "Gt": operator.gt,
    "Lt": operator.lt,
}
_NOT_FILTERS: Final = frozenset({"format"})

Predicate = Callable[[Mapping[str, Any]], bool]


def _split_numeric(name: str) -> tuple[str, Callable[[float, float], bool]]:
    for suffix in ("Gte", "Lte", "Gt", "Lt"):  # longest first: "Gte" before "Gt"
        if name.endswith(suffix):
            return name[: -len(suffix)], _NUMERIC_OPS[suffix]
    return name, operator.eq


def _text_predicate(field: str, wanted: Iterable[str], partial: bool) -> Predicate:
    values = [str(v).casefold() for v in wanted]

    def check(row: Mapping[str, Any]) -> bool:
        got = row.get(field)
        if got is None:
            return False
        text = str(got).casefold()
        return any(v in text for v in values) if partial else text in values

    return check


def _numeric_predicate(field: str, compare: Callable[[float, float], bool], bound: float) -> Predicate:
    def check(row: Mapping[str, Any]) -> bool:
        got = row.get(field)
        return got is not None and compare(float(got), bound)

    return check


def compile_filters(args: Mapping[str, Any]) -> list[Predicate]:
    """One predicate per filter argument; a row matches when all of them hold."""
    predicates: list[Predicate] = []
    for name, value in args.items():
        if name in _NOT_FILTERS:
            continue
        if isinstance(value, float | int) and not isinstance(value, bool):
            field, compare = _split_numeric(name)
            predicates.append(_numeric_predicate(field, compare, float(value)))
        else:
            values = value if isinstance(value, list) else [value]
            field = _FIELD_ALIASES.get(name, name)
            predicates.append(_text_predicate(field, values, name in PARTIAL_FIELDS))
    return predicates


def filter_fields(args: Mapping[str, Any]) -> frozenset[str]:
    """The record fields the filters in ``args`` look at."""
    fields = set()
    for name, value in args.items():
        if name in _NOT_FILTERS:
            continue
        numeric = isinstance(value, float | int) and not isinstance(value, bool)
        fields.add(_split_numeric(name)[0] if numeric else _FIELD_ALIASES.get(name, name))
    return frozenset(fields)


def study_filter(args: Mapping[str, Any]) -> Callable[[str], bool]:
    """Pushdown of the ``studyAccession`` filter: whole studies are skipped without generating their rows."""
    wanted = args.get("studyAccession")
    if not wanted:
        return lambda _accession: True
    values = {str(v).casefold() for v in wanted}
    return lambda accession: accession.casefold() in values

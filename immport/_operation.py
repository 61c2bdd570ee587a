"""Plain data describing the 86 operations and their rows, as the generated table uses it (a leaf module).

``immport/_generated/operations.py`` (OPERATIONS) and ``rows.py`` (ROW_FIELDS) are written in these terms.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import attrs


@cache
def resolve(ref: str) -> Any:
    """``"package.module:Name"`` -> the object, imported on first use (then cached)."""
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


@attrs.frozen
class Param:
    """One parameter of an operation."""

    python_name: str  # "study_accession", "min_subject_age_gte", "format_"
    wire_name: str  # "studyAccession", "minSubjectAgeGte", "format"
    location: str  # "path" | "query"
    required: bool
    is_array: bool
    value_type: str = "string"  # "string" | "integer" | "number" | "boolean" (items' type for arrays)
    choices: tuple[str, ...] = ()  # allowed values when the spec has an enum
    comma_list: bool = False  # a str param that takes several values joined by commas (search facets)
    # the spec's constraints, checked before sending: (("maxLength", 7),), (("minimum", 1),) ...
    rules: tuple[tuple[str, Any], ...] = ()
    default: str | None = None  # query value sent when the caller leaves it out (the spec default)


@attrs.frozen
class Operation:
    """One Shared Data API operation, as the facade sees it."""

    operation_id: str  # "getElisaResult"
    group: str  # "search" | "studies" | "results" | "lookups" | "files"
    method_name: str  # "elisa", "arm", "disease", "manifest", "studies"
    http_method: str  # "GET"
    path: str  # "/result/elisa" (relative to the query base URL)
    params: tuple[Param, ...]
    requires_auth: bool
    supports_tsv: bool
    returns_list: bool
    # "module:Class" of the attrs model of one row/object, imported on first use (see ``model``);
    # None when rows are plain values
    model_ref: str | None
    summary: str = ""

    @property
    def model(self) -> type[Any] | None:
        """The attrs model of one row/object (its module is imported on first use, then cached)."""
        return resolve(self.model_ref) if self.model_ref else None

    def param(self, python_name: str) -> Param | None:
        for p in self.params:
            if p.python_name == python_name:
                return p
        return None


@attrs.frozen
class FieldSpec:
    """One property of a generated model: wire key, attrs attribute and JSON-schema kind."""

    wire_name: str
    attr_name: str
    # "string" | "integer" | "number" | "boolean" | "date-time" | "date" | "array" | "object" | "model"
    kind: str


def field_specs(text: str) -> tuple[FieldSpec, ...]:
    """``"resultId:result_id:integer ageEvent:age_event:string"`` -> FieldSpecs (the generated encoding)."""
    return tuple(FieldSpec(*item.split(":")) for item in text.split())


@attrs.frozen
class RowSchema:
    """How to build one generated attrs model from a decoded JSON object (fast) and from TSV cells."""

    model: type[Any]
    fields: tuple[FieldSpec, ...]  # in the attrs __init__ order
    from_json: Callable[[dict[str, Any]], Any]  # consumes (mutates) the dict; same result as model.from_dict
    flat: bool  # every field is a scalar: TSV-decodable


@attrs.frozen
class PreparedCall:
    """The wire form of one call: method, filled-in path, query string and headers."""

    method: str
    path: str
    params: list[tuple[str, str]]
    headers: dict[str, str]


OperationTable = Mapping[str, Operation]

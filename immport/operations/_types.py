"""Plain data describing the 86 operations; the generated table (``_table.py``) is built from these."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import attrs


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
    enum_type: type[Enum] | None = None  # the generated Enum that _get_kwargs expects, if any
    comma_list: bool = False  # a str param that takes several values joined by commas (search facets)


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
    model: type[Any] | None  # attrs model of one row/object; None when rows are plain str
    api_module: str = ""  # generated module with _get_kwargs: "immport_api_client.api.study_result..."
    summary: str = ""

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

"""Registry of the Shared Data API operations plus the pure steps around one call.

``OPERATIONS`` (all 86, keyed by operationId) is generated at codegen time from the spec and the
generated client (``codegen/facade.py``), so importing this package never parses the spec.

Facade names (``client.<group>.<method_name>``) come from the tag and the path:
``search``: ``/api/search/study`` -> ``studies``, ``/subject`` -> ``subjects``;
``studies``: the path after ``/api/study/`` snake_cased (``adverseEvent/{sdy}`` -> ``adverse_event``,
``filePath/studyFiles/{sdy}`` -> ``file_path_study_files``; ``/api/study/{sdy}`` -> ``info``,
``getRestrictedStudyAccessions`` -> ``restricted_accessions``); ``results``: ``/result/<x>`` snake_cased
without a trailing ``_result`` (``massSpectrometryResult`` -> ``mass_spectrometry``); ``lookups``:
``/api/lookup/lk<Name>`` -> snake_case(Name) (``lkSex`` -> ``sex``); ``files``: ``manifest``, ``drs_url``.

The steps around a call, shared by the sync and async clients:

``prepare()`` (validate, encode) -> send (core) -> ``parse_json()`` / ``parse_tsv()``, or for streams
``stream_decoder()`` fed with the body's byte chunks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from immport._generated.operations import OPERATIONS
from immport._operation import FieldSpec, Operation, Param, PreparedCall, RowSchema
from immport._parse import html_error, label, looks_like_html, parse_json, row_schema
from immport.operations._prepare import prepare

if TYPE_CHECKING:
    from immport.streaming import RawObserver, StreamDecoder
    from immport.tsv import TsvTable

__all__ = [
    "OPERATIONS",
    "FieldSpec",
    "Operation",
    "Param",
    "PreparedCall",
    "RowSchema",
    "get_operation",
    "operations_in",
    "parse_json",
    "parse_tsv",
    "prepare",
    "row_schema",
    "stream_decoder",
]

GROUPS = ("search", "studies", "results", "lookups", "files")


def get_operation(group_or_id: str, method_name: str | None = None) -> Operation:
    """By operationId (``get_operation("getElisaResult")``) or facade name (``("results", "elisa")``)."""
    if method_name is None:
        return OPERATIONS[group_or_id]
    for op in OPERATIONS.values():
        if op.group == group_or_id and op.method_name == method_name:
            return op
    raise KeyError(f"{group_or_id}.{method_name}")


def operations_in(group: str) -> list[Operation]:
    return [op for op in OPERATIONS.values() if op.group == group]


def parse_tsv(op: Operation, body: str | bytes) -> TsvTable[Any]:
    """Wrap a TSV body (the response bytes, best: no decode and re-encode); DecodeError for HTML or JSON."""
    from immport.tsv import TsvTable, not_tsv_error  # on first use: a JSON-only program never loads it

    if looks_like_html(body[:512]):
        raise html_error(op, body)
    error = not_tsv_error(body[:300], label(op))
    if error is not None:
        raise error
    return TsvTable(body, row_schema(op), label(op))


def stream_decoder(op: Operation, *, tsv: bool, observer: RawObserver | None = None) -> StreamDecoder:
    """Push-based decoder: ``.feed(chunk) -> rows``, ``.close() -> rows`` (DecodeError if truncated)."""
    from immport.streaming import stream_decoder as make  # on first use, as above

    return make(op, tsv=tsv, observer=observer)

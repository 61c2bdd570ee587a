"""prepare(): validate arguments and build the exact wire call with the generated ``_get_kwargs``."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from immport.errors import InvalidRequestError
from immport.filters import normalize_arguments
from immport.operations._types import Operation, PreparedCall

JSON_MEDIA = "application/json"
TSV_MEDIA = "text/tab-separated-values"


def prepare(op: Operation, arguments: Mapping[str, Any], *, tsv: bool = False) -> PreparedCall:
    """Validate ``arguments`` (InvalidRequestError before anything is sent) and encode the call."""
    if tsv and not op.supports_tsv:
        raise InvalidRequestError(f"{op.group}.{op.method_name} has no TSV form; use JSON")
    kwargs = normalize_arguments(op, arguments)
    if tsv:
        kwargs["format_"] = "tsv"
    generated = importlib.import_module(op.api_module)
    wire = generated._get_kwargs(**kwargs)
    return PreparedCall(
        method=str(wire["method"]).upper(),
        path=str(wire["url"]),
        params=encode_query(wire.get("params", {})),
        headers={"Accept": TSV_MEDIA if tsv else JSON_MEDIA},
    )


def encode_query(params: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The query string as sent: arrays as repeated keys (the spec's explode=true), bools lower-case."""
    out: list[tuple[str, str]] = []
    for key, value in params.items():
        for item in value if isinstance(value, list) else [value]:
            out.append((key, ("true" if item else "false") if isinstance(item, bool) else str(item)))
    return out

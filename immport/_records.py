"""The one row-to-dict converter: whatever the facade returns (dicts, generated models, facade attrs
records) as a plain dict keyed by field name. Used by the CLI writers, file manifests and exports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

Record = dict[str, Any]


def as_record(row: object) -> Record | None:
    """A mapping as a dict; a generated model by its ``to_dict()`` (the API's wire names); a facade attrs
    record by its fields (``raw``, the server's JSON kept for debugging, left out); None for anything else."""
    if isinstance(row, Mapping):
        return {str(k): v for k, v in row.items()}
    to_dict = getattr(row, "to_dict", None)
    if callable(to_dict):
        produced = to_dict()
        if isinstance(produced, Mapping):
            return {str(k): v for k, v in produced.items()}
    cls = type(row)
    if attrs.has(cls):
        return {f.name: _plain(getattr(row, f.name)) for f in attrs.fields(cls) if f.name != "raw"}
    return None


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        # value objects with their own text form (a ticket number) print as that text
        has_own_text = "__str__" in vars(type(value))
        return str(value) if has_own_text else as_record(value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value

"""prepare(): validate arguments and encode the exact wire call from the generated operation table.

The table (``immport/_generated/operations.py``) carries each operation's method, path template and, per
parameter, its location, array form and default; codegen checked it against the spec's serialization.
Path values are percent-encoded whole; query arrays repeat their key (``explode: true``); search facets
arrive comma-joined from ``normalize_arguments``; a query parameter left out is sent with its default.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from immport._operation import Operation, PreparedCall
from immport.errors import InvalidRequestError
from immport.filters import normalize_arguments

JSON_MEDIA = "application/json"
TSV_MEDIA = "text/tab-separated-values"


def prepare(op: Operation, arguments: Mapping[str, Any], *, tsv: bool = False) -> PreparedCall:
    """Validate ``arguments`` (InvalidRequestError before anything is sent) and encode the call."""
    if tsv and not op.supports_tsv:
        raise InvalidRequestError(f"{op.group}.{op.method_name} has no TSV form; use JSON")
    values = normalize_arguments(op, arguments)
    if tsv:
        values["format_"] = "tsv"
    path = op.path
    query: list[tuple[str, str]] = []
    for param in op.params:
        value = values.get(param.python_name)
        if param.location == "path":
            path = path.replace("{" + param.wire_name + "}", quote(str(value), safe=""))
        elif value is not None:
            query += [(param.wire_name, _text(item)) for item in (value if param.is_array else [value])]
        elif param.default is not None:
            query.append((param.wire_name, param.default))
    return PreparedCall(
        method=op.http_method,
        path=path,
        params=query,
        headers={"Accept": TSV_MEDIA if tsv else JSON_MEDIA},
    )


def _text(value: Any) -> str:
    """One query value as sent: booleans lower-case (as httpx writes them), the rest ``str``."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)

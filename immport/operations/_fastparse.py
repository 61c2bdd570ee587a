"""Field converters shared by the generated fast row constructors; same semantics as generated from_dict."""

from __future__ import annotations

import datetime
from typing import Any


def parse_datetime(value: Any) -> Any:
    """ISO date-time strings become ``datetime``; anything else (None, UNSET, unparsable) passes through."""
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value

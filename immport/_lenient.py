"""Lenient readers of decoded JSON for the hand-written records (upload tickets, UI study summary,
file manifests): a missing or unreadable value is None, never an error and never the wrong type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


def opt_int(value: Any) -> int | None:
    """An int, or None for null, booleans and anything ``int()`` refuses."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def str_at(data: Mapping[str, Any], key: str) -> str | None:
    return opt_str(data.get(key))


def int_at(data: Mapping[str, Any], key: str) -> int | None:
    return opt_int(data.get(key))

"""``assert_matches_spec``: a recorded response file must match the spec (strict-mode rules)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from immport.errors import ContractViolation

__all__ = ["assert_matches_spec", "violations_in"]

_TSV_SUFFIXES = frozenset({".tsv", ".tab", ".txt"})
_SHOWN = 20


def violations_in(
    operation_id: str, path: str | os.PathLike[str], *, format: Literal["json", "tsv"] | None = None
) -> list[ContractViolation]:
    """Every spec violation in a recorded response body (``.json``; ``.tsv``/``.tab``/``.txt`` are TSV).

    Without a known suffix the body is sniffed: ``[`` or ``{`` first means JSON.
    """
    from immport.contract import strict  # needs the contract extra (jsonschema-rs)

    file = Path(path)
    content = file.read_bytes()
    kind = format or _guess_format(file, content)
    if kind == "tsv":
        return strict.validate_tsv(operation_id, content.decode("utf-8-sig"))
    return strict.validate_json(operation_id, content)


def assert_matches_spec(
    operation_id: str, path: str | os.PathLike[str], *, format: Literal["json", "tsv"] | None = None
) -> None:
    """Fail (AssertionError listing the violations) unless the recorded response matches the spec."""
    found = violations_in(operation_id, path, format=format)
    if found:
        lines = [f"  {v.pointer or '/'}: expected {v.expected}, got {v.seen}" for v in found[:_SHOWN]]
        more = [f"  ... and {len(found) - _SHOWN} more"] if len(found) > _SHOWN else []
        raise AssertionError(
            "\n".join([f"{Path(path).name} does not match the spec of {operation_id}:", *lines, *more])
        )


def _guess_format(file: Path, content: bytes) -> Literal["json", "tsv"]:
    if file.suffix.lower() == ".json":
        return "json"
    if file.suffix.lower() in _TSV_SUFFIXES:
        return "tsv"
    return "json" if content.lstrip()[:1] in (b"[", b"{") else "tsv"

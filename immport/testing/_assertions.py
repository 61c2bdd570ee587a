"""``assert_matches_spec``: a recorded response file must match the spec (the strict-mode report)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from immport.contract.violations import StrictReport, Violation

__all__ = ["assert_matches_spec", "report_for", "violations_in"]

_TSV_SUFFIXES = frozenset({".tsv", ".tab", ".txt"})


def report_for(
    operation_id: str, path: str | os.PathLike[str], *, format: Literal["json", "tsv"] | None = None
) -> StrictReport:
    """Strict mode's report on a recorded response body (``.json``; ``.tsv``/``.tab``/``.txt`` are TSV).

    Without a known suffix the body is sniffed: ``[`` or ``{`` first means JSON.
    """
    from immport.contract import strict  # needs the contract extra (jsonschema-rs)

    file = Path(path)
    content = file.read_bytes()
    kind = format or _guess_format(file, content)
    if kind == "tsv":
        return strict.check_tsv(operation_id, content.decode("utf-8-sig"))
    return strict.check_json(operation_id, content)


def violations_in(
    operation_id: str, path: str | os.PathLike[str], *, format: Literal["json", "tsv"] | None = None
) -> list[Violation]:
    """The violations strict mode keeps for a recorded response body, unknown fields first."""
    return report_for(operation_id, path, format=format).violations


def assert_matches_spec(
    operation_id: str, path: str | os.PathLike[str], *, format: Literal["json", "tsv"] | None = None
) -> None:
    """Fail (AssertionError with strict mode's grouped report) unless the recorded response matches."""
    report = report_for(operation_id, path, format=format)
    if report:
        raise AssertionError(report.summary(f"{Path(path).name} does not match the spec of {operation_id}"))


def _guess_format(file: Path, content: bytes) -> Literal["json", "tsv"]:
    if file.suffix.lower() == ".json":
        return "json"
    if file.suffix.lower() in _TSV_SUFFIXES:
        return "tsv"
    return "json" if content.lstrip()[:1] in (b"[", b"{") else "tsv"

"""Report renderings (text for people, JSON for CI) and the exit code policy."""

from __future__ import annotations

import json
from typing import Literal

from immport.contract._model import DiffReport
from immport.errors import InvalidRequestError

__all__ = ["FailOn", "exit_code", "render_json", "render_text"]

FailOn = Literal["breaking", "any"]


def render_text(report: DiffReport) -> str:
    """One line per change (``BREAKING|NON-BREAKING kind pointer  detail``), then a summary line."""
    lines = [
        f"{'BREAKING' if c.breaking else 'NON-BREAKING'} {c.kind} {c.pointer}"
        + (f"  ({c.detail})" if c.detail else "")
        for c in report.changes
    ]
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


def render_json(report: DiffReport) -> str:
    document = {
        "summary": {
            "total": len(report.changes),
            "breaking": len(report.breaking),
            "non_breaking": len(report.non_breaking),
            "kinds": dict(sorted(report.kinds().items())),
        },
        "changes": [c.to_dict() for c in report.changes],
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


def exit_code(report: DiffReport, fail_on: FailOn | str = "breaking") -> int:
    """1 when the report has a change that ``fail_on`` counts (``breaking`` or ``any``), else 0."""
    if fail_on == "breaking":
        return 1 if report.breaking else 0
    if fail_on == "any":
        return 1 if report.changes else 0
    raise InvalidRequestError(f"fail_on must be 'breaking' or 'any', not {fail_on!r}")


def _summary(report: DiffReport) -> str:
    if not report.changes:
        return "no changes"
    breaking, total = len(report.breaking), len(report.changes)
    return f"{total} change{'s' if total > 1 else ''}: {breaking} breaking, {total - breaking} non-breaking"

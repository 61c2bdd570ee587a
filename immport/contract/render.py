"""Report renderings (text for people, JSON for CI) and the exit code policy."""

from __future__ import annotations

import json
from typing import Any, Literal

from immport.contract._model import DiffReport
from immport.errors import InvalidRequestError

__all__ = ["FailOn", "exit_code", "render_json", "render_text"]

FailOn = Literal["breaking", "any"]


def render_text(report: DiffReport) -> str:
    """One line per change (``BREAKING|NON-BREAKING kind pointer  detail``), then a summary line; then the
    generated client's API changes, each with the spec changes behind it (``<- pointer``)."""
    lines = [
        f"{_label(c.breaking)} {c.kind} {c.pointer}" + (f"  ({c.detail})" if c.detail else "")
        for c in report.changes
    ]
    lines.append(_summary(report))
    generated = report.generated
    if generated is not None and (report.changes or generated.changes):
        if not generated.checked:
            lines.append(f"generated client: not compared ({generated.note})")
        else:
            count, breaking = len(generated.changes), len(generated.breaking)
            lines.append(
                f"generated client: {count} API change{'s' * (count != 1)}, {breaking} breaking"
                if count
                else "generated client: no API changes"
            )
        for api in generated.changes:
            values = f"  ({api.old} -> {api.new})" if api.old or api.new else ""
            lines.append(f"{_label(api.breaking)} api:{api.kind} {api.path}{values}")
            lines.append("    <- " + (", ".join(api.causes) if api.causes else "(no spec change traced)"))
    return "\n".join(lines) + "\n"


def _label(breaking: bool) -> str:
    return "BREAKING" if breaking else "NON-BREAKING"


def render_json(report: DiffReport) -> str:
    document: dict[str, Any] = {
        "summary": {
            "total": len(report.changes),
            "breaking": len(report.breaking),
            "non_breaking": len(report.non_breaking),
            "kinds": dict(sorted(report.kinds().items())),
        },
        "changes": [c.to_dict() for c in report.changes],
    }
    if report.generated is not None:
        generated = report.generated
        document["generated"] = {
            "checked": generated.checked,
            "note": generated.note,
            "summary": {"total": len(generated.changes), "breaking": len(generated.breaking)},
            "changes": [c.to_dict() for c in generated.changes],
        }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"


def exit_code(report: DiffReport, fail_on: FailOn | str = "breaking") -> int:
    """1 when the report has a change that ``fail_on`` counts (``breaking`` or ``any``), else 0.

    A breaking change in the generated client's API counts too, even when the spec rules missed it.
    """
    api = report.generated.changes if report.generated is not None else ()
    if fail_on == "breaking":
        return 1 if report.breaking or any(c.breaking for c in api) else 0
    if fail_on == "any":
        return 1 if report.changes or api else 0
    raise InvalidRequestError(f"fail_on must be 'breaking' or 'any', not {fail_on!r}")


def _summary(report: DiffReport) -> str:
    if not report.changes:
        return "no changes"
    breaking, total = len(report.breaking), len(report.changes)
    return f"{total} change{'s' if total > 1 else ''}: {breaking} breaking, {total - breaking} non-breaking"

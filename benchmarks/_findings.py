"""FINDINGS.md from the same run as RESULTS.md: generated figures, hand-written causes keyed by figure id.

The causes live in ``benchmarks/causes.md``: a ``## <figure id>`` section per figure, optionally split into
``### met`` and ``### missed`` subsections (the one matching this run's result is shown). They hold no
numbers of their own, so they cannot contradict the figures, which come from the rows of this run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from benchmarks._harness import Row

CAUSES = Path(__file__).resolve().parent / "causes.md"
FINDINGS = Path(__file__).resolve().parent / "FINDINGS.md"


def parse_causes(text: str) -> dict[str, dict[str, str]]:
    """``{figure id: {"": whole section, "met": ..., "missed": ...}}`` from causes.md."""
    out: dict[str, dict[str, str]] = {}
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        name, _, body = block.partition("\n")
        parts = re.split(r"^### (met|missed)\s*$", body, flags=re.M)
        section = {"": parts[0].strip()}
        for kind, sub in zip(parts[1::2], parts[2::2], strict=True):
            section[kind] = sub.strip()
        out[name.strip().strip("`")] = section
    return out


def _cause(causes: dict[str, dict[str, str]], row: Row) -> str:
    section = causes.get(row.name)
    if section is None:
        return "_No cause is written for this figure in `benchmarks/causes.md`._"
    kind = {"met": "met", "MISSED": "missed"}.get(row.status, "")
    chosen = [section[""], section.get(kind, "")] if kind else [section[""]]
    return "\n\n".join(part for part in chosen if part) or "_(empty section in causes.md)_"


def render_findings(rows: Sequence[Row], *, header: str, causes_text: str) -> str:
    causes = parse_causes(causes_text)
    targeted = [r for r in rows if r.met is not None or r.pending]
    out = [
        "# Findings: every target, met or missed, with its cause",
        "",
        header,
        "The figures below are generated from the run that wrote `RESULTS.md`; the causes under each are",
        "hand-written in `benchmarks/causes.md`, keyed by figure id (profiles of missed targets are in",
        "`RESULTS.md`).",
        "",
        "| id | result | target | status |",
        "|---|---|---|---|",
    ]
    for row in targeted:
        result = "-" if row.ratio is None else f"{row.ratio:.2f}x ({row.ratio_label})"
        if row.ratio is None and row.ours is not None:
            result = f"{row.ours.median:g} {row.unit}"
        out.append(f"| `{row.name}` | {result} | {row.target} | **{row.status}** |")
    out.append("")
    for row in targeted:
        out += [f"## `{row.name}`: {row.status} ({row.target})", "", _cause(causes, row), ""]
    unknown = sorted(set(causes) - {r.name for r in rows})
    if unknown:
        out += ["## Causes written for figures this run did not measure", "", ", ".join(unknown), ""]
    return "\n".join(out).rstrip() + "\n"

"""The machine, the versions, and RESULTS.md rendered from the rows every figure reported."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks import _venv
from benchmarks._harness import Row, Stats

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def machine() -> dict[str, str]:
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return {
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "memory": _memory(),
        "OS": platform.platform(),
        "load average at start (1, 5, 15 min)": load,
    }


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _curl() -> str:
    curl = shutil.which("curl")
    if curl is None:
        return "absent"
    done = subprocess.run([curl, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.split("\n", 1)[0] if done.returncode == 0 else "unknown"


GENERATED = ("benchmarks/RESULTS.md", "benchmarks/FINDINGS.md")  # written by the run itself


def git_state() -> tuple[str, list[str]]:
    """(HEAD commit, uncommitted paths other than the reports this harness writes)."""
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
    )
    head = done.stdout.strip() or "unknown"
    status = subprocess.run(
        ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=all"],
        capture_output=True,
        text=True,
        check=False,
    )
    changed = [line[3:] for line in status.stdout.splitlines() if line.strip()]
    return head, [path for path in changed if path not in GENERATED]


def describe_commit(head: str, dirty: list[str]) -> str:
    if not dirty:
        return head
    return (
        f"{head} + {len(dirty)} uncommitted file(s): {', '.join(dirty[:5])}{' ...' if len(dirty) > 5 else ''}"
    )


def versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for name in ("httpx", "orjson", "ijson", "pandas", "pyarrow", "attrs", "immport"):
        out[name] = _version(name)
    out["immport commit"] = describe_commit(*git_state())
    bench = _venv.versions()
    out["immport-client (bench venv)"] = bench.get("immport-client", "not installed")
    out["pydantic (bench venv)"] = bench.get("pydantic", "not installed")
    out["curl"] = _curl()
    return out


def fmt(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.1f} MB"
    if unit == "MB/s":
        return f"{value:.0f} MB/s"
    if unit == "%":
        return f"{value:.3f} %"
    return f"{value:g} {unit}"


def fmt_stats(stats: Stats | None, unit: str) -> str:
    if stats is None:
        return "-"
    if len(stats.values) == 1:
        return fmt(stats.median, unit)
    return (
        f"{fmt(stats.median, unit)} ({fmt(stats.min, unit)} - {fmt(stats.max, unit)}, n={len(stats.values)})"
    )


def _met(row: Row) -> str:
    return {"pending": "pending", "context": "-"}.get(row.status, f"**{row.status}**")


def _ratio(row: Row) -> str:
    return "-" if row.ratio is None else f"{row.ratio:.2f}x"


def _summary_line(row: Row) -> str:
    if row.pending:
        return f"| {row.name} | pending | - | - | {row.target} | pending |"
    ours = "-" if row.ours is None else fmt(row.ours.median, row.unit)
    base = "-" if row.baseline is None else fmt(row.baseline.median, row.unit)
    return f"| {row.name} | {ours} | {base} | {_ratio(row)} | {row.target} | {_met(row)} |"


def _table(rows: Sequence[Row]) -> list[str]:
    lines = [
        "| figure | ours | baseline | ratio | target | met? |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        if row.pending:
            pending = " ".join(row.pending.split())[-300:].replace("|", "/")
            lines.append(f"| {row.title} | pending: {pending} | - | - | {row.target} | pending |")
            continue
        ours = f"{row.ours_label}: {fmt_stats(row.ours, row.unit)}"
        base = f"{row.baseline_label}: {fmt_stats(row.baseline, row.unit)}"
        ratio = f"{_ratio(row)} ({row.ratio_label})"
        lines.append(f"| {row.title} | {ours} | {base} | {ratio} | {row.target} | {_met(row)} |")
    return lines


def render(
    rows: Sequence[Row],
    *,
    command: str,
    started: str,
    elapsed: float,
    quick: bool,
    machine_info: dict[str, str],
    version_info: dict[str, str],
    titles: dict[str, str],
    commit: str = "unknown",
) -> str:
    out = [
        "# Benchmark results",
        "",
        f"Commit measured: {commit}",
        "",
        f"Written by `{command}` (started {started}, took {elapsed:.0f} s"
        + (", **quick mode: small payloads, not the real targets' sizes**" if quick else "")
        + "). Times are the median of several runs with (min - max); ratios compare medians measured",
        "in the same run on the same bytes. See `benchmarks/README.md` for how to read this, and",
        "`benchmarks/FINDINGS.md` for the causes of missed targets and the suggested fixes.",
        "",
        "## Machine",
        "",
        *[f"- {key}: {value}" for key, value in machine_info.items()],
        "",
        "## Versions",
        "",
        *[f"- {key}: {value}" for key, value in version_info.items()],
        "",
        "## Summary",
        "",
        "| id | ours (median) | baseline (median) | ratio | target | met? |",
        "|---|---|---|---|---|---|",
        *[_summary_line(r) for r in rows],
        "",
    ]
    seen: list[str] = []
    for row in rows:
        if row.figure not in seen:
            seen.append(row.figure)
    for figure in seen:
        mine = [r for r in rows if r.figure == figure]
        out += [f"## {titles.get(figure, figure)}", "", *_table(mine), ""]
        for row in mine:
            for note in row.notes:
                out.append(f"- `{row.name}`: {note}")
        if any(r.notes for r in mine):
            out.append("")
        for row in mine:
            if row.profile:
                out += [
                    f"Profile of ours for `{row.name}` (pyinstrument, top of the call tree):",
                    "",
                    "```",
                    row.profile,
                    "```",
                    "",
                ]
    return "\n".join(out).rstrip() + "\n"

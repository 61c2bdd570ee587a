"""``python -m benchmarks [--quick] [--only NAME ...] [--runs N] [--no-profile] [--output/--findings PATH]``.

A full run (no ``--quick``, no ``--only``) writes ``benchmarks/RESULTS.md`` and ``benchmarks/FINDINGS.md``,
and only from a clean work tree: the report names the commit it measured.
"""

from __future__ import annotations

import argparse
import importlib
import shlex
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import FIGURES
from benchmarks._findings import CAUSES, FINDINGS, render_findings
from benchmarks._harness import Context, Row
from benchmarks._report import RESULTS, describe_commit, git_state, machine, render, versions


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small payloads: a smoke run of every figure")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help=f"run only this figure (repeatable): {', '.join(FIGURES)}",
    )
    parser.add_argument(
        "--runs", type=int, default=None, help="measurements per quantity (default 5, quick 3)"
    )
    parser.add_argument("--no-profile", action="store_true", help="do not profile missed targets")
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="write the results here (default: benchmarks/RESULTS.md for a full run, "
        "stdout for --quick / --only)",
    )
    parser.add_argument(
        "--findings",
        type=Path,
        default=None,
        help="also write FINDINGS here (default: benchmarks/FINDINGS.md for a full run)",
    )
    args = parser.parse_args(argv)
    unknown = [name for name in args.only if name not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s) {unknown}; choose from {list(FIGURES)}")
    if args.runs is not None and args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def _title(name: str) -> str:
    return str(getattr(importlib.import_module(f"benchmarks.{name}"), "TITLE", name))


def _run_figure(name: str, ctx: Context) -> list[Row]:
    module = importlib.import_module(f"benchmarks.{name}")
    try:
        rows: list[Row] = module.run(ctx)
    except Exception as exc:  # one broken figure must not lose the others' numbers
        traceback.print_exc()
        return [
            Row(
                name,
                f"{name}_error",
                _title(name),
                "-",
                "-",
                "s",
                "-",
                pending=f"the benchmark raised {type(exc).__name__}: {exc}",
            )
        ]
    return rows


def main(argv: list[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    full = not (args.quick or args.only)
    output = args.output or (RESULTS if full else None)
    findings = args.findings or (FINDINGS if full and args.output is None else None)
    head, dirty = git_state()
    if output == RESULTS and dirty:
        print(
            f"[bench] refusing to write {RESULTS.name} from a dirty work tree "
            f"({describe_commit(head, dirty)}); commit first, or pass --output PATH",
            file=sys.stderr,
        )
        return 2
    names = args.only or list(FIGURES)
    runs = args.runs or (3 if args.quick else 5)
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine_info = machine()
    begin = time.perf_counter()
    rows: list[Row] = []
    titles: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="immport-bench-") as scratch:
        ctx = Context(quick=args.quick, runs=runs, workdir=Path(scratch), profile=not args.no_profile)
        for name in names:
            t0 = time.perf_counter()
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            titles[name] = _title(name)
            figure_rows = _run_figure(name, ctx)
            rows += figure_rows
            for row in figure_rows:
                state = (
                    f"pending: {row.pending}"
                    if row.pending
                    else (
                        f"ratio {row.ratio:.2f}x target {row.target} -> "
                        + ("met" if row.met else "-" if row.met is None else "MISSED")
                        if row.ratio is not None
                        else "no ratio"
                    )
                )
                print(f"[bench]   {row.name}: {state}", file=sys.stderr, flush=True)
            print(f"[bench] {name} took {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - begin
    command = (
        "python -m benchmarks"
        + ("" if argv is None and len(sys.argv) == 1 else " ")
        + shlex.join(sys.argv[1:] if argv is None else argv)
    )
    commit = describe_commit(head, dirty)
    text = render(
        rows,
        command=command.strip(),
        started=started,
        elapsed=elapsed,
        quick=args.quick,
        machine_info=machine_info,
        version_info=versions(),
        titles=titles,
        commit=commit,
    )
    if output == RESULTS and git_state() != (head, dirty):
        output = findings = None  # the tree changed under the run: print, do not record
        print("[bench] the work tree changed during the run: printing instead of writing", file=sys.stderr)
    if output is not None:
        output.write_text(text)
        print(f"[bench] wrote {output}", file=sys.stderr)
    else:
        print(text)
    if findings is not None:
        header = f"Run of commit {commit}, started {started} (`{command.strip()}`)."
        findings.write_text(render_findings(rows, header=header, causes_text=CAUSES.read_text()))
        print(f"[bench] wrote {findings}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``immport export DEST``, ``export verify DIR``, ``export open DIR`` and ``immport availability SDY...``."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from immport.cli import state
from immport.cli.commands.common import CONTEXT, example, output_options, show_rows, split_values
from immport.cli.console import VERBOSITY, note, stderr
from immport.cli.failures import ExitCode
from immport.cli.progress import LiveBars
from immport.errors import CommandFailed

if TYPE_CHECKING:
    from immport.export import ExportEvent

KINDS_HELP = (
    "Data kinds: results (the 11 assay results, default), studies (per-study resources), lookups, "
    "manifest, all, or names like elisa,study_arm (see `immport export kinds`)."
)


class ExportBars(LiveBars["ExportEvent"]):
    """One bar on stderr: parts done of planned, studies done, rows, bytes and rate."""

    def __init__(self, *, enabled: bool) -> None:
        super().__init__(
            Progress(
                TextColumn("export"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn(
                    "parts · {task.fields[studies]} studies · {task.fields[rows]:,} rows · "
                    "{task.fields[size]} · {task.fields[rate]}"
                ),
                TimeElapsedColumn(),
                console=stderr(),
                disable=not enabled,
            )
        )
        self._task = self._progress.add_task("export", total=None, rows=0, size="0 B", rate="", studies="0")
        self._rows = 0
        self._bytes = 0
        self._studies = (0, 0)

    def _handle(self, event: ExportEvent) -> None:
        if event.kind == "planned":
            self._studies = (0, event.studies)
            self._progress.update(self._task, total=event.total, studies=f"0/{event.studies}")
            return
        if event.kind == "study":
            self._studies = (self._studies[0] + 1, self._studies[1])
            self._progress.update(self._task, studies=f"{self._studies[0]}/{self._studies[1]}")
            return
        if event.record is not None:
            self._rows += event.record.rows
            self._bytes += event.record.bytes
        elapsed = self._progress.tasks[0].elapsed or 0.0
        rate = f"{self._rows / elapsed:,.0f} rows/s" if elapsed > 0 else ""
        self._progress.update(self._task, advance=1, rows=self._rows, size=_size(self._bytes), rate=rate)


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return f"{value:,.1f} GB"  # pragma: no cover


class ExportGroup(click.Group):
    """``immport export DEST ...`` runs an export; ``immport export verify|open|kinds ...`` the others."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


@click.group(
    "export",
    cls=ExportGroup,
    context_settings=CONTEXT,
    epilog=example(
        "immport export data/ --study SDY1,SDY2 --kinds results",
        "immport export s3://bucket/immport --all --kinds results,studies --only-available",
        "immport export verify data/",
        "immport export open data/ --sql 'SELECT study_accession, count(*) FROM elisa GROUP BY 1'",
    ),
)
def export() -> None:
    """Export ImmPort into a hive-partitioned Parquet dataset (resumable, incremental, with provenance).

    `immport export DEST [OPTIONS]` runs an export (options: `immport export run --help`). DEST is a
    directory or an fsspec URL (s3://..., memory://...). Run the same command again to resume after
    Ctrl-C or a crash, or to fetch only the studies whose data release changed.
    """


@export.command("run", context_settings=CONTEXT, epilog=example("immport export data/ --study SDY1,SDY2"))
@click.argument("dest")
@click.option("-s", "--study", "studies", multiple=True, metavar="SDY[,SDY...]", help="Studies to export.")
@click.option("--term", help="Export the studies a study search for TERM finds.")
@click.option("--all", "all_studies", is_flag=True, help="Export every shared study (search paging).")
@click.option("-k", "--kinds", multiple=True, metavar="KIND[,KIND...]", help=KINDS_HELP)
@click.option("-j", "--concurrency", type=click.IntRange(min=1, max=64), default=8, show_default=True)
@click.option("--force", "force_all", is_flag=True, help="Fetch everything again, even if unchanged.")
@click.option("--force-study", multiple=True, metavar="SDY[,SDY...]", help="Fetch these studies again.")
@click.option("--only-available", is_flag=True, help="Skip assays that search says a study has no data for.")
def run(
    dest: str,
    studies: tuple[str, ...],
    term: str | None,
    all_studies: bool,
    kinds: tuple[str, ...],
    concurrency: int,
    force_all: bool,
    force_study: tuple[str, ...],
    only_available: bool,
) -> None:
    """Export into DEST (`immport export DEST ...` is short for `immport export run DEST ...`)."""
    chosen = [bool(studies), term is not None, all_studies]
    if sum(chosen) != 1:
        raise click.UsageError("choose the studies with exactly one of --study, --term or --all")
    force: bool | list[str] = True if force_all else split_values(force_study)
    client = state.client()
    with ExportBars(enabled=VERBOSITY.level >= 0 and stderr().is_terminal) as bars:
        try:
            result = client.export(
                dest,
                studies=split_values(studies) if studies else None,
                search={"term": term} if term is not None else None,
                kinds=split_values(kinds) or "results",
                concurrency=concurrency,
                force=force,
                only_available=only_available,
                progress=bars,
            )
        except KeyboardInterrupt:
            note("interrupted: finished parts are kept; run the same command again to continue")
            raise
    if VERBOSITY.level >= 0:
        stderr().print(result.summary(), markup=False, highlight=False)
    if result.failed:
        raise CommandFailed(ExitCode.API_ERROR, f"{len(result.failed)} part(s) failed; run the command again")


@export.command("verify", context_settings=CONTEXT, epilog=example("immport export verify data/"))
@click.argument("directory")
def verify(directory: str) -> None:
    """Recompute every part's size and sha256 and compare them with the export's journal."""
    from immport.export.verify import verify as check

    report = check(directory)
    if not report.ok:
        raise CommandFailed(ExitCode.VERIFICATION, report.summary())
    note(report.summary())


@export.command(
    "open",
    context_settings=CONTEXT,
    epilog=example("immport export open data/ --sql 'SELECT count(*) FROM elisa'"),
)
@click.argument("directory")
@click.option(
    "--sql", "query", metavar="QUERY", help="Run QUERY (one view per data kind) and print the rows."
)
@output_options
def open_(directory: str, query: str | None, fmt: str | None, output: Path | None) -> None:
    """Open an export in DuckDB: one view per data kind; without --sql, list the views and their rows."""
    from immport.export.duck import connect

    connection = connect(directory)
    if query is None:
        views = [
            name
            for (name,) in connection.sql(
                "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1"
            ).fetchall()
        ]
        rows = [
            {"view": view, "rows": connection.sql(f'SELECT count(*) FROM "{view}"').fetchall()[0][0]}
            for view in views
        ]
        show_rows(rows, fmt, output, title=directory)
        return
    relation = connection.sql(query)
    if relation is None:
        return
    columns = list(relation.columns)
    records = (dict(zip(columns, values, strict=True)) for values in relation.fetchall())
    show_rows(records, fmt, output, columns=columns, title="query")


@export.command("kinds", context_settings=CONTEXT, epilog=example("immport export kinds -f tsv"))
@output_options
def kinds_(fmt: str | None, output: Path | None) -> None:
    """List the data kinds an export can hold."""
    from immport.export import all_kinds

    rows = (
        {"kind": k.name, "group": k.group, "endpoint": k.operation.path, "perStudy": k.per_study}
        for k in all_kinds().values()
    )
    show_rows(rows, fmt, output, title="kinds")


@click.command(
    "availability",
    context_settings=CONTEXT,
    epilog=example(
        "immport availability SDY1 SDY2", "immport availability SDY1 --kinds results,studies -f json"
    ),
)
@click.argument("accessions", nargs=-1, required=True, metavar="SDY...")
@click.option("-k", "--kinds", multiple=True, metavar="KIND[,KIND...]", help=KINDS_HELP)
@click.option("--no-count", is_flag=True, help="Only what search says (no counted fetch of the rows).")
@output_options
def availability(
    accessions: tuple[str, ...], kinds: tuple[str, ...], no_count: bool, fmt: str | None, output: Path | None
) -> None:
    """Which data kinds each study has and how many rows (search first, else a counted fetch)."""
    client = state.client()
    found = client.availability(
        split_values(accessions), kinds=split_values(kinds) or "results", count_rows=not no_count
    )
    show_rows(_availability_rows(found), fmt, output, title="availability")


def _availability_rows(found: Sequence[Any]) -> Iterator[dict[str, Any]]:
    for study in found:
        for entry in study.kinds:
            yield {
                "study": study.study,
                "dataRelease": study.data_release,
                "kind": entry.kind,
                **entry.findings(),
            }

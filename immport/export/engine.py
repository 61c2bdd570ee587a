"""The export core, written once on asyncio: selection -> plan -> bounded-concurrency parts -> journal.

``AsyncClient.export`` awaits :func:`run_export`; the sync ``Client.export`` runs the same coroutine on an
``AsyncClient`` that shares its settings and credentials (see :mod:`immport.export.api`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import Counter
from collections.abc import Collection, Coroutine, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from immport._http.cache import fresh_reads
from immport.errors import AuthenticationError, DecodeError, ImmPortError, InvalidRequestError, TransportError
from immport.export._search import StudySource, iter_study_sources
from immport.export.destination import Destination
from immport.export.journal import Journal, PartRecord
from immport.export.kinds import Kind
from immport.export.parts import BATCH_ROWS, write_part
from immport.export.plan import Unit, make_plan
from immport.export.provenance import export_time, write_provenance
from immport.export.result import ExportEvent, ExportResult, FailedPart, ProgressCallback

if TYPE_CHECKING:
    from immport.client import AsyncClient

__all__ = ["ExportOptions", "Selection", "run_export"]

_log = logging.getLogger("immport.export")
DEFAULT_CONCURRENCY = 8


@attrs.frozen
class Selection:
    """Which studies: ``accessions`` (a list), else every study matching ``query`` (search arguments;
    empty = all shared studies)."""

    accessions: tuple[str, ...] | None = None
    query: Mapping[str, Any] = attrs.field(factory=dict)

    def describe(self) -> dict[str, Any]:
        if self.accessions is not None:
            return {"studies": list(self.accessions)}
        return {"search": dict(self.query)} if self.query else {"all_shared_studies": True}


@attrs.frozen(kw_only=True)
class ExportOptions:
    kinds: Sequence[Kind]
    selection: Selection
    concurrency: int = DEFAULT_CONCURRENCY
    force: bool | Collection[str] = False
    only_available: bool = False
    batch_rows: int = BATCH_ROWS
    exported_at: str | None = None


async def _global_release(client: AsyncClient) -> str | None:
    """ImmPort's current data release (``/ui/studydatarel/datarelver``); None when it cannot be read."""
    try:
        release = await client.ui.data_release_version()
    except ImmPortError as exc:
        _log.info("global data release not available: %s", exc)
        return None
    return str(release) if release else None


async def _select(client: AsyncClient, selection: Selection) -> list[StudySource]:
    found = [s async for s in iter_study_sources(client.search, selection.query, selection.accessions)]
    if selection.accessions is None:
        return found
    by_accession = {s.accession.upper(): s for s in found}
    return [by_accession[a.upper()] for a in selection.accessions if a.upper() in by_accession]


async def _disappeared(client: AsyncClient, journal: Journal, found: Iterable[str]) -> list[str]:
    """Studies the journal has but this selection did not return, and that search no longer knows."""
    missing = sorted(journal.studies() - set(found))
    if not missing:
        return []
    still = {s.accession async for s in iter_study_sources(client.search, {}, missing)}
    return [a for a in missing if a not in still]


async def run_export(
    client: AsyncClient,
    destination: Destination,
    options: ExportOptions,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """Export ``options.kinds`` for the selected studies into ``destination`` (an async client drives it)."""
    if options.concurrency < 1:
        raise InvalidRequestError(f"concurrency must be a positive integer, got {options.concurrency!r}")
    started = time.monotonic()
    emit = progress or (lambda event: None)
    exported_at = options.exported_at or export_time()
    options = attrs.evolve(options, exported_at=exported_at)
    destination.remove_stale_temporaries()
    journal = Journal(destination)
    per_study = any(k.per_study for k in options.kinds)
    with fresh_reads():  # data releases decide what is refetched: never from a stale HTTP cache
        global_release = await _global_release(client)
        sources = await _select(client, options.selection) if per_study else []
    releases = {s.accession: s.release for s in sources}
    known_empty: dict[str, list[str]] | None = None
    if options.only_available and sources:
        from immport.export.availability import empty_kinds

        known_empty = await empty_kinds(client, sources, options.kinds)
    plan = make_plan(
        options.kinds,
        releases,
        journal,
        global_release=global_release,
        force=options.force,
        known_empty=known_empty,
    )
    result = ExportResult(
        destination=destination,
        url=destination.url,
        up_to_date=len(plan.up_to_date),
        unavailable=len(plan.unavailable),
        studies=len(sources),
        data_release=global_release,
    )
    if options.selection.accessions is not None:
        result.not_found = [a for a in options.selection.accessions if a.upper() not in releases]
    if per_study:
        with fresh_reads():
            result.disappeared = await _disappeared(client, journal, releases)
    emit(ExportEvent("planned", total=len(plan.todo), studies=len({u.study for u in plan.todo if u.study})))
    try:
        await _run_units(client, destination, journal, plan.todo, options, result, emit, global_release)
    finally:
        if len(journal):
            with contextlib.suppress(Exception):  # never hide the real outcome behind these writes
                journal.compact()
            with contextlib.suppress(Exception):
                write_provenance(
                    destination,
                    journal,
                    query_url=str(client.settings.query_url),
                    global_release=global_release,
                    selection=options.selection.describe(),
                    exported_at=exported_at,
                )
        result.elapsed = time.monotonic() - started
    return result


async def _run_units(
    client: AsyncClient,
    destination: Destination,
    journal: Journal,
    units: list[Unit],
    options: ExportOptions,
    result: ExportResult,
    emit: ProgressCallback,
    global_release: str | None,
) -> None:
    queue: asyncio.Queue[Unit] = asyncio.Queue()
    for unit in units:
        queue.put_nowait(unit)
    exported_at = str(options.exported_at)

    fatal: list[BaseException] = []
    remaining = Counter(unit.study for unit in units if unit.study)

    def finished(unit: Unit) -> None:
        if unit.study is not None:
            remaining[unit.study] -= 1
            if not remaining[unit.study]:
                emit(ExportEvent("study", message=unit.study))

    async def worker() -> None:
        while not fatal:
            try:
                unit = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                record = await _write_with_retries(
                    client,
                    destination,
                    unit,
                    global_release=global_release,
                    exported_at=exported_at,
                    batch_rows=options.batch_rows,
                )
            except AuthenticationError as exc:  # no later part can succeed: stop the whole run
                fatal.append(exc)
                return
            except ImmPortError as exc:  # this part only (a restricted study, a server error ...)
                result.failed.append(FailedPart(unit.kind.name, unit.study, exc))
                emit(ExportEvent("failed", message=f"{unit.kind.name} {unit.study or ''}: {exc}"))
                finished(unit)
                continue
            journal.record(record)
            result.written.append(record)
            emit(ExportEvent("part", record=record))
            finished(unit)

    await gather_all([worker() for _ in range(min(options.concurrency, len(units)))])
    if fatal:
        raise fatal[0]


async def _write_with_retries(
    client: AsyncClient,
    destination: Destination,
    unit: Unit,
    *,
    global_release: str | None,
    exported_at: str,
    batch_rows: int,
) -> PartRecord:
    """One part; a body cut or truncated mid-way (which the HTTP layer cannot retry: rows were already
    read) is fetched again from the start, up to ``max_retries`` times, with the same backoff."""
    attempt = 0
    while True:
        try:
            return await write_part(
                client.session,
                destination,
                unit.kind,
                unit.study,
                data_release=unit.data_release,
                global_release=global_release,
                exported_at=exported_at,
                batch_rows=batch_rows,
            )
        except (TransportError, DecodeError) as exc:
            if attempt >= client.settings.max_retries:
                raise
            delay = min(client.settings.backoff_cap, client.settings.backoff_base * 2**attempt)
            attempt += 1
            _log.info(
                "%s %s: %s; fetching the part again (%d)", unit.kind.name, unit.study or "", exc, attempt
            )
            await asyncio.sleep(random.uniform(0, delay))


async def gather_all(coroutines: list[Coroutine[Any, Any, Any]]) -> None:
    """Run the coroutines as tasks; the first exception cancels the rest and is raised as it is
    (no ExceptionGroup), and cancelling this call (Ctrl-C) cancels them all."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

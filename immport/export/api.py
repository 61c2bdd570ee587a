"""``client.export(...)`` (sync) and ``await client.export(...)`` (async): one core, two entry points.

The async form awaits :func:`~immport.export.engine.run_export` on the caller's ``AsyncClient``. The sync
form runs the same coroutine on a short-lived ``AsyncClient`` built from the sync client's settings and
credentials (the credential object is shared, so a token refresh is shared too) and HTTP cache; a custom
sync ``transport=`` is not carried over (use ``AsyncClient(transport=...)`` and ``await client.export``).
When the calling thread already runs an event loop (Jupyter), the coroutine runs on a worker thread.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Collection, Coroutine, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

from immport.accessions import normalize_accession
from immport.errors import InvalidRequestError
from immport.export.availability import StudyAvailability, study_availability
from immport.export.destination import Destination
from immport.export.engine import DEFAULT_CONCURRENCY, ExportOptions, Selection, run_export
from immport.export.kinds import resolve_kinds
from immport.export.parts import BATCH_ROWS
from immport.export.result import ExportResult, ProgressCallback

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

__all__ = ["ExportKwargs", "aavailability", "aexport", "availability", "export", "run_sync"]

T = TypeVar("T")


class ExportKwargs(TypedDict, total=False):
    """The options of ``client.export(dest, ...)``.

    - ``studies``: accessions (``["SDY1", "SDY2"]`` or ``"SDY1,SDY2"``); else ``search``: study search
      arguments (``{"term": "influenza"}``); neither: every shared study (search paging);
    - ``kinds``: ``"results"`` (default: the 11 assay results), ``"studies"`` (the per-study resources),
      ``"lookups"``, ``"manifest"``, ``"all"``, or kind names (``["elisa", "study_arm"]``);
    - ``concurrency``: parts fetched at once (default 8);
    - ``force``: True, or accessions / kind names to fetch again even if unchanged;
    - ``only_available``: skip (study, assay) pairs that search says have no data;
    - ``filesystem``: an fsspec or pyarrow filesystem for ``dest`` (else ``dest`` may be a URL);
    - ``progress``: a callback receiving :class:`~immport.export.ExportEvent`;
    - ``batch_rows``: rows per Parquet row group (memory bound per part in flight).

    One export at a time per destination: a run removes the temporary files an interrupted run left.
    """

    studies: str | Iterable[str] | None
    search: Mapping[str, Any] | None
    kinds: str | Iterable[str]
    concurrency: int
    force: bool | Collection[str]
    only_available: bool
    filesystem: Any
    progress: ProgressCallback | None
    batch_rows: int


def _options(
    studies: str | Iterable[str] | None,
    search: Mapping[str, Any] | None,
    kinds: str | Iterable[str],
    concurrency: int,
    force: bool | Collection[str],
    only_available: bool,
    batch_rows: int,
) -> ExportOptions:
    if studies is not None and search is not None:
        raise InvalidRequestError("give studies= or search=, not both")
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidRequestError(f"concurrency must be a positive integer, got {concurrency!r}")
    accessions: tuple[str, ...] | None = None
    if studies is not None:
        names = studies.split(",") if isinstance(studies, str) else list(studies)
        accessions = tuple(dict.fromkeys(normalize_accession(n) for n in names if str(n).strip()))
        if not accessions:
            raise InvalidRequestError("studies= is empty")
    return ExportOptions(
        kinds=resolve_kinds(kinds),
        selection=Selection(accessions=accessions, query=dict(search or {})),
        concurrency=concurrency,
        force=force if isinstance(force, bool) else frozenset(force),
        only_available=only_available,
        batch_rows=batch_rows,
    )


async def aexport(
    client: AsyncClient,
    dest: str | os.PathLike[str],
    *,
    studies: str | Iterable[str] | None = None,
    search: Mapping[str, Any] | None = None,
    kinds: str | Iterable[str] = "results",
    concurrency: int = DEFAULT_CONCURRENCY,
    force: bool | Collection[str] = False,
    only_available: bool = False,
    filesystem: Any = None,
    progress: ProgressCallback | None = None,
    batch_rows: int = BATCH_ROWS,
) -> ExportResult:
    """Export ImmPort data into a hive-partitioned Parquet dataset at ``dest``; see ``Client.export``."""
    options = _options(studies, search, kinds, concurrency, force, only_available, batch_rows)
    return await run_export(client, Destination(dest, filesystem), options, progress)


def export(client: Client, dest: str | os.PathLike[str], **kwargs: Unpack[ExportKwargs]) -> ExportResult:
    """The sync entry point, ``client.export(dest, ...)``: :func:`aexport` on an ``AsyncClient`` sharing
    ``client``'s configuration."""
    return client.export(dest, **kwargs)


async def aavailability(
    client: AsyncClient,
    studies: str | Iterable[str],
    *,
    kinds: str | Iterable[str] = "results",
    count_rows: bool = True,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> list[StudyAvailability]:
    """Per study, which data kinds have rows and how many; see :mod:`immport.export.availability`."""
    options = _options(studies, None, kinds, concurrency, False, False, BATCH_ROWS)
    accessions = list(options.selection.accessions or ())
    return await study_availability(
        client, accessions, options.kinds, count_rows=count_rows, concurrency=concurrency
    )


def availability(client: Client, studies: str | Iterable[str], **kwargs: Any) -> list[StudyAvailability]:
    """The sync entry point, ``client.availability(studies, ...)``."""
    return client.availability(studies, **kwargs)


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion from sync code, even inside a running event loop (Jupyter)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    outcome: list[Any] = []

    def target() -> None:
        try:
            outcome.append((True, asyncio.run(coroutine)))
        except BaseException as exc:
            outcome.append((False, exc))

    thread = threading.Thread(target=target, name="immport-export")
    thread.start()
    thread.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]
